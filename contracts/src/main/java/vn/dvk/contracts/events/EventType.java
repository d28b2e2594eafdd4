package vn.dvk.contracts.events;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CloudEvents type: its name ({@code vn.dvk.<aggregate>.<past-tense>.v1}), the topic of the service that owns it,
 * and the record its JSON payload maps to. The JSON Schema lives at {@link #schemaResource()}.
 */
public record EventType<T>(String name, String topic, Class<T> payloadType) {

    private static final Pattern NAME = Pattern.compile("vn\\.dvk\\.[a-z-]+\\.[a-z-]+\\.v[0-9]+");

    public EventType {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("event type name must look like vn.dvk.<aggregate>.<fact>.v1: " + name);
        }
    }

    /** Classpath location of the payload's JSON Schema. */
    public String schemaResource() {
        return "/schemas/" + name + ".json";
    }

    /** The value of {@code ce_dataschema}. */
    public String dataSchemaUri() {
        return "urn:dvk:schema:" + name;
    }
}
