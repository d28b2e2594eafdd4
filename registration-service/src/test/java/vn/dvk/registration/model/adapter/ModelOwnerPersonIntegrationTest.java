package vn.dvk.registration.model.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import vn.dvk.contracts.award.AwardEvents;
import vn.dvk.contracts.award.PersonRegistered;
import vn.dvk.contracts.award.PersonSnapshot;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.registration.model.ModelFixtures;
import vn.dvk.registration.support.RegistrationApiTest;
import vn.dvk.registration.support.RegistrationTopic;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/** A model's individual owner as a person of award-service's registry, known here from its events. */
class ModelOwnerPersonIntegrationTest extends RegistrationApiTest {

    @Test
    void an_owner_person_is_refused_until_the_registry_announced_him_and_then_shown_on_the_model() {
        String personId = "person-" + System.nanoTime();
        ObjectNode request = ModelFixtures.taiNungPears(2024);
        request.put("ownerPersonId", personId);

        ServiceClient.Reply unknown = api.post("/api/v1/models", request.toString());
        PersonSnapshot person = new PersonSnapshot(personId, "Nguyễn Hương Bông", LocalDate.of(1975, 5, 2), "04096",
                "14/124/04096", "Nông dân", "Gia đình ông Nguyễn Hương Bông", 1);
        TopicProbe.send(AwardEvents.PERSON_REGISTERED.topic(), CloudEvent.of(AwardEvents.PERSON_REGISTERED,
                "/dvk/award-service/14", personId, person.unitPath(), 1), ServiceClient.JSON.writeValueAsString(
                new PersonRegistered(person, "UBND xã Lóng Phiêng", Instant.now())));
        ServiceClient.Reply registered = Awaitility.await().atMost(Duration.ofSeconds(90))
                .until(() -> api.post("/api/v1/models", request.toString()), reply -> reply.status() != 422);

        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.errorFields()).containsExactly("ownerPersonId");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.text("ownerPersonId")).isEqualTo(personId);
        assertThat(api.get("/api/v1/models/" + registered.text("id")).text("ownerPersonId")).isEqualTo(personId);
        try (RegistrationTopic topic = new RegistrationTopic()) {
            TopicProbe.Received announced = topic.await(registered.text("id"), 1).get(0);
            assertThat(ServiceClient.JSON.readTree(announced.value()).at("/model/ownerPersonId").asString())
                    .as("the registration event names the owner's person").isEqualTo(personId);
        }
    }
}
