package vn.dvk.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.platform.inbox.ProcessedEvents;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.projection.adapter.MongoModelViews;
import vn.dvk.reporting.projection.application.ModelProjection;
import vn.dvk.testsupport.DvkIntegrationTest;
import vn.dvk.testsupport.ServiceClient;

/**
 * A crash between claiming a model view and moving its counters leaves a pending move; it is completed at start-up
 * or by the model's next delivery, and never twice. The crash is simulated by claiming views directly; the events
 * are then delivered as well, so that the topic holds everything the read model shows (a rebuild reproduces it).
 */
@DvkIntegrationTest
class CounterRepairIntegrationTest {

    private static final int YEAR = 2029;

    @LocalServerPort
    int port;

    @Autowired
    MongoModelViews views;

    @Autowired
    ModelProjection projection;

    @Autowired
    ProcessedEvents processed;

    private JsonNode statistics() {
        return new ServiceClient(port).get("/api/v1/statistics/models?unit=04099&year=" + YEAR).json();
    }

    @Test
    void a_move_left_pending_by_a_crash_is_completed_once_by_the_start_up_sweep_or_the_next_delivery() {
        ModelSnapshot claimedOnly = EventFeed.model("04099", "14/124/04099", YEAR, ManagementLevel.GRASSROOTS,
                Field.POLITICAL_SYSTEM, OwnerType.COLLECTIVE, "Mô hình Phiêng Khoài");
        assertThat(views.claim(claimedOnly, 1)).isTrue();
        assertThat(statistics().get("total").asLong()).isZero();

        projection.completePendingMoves();
        projection.completePendingMoves();

        assertThat(statistics().get("total").asLong()).isEqualTo(1);
        String lateDelivery;
        try (EventFeed feed = new EventFeed()) {
            feed.registered(claimedOnly);
            lateDelivery = feed.lastEventId();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> processed.isProcessed("reporting", lateDelivery));
        assertThat(statistics().get("total").asLong()).isEqualTo(1);

        ModelSnapshot registered = EventFeed.model("04099", "14/124/04099", YEAR, ManagementLevel.GRASSROOTS,
                Field.ECONOMY, OwnerType.INDIVIDUAL, "Mô hình nuôi cá lồng");
        try (EventFeed feed = new EventFeed()) {
            feed.registered(registered);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> statistics().get("total").asLong() == 2);
        ModelSnapshot approved = new ModelSnapshot(registered.id(), YEAR, "04099", "14/124/04099",
                ManagementLevel.GRASSROOTS, Field.ECONOMY, OwnerType.INDIVIDUAL, registered.kind(),
                ModelStatus.APPROVED, registered.name(), registered.address(), registered.ownerName(),
                registered.personInCharge(), registered.startDate(), registered.endDate(), null, null, 2);
        assertThat(views.claim(approved, 2)).isTrue();

        try (EventFeed feed = new EventFeed()) {
            feed.statusChanged(registered, ModelStatus.APPROVED);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> statistics().get("byStatus").get("APPROVED").asLong() == 1);
        JsonNode figures = statistics();
        assertThat(figures.get("total").asLong()).isEqualTo(2);
        assertThat(figures.get("byStatus").get("REGISTERED").asLong()).isEqualTo(1);
        assertThat(views.pending(registered.id())).isEmpty();
    }
}
