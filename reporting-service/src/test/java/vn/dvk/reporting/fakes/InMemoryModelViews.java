package vn.dvk.reporting.fakes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.ModelFigures;
import vn.dvk.reporting.projection.domain.ModelViews;
import vn.dvk.reporting.projection.domain.PendingMove;

/** {@link ModelViews} in a map, with the same version rules as the store's conditional writes. */
public final class InMemoryModelViews implements ModelViews {

    private final Map<String, View> views = new LinkedHashMap<>();

    private static final class View {
        ModelSnapshot model;
        long version;
        CounterKey key;
        CounterKey countedKey;
        boolean pending;
        final Map<String, ModelFigures.Figure> indicators = new LinkedHashMap<>();
        final Map<String, ModelFigures.Score> scores = new LinkedHashMap<>();
    }

    @Override
    public synchronized boolean claim(ModelSnapshot model, long version) {
        View view = views.computeIfAbsent(model.id(), id -> new View());
        if (view.version >= version) {
            return false;
        }
        view.model = model;
        view.version = version;
        view.key = CounterKey.of(model);
        view.pending = true;
        return true;
    }

    @Override
    public synchronized Optional<PendingMove> pending(String modelId) {
        return Optional.ofNullable(views.get(modelId)).filter(view -> view.pending)
                .map(view -> new PendingMove(modelId, view.version, view.countedKey, view.key));
    }

    @Override
    public synchronized List<PendingMove> allPending() {
        return views.keySet().stream().map(this::pending).flatMap(Optional::stream).toList();
    }

    @Override
    public synchronized void markCounted(PendingMove move) {
        View view = views.get(move.modelId());
        view.countedKey = move.current();
        if (view.version == move.version()) {
            view.pending = false;
        }
    }

    @Override
    public synchronized void removeMoved(PendingMove move) {
        View view = views.get(move.modelId());
        if (view != null && view.version == move.version()) {
            views.remove(move.modelId());
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
