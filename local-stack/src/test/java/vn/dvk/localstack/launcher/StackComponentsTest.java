package vn.dvk.localstack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.localstack.EmbeddedMongoMain;

class StackComponentsTest {

    private final List<Component> table = StackComponents.all();

    @Test
    void kafkaAndTheStoreStartBeforeTheServicesAndTheIdentityProviderFirstOfThem() {
        assertThat(table).extracting(Component::name).containsExactly("kafka", "mongo", "greenmail",
                "identity-service", "registration-service", "evaluation-service", "award-service",
                "reporting-service", "notification-service", "portal");
        assertThat(table).extracting(Component::isService).containsExactly(false, false, false, true, true, true,
                true, true, true, true);
    }

    @Test
    void noTwoComponentsShareAPort() {
        List<Integer> ports = table.stream().flatMap(component -> component.ports().stream()).toList();
        assertThat(ports).doesNotHaveDuplicates().containsExactly(9092, 9093, 27017, 3025, 3143, 8080, 8081,
                8082, 8083, 8084, 8085, 8090);
    }

    @Test
    void everyServiceIsAModuleOfTheRepository() {
        table.stream().filter(Component::isService)
                .forEach(service -> assertThat(Repository.root().resolve(service.name()).resolve("pom.xml"))
                        .as(service.name()).isRegularFile());
    }

    @Test
    void theStoreIsTheEmbeddedMongoMainOnItsDataFile() {
        Component store = table.get(1);
        Layout layout = Layout.of(Repository.root(), "./dvk");

        assertThat(store.mainClass()).isEqualTo(EmbeddedMongoMain.class.getName());
        assertThat(store.arguments().apply(layout.site(store))).containsExactly(
                layout.home().resolve("mongo").resolve("dvk.mv").toString(), "127.0.0.1", "27017");
        assertThat(store.summaryAddress().apply(layout.site(store))).isEqualTo("mongodb://127.0.0.1:27017");
    }

    @Test
    void aServiceIsAlsoKnownByItsShortName() {
        Layout layout = Layout.of(Repository.root(), "./dvk");

        assertThat(layout.component("reporting")).map(Component::name).contains("reporting-service");
        assertThat(layout.component("award-service")).map(Component::name).contains("award-service");
        assertThat(layout.component("kafka")).map(Component::name).contains("kafka");
        assertThat(layout.component("no-such-component")).isEmpty();
    }

    @Test
    void theMailServerListensOnThePortsItIsMovedTo() {
        Component mail = table.stream().filter(c -> c.name().equals("greenmail")).findFirst().orElseThrow()
                .onPorts(List.of(43025, 43143));

        assertThat(mail.jvmOptions().apply(new Component.Site("127.0.0.1", Path.of(".dvk"), mail.ports())))
                .contains("-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=43025",
                        "-Dgreenmail.imap.hostname=127.0.0.1", "-Dgreenmail.imap.port=43143")
                .noneMatch(option -> option.startsWith("-Dgreenmail.setup")
                        || option.startsWith("-Dgreenmail.hostname"));
    }
}
