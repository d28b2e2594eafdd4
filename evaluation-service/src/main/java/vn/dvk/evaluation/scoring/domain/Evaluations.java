package vn.dvk.evaluation.scoring.domain;

import java.util.List;
import java.util.Optional;
import vn.dvk.platform.outbox.OutboundEvent;

/** The evaluations inspection teams gave models. */
public interface Evaluations {

    /** Stores a new evaluation together with the events it publishes, in order. */
    void add(Evaluation evaluation, List<OutboundEvent<?>> events);

    Optional<Evaluation> find(String id);

    /** The evaluations of a model whose unit lies in the subtree of {@code unitPath}. */
    List<Evaluation> ofModelWithin(String modelId, String unitPath);

    /** Whether the model had its year-end evaluation, and so its recognition decision, in the year. */
    boolean hasYearEnd(String modelId, int year);
}
