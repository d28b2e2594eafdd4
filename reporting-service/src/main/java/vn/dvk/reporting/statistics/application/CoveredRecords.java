package vn.dvk.reporting.statistics.application;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.reporting.projection.domain.CounterCount;
import vn.dvk.reporting.projection.domain.ModelCounters;
import vn.dvk.reporting.projection.domain.ModelFigures;
import vn.dvk.reporting.projection.domain.ModelViews;

/**
 * The counters and model views of a unit's records: of each subtree it covers (its own, and for a unit read after
 * the 2025 reorganisation, the old units' it took over; ADR 0021). The subtrees are disjoint, so nothing counts twice.
 */
@Service
public class CoveredRecords {

    private final ModelCounters counters;
    private final ModelViews views;

    public CoveredRecords(ModelCounters counters, ModelViews views) {
        this.counters = counters;
        this.views = views;
    }

    public List<CounterCount> counts(UnitSelection unit, int year) {
        return counts(unit.paths(), year);
    }

    public List<CounterCount> counts(List<String> paths, int year) {
        return paths.stream().flatMap(path -> counters.countsUnder(path, year).stream()).toList();
    }

    public List<ModelFigures> models(UnitSelection unit, int year) {
        return unit.paths().stream().flatMap(path -> views.modelsUnder(path, year).stream()).toList();
    }
}
