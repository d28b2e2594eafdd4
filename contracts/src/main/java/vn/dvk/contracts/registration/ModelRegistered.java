package vn.dvk.contracts.registration;

import java.time.Instant;

/** A unit registered a model or exemplar; its status is REGISTERED. */
public record ModelRegistered(ModelSnapshot model, String registeredBy, Instant occurredAt) {
}
