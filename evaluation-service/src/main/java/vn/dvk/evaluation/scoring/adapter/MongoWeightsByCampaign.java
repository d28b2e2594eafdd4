package vn.dvk.evaluation.scoring.adapter;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.catalog.Criterion;
import vn.dvk.evaluation.scoring.domain.Weights;
import vn.dvk.evaluation.scoring.domain.WeightsByCampaign;
import vn.dvk.evaluation.shared.domain.Versioned;
import vn.dvk.platform.outbox.AggregateStore;

/** Campaign weights in {@code evaluation_weights}, keyed by criterion code in the catalogue's order. */
@Component
public class MongoWeightsByCampaign implements WeightsByCampaign {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    public MongoWeightsByCampaign(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public Optional<Versioned<Weights>> find(String campaignId) {
        return Optional.ofNullable(mongo.findById(campaignId, WeightsDocument.class))
                .map(document -> new Versioned<>(toWeights(document), document.version()));
    }

    @Override
    public long put(String campaignId, Weights weights, String updatedBy, Instant updatedAt) {
        WeightsDocument current = mongo.findById(campaignId, WeightsDocument.class);
        Map<String, Double> stored = new LinkedHashMap<>();
        weights.inCatalogueOrder().forEach((criterion, weight) -> stored.put(criterion.name(), weight));
        return store.save(new WeightsDocument(campaignId, stored, updatedBy, updatedAt, 0), campaignId,
                current == null ? 0 : current.version(), List.of());
    }

    private static Weights toWeights(WeightsDocument document) {
        Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        document.weights().forEach((code, weight) -> weights.put(Criterion.valueOf(code), weight));
        return new Weights(weights);
    }
}
