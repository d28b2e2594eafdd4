package vn.dvk.reporting.projection.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The latest state of every model in scope: its snapshot and the version it was applied at, the key the counters
 * count it under (ADR 0019), tombstones of models that moved out of the scope, and the figures evaluation events
 * recorded for it.
 */
public interface ModelViews {

    /** The stored state of the models of {@code modelIds} that have a view, by model id (one read for a batch). */
    Map<String, ModelState> states(Collection<String> modelIds);

    /**
     * Writes the views a batch left, snapshot, version and counted key; the figures of a model stay. {@code stored}
     * names the models whose view {@link #states} found when the batch was read: the others get their first view,
     * which the store may create whole rather than update (ADR 0019); one that another writer created meanwhile is
     * written as an update all the same.
     */
    void write(List<ModelView> views, Set<String> stored);

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
