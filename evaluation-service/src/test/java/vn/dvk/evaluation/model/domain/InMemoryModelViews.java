package vn.dvk.evaluation.model.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.dvk.platform.unit.domain.UnitDirectory;

/** The model views in memory. */
public final class InMemoryModelViews implements ModelViews {

    private final Map<String, ModelView> views = new LinkedHashMap<>();

    @Override
    public Optional<ModelView> find(String modelId) {
        return Optional.ofNullable(views.get(modelId));
    }

    @Override
    public void save(ModelView view) {
        views.put(view.id(), view);
    }

    @Override
    public void remove(String modelId) {
        views.remove(modelId);
    }

    @Override
    public List<ModelView> activeWithin(String unitPath) {
        return within(unitPath, ModelView::isActive);
    }

    @Override
    public List<ModelView> ofYearWithin(String unitPath, int year) {
        return within(unitPath, model -> model.year() == year);
    }

    private List<ModelView> within(String unitPath, Predicate<ModelView> condition) {
        return views.values().stream()
                .filter(model -> UnitDirectory.pathIsWithin(model.unitPath(), unitPath))
                .filter(condition)
                .toList();
    }
}
