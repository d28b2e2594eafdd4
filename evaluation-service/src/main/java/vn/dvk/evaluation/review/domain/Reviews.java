package vn.dvk.evaluation.review.domain;

import java.util.List;
import java.util.Optional;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.contracts.evaluation.ReviewDecided;
import vn.dvk.platform.outbox.OutboundEvent;

/** The Steering Committee's decisions, one per submission (model version) of a registration. */
public interface Reviews {

    /**
     * Stores a new decision together with the event that announces it; throws
     * {@link vn.dvk.platform.domain.AlreadyExists} when its submission already has a decision.
     */
    void add(Review review, OutboundEvent<ReviewDecided> decided);

    Optional<Review> find(String id);

    /** Stores a decision its level cancelled, with the event that announces it. */
    void correct(Review cancelled, OutboundEvent<DecisionCorrected> corrected);

    /** Whether a decision on this submission is stored. */
    boolean existsFor(String modelId, long modelVersion);

    /** The decisions on a model whose unit lies in the subtree of {@code unitPath}. */
    List<Review> ofModelWithin(String modelId, String unitPath);
}
