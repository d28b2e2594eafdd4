package vn.dvk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.contracts.events.EventType;

/** Checks that an event record serialises to JSON that its type's JSON Schema accepts. */
public final class EventSchemaAssertions {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    private EventSchemaAssertions() {
    }

    public static void assertMatchesSchema(EventType<?> type, Object event) {
        assertThat(event).isInstanceOf(type.payloadType());
        String json = MAPPER.writeValueAsString(event);
        List<Error> errors = schemaOf(type).validate(json, InputFormat.JSON);
        assertThat(errors).as("%s payload %s", type.name(), json).isEmpty();
    }

    public static Schema schemaOf(EventType<?> type) {
        try (InputStream in = EventSchemaAssertions.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema %s on the classpath", type.schemaResource()).isNotNull();
            return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
