package vn.dvk.platform.outbox;

import java.time.Instant;
import org.bson.Document;

/** An event waiting in its aggregate document's {@code outbox} array until the relay has published it. */
record PendingEvent(String eventId, String type, String topic, String dataSchema, String subject, String unitPath,
                    String previousUnitPath, long sequence, Instant occurredAt, String payload) {

    Document toDocument() {
        return new Document("eventId", eventId)
                .append("type", type)
                .append("topic", topic)
                .append("dataSchema", dataSchema)
                .append("subject", subject)
                .append("unitPath", unitPath)
                .append("previousUnitPath", previousUnitPath)
                .append("sequence", sequence)
                .append("occurredAt", java.util.Date.from(occurredAt))
                .append("payload", payload);
    }

    static PendingEvent fromDocument(Document document) {
        return new PendingEvent(document.getString("eventId"), document.getString("type"),
                document.getString("topic"), document.getString("dataSchema"), document.getString("subject"),
                document.getString("unitPath"), document.getString("previousUnitPath"),
                ((Number) document.get("sequence")).longValue(),
                document.getDate("occurredAt").toInstant(), document.getString("payload"));
    }
}
