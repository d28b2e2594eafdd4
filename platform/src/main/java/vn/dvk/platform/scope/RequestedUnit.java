package vn.dvk.platform.scope;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link UnitSelection} controller parameter bound from the {@code unit} query parameter: absent means the
 * instance's own unit; an unknown unit answers 422 and one outside the scope 403, before the controller runs.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequestedUnit {

    /** The query parameter's name. */
    String value() default "unit";
}
