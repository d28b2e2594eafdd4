package vn.dvk.reporting.projection.adapter;

import java.time.MonthDay;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.dvk.reporting.generation.domain.ReadModelGeneration;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.evaluation.CampaignDeadlinesSet;
import vn.dvk.platform.readmodel.ReadModel;
import vn.dvk.platform.scope.Subtree;
import vn.dvk.reporting.projection.domain.CampaignDeadlines;

/** The campaigns' deadlines in {@link CampaignDeadlinesDocument}s. */
@Component
public class MongoCampaignDeadlines implements CampaignDeadlines, ReadModel {

    private final MongoTemplate mongo;
    private final ReadModelGeneration generation;

    public MongoCampaignDeadlines(MongoTemplate mongo, ReadModelGeneration generation) {
        this.mongo = mongo;
        this.generation = generation;
    }

    @Override
    public String name() {
        return "campaign-deadlines";
    }

    @Override
    public List<Class<?>> documents() {
        return List.of(CampaignDeadlinesDocument.class);
    }

    /** Conditional in the same write, as for campaigns: a late older setting never replaces a newer one. */
    @Override
    public boolean save(CampaignDeadlinesSet deadlines, long version) {
        String id = CampaignDeadlinesDocument.idOf(deadlines.campaignId(), deadlines.unitPath());
        if (mongo.updateFirst(Query.query(Criteria.where("id").is(id).and("version").lt(version)),
                new Update().set("midYearReport", deadlines.midYearReport().toString())
                        .set("yearEndReport", deadlines.yearEndReport().toString())
                        .set("recognition", deadlines.recognition().toString())
                        .set("setAt", deadlines.occurredAt()).set("version", version),
                CampaignDeadlinesDocument.class, collection(CampaignDeadlinesDocument.class))
                .getMatchedCount() > 0) {
            return true;
        }
        try {
            mongo.insert(new CampaignDeadlinesDocument(id, deadlines.campaignId(), deadlines.unitCode(),
                    deadlines.unitPath(), deadlines.midYearReport().toString(), deadlines.yearEndReport().toString(),
                    deadlines.recognition().toString(), deadlines.occurredAt(), version),
                    collection(CampaignDeadlinesDocument.class));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public List<CampaignDeadlinesSet> setAtOrAbove(String unitPath) {
        return mongo.find(Query.query(Subtree.atOrAbove("unitPath", unitPath)), CampaignDeadlinesDocument.class,
                        collection(CampaignDeadlinesDocument.class))
                .stream()
                .map(document -> new CampaignDeadlinesSet(document.campaignId(), document.unitCode(),
                        document.unitPath(), MonthDay.parse(document.midYearReport()),
                        MonthDay.parse(document.yearEndReport()), MonthDay.parse(document.recognition()),
                        document.setAt()))
                .toList();
    }

    /** The collection of {@code document} in the generation this adapter reads and writes (ADR 0023). */
    private String collection(Class<?> document) {
        return generation.collection(mongo.getCollectionName(document));
    }
}
