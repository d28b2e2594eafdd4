package vn.dvk.evaluation.deadline.adapter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.dvk.evaluation.deadline.domain.Deadlines;
import vn.dvk.evaluation.deadline.domain.DeadlinesByCampaign;
import vn.dvk.evaluation.shared.domain.Versioned;
import vn.dvk.platform.outbox.AggregateStore;

/** Campaign deadlines in {@code campaign_deadlines}, stored as the day/month texts officials write. */
@Component
public class MongoDeadlinesByCampaign implements DeadlinesByCampaign {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    public MongoDeadlinesByCampaign(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    /** {@link #put} writes all three texts, so the fallback of {@link Deadlines#parse} never applies here. */
    @Override
    public Optional<Versioned<Deadlines>> find(String campaignId) {
        return Optional.ofNullable(mongo.findById(campaignId, DeadlinesDocument.class))
                .map(document -> new Versioned<>(Deadlines.parse(document.midYearReport(),
                        document.yearEndReport(), document.recognition(), Deadlines.SEED_001), document.version()));
    }

    @Override
    public long put(String campaignId, Deadlines deadlines, Instant updatedAt) {
        DeadlinesDocument current = mongo.findById(campaignId, DeadlinesDocument.class);
        return store.save(new DeadlinesDocument(campaignId, Deadlines.format(deadlines.midYearReport()),
                        Deadlines.format(deadlines.yearEndReport()), Deadlines.format(deadlines.recognition()),
                        updatedAt, 0), campaignId, current == null ? 0 : current.version(), List.of());
    }
}
