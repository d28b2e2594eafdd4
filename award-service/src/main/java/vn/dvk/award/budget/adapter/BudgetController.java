package vn.dvk.award.budget.adapter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.award.budget.application.BudgetService;
import vn.dvk.award.budget.domain.Budget;
import vn.dvk.platform.domain.Rejection;

/** The award money of an issuing unit and year: {@code GET /api/v1/budget?issuer=&year=}. */
@RestController
@Tag(name = "Kinh phí khen thưởng / Budget")
public class BudgetController {

    private final BudgetService budgets;

    public BudgetController(BudgetService budgets) {
        this.budgets = budgets;
    }

    @GetMapping("/api/v1/budget")
    @Operation(summary = "Kinh phí khen thưởng / Award budget",
            description = "Tiền thưởng đã quyết định của đơn vị ban hành trong năm (hệ số × mức lương cơ sở ngày quyết"
                    + " định, làm tròn theo nghị định), tổng theo hình thức và loại đối tượng, so với quỹ khen thưởng.")
    public Budget budget(@RequestParam(required = false) String issuer, @RequestParam(required = false) Integer year) {
        if (issuer == null || issuer.isBlank()) {
            throw Rejection.invalid("issuer", "không được để trống");
        }
        if (year == null || year < 2000 || year > 2100) {
            throw Rejection.invalid("year", "phải từ 2000 đến 2100");
        }
        return budgets.of(issuer.strip(), year);
    }
}
