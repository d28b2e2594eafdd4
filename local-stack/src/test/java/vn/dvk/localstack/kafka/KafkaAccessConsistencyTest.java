package vn.dvk.localstack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import vn.dvk.localstack.launcher.Component;
import vn.dvk.localstack.launcher.StackComponents;

/** {@link KafkaAccess} grants what the services' bindings use: each consumed topic and its group, nothing else. */
class KafkaAccessConsistencyTest {

    private static final Path ROOT = repositoryRoot();

    @Test
    void eachServiceReadsExactlyTheTopicsItsBindingsConsumeInItsOwnGroups() throws IOException {
        for (KafkaAccess.ServiceAccess service : KafkaAccess.SERVICES) {
            Map<String, String> groupByTopic = bindings(service.principal());

            assertThat(groupByTopic.keySet()).as("topics consumed by %s", service.principal())
                    .containsExactlyInAnyOrderElementsOf(service.reads());
            assertThat(groupByTopic.values()).as("groups of %s", service.principal())
                    .allSatisfy(group -> assertThat(group).isEqualTo(service.groupPrefix() + "${dvk.scope:root}"));
        }
    }

    @Test
    void everyServiceOfTheStackWithABindingHasAPrincipal() throws IOException {
        for (Component component : StackComponents.all()) {
            if (component.isService() && !bindings(component.name()).isEmpty()) {
                assertThat(KafkaAccess.of(component.name())).as("principal of %s", component.name()).isPresent();
            }
        }
        assertThat(KafkaAccess.SERVICES).allSatisfy(service -> assertThat(StackComponents.all())
                .anyMatch(component -> component.name().equals(service.principal())));
    }

    @Test
    void theTopicsAreTheContractsTopicsEachWrittenByOneService() throws IOException {
        String topics = Files.readString(ROOT.resolve("contracts/src/main/java/vn/dvk/contracts/events/Topics.java"));
        Matcher constant = Pattern.compile("String [A-Z_]+ = \"(dvk\\.[a-z-]+)\"").matcher(topics);
        List<String> declared = constant.results().map(match -> match.group(1)).toList();

        assertThat(KafkaAccess.topics()).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(KafkaAccess.SERVICES.stream().flatMap(service -> service.reads().stream()).collect(
                Collectors.toSet())).isSubsetOf(declared);
    }

    @Test
    void onAMirroredClusterEachServiceReadsTheCopiesOfItsTopicsAndMirrorMakerWritesNoServiceTopic() {
        List<String> mirroredFrom = List.of("d124");
        for (KafkaAccess.ServiceAccess service : KafkaAccess.SERVICES) {
            assertThat(service.reads(mirroredFrom)).as("topics %s reads on a mirrored cluster", service.principal())
                    .containsExactlyInAnyOrderElementsOf(service.reads().stream()
                            .flatMap(topic -> Stream.of(topic, "d124." + topic)).toList());
        }
        List<AclBinding> mirrorMaker = KafkaAccessSetup.mirrorBindings(mirroredFrom);
        assertThat(mirrorMaker).filteredOn(binding -> binding.entry().operation() == AclOperation.WRITE)
                .isNotEmpty()
                .allSatisfy(binding -> assertThat(binding.pattern().name()).isIn("heartbeats", "mm2-", "d124."));
        assertThat(mirrorMaker).allSatisfy(binding -> assertThat(binding.entry().principal())
                .isEqualTo("User:" + KafkaAccess.MIRROR_MAKER));
    }

    /** A service's input bindings: destination → group, from its application.yml. */
    private static Map<String, String> bindings(String module) throws IOException {
        Path file = ROOT.resolve(module).resolve("src/main/resources/application.yml");
        Map<String, String> groupByTopic = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return groupByTopic;
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            Map<String, Object> bindings = path(yaml, "spring", "cloud", "stream", "bindings");
            bindings.values().forEach(binding -> {
                Map<String, Object> values = map(binding);
                groupByTopic.put(String.valueOf(values.get("destination")), String.valueOf(values.get("group")));
            });
        }
        return groupByTopic;
    }

    private static Map<String, Object> path(Map<String, Object> yaml, String... keys) {
        Map<String, Object> current = yaml;
        for (String key : keys) {
            if (current == null || !current.containsKey(key)) {
                return Map.of();
            }
            current = map(current.get(key));
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    private static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isRegularFile(directory.resolve("dvk"))) {
            directory = directory.getParent();
        }
        assertThat(directory).as("a parent directory with the dvk shim").isNotNull();
        return directory;
    }
}
