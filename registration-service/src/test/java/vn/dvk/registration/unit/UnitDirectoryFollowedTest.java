package vn.dvk.registration.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.dvk.registration.model.ModelFixtures.taiNungPears;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.events.CloudEvent;
import vn.dvk.contracts.unit.UnitDirectoryEvents;
import vn.dvk.contracts.unit.UnitDirectoryPublished;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.registration.RegistrationServiceApplication;
import vn.dvk.testsupport.ScopedInstance;
import vn.dvk.testsupport.ServiceClient;
import vn.dvk.testsupport.TopicProbe;

/**
 * A district instance of registration-service on the real broker and store follows the unit directory identity-service
 * publishes: a model of a commune it refused as unknown is registered once the version naming that commune has
 * arrived (in two chunks, the second first), and the instance starts again with that version from its own store.
 */
class UnitDirectoryFollowedTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NEW_COMMUNE = "04199";

    /** The demo directory with a new commune of Yên Châu, as identity-service publishes it: chunks of at most 40. */
    private static List<UnitDirectoryPublished> version(long number) {
        List<UnitDirectoryPublished.Unit> units = new ArrayList<>(DemoUnits.DIRECTORY
                .descendantsOf(UnitDirectory.NATIONAL).stream().map(unit -> new UnitDirectoryPublished.Unit(
                        unit.code(), unit.level(), unit.name(), unit.fullName(), unit.parentCode())).toList());
        units.add(new UnitDirectoryPublished.Unit(NEW_COMMUNE, UnitLevel.COMMUNE, "Tú Nang", "Xã Tú Nang", "124"));
        Instant now = Instant.now();
        return List.of(
                new UnitDirectoryPublished(number, 1, 2, units.size(), units.subList(0, 40), "sonla.admin", now),
                new UnitDirectoryPublished(number, 2, 2, units.size(), units.subList(40, units.size()),
                        "sonla.admin", now));
    }

    private static void publish(UnitDirectoryPublished chunk) {
        CloudEvent event = CloudEvent.of(UnitDirectoryEvents.UNIT_DIRECTORY_PUBLISHED, "/dvk/identity-service/14",
                "unit-directory-" + chunk.version(), "", chunk.chunk());
        TopicProbe.send(UnitDirectoryEvents.UNIT_DIRECTORY_PUBLISHED.topic(), event, JSON.writeValueAsString(chunk));
    }

    private static ServiceClient.Reply registerInTheNewCommune(ScopedInstance district) {
        ObjectNode model = taiNungPears(2023);
        model.put("unitCode", NEW_COMMUNE);
        return district.http().post("/api/v1/models", model.toString());
    }

    @Test
    void a_district_instance_registers_a_model_of_a_newly_published_commune_and_keeps_the_directory_on_restart() {
        String database = "units_" + UUID.randomUUID().toString().replace("-", "");
        long number = Instant.now().getEpochSecond();
        try (ScopedInstance district = ScopedInstance.startWithStoreDefaults(RegistrationServiceApplication.class,
                "124", "--spring.mongodb.database=" + database)) {
            ServiceClient.Reply refused = registerInTheNewCommune(district);
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.json().path("code").asString()).isEqualTo("unknown-unit");

            List<UnitDirectoryPublished> chunks = version(number);
            publish(chunks.get(1));
            publish(chunks.get(0));

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() ->
                    assertThat(registerInTheNewCommune(district).status()).isEqualTo(201));
            assertThat(district.context().getBean(CurrentUnitDirectory.class).version()).isEqualTo(number);
        }

        try (ScopedInstance restarted = ScopedInstance.startWithStoreDefaults(RegistrationServiceApplication.class,
                "124", "--spring.mongodb.database=" + database)) {
            CurrentUnitDirectory.Loaded loaded = restarted.context().getBean(CurrentUnitDirectory.class).loaded();
            assertThat(loaded.version()).isEqualTo(number);
            assertThat(loaded.source()).isEqualTo("imported version " + number + " (" + database + ")");
            ServiceClient.Reply again = registerInTheNewCommune(restarted);
            assertThat(again.status()).as(again.body()).isEqualTo(201);
            assertThat(again.json().path("unitPath").asString()).isEqualTo("14/124/" + NEW_COMMUNE);
        }
    }
}
