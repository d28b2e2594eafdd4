package vn.dvk.reporting.compliance.adapter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.reporting.compliance.application.ComplianceService;

/**
 * {@code GET /api/v1/compliance}: each unit below a unit with its target, its count and the gap, worst first; the unit
 * is read in the unit tree of {@code asOf} (default the last day of {@code year}; ADR 0021).
 */
@RestController
public class ComplianceController {

    private final ComplianceService compliance;

    public ComplianceController(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @GetMapping("/api/v1/compliance")
    public ComplianceService.Compliance compliance(@RequestedUnit(asOf = "asOf") UnitSelection unit,
                                                   @RequestParam(required = false) String year) {
        return compliance.compliance(unit, year);
    }
}
