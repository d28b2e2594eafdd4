package vn.dvk.evaluation.model.domain;

import java.util.List;
import java.util.Optional;

/** The models this service knows from registration's events: one view per model, the latest snapshot. */
public interface ModelViews {

    /** The model, unless it is unknown here or lies outside the subtree of the official who asks. */
    Optional<ModelView> find(String modelId);

    /** Stores the view, replacing the one the model had. */
    void save(ModelView view);

    /** Forgets the model, which moved to a unit outside this instance's scope. */
    void remove(String modelId);

    /** Models being implemented (approved or in progress) in a unit's subtree. */
    List<ModelView> activeWithin(String unitPath);

    /** Models of a year in a unit's subtree, whatever their status. */
    List<ModelView> ofYearWithin(String unitPath, int year);
}
