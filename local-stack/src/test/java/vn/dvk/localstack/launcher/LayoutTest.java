package vn.dvk.localstack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

    @Test
    void a_stack_on_free_ports_keeps_its_components_and_gives_each_port_a_number_of_its_own() {
        Layout fixed = Layout.of(Path.of("checkout"), "./dvk");

        Layout moved = fixed.onFreePorts();

        assertThat(moved.components()).extracting(Component::name)
                .containsExactlyElementsOf(fixed.components().stream().map(Component::name).toList());
        assertThat(moved.components()).allSatisfy(component -> assertThat(component.ports())
                .hasSameSizeAs(fixed.component(component.name()).orElseThrow().ports()));
        List<Integer> ports = moved.components().stream().flatMap(component -> component.ports().stream()).toList();
        assertThat(ports).doesNotHaveDuplicates().doesNotContainAnyElementsOf(
                fixed.components().stream().flatMap(component -> component.ports().stream()).toList());
    }
}
