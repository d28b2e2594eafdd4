package vn.dvk.contracts.registration;

import java.time.Instant;

/**
 * A registered or returned model was edited; {@code resubmitted} when the edit sent a returned model back for review.
 * {@code previousUnitPath} is the path of the unit the model belonged to before the edit when the edit moved it to
 * another unit (its snapshot carries the new one), null when the unit stayed.
 */
public record ModelUpdated(ModelSnapshot model, boolean resubmitted, String updatedBy, Instant occurredAt,
                           String previousUnitPath) {

    /** An edit that kept the model in its unit. */
    public ModelUpdated(ModelSnapshot model, boolean resubmitted, String updatedBy, Instant occurredAt) {
        this(model, resubmitted, updatedBy, occurredAt, null);
    }
}
