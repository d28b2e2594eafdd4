package vn.dvk.registration.model.domain;

import java.util.List;

/** Where refused decision events are kept, so that officials can see why a decision did not take effect. */
public interface RefusedDecisions {

    /** Records a refusal; recording the same event again replaces the earlier record. */
    void record(RefusedDecision refusal);

    /** The refusals recorded for a model, oldest first. */
    List<RefusedDecision> of(String modelId);
}
