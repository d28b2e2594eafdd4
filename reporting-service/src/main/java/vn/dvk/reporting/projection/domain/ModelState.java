package vn.dvk.reporting.projection.domain;

/**
 * What the read model holds of a model before a batch: the version of the last snapshot applied (0: none) and the
 * key the counters count it under (null: not counted, e.g. never seen or moved out of the scope).
 */
public record ModelState(String modelId, long version, CounterKey counted) {

    public static ModelState unseen(String modelId) {
        return new ModelState(modelId, 0, null);
    }
}
