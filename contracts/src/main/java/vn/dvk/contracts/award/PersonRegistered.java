package vn.dvk.contracts.award;

import java.time.Instant;

/** A person was added to the registry. */
public record PersonRegistered(PersonSnapshot person, String registeredBy, Instant occurredAt) {
}
