package vn.dvk.reporting.fakes;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.ModelFigures;
import vn.dvk.reporting.projection.domain.ModelState;
import vn.dvk.reporting.projection.domain.ModelView;
import vn.dvk.reporting.projection.domain.ModelViews;

/** {@link ModelViews} in a map, for application tests without a store. */
public final class InMemoryModelViews implements ModelViews {

    private final Map<String, View> views = new LinkedHashMap<>();

    private static final class View {
        ModelSnapshot model;
        long version;
        CounterKey counted;
        final Map<String, ModelFigures.Figure> indicators = new LinkedHashMap<>();
        final Map<String, ModelFigures.Score> scores = new LinkedHashMap<>();
    }

    @Override
    public synchronized Map<String, ModelState> states(Collection<String> modelIds) {
        Map<String, ModelState> states = new HashMap<>();
        modelIds.stream().filter(views::containsKey).forEach(id -> {
            View view = views.get(id);
            states.put(id, new ModelState(id, view.version, view.counted));
        });
        return states;
    }

    @Override
    public synchronized void write(List<ModelView> written, Set<String> stored) {
        for (ModelView next : written) {
            View view = views.computeIfAbsent(next.modelId(), id -> new View());
            view.model = next.model();
            view.version = next.version();
            view.counted = next.counted();
        }
    }

    @Override
    public synchronized void recordFigures(String modelId, Map<String, ModelFigures.Figure> indicators,
                                           ModelFigures.Score score) {
        View view = views.computeIfAbsent(modelId, id -> new View());
        view.indicators.putAll(indicators);
        if (score != null) {
            view.scores.put(score.evaluationId(), score);
        }
    }

    @Override
    public synchronized void withdrawScore(String modelId, String evaluationId) {
        View view = views.get(modelId);
        if (view != null) {
            view.scores.remove(evaluationId);
        }
    }

    @Override
    public synchronized List<ModelFigures> modelsUnder(String unitPath, int year) {
        return views.values().stream()
                .filter(view -> view.model != null && view.model.year() == year
                        && UnitDirectory.pathIsWithin(view.model.unitPath(), unitPath))
                .map(view -> new ModelFigures(view.model, Map.copyOf(view.indicators),
                        ModelFigures.latest(view.scores.values()))).toList();
    }
}
