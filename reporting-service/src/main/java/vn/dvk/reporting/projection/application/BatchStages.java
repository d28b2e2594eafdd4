package vn.dvk.reporting.projection.application;

import java.util.List;
import vn.dvk.reporting.projection.domain.ModelChange;

/**
 * The stages of applying a batch of model events, for what must happen between them: nothing in production; a fault
 * test throws between the counter write and the view write to prove that a redelivery repairs it (ADR 0019).
 */
public interface BatchStages {

    /** Nothing happens between the stages. */
    BatchStages NONE = batch -> {
    };

    /** Called once the counters hold the deltas of {@code batch} and before its views are written. */
    void countersWritten(List<ModelChange> batch);
}
