package vn.dvk.evaluation.scoring.application;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.Criterion;
import vn.dvk.evaluation.scoring.adapter.WeightsDocument;
import vn.dvk.evaluation.scoring.domain.Weights;
import vn.dvk.platform.outbox.AggregateStore;

/** Criterion weights per campaign; equal weights where a campaign set none. */
@Service
public class WeightsService {

    /** A campaign's weights as the API shows them; {@code version} 0 when they are the defaults. */
    public record CampaignWeights(String campaignId, Map<Criterion, Double> weights, long version) {
    }

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final Clock clock;

    public WeightsService(MongoTemplate mongo, AggregateStore store, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.clock = clock;
    }

    public Weights weightsOf(String campaignId) {
        if (campaignId == null) {
            return Weights.equal();
        }
        WeightsDocument document = mongo.findById(campaignId, WeightsDocument.class);
        return document == null ? Weights.equal() : toWeights(document);
    }

    public CampaignWeights get(String campaignId) {
        WeightsDocument document = mongo.findById(campaignId, WeightsDocument.class);
        return new CampaignWeights(campaignId, sorted(document == null ? Weights.equal() : toWeights(document)),
                document == null ? 0 : document.version());
    }

    public CampaignWeights set(String campaignId, Map<Criterion, Double> given, String updatedBy) {
        Weights weights = Weights.validated(given);
        WeightsDocument current = mongo.findById(campaignId, WeightsDocument.class);
        Map<String, Double> stored = new LinkedHashMap<>();
        sorted(weights).forEach((criterion, weight) -> stored.put(criterion.name(), weight));
        long version = store.save(new WeightsDocument(campaignId, stored, updatedBy, clock.instant(), 0),
                campaignId, current == null ? 0 : current.version(), List.of());
        return new CampaignWeights(campaignId, sorted(weights), version);
    }

    private static Weights toWeights(WeightsDocument document) {
        Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        document.weights().forEach((code, weight) -> weights.put(Criterion.valueOf(code), weight));
        return new Weights(weights);
    }

    private static Map<Criterion, Double> sorted(Weights weights) {
        Map<Criterion, Double> sorted = new EnumMap<>(Criterion.class);
        sorted.putAll(weights.byCriterion());
        return sorted;
    }
}
