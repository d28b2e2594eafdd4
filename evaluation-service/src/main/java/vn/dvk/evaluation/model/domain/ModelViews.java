package vn.dvk.evaluation.model.domain;

import java.util.List;
import java.util.Optional;

/** The models this service knows from registration's events: one view per model, the latest snapshot. */
public interface ModelViews {

    Optional<ModelView> find(String modelId);

    /** Stores the view, replacing the one the model had. */
    void save(ModelView view);

    /** Models being implemented (approved or in progress) in a unit's subtree. */
    List<ModelView> activeWithin(String unitPath);

    /** Models of a year in a unit's subtree, whatever their status. */
    List<ModelView> ofYearWithin(String unitPath, int year);
}
