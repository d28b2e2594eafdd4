package vn.dvk.platform.readmodel;

import java.util.List;

/**
 * A view a service builds only from events and can therefore throw away and rebuild by replay. Each declares the
 * {@code @Document} classes that hold it (their indexes are declared on them); a rebuild resets every registered
 * read model through {@link ReadModels} instead of naming collections itself.
 */
public interface ReadModel {

    /** A short name for logs and progress, e.g. {@code model-statistics}. */
    String name();

    /** The document classes whose collections hold this view. */
    List<Class<?>> documents();
}
