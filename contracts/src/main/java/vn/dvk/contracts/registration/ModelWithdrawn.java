package vn.dvk.contracts.registration;

import java.time.Instant;
import vn.dvk.contracts.catalog.ModelStatus;

/** The unit withdrew or stopped an open model. */
public record ModelWithdrawn(ModelSnapshot model, ModelStatus from, String reason, String withdrawnBy,
                             Instant occurredAt) {
}
