package vn.dvk.evaluation.scoring.adapter;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.catalog.Criterion;
import vn.dvk.evaluation.scoring.domain.Weights;
import vn.dvk.evaluation.scoring.domain.WeightsByCampaign;
import vn.dvk.evaluation.shared.domain.LevelSetting;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.scope.Subtree;

/** Campaign weights in {@code evaluation_weights}, one document per campaign and issuing unit. */
@Component
public class MongoWeightsByCampaign implements WeightsByCampaign {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    public MongoWeightsByCampaign(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public Optional<LevelSetting<Weights>> applyingAt(String campaignId, String unitPath) {
        return mongo.find(Query.query(Criteria.where("campaignId").is(campaignId)
                        .andOperator(Subtree.atOrAbove("unitPath", unitPath))), WeightsDocument.class).stream()
                .max(Comparator.comparingInt(document -> document.unitPath().length()))
                .map(document -> new LevelSetting<>(toWeights(document), document.unitPath(), document.version()));
    }

    @Override
    public long put(String campaignId, String unitPath, Weights weights, String updatedBy, Instant updatedAt) {
        String id = WeightsDocument.idOf(campaignId, unitPath);
        WeightsDocument current = mongo.findById(id, WeightsDocument.class);
        Map<String, Double> stored = new LinkedHashMap<>();
        weights.inCatalogueOrder().forEach((criterion, weight) -> stored.put(criterion.name(), weight));
        return store.save(new WeightsDocument(id, campaignId, unitPath, stored, updatedBy, updatedAt, 0), id,
                current == null ? 0 : current.version(), List.of());
    }

    private static Weights toWeights(WeightsDocument document) {
        Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        document.weights().forEach((code, weight) -> weights.put(Criterion.valueOf(code), weight));
        return new Weights(weights);
    }
}
