package vn.dvk.evaluation.selfassessment.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.platform.outbox.OutboundEvent;

/** The self-assessments units filed for their models. */
public interface SelfAssessments {

    /** Stores a new self-assessment together with the event that announces it. */
    void add(SelfAssessment assessment, OutboundEvent<SelfAssessmentFiled> filed);

    Optional<SelfAssessment> find(String id);

    /** The self-assessments of a model whose unit lies in the subtree of {@code unitPath}. */
    List<SelfAssessment> ofModelWithin(String modelId, String unitPath);

    /** The self-assessments of any of these models. */
    List<SelfAssessment> ofModels(Collection<String> modelIds);
}
