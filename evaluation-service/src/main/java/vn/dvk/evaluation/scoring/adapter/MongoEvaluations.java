package vn.dvk.evaluation.scoring.adapter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.evaluation.scoring.domain.Evaluation;
import vn.dvk.evaluation.scoring.domain.Evaluations;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.Subtree;

/** Evaluations in {@code evaluations}. */
@Component
public class MongoEvaluations implements Evaluations {

    private final MongoTemplate mongo;
    private final AggregateStore store;

    public MongoEvaluations(MongoTemplate mongo, AggregateStore store) {
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    public void add(Evaluation evaluation, List<OutboundEvent<?>> events) {
        store.save(EvaluationDocument.of(evaluation), evaluation.id(), 0, events);
    }

    @Override
    public Optional<Evaluation> find(String id) {
        return Optional.ofNullable(mongo.findById(id, EvaluationDocument.class)).map(EvaluationDocument::toEvaluation);
    }

    @Override
    public List<Evaluation> ofModelWithin(String modelId, String unitPath) {
        return mongo.find(Query.query(Subtree.of("unitPath", unitPath).and("modelId").is(modelId)),
                        EvaluationDocument.class).stream()
                .map(EvaluationDocument::toEvaluation)
                .toList();
    }

    @Override
    public long correct(Evaluation corrected, List<OutboundEvent<?>> events) {
        return store.save(EvaluationDocument.of(corrected), corrected.id(), corrected.version(), events);
    }

    @Override
    public boolean hasYearEnd(String modelId, int year) {
        return mongo.find(yearEnds(modelId, year), EvaluationDocument.class).stream()
                .anyMatch(document -> document.correction() == null || !document.correction().cancels());
    }

    @Override
    public int cancelledYearEnds(String modelId, int year) {
        return (int) mongo.find(yearEnds(modelId, year), EvaluationDocument.class).stream()
                .filter(document -> document.correction() != null && document.correction().cancels()).count();
    }

    private static Query yearEnds(String modelId, int year) {
        return Query.query(Criteria.where("modelId").is(modelId).and("round").is(InspectionRound.YEAR_END.name())
                .and("year").is(year));
    }
}
