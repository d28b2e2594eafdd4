package vn.dvk.evaluation.inspection.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.catalog.TeamRole;
import vn.dvk.evaluation.inspection.application.InspectionPlanService;
import vn.dvk.evaluation.inspection.domain.Inspection;
import vn.dvk.evaluation.inspection.domain.InspectionPlan;
import vn.dvk.evaluation.shared.adapter.IgnoredActor;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.scope.RequestedUnit;
import vn.dvk.platform.scope.UnitSelection;

/**
 * {@code /api/v1/inspection-plans}: plans, their teams and targets, and the inspections recorded. Who published a plan
 * or recorded an inspection is the official of the access token; names in bodies are ignored.
 */
@RestController
public class InspectionPlanController {

    public record MemberRequest(@NotBlank @Size(max = 200) String name, @Size(max = 300) String position,
                                @NotNull TeamRole role) {
    }

    public record TeamRequest(@NotBlank @Size(max = 50) String key, @NotBlank @Size(max = 300) String name,
                              @NotNull @Size(max = 50) List<@Valid @NotNull MemberRequest> members) {
    }

    public record TargetRequest(@Size(max = 50) String unitCode, @Size(max = 300) String unitName,
                                @Size(max = 100) String modelId, @Size(max = 50) String teamKey) {
    }

    public record PlanRequest(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull InspectionRound round,
                              @NotBlank @Size(max = 500) String name, @Size(max = 100) String decisionNumber,
                              LocalDate decisionDate, @NotBlank @Size(max = 50) String issuingUnitCode,
                              @NotEmpty @Size(max = 500) List<@Valid @NotNull TargetRequest> targets,
                              @NotNull @Size(max = 50) List<@Valid @NotNull TeamRequest> teams,
                              @Schema(description = IgnoredActor.DESCRIPTION, deprecated = true)
                              String publishedBy,
                              @Schema(description = "Phong trào, kế hoạch mà đợt kiểm tra phục vụ: hạn báo cáo theo"
                                      + " hạn của phong trào. / The campaign whose deadlines the report follows.")
                              @Size(max = 100) String campaignId,
                              @Schema(description = "Xác nhận thêm kế hoạch trùng đơn vị ban hành, năm, đợt và đối"
                                      + " tượng với kế hoạch đã có. / Confirms a plan that repeats one already"
                                      + " published.")
                              Boolean confirmDuplicate) {
    }

    public record InspectionRequest(@NotBlank @Size(max = 50) String targetId, @NotNull LocalDate inspectedOn,
                                    @NotBlank @Size(max = 10000) String findings,
                                    @Size(max = 100000) String minutes,
                                    @Schema(description = IgnoredActor.DESCRIPTION, deprecated = true)
                                    String recordedBy) {
    }

    public record InspectionCancellationRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record InspectionCorrectionRequest(@NotBlank @Size(max = 10000) String findings,
                                              @Size(max = 100000) String minutes,
                                              @NotBlank @Size(max = 2000) String reason) {
    }

    private final InspectionPlanService plans;

    public InspectionPlanController(InspectionPlanService plans) {
        this.plans = plans;
    }

    static InspectionPlanService.PublishPlan toCommand(PlanRequest request, Caller caller) {
        return new InspectionPlanService.PublishPlan(request.year(), request.round(), request.name(),
                request.decisionNumber(), request.decisionDate(), request.issuingUnitCode().strip(),
                request.targets().stream().map(t -> new InspectionPlanService.TargetDraft(t.unitCode(), t.unitName(),
                        t.modelId(), t.teamKey())).toList(),
                request.teams().stream().map(team -> new InspectionPlan.TeamDraft(team.key().strip(),
                        team.name().strip(), team.members().stream().map(m -> new InspectionPlan.Member(
                                m.name().strip(), m.position(), m.role())).toList())).toList(),
                caller.signature(), request.campaignId(), Boolean.TRUE.equals(request.confirmDuplicate()));
    }

    @PostMapping("/api/v1/inspection-plans")
    public ResponseEntity<InspectionPlanService.PlanView> publish(@Valid @RequestBody PlanRequest request,
                                                                  Caller caller) {
        String id = plans.publish(toCommand(request, caller)).id();
        return ResponseEntity.created(URI.create("/api/v1/inspection-plans/" + id)).body(plans.get(id));
    }

    @GetMapping("/api/v1/inspection-plans")
    public List<InspectionPlanService.PlanView> list(@RequestedUnit UnitSelection unit,
                                                     @RequestParam(required = false) Integer year) {
        return plans.plans(unit.path(), year);
    }

    @GetMapping("/api/v1/inspection-plans/{id}")
    public InspectionPlanService.PlanView get(@PathVariable String id) {
        return plans.get(id);
    }

    @PostMapping("/api/v1/inspection-plans/{id}/inspections")
    public ResponseEntity<Inspection> inspect(@PathVariable String id,
                                              @Valid @RequestBody InspectionRequest request, Caller caller) {
        String inspectionId = plans.recordInspection(id, new InspectionPlanService.RecordInspection(
                request.targetId(), request.inspectedOn(), request.findings(), request.minutes(),
                caller.signature()));
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + inspectionId))
                .body(plans.inspection(inspectionId));
    }

    @GetMapping("/api/v1/inspections/{id}")
    public Inspection inspection(@PathVariable String id) {
        return plans.inspection(id);
    }

    /** Cancels an inspection recorded by mistake; it no longer counts as the target's inspection. */
    @PostMapping("/api/v1/inspections/{id}/cancellation")
    public Inspection cancel(@PathVariable String id, @Valid @RequestBody InspectionCancellationRequest request,
                             Caller caller) {
        return plans.cancelInspection(caller, id, request.reason());
    }

    /** Replaces the findings of an inspection recorded wrongly; the replaced ones stay in its corrections. */
    @PostMapping("/api/v1/inspections/{id}/correction")
    public Inspection correct(@PathVariable String id, @Valid @RequestBody InspectionCorrectionRequest request,
                              Caller caller) {
        return plans.correctInspection(caller, id, request.findings().strip(), request.minutes(), request.reason());
    }
}
