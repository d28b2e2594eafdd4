package vn.dvk.reporting.projection.domain;

import java.util.Objects;
import vn.dvk.contracts.registration.ModelSnapshot;

/**
 * A model event of a batch: the snapshot it carries at {@code version}, its type, where it was read, and whether the
 * snapshot's unit lies in the instance's scope ({@code inScope} false: the model moved out of the scope, the event
 * reached the instance by the unit it left).
 */
public record ModelChange(ModelSnapshot model, long version, String eventType, RecordPosition position,
                          boolean inScope) {

    public ModelChange {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(position, "position");
        if (version <= 0) {
            throw new IllegalArgumentException("model event of " + model.id() + " carries no version");
        }
    }
}
