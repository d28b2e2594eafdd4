package vn.dvk.contracts.award;

import java.time.Instant;

/** A person's registry entry was corrected. */
public record PersonUpdated(PersonSnapshot person, String updatedBy, Instant occurredAt) {
}
