package vn.dvk.evaluation.selfassessment.adapter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.evaluation.selfassessment.application.SelfAssessmentService;
import vn.dvk.evaluation.selfassessment.domain.SelfAssessment;
import vn.dvk.evaluation.shared.adapter.IndicatorRequest;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;

/** {@code /api/v1/self-assessments}: filed by the model's unit; {@code /overdue} lists what is late. */
@RestController
public class SelfAssessmentController {

    public record SelfAssessmentRequest(@NotBlank @Size(max = 100) String modelId, @NotNull LocalDate periodStart,
                                        @NotNull LocalDate periodEnd, @NotNull @Min(0) @Max(100) Integer progressPercent,
                                        @Size(max = 20) List<IndicatorRequest> indicators,
                                        @Size(max = 5000) String difficulties, @Size(max = 5000) String proposals,
                                        @NotBlank @Size(max = 300) String filedBy) {
    }

    private final SelfAssessmentService selfAssessments;

    public SelfAssessmentController(SelfAssessmentService selfAssessments) {
        this.selfAssessments = selfAssessments;
    }

    @PostMapping("/api/v1/self-assessments")
    public ResponseEntity<SelfAssessment> file(@Valid @RequestBody SelfAssessmentRequest request) {
        String id = selfAssessments.file(new SelfAssessmentService.File(
                request.modelId().strip(), request.periodStart(), request.periodEnd(), request.progressPercent(),
                IndicatorRequest.reported(request.indicators()), request.difficulties(), request.proposals(),
                request.filedBy()));
        return ResponseEntity.created(URI.create("/api/v1/self-assessments/" + id))
                .body(selfAssessments.get(id));
    }

    @GetMapping("/api/v1/self-assessments/overdue")
    public List<SelfAssessmentService.Overdue> overdue(@RequestedUnit UnitSelection unit) {
        return selfAssessments.overdueWithin(unit.path());
    }

    @GetMapping("/api/v1/self-assessments/{id}")
    public SelfAssessment get(@PathVariable String id) {
        return selfAssessments.get(id);
    }

    @GetMapping("/api/v1/self-assessments")
    public List<SelfAssessment> list(@RequestParam String modelId) {
        return selfAssessments.ofModel(modelId);
    }
}
