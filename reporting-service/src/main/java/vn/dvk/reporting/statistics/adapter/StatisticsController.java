package vn.dvk.reporting.statistics.adapter;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.reporting.statistics.application.StatisticsService;
import vn.dvk.reporting.statistics.domain.ModelStatistics;

/** {@code GET /api/v1/statistics/models}: the contract's statistics of models. */
@RestController
public class StatisticsController {

    private final StatisticsService statistics;

    public StatisticsController(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/statistics/models")
    public ModelStatistics models(@RequestedUnit UnitSelection unit,
                                  @RequestParam(required = false) String year,
                                  @RequestParam(required = false) List<String> status) {
        return statistics.statistics(unit, year, status);
    }
}
