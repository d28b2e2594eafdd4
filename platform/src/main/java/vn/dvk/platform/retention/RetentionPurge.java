package vn.dvk.platform.retention;

import com.mongodb.client.result.DeleteResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Purges the records kept only for a while (idempotency keys, refused events, delivery logs) on a timer, with one
 * delete per collection. Not a TTL index: the embedded store of {@code ./dvk} (mongo-java-server 1.47) has no TTL
 * monitor (its sources never read {@code expireAfterSeconds}), and one mechanism serves both stores (ADR 0020). On the embedded store the
 * delete scans the collection once per run; the runs are hours apart.
 */
public class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final List<Retention> retentions;
    private final Map<String, Duration> keep;
    private final MeterRegistry meters;

    /** Fails at start-up when a declared retention has no duration under {@code dvk.retention.keep}. */
    public RetentionPurge(MongoTemplate mongo, Clock clock, List<Retention> retentions, Map<String, Duration> keep,
                          MeterRegistry meters) {
        for (Retention retention : retentions) {
            if (!keep.containsKey(retention.setting())) {
                throw new IllegalStateException("dvk.retention.keep." + retention.setting() + " is not set: how long"
                        + " to keep the documents of " + retention.collection());
            }
        }
        this.mongo = mongo;
        this.clock = clock;
        this.retentions = List.copyOf(retentions);
        this.keep = Map.copyOf(keep);
        this.meters = meters;
    }

    /** Deletes what is past its retention in every declared collection; returns how many documents went. */
    public long purge() {
        Instant now = clock.instant();
        long total = 0;
        for (Retention retention : retentions) {
            Instant cutoff = now.minus(keep.get(retention.setting()));
            try {
                DeleteResult result = mongo.remove(Query.query(Criteria.where(retention.timeField())
                        .lt(Date.from(cutoff))), retention.collection());
                long purged = result.getDeletedCount();
                Counter.builder("dvk.retention.purged").tag("collection", retention.collection())
                        .description("Documents deleted because they were past their retention").register(meters)
                        .increment(purged);
                total += purged;
                if (purged > 0) {
                    log.info("purged {} documents of {} older than {}", purged, retention.collection(), cutoff);
                }
            } catch (RuntimeException e) {
                log.warn("purge of {} failed, the next run tries again: {}", retention.collection(), e.toString());
            }
        }
        return total;
    }
}
