package vn.dvk.platform.retention;

import java.util.Objects;

/**
 * A collection whose documents are purged once they are older than their retention: a document goes when its
 * {@code timeField} (a date) lies further back than {@code dvk.retention.keep.<setting>}; a document without that
 * field (a delivery not yet settled) stays. A service declares one bean per collection it keeps records in only for
 * a while; {@link RetentionPurge} purges them all.
 *
 * @param setting    the key under {@code dvk.retention.keep} that says how long to keep them
 * @param collection the collection
 * @param timeField  the date field that starts the retention period
 */
public record Retention(String setting, String collection, String timeField) {

    public Retention {
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(timeField, "timeField");
    }
}
