package vn.dvk.evaluation.scoring.domain;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.evaluation.support.InMemoryAggregates;
import vn.dvk.evaluation.support.InMemoryOutbox;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.unit.domain.UnitDirectory;

/** The evaluations in memory. */
public final class InMemoryEvaluations implements Evaluations {

    private final InMemoryAggregates<Evaluation> evaluations;

    public InMemoryEvaluations(InMemoryOutbox outbox) {
        this.evaluations = new InMemoryAggregates<>(outbox);
    }

    @Override
    public void add(Evaluation evaluation, List<OutboundEvent<?>> events) {
        evaluations.create(evaluation.id(), evaluation.at(events.size()), events);
    }

    @Override
    public Optional<Evaluation> find(String id) {
        return evaluations.find(id);
    }

    @Override
    public List<Evaluation> ofModelWithin(String modelId, String unitPath) {
        return evaluations.all().filter(evaluation -> evaluation.modelId().equals(modelId))
                .filter(evaluation -> UnitDirectory.pathIsWithin(evaluation.unitPath(), unitPath))
                .toList();
    }

    @Override
    public long correct(Evaluation corrected, List<OutboundEvent<?>> events) {
        long storedVersion = evaluations.find(corrected.id()).orElseThrow().version();
        if (storedVersion != corrected.version()) {
            throw new StaleVersion(corrected.id(), corrected.version());
        }
        long next = corrected.version() + events.size();
        evaluations.replace(corrected.id(), corrected.at(next), events);
        return next;
    }

    @Override
    public boolean hasYearEnd(String modelId, int year) {
        return yearEnds(modelId, year).anyMatch(evaluation -> !evaluation.isCancelled());
    }

    @Override
    public int cancelledYearEnds(String modelId, int year) {
        return (int) yearEnds(modelId, year).filter(Evaluation::isCancelled).count();
    }

    private Stream<Evaluation> yearEnds(String modelId, int year) {
        return evaluations.all().filter(evaluation -> evaluation.modelId().equals(modelId)
                && evaluation.round() == InspectionRound.YEAR_END && evaluation.year() == year);
    }
}
