package vn.dvk.contracts.registration;

import java.time.Instant;

/** A registered or returned model was edited; {@code resubmitted} when the edit sent a returned model back for review. */
public record ModelUpdated(ModelSnapshot model, boolean resubmitted, String updatedBy, Instant occurredAt) {
}
