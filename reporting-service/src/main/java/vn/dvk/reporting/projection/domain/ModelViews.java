package vn.dvk.reporting.projection.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvk.contracts.registration.ModelSnapshot;

/**
 * The latest state of every model in scope: its snapshot and the version it was applied at, the key its counters
 * reflect and whether they lag behind (ADR 0002), and the figures evaluation events recorded for it.
 */
public interface ModelViews {

    /**
     * Stores the snapshot if its version is newer than the stored one and marks the counter move pending; true when
     * this call won, false for a duplicate, a redelivery or an older snapshot. Only one caller can win a version.
     */
    boolean claim(ModelSnapshot model, long version);

    /** The model's pending move, if its counters lag behind its snapshot. */
    Optional<PendingMove> pending(String modelId);

    /** Every pending move, for the sweep at start-up. */
    List<PendingMove> allPending();

    /**
     * Records that the counters now reflect {@code move.current()}; the move stays pending if a newer snapshot was
     * claimed meanwhile.
     */
    void markCounted(PendingMove move);

    /**
     * Removes the view of a model that moved out of the instance's scope, once its counters were taken away; a view
     * that claimed a newer snapshot meanwhile stays.
     */
    void removeMoved(PendingMove move);

    /**
     * Sets result indicators and, when given, adds the score of an evaluation; a model not seen yet is kept until its
     * snapshot arrives. The same score again changes nothing.
     */
    void recordFigures(String modelId, Map<String, ModelFigures.Figure> indicators, ModelFigures.Score score);

    /** Takes back the score of an evaluation its level cancelled: the latest one still standing counts again. */
    void withdrawScore(String modelId, String evaluationId);

    /** Models of a year in the subtree of the unit at {@code unitPath}, with their figures. */
    List<ModelFigures> modelsUnder(String unitPath, int year);
}
