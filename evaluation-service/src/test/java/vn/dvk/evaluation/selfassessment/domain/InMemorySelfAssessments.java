package vn.dvk.evaluation.selfassessment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.evaluation.support.InMemoryAggregates;
import vn.dvk.evaluation.support.InMemoryOutbox;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.unit.domain.UnitDirectory;

/** The self-assessments in memory. */
public final class InMemorySelfAssessments implements SelfAssessments {

    private final InMemoryAggregates<SelfAssessment> assessments;

    public InMemorySelfAssessments(InMemoryOutbox outbox) {
        this.assessments = new InMemoryAggregates<>(outbox);
    }

    @Override
    public void add(SelfAssessment assessment, OutboundEvent<SelfAssessmentFiled> filed) {
        assessments.create(assessment.id(), assessment, List.of(filed));
    }

    @Override
    public Optional<SelfAssessment> find(String id) {
        return assessments.find(id);
    }

    @Override
    public List<SelfAssessment> ofModelWithin(String modelId, String unitPath) {
        return assessments.all().filter(assessment -> assessment.modelId().equals(modelId))
                .filter(assessment -> UnitDirectory.pathIsWithin(assessment.unitPath(), unitPath))
                .toList();
    }

    @Override
    public List<SelfAssessment> ofModels(Collection<String> modelIds) {
        return assessments.all().filter(assessment -> modelIds.contains(assessment.modelId())).toList();
    }
}
