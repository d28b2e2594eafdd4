package vn.dvk.reporting.statistics.adapter;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.reporting.statistics.application.StatisticsService;
import vn.dvk.reporting.statistics.domain.ModelStatistics;
import vn.dvk.reporting.statistics.domain.Replication;

/**
 * {@code GET /api/v1/statistics/models}: the contract's statistics of models; {@code GET
 * /api/v1/statistics/replication}: how many models of the subtree and year were replicated from how many others. Both
 * read {@code unit} in the unit tree of {@code asOf} (default the last day of {@code year}; ADR 0021).
 */
@RestController
public class StatisticsController {

    private final StatisticsService statistics;

    public StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/statistics/models")
    public ModelStatistics models(@RequestedUnit(asOf = "asOf") UnitSelection unit,
                                  @RequestParam(required = false) String year,
                                  @RequestParam(required = false) List<String> status) {
        return statistics.statistics(unit, year, status);
    }

    @GetMapping("/api/v1/statistics/replication")
    public Replication replication(@RequestedUnit(asOf = "asOf") UnitSelection unit, @RequestParam(required = false) String year) {
        return statistics.replication(unit, year);
    }
}
