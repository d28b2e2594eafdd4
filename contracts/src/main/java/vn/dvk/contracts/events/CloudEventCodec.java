package vn.dvk.contracts.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The one place that writes and reads CloudEvents 1.0 in Kafka binary mode: attributes as {@code ce_*} headers,
 * the JSON payload as the record value. Producers (the outbox relay, tests, benchmarks) add {@link #encode} to their
 * record; consumers (the dispatcher, rebuilds, probes) {@link #decode} whatever headers their client hands over.
 */
public final class CloudEventCodec {

    private static final String SPEC_VERSION = "ce_specversion";
    private static final String ID = "ce_id";
    private static final String SOURCE = "ce_source";
    private static final String TYPE = "ce_type";
    private static final String SUBJECT = "ce_subject";
    private static final String TIME = "ce_time";
    private static final String DATA_SCHEMA = "ce_dataschema";
    private static final String UNIT_PATH = "ce_unitpath";
    private static final String SEQUENCE = "ce_sequence";
    private static final String PREVIOUS_UNIT_PATH = "ce_previousunitpath";
    private static final String CONTENT_TYPE = "content-type";
    private static final String SPEC_VERSION_VALUE = "1.0";
    private static final String JSON = "application/json";

    private CloudEventCodec() {
    }

    /** The headers of an event, in a stable order; absent attributes are left out. */
    public static Map<String, byte[]> encode(CloudEvent event) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        put(headers, SPEC_VERSION, SPEC_VERSION_VALUE);
        put(headers, ID, event.id());
        put(headers, SOURCE, event.source());
        put(headers, TYPE, event.type());
        put(headers, SUBJECT, event.subject());
        put(headers, TIME, event.time() == null ? null : event.time().toString());
        put(headers, DATA_SCHEMA, event.dataSchema());
        put(headers, UNIT_PATH, event.unitPath());
        put(headers, SEQUENCE, Long.toString(event.sequence()));
        put(headers, PREVIOUS_UNIT_PATH, event.previousUnitPath());
        put(headers, CONTENT_TYPE, JSON);
        return headers;
    }

    /**
     * Reads the attributes from headers as a client hands them over: values as bytes or text, under their Kafka names
     * ({@code ce_id}) or the canonical ones Spring Cloud Function rewrites them to ({@code ce-id}). Missing attributes
     * are null (sequence 0); a malformed time or sequence reads as absent rather than failing, so that a consumer can
     * still route the event to its dead-letter topic.
     */
    public static CloudEvent decode(Function<String, Object> headers) {
        String sequence = text(headers, SEQUENCE);
        String time = text(headers, TIME);
        return new CloudEvent(text(headers, ID), text(headers, SOURCE), text(headers, TYPE), text(headers, SUBJECT),
                parseTime(time), text(headers, DATA_SCHEMA), text(headers, UNIT_PATH), parseSequence(sequence),
                text(headers, PREVIOUS_UNIT_PATH));
    }

    /** Whether the headers declare a CloudEvent of the version this codec writes. */
    public static boolean isCloudEvent(Function<String, Object> headers) {
        return SPEC_VERSION_VALUE.equals(text(headers, SPEC_VERSION));
    }

    /** The content type the payload is written in. */
    public static String contentType() {
        return JSON;
    }

    private static void put(Map<String, byte[]> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String text(Function<String, Object> headers, String name) {
        Object value = headers.apply(name);
        if (value == null) {
            value = headers.apply("ce-" + name.substring(3));
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    private static Instant parseTime(String time) {
        try {
            return time == null ? null : Instant.parse(time);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long parseSequence(String sequence) {
        try {
            return sequence == null ? 0 : Long.parseLong(sequence.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
