package vn.dvk.registration.award.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dvk.registration.model.ModelFixtures.aTaiNungPearModel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.award.AwardDecided;
import vn.dvk.contracts.award.AwardEvents;
import vn.dvk.contracts.catalog.AwardFormKind;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.contracts.catalog.AwardOutcome;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.RecipientType;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.registration.award.domain.Commendation;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.support.InMemoryRegistry;

/** Granted awards recorded on the models they rest on, on in-memory ports. */
class CommendationHandlerTest {

    private static final Instant NOW = Instant.parse("2025-12-16T02:00:00Z");

    private final InMemoryRegistry registry = new InMemoryRegistry(NOW);
    private final CommendationHandler handler = registry.commendationHandler();

    private static InboundEvent<AwardDecided> decided(String eventId, AwardOutcome outcome,
                                                      List<AwardDecided.Recipient> recipients) {
        AwardDecided payload = new AwardDecided("proposal-1", outcome, "123/QĐ-UBND", LocalDate.of(2025, 12, 15),
                "124", "14/124", "GIAY_KHEN_CHU_TICH_UBND_HUYEN", AwardFormKind.CERTIFICATE_OF_COMMENDATION,
                "Giấy khen của Chủ tịch UBND huyện", AwardOccasion.FINAL, "c-1", "04096", "14/124/04096",
                outcome == AwardOutcome.GRANTED ? null : "Chưa đủ thành tích", recipients, "Chủ tịch UBND huyện",
                NOW);
        return new InboundEvent<>(eventId, AwardEvents.DECIDED.name(), "/dvk/award-service/14", "proposal-1",
                "14/124/04096", 3, NOW, payload);
    }

    private static AwardDecided.Recipient recipient(String nomineeId, RecipientType type, String name,
                                                    List<String> modelIds) {
        return new AwardDecided.Recipient(nomineeId, type, name, "04096", "14/124/04096", null, modelIds,
                type == RecipientType.COLLECTIVE ? 0.6 : 0.3, 2_340_000,
                type == RecipientType.COLLECTIVE ? 1_404_000 : 702_000);
    }

    @Test
    void given_a_granted_award_naming_a_model_then_the_model_shows_it_and_keeps_its_status_and_version() {
        Model model = aTaiNungPearModel().registered();
        registry.models.with(model);

        handler.onDecided(decided("e-1", AwardOutcome.GRANTED, List.of(
                recipient("N1", RecipientType.COLLECTIVE, "UBND xã Lóng Phiêng", List.of(model.id())),
                recipient("N2", RecipientType.INDIVIDUAL, "Nguyễn Hương Bông", List.of(model.id())))));

        List<Commendation> commendations = handler.of(model.id());
        assertThat(commendations).extracting(Commendation::recipientName)
                .containsExactly("UBND xã Lóng Phiêng", "Nguyễn Hương Bông");
        assertThat(commendations).allSatisfy(commendation -> {
            assertThat(commendation.decisionNumber()).isEqualTo("123/QĐ-UBND");
            assertThat(commendation.decisionDate()).isEqualTo(LocalDate.of(2025, 12, 15));
            assertThat(commendation.causedByEventId()).isEqualTo("e-1");
            assertThat(commendation.unitPath()).isEqualTo(model.unitPath());
            assertThat(commendation.recordedAt()).isEqualTo(NOW);
        });
        Model after = registry.models.find(model.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ModelStatus.REGISTERED);
        assertThat(after.version()).isEqualTo(model.version());
    }

    @Test
    void given_the_same_decision_delivered_twice_then_it_is_recorded_once() {
        Model model = aTaiNungPearModel().registered();
        registry.models.with(model);
        InboundEvent<AwardDecided> granted = decided("e-2", AwardOutcome.GRANTED,
                List.of(recipient("N2", RecipientType.INDIVIDUAL, "Nguyễn Hương Bông", List.of(model.id()))));

        handler.onDecided(granted);
        handler.onDecided(granted);

        assertThat(handler.of(model.id())).hasSize(1);
    }

    @Test
    void given_a_declined_proposal_then_no_model_shows_a_commendation() {
        Model model = aTaiNungPearModel().registered();
        registry.models.with(model);

        handler.onDecided(decided("e-3", AwardOutcome.DECLINED, List.of()));

        assertThat(handler.of(model.id())).isEmpty();
    }

    @Test
    void given_a_decision_naming_a_model_this_registry_does_not_hold_then_it_is_skipped() {
        handler.onDecided(decided("e-4", AwardOutcome.GRANTED,
                List.of(recipient("N1", RecipientType.COLLECTIVE, "UBND xã Lóng Phiêng", List.of("elsewhere")))));

        assertThat(registry.commendations.of("elsewhere")).isEmpty();
        assertThatThrownBy(() -> handler.of("elsewhere")).isInstanceOf(Rejection.NotFound.class);
    }
}
