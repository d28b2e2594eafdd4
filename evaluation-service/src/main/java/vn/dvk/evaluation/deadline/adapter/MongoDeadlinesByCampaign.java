package vn.dvk.evaluation.deadline.adapter;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.evaluation.CampaignDeadlinesSet;
import vn.dvk.evaluation.deadline.domain.DeadlineSettings;
import vn.dvk.evaluation.deadline.domain.Deadlines;
import vn.dvk.evaluation.deadline.domain.DeadlinesByCampaign;
import vn.dvk.evaluation.shared.domain.LevelSetting;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.Subtree;

/**
 * Campaign deadlines in {@code campaign_deadlines}, one document per campaign and issuing unit, stored as the
 * day/month texts officials write.
 */
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
    public Optional<LevelSetting<DeadlineSettings>> applyingAt(String campaignId, String unitPath) {
        return mongo.find(Query.query(Criteria.where("campaignId").is(campaignId)
                        .andOperator(Subtree.atOrAbove("unitPath", unitPath))), DeadlinesDocument.class).stream()
                .max(Comparator.comparingInt(document -> document.unitPath().length()))
                .map(document -> new LevelSetting<>(new DeadlineSettings(Deadlines.parse(document.midYearReport(),
                        document.yearEndReport(), document.recognition(), Deadlines.SEED_001),
                        document.reminderDays()), document.unitPath(), document.version()));
    }

    @Override
    public long put(String campaignId, String unitPath, DeadlineSettings settings, Instant updatedAt,
                    OutboundEvent<CampaignDeadlinesSet> set) {
        String id = DeadlinesDocument.idOf(campaignId, unitPath);
        DeadlinesDocument current = mongo.findById(id, DeadlinesDocument.class);
        Deadlines deadlines = settings.deadlines();
        return store.save(new DeadlinesDocument(id, campaignId, unitPath, Deadlines.format(deadlines.midYearReport()),
                        Deadlines.format(deadlines.yearEndReport()), Deadlines.format(deadlines.recognition()),
                        settings.reminderDays(), updatedAt, 0), id, current == null ? 0 : current.version(),
                List.of(set));
    }
}
