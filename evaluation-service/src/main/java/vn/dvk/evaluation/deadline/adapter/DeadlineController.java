package vn.dvk.evaluation.deadline.adapter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.evaluation.deadline.application.DeadlineService;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;

/** Per-campaign deadlines and {@code GET /api/v1/deadlines}: what is due or late per unit in scope. */
@RestController
@Validated
public class DeadlineController {

    /** A field left out keeps what applies now; {@code reminderDays}: days before each deadline, e.g. [7, 1]. */
    public record DeadlinesRequest(@Size(max = 10) String midYearReport, @Size(max = 10) String yearEndReport,
                                   @Size(max = 10) String recognition, @Size(max = 10) List<Integer> reminderDays) {
    }

    private final DeadlineService deadlines;

    public DeadlineController(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @GetMapping("/api/v1/campaigns/{campaignId}/deadlines")
    public DeadlineService.CampaignDeadlines get(@PathVariable String campaignId) {
        return deadlines.get(campaignId);
    }

    @PutMapping("/api/v1/campaigns/{campaignId}/deadlines")
    public DeadlineService.CampaignDeadlines set(@PathVariable String campaignId,
                                                 @Valid @RequestBody DeadlinesRequest request) {
        return deadlines.set(campaignId, request.midYearReport(), request.yearEndReport(), request.recognition(),
                request.reminderDays());
    }

    @GetMapping("/api/v1/deadlines")
    public DeadlineService.Listing list(@RequestedUnit UnitSelection unit,
                                        @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return deadlines.list(unit, year);
    }
}
