package vn.dvk.contracts.identity;

import static vn.dvk.contracts.EventSchemaAssertions.assertMatchesSchema;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityEventSchemaTest {

    private static final Instant NOW = Instant.parse("2022-03-01T02:00:00Z");
    private static final OfficialSnapshot CLERK = new OfficialSnapshot("longphieng.canbo",
            "Sồng A Páo (cán bộ xã Lóng Phiêng)", "longphieng.canbo@dvk.local", "04096", "14/124/04096",
            List.of("UNIT_CLERK"), true, 1);

    @Test
    void every_identity_event_serialises_to_json_its_schema_accepts() {
        assertMatchesSchema(IdentityEvents.OFFICIAL_REGISTERED, new OfficialRegistered(CLERK, "sonla.admin", NOW));
        assertMatchesSchema(IdentityEvents.OFFICIAL_UPDATED, new OfficialUpdated(new OfficialSnapshot(
                CLERK.login(), CLERK.displayName(), CLERK.email(), "124", "14/124",
                List.of("UNIT_CLERK", "VIEWER"), false, 2), "sonla.admin", NOW));
    }
}
