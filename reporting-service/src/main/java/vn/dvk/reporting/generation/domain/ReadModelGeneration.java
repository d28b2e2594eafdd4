package vn.dvk.reporting.generation.domain;

/**
 * The generation a read model adapter reads and writes: the active one for the service's own adapters (resolved
 * through the one holder that records it), a fixed one for the adapters a rebuild folds into.
 */
@FunctionalInterface
public interface ReadModelGeneration {

    Generation current();

    /** The collection named {@code base} in the first generation, in the current one. */
    default String collection(String base) {
        return current().collection(base);
    }

    static ReadModelGeneration fixed(Generation generation) {
        return () -> generation;
    }
}
