package vn.dvk.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.platform.inbox.ProcessedEvents;
import vn.dvk.reporting.fixtures.EventFeed;
import vn.dvk.reporting.fixtures.ModelFixtures;
import vn.dvk.reporting.fixtures.ReportingApiTest;
import vn.dvk.reporting.projection.application.ModelProjection;
import vn.dvk.reporting.projection.domain.ModelViews;

/**
 * A crash between claiming a model view and moving its counters leaves a pending move; it is completed at start-up
 * or by the model's next delivery, and never twice. The crash is simulated by claiming views directly; the events
 * are then delivered as well, so that the topic holds everything the read model shows (a rebuild reproduces it).
 */
class CounterRepairIntegrationTest extends ReportingApiTest {

    private static final int YEAR = 2029;

    @Autowired
    ModelViews views;

    @Autowired
    ModelProjection projection;

    @Autowired
    ProcessedEvents processed;

    private JsonNode statistics() {
        return statistics("04099", YEAR);
    }

    @Test
    void a_move_left_pending_by_a_crash_is_completed_once_by_the_start_up_sweep_or_the_next_delivery() {
        ModelSnapshot claimedOnly = ModelFixtures.aCollectiveModel().inUnit("04099").inYear(YEAR)
                .atLevel(ManagementLevel.GRASSROOTS).inField(Field.POLITICAL_SYSTEM).named("Mô hình Phiêng Khoài")
                .registered();
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

        ModelSnapshot registered = ModelFixtures.anIndividualModel().inUnit("04099").inYear(YEAR)
                .atLevel(ManagementLevel.GRASSROOTS).inField(Field.ECONOMY).named("Mô hình nuôi cá lồng").registered();
        try (EventFeed feed = new EventFeed()) {
            feed.registered(registered);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> statistics().get("total").asLong() == 2);
        ModelSnapshot approved = ModelFixtures.from(registered).withStatus(ModelStatus.APPROVED).atVersion(2).build();
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
