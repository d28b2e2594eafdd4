package vn.dvk.contracts.identity;

import java.time.Instant;

/** An administrator changed an official's profile: name, mail address, home unit, roles or whether it is enabled. */
public record OfficialUpdated(OfficialSnapshot official, String updatedBy, Instant occurredAt) {
}
