package vn.dvk.registration.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.dvk.contracts.award.AwardDecided;
import vn.dvk.contracts.award.AwardEvents;
import vn.dvk.contracts.catalog.AwardFormKind;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.contracts.catalog.AwardOutcome;
import vn.dvk.contracts.catalog.RecipientType;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.registration.model.ModelFixtures;
import vn.dvk.registration.support.RegistrationApiTest;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/** A granted award that rests on a model shows on the model, whose status and version stay as they were. */
class CommendationIntegrationTest extends RegistrationApiTest {

    @Test
    void a_granted_award_is_recorded_on_the_models_it_names_without_changing_them() {
        ServiceClient.Reply registered = api.post("/api/v1/models", ModelFixtures.taiNungPears(2024).toString());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String modelId = registered.text("id");
        AwardDecided decided = new AwardDecided("proposal-" + System.nanoTime(), AwardOutcome.GRANTED, "123/QĐ-UBND",
                LocalDate.of(2025, 10, 15), "124", "14/124", "GIAY_KHEN_CHU_TICH_UBND_HUYEN",
                AwardFormKind.CERTIFICATE_OF_COMMENDATION, "Giấy khen của Chủ tịch UBND huyện", AwardOccasion.FINAL,
                "c-1", "04096", "14/124/04096", null, List.of(new AwardDecided.Recipient("N2",
                RecipientType.INDIVIDUAL, "Nguyễn Hương Bông", "04096", "14/124/04096", "person-1", List.of(modelId),
                0.3, 2_340_000, 702_000)), "Chủ tịch UBND huyện", Instant.now());
        CloudEvent event = CloudEvent.of(AwardEvents.DECIDED, "/dvk/award-service/14", decided.proposalId(),
                "14/124/04096", 9);
        String payload = ServiceClient.JSON.writeValueAsString(decided);
        TopicProbe.send(AwardEvents.DECIDED.topic(), event, payload);
        TopicProbe.send(AwardEvents.DECIDED.topic(), event, payload);

        JsonNode commendations = Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/v1/models/" + modelId + "/commendations").json(), json -> json.size() == 1);

        assertThat(commendations.get(0).path("decisionNumber").asString()).isEqualTo("123/QĐ-UBND");
        assertThat(commendations.get(0).path("recipientName").asString()).isEqualTo("Nguyễn Hương Bông");
        assertThat(commendations.get(0).path("causedByEventId").asString()).isEqualTo(event.id());
        JsonNode model = api.get("/api/v1/models/" + modelId).json();
        assertThat(model.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(model.path("version").asLong()).isEqualTo(1);
        assertThat(api.as("chiengdong.canbo", "04063", "UNIT_CLERK")
                .get("/api/v1/models/" + modelId + "/commendations").status()).isEqualTo(404);
    }
}
