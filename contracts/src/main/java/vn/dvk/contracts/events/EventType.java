package vn.dvk.contracts.events;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A CloudEvents type: its name ({@code vn.dvk.<aggregate>.<past-tense>.v1}), the topic of the service that owns it,
 * the record its JSON payload maps to, and whether it is reference data that flows down. The JSON Schema lives at
 * {@link #schemaResource()}.
 * <p>
 * An event concerns the unit of its {@code ce_unitpath}: instances whose scope holds that unit apply it, the others
 * drop it. Reference data a unit issues for its whole subtree, such as a campaign or an inspection plan
 * ({@link #referenceData}), {@code flowsDown}: instances scoped below the issuing unit apply it too (ADR 0018).
 */
public record EventType<T>(String name, String topic, Class<T> payloadType, boolean flowsDown) {

    /** A fact about a unit's own records: it reaches the instances whose scope holds the unit. */
    public EventType(String name, String topic, Class<T> payloadType) {
        this(name, topic, payloadType, false);
    }

    /** Reference data a unit issues for its subtree: it reaches the instances scoped below the unit as well. */
    public static <T> EventType<T> referenceData(String name, String topic, Class<T> payloadType) {
        return new EventType<>(name, topic, payloadType, true);
    }

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
