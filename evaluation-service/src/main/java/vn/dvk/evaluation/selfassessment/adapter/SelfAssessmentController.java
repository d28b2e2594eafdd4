package vn.dvk.evaluation.selfassessment.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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
import vn.dvk.evaluation.shared.adapter.IgnoredActor;
import vn.dvk.evaluation.shared.adapter.IndicatorRequest;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;

/**
 * {@code /api/v1/self-assessments}: filed by the model's unit, by the official of the access token ({@code filedBy} in
 * the body is ignored); {@code /overdue} lists what is late.
 */
@RestController
public class SelfAssessmentController {

    /**
     * {@code progressPercent} is a whole percentage: read as a decimal so that 50.5 is refused naming the field rather
     * than silently cut to 50. {@code adHoc} marks a period outside the 3- and 6-monthly schedule.
     */
    public record SelfAssessmentRequest(@NotBlank @Size(max = 100) String modelId, @NotNull LocalDate periodStart,
                                        @NotNull LocalDate periodEnd,
                                        @NotNull @DecimalMin("0") @DecimalMax("100")
                                        @Digits(integer = 3, fraction = 0, message = "phải là số nguyên từ 0 đến 100")
                                        BigDecimal progressPercent,
                                        @Schema(description = "Kỳ đột xuất, ngoài các kỳ 3 tháng, 6 tháng. / An ad hoc"
                                                + " period outside the 3- and 6-monthly schedule.")
                                        Boolean adHoc,
                                        @Size(max = 20) List<@Valid IndicatorRequest> indicators,
                                        @Size(max = 5000) String difficulties, @Size(max = 5000) String proposals,
                                        @Schema(description = IgnoredActor.DESCRIPTION, deprecated = true)
                                        String filedBy) {
    }

    private final SelfAssessmentService selfAssessments;

    public SelfAssessmentController(SelfAssessmentService selfAssessments) {
        this.selfAssessments = selfAssessments;
    }

    @PostMapping("/api/v1/self-assessments")
    public ResponseEntity<SelfAssessment> file(@Valid @RequestBody SelfAssessmentRequest request, Caller caller) {
        String id = selfAssessments.file(new SelfAssessmentService.File(
                request.modelId().strip(), request.periodStart(), request.periodEnd(),
                Boolean.TRUE.equals(request.adHoc()), request.progressPercent().intValueExact(),
                IndicatorRequest.reported(request.indicators()), request.difficulties(), request.proposals(),
                caller.signature()));
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
