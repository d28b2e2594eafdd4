package vn.dvk.contracts.identity;

import java.time.Instant;

/** An administrator (or the demo loader) created an official's account. */
public record OfficialRegistered(OfficialSnapshot official, String registeredBy, Instant occurredAt) {
}
