package vn.dvk.evaluation.scoring.domain;

import java.util.List;
import java.util.Optional;
import vn.dvk.platform.outbox.OutboundEvent;

/**
 * Evaluations that answer "no year-end verdict yet" although one is stored: what a request sees when another one
 * writes its verdict between its check and its own write. Only the store's unique id stands in the way then.
 */
public final class InMemoryEvaluationsAnsweringNoYearEnd implements Evaluations {

    private final Evaluations stored;

    public InMemoryEvaluationsAnsweringNoYearEnd(Evaluations stored) {
        this.stored = stored;
    }

    @Override
    public void add(Evaluation evaluation, List<OutboundEvent<?>> events) {
        stored.add(evaluation, events);
    }

    @Override
    public Optional<Evaluation> find(String id) {
        return stored.find(id);
    }

    @Override
    public List<Evaluation> ofModelWithin(String modelId, String unitPath) {
        return stored.ofModelWithin(modelId, unitPath);
    }

    @Override
    public long correct(Evaluation corrected, List<OutboundEvent<?>> events) {
        return stored.correct(corrected, events);
    }

    @Override
    public boolean hasYearEnd(String modelId, int year) {
        return false;
    }

    @Override
    public int cancelledYearEnds(String modelId, int year) {
        return stored.cancelledYearEnds(modelId, year);
    }
}
