package vn.dvk.evaluation.scoring.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.contracts.catalog.Criterion;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.evaluation.scoring.application.EvaluationService;
import vn.dvk.evaluation.scoring.application.WeightsService;
import vn.dvk.evaluation.scoring.domain.Evaluation;
import vn.dvk.evaluation.scoring.domain.Scoring;
import vn.dvk.evaluation.shared.adapter.IgnoredActor;
import vn.dvk.evaluation.shared.adapter.IndicatorRequest;
import vn.dvk.platform.domain.Caller;

/**
 * {@code /api/v1/evaluations} and the per-campaign criterion weights of the caller's level. Who evaluated or set the
 * weights is the official of the access token; {@code evaluatedBy} and {@code updatedBy} in bodies are ignored.
 */
@RestController
public class EvaluationController {

    public record ScoreRequest(@NotNull Criterion criterion, @NotNull @DecimalMin("0") @DecimalMax("10") Double score,
                               @Size(max = 2000) String comment) {
    }

    public record EvaluationRequest(@NotBlank @Size(max = 100) String modelId, @NotNull InspectionRound round,
                                    @Min(2000) @Max(2100) Integer year, @Size(max = 100) String planId,
                                    @Size(max = 100) String teamId,
                                    @NotEmpty @Size(max = 20) List<@Valid @NotNull ScoreRequest> scores,
                                    @NotNull Boolean recognized, @Size(max = 20) List<@Valid IndicatorRequest> indicators,
                                    @Size(max = 2000) String reason,
                                    @Schema(description = IgnoredActor.DESCRIPTION, deprecated = true)
                                    String evaluatedBy) {
    }

    public record CancellationRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record CorrectionRequest(@NotNull Boolean recognized, @NotBlank @Size(max = 2000) String reason) {
    }

    public record WeightsRequest(@NotNull Map<Criterion, Double> weights,
                                 @Schema(description = IgnoredActor.DESCRIPTION, deprecated = true)
                                 String updatedBy) {
    }

    private final EvaluationService evaluations;
    private final WeightsService weights;

    public EvaluationController(EvaluationService evaluations, WeightsService weights) {
        this.evaluations = evaluations;
        this.weights = weights;
    }

    @PostMapping("/api/v1/evaluations")
    public ResponseEntity<Evaluation> evaluate(@Valid @RequestBody EvaluationRequest request, Caller caller) {
        List<Scoring.Given> scores = request.scores().stream()
                .map(score -> new Scoring.Given(score.criterion(), score.score(), score.comment())).toList();
        String id = evaluations.evaluate(caller, new EvaluationService.Evaluate(
                request.modelId().strip(), request.round(), request.year(), request.planId(), request.teamId(),
                scores, request.recognized(), IndicatorRequest.reported(request.indicators()), request.reason()));
        return ResponseEntity.created(URI.create("/api/v1/evaluations/" + id))
                .body(evaluations.get(id));
    }

    @GetMapping("/api/v1/evaluations/{id}")
    public Evaluation get(@PathVariable String id) {
        return evaluations.get(id);
    }

    @GetMapping("/api/v1/evaluations")
    public List<Evaluation> list(@RequestParam String modelId) {
        return evaluations.ofModel(modelId);
    }

    /** Cancels an evaluation entered by mistake; a cancelled year-end verdict takes the model's recognition back. */
    @PostMapping("/api/v1/evaluations/{id}/cancellation")
    public Evaluation cancel(@PathVariable String id, @Valid @RequestBody CancellationRequest request,
                             Caller caller) {
        return evaluations.cancel(caller, id, request.reason());
    }

    /** Replaces a year-end verdict entered by mistake by the other one. */
    @PostMapping("/api/v1/evaluations/{id}/correction")
    public Evaluation correct(@PathVariable String id, @Valid @RequestBody CorrectionRequest request,
                              Caller caller) {
        return evaluations.correctVerdict(caller, id, request.recognized(), request.reason());
    }

    @GetMapping("/api/v1/campaigns/{campaignId}/evaluation-weights")
    public WeightsService.CampaignWeights weights(@PathVariable String campaignId) {
        return weights.get(campaignId);
    }

    @PutMapping("/api/v1/campaigns/{campaignId}/evaluation-weights")
    public WeightsService.CampaignWeights setWeights(@PathVariable String campaignId,
                                                     @Valid @RequestBody WeightsRequest request, Caller caller) {
        return weights.set(campaignId, request.weights(), caller.signature());
    }
}
