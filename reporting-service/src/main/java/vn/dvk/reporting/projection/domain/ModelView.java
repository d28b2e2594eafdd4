package vn.dvk.reporting.projection.domain;

import vn.dvk.contracts.registration.ModelSnapshot;

/**
 * The view of a model a batch writes: the snapshot at {@code version} and the key it is counted under; a
 * tombstone ({@code model} and {@code counted} null) for a model that moved out of the instance's scope, kept with its
 * version so that an old duplicate of an earlier event neither recreates nor recounts it.
 */
public record ModelView(String modelId, long version, ModelSnapshot model, CounterKey counted) {

    public static ModelView tombstone(String modelId, long version) {
        return new ModelView(modelId, version, null, null);
    }

    public boolean movedOut() {
        return model == null;
    }

    ModelState state() {
        return new ModelState(modelId, version, counted);
    }
}
