package vn.dvk.reporting.award.adapter;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.reporting.award.application.AwardStatisticsService;
import vn.dvk.reporting.award.domain.AwardStatistics;

/** {@code GET /api/v1/statistics/awards?unit=&year=}: granted awards of a unit's subtree by form and recipient type. */
@RestController
public class AwardStatisticsController {

    private final AwardStatisticsService statistics;

    public AwardStatisticsController(AwardStatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/statistics/awards")
    @Operation(summary = "Thống kê khen thưởng / Award statistics",
            description = "Số tập thể, cá nhân được khen thưởng trong năm (theo ngày quyết định) thuộc đơn vị và cấp"
                    + " dưới, theo hình thức và loại đối tượng, và tổng tiền thưởng.")
    public AwardStatistics awards(@RequestedUnit UnitSelection unit, @RequestParam(required = false) Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw Rejection.invalid("year", "phải từ 2000 đến 2100");
        }
        return statistics.statistics(unit, year);
    }
}
