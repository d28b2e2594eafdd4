package vn.dvk.portal.dashboard.adapter;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dvk.portal.dashboard.application.DashboardOpening;
import vn.dvk.portal.dashboard.domain.Reporting;
import vn.dvk.portal.official.domain.Official;
import vn.dvk.portal.unit.domain.Units;

/**
 * The dashboard inside the portal: it opens on the official's home unit and the latest year with data, drills down
 * through the unit tree, links every figure to the list of its models and the yearly report in three formats, and
 * follows reporting-service's live stream through the gateway.
 */
@Controller
class DashboardController {

    /**
     * The statuses the figures count (reporting counts withdrawn and rejected models only under "by status"), so
     * that a figure's list shows exactly the models behind it.
     */
    static final List<String> COUNTED = List.of("REGISTERED", "RETURNED", "APPROVED", "IN_PROGRESS", "RECOGNIZED",
            "NOT_RECOGNIZED");

    private static final int YEARS_OFFERED = 10;

    private final Reporting reporting;
    private final Units units;
    private final DashboardOpening opening;
    private final Clock clock;

    DashboardController(Reporting reporting, Units units, Clock clock) {
        this.reporting = reporting;
        this.units = units;
        this.opening = new DashboardOpening(reporting, clock);
        this.clock = clock;
    }

    @GetMapping("/dashboard")
    String dashboard(@ModelAttribute("official") Official official, @RequestParam(required = false) String unit,
                     @RequestParam(required = false) Integer year, Model page) {
        String chosen = unit == null || unit.isBlank() ? official.unitCode() : unit.strip();
        int shownYear = year != null ? year : opening.latestYearWithData(chosen);
        figures(chosen, shownYear, page);
        int current = java.time.Year.now(clock).getValue();
        page.addAttribute("years", java.util.stream.IntStream.rangeClosed(0, YEARS_OFFERED)
                .map(back -> current - back).boxed().toList());
        return "dashboard/dashboard";
    }

    /** The figures alone, which the page reloads when the live stream says they changed. */
    @GetMapping("/dashboard/figures")
    String figuresOnly(@RequestParam String unit, @RequestParam int year, Model page) {
        figures(unit, year, page);
        return "dashboard/dashboard :: figures";
    }

    private void figures(String unit, int year, Model page) {
        page.addAttribute("unit", unit);
        page.addAttribute("around", units.around(unit));
        page.addAttribute("year", year);
        page.addAttribute("stats", reporting.statistics(unit, year));
        page.addAttribute("compliance", reporting.compliance(unit, year));
        page.addAttribute("links", new FigureLinks(unit, year));
    }

    /** The list of models behind each figure. */
    public record FigureLinks(String unit, int year) {

        public String models(String level, String field, String ownerType, String status) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/models").queryParam("unit", unit)
                    .queryParam("year", year);
            if (level != null) {
                uri.queryParam("level", level);
            }
            if (field != null) {
                uri.queryParam("field", field);
            }
            if (ownerType != null) {
                uri.queryParam("ownerType", ownerType);
            }
            if (status != null) {
                uri.queryParam("status", status);
            } else {
                COUNTED.forEach(counted -> uri.queryParam("status", counted));
            }
            return uri.encode().build().toUriString();
        }

        public String report(String format) {
            return UriComponentsBuilder.fromPath("/api/reporting/v1/reports/yearly").queryParam("unit", unit)
                    .queryParam("year", year).queryParam("format", format).encode().build().toUriString();
        }

        public String drill(String otherUnit) {
            return UriComponentsBuilder.fromPath("/dashboard").queryParam("unit", otherUnit).queryParam("year", year)
                    .encode().build().toUriString();
        }
    }
}
