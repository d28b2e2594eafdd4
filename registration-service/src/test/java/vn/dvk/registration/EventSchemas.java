package vn.dvk.registration;

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
import vn.dvk.contracts.events.CloudEventHeaders;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.events.EventTypes;
import vn.dvk.testsupport.TopicProbe;

/** Checks a record read from the topic against the JSON Schema its {@code ce_type} names (from contracts). */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private EventSchemas() {
    }

    public static void assertValid(TopicProbe.Received record) {
        EventType<?> type = EventTypes.byName(record.header(CloudEventHeaders.TYPE)).orElseThrow();
        try (InputStream in = EventSchemas.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema of %s", type.name()).isNotNull();
            Schema schema = REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    InputFormat.JSON);
            List<Error> errors = schema.validate(record.value(), InputFormat.JSON);
            assertThat(errors).as("%s payload %s", type.name(), record.value()).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
