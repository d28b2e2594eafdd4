package vn.dvk.evaluation.review.adapter;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dvk.contracts.catalog.ReviewDecision;
import vn.dvk.evaluation.review.application.ReviewService;
import vn.dvk.evaluation.review.domain.Review;
import vn.dvk.evaluation.shared.adapter.IgnoredActor;
import vn.dvk.platform.domain.Caller;

/**
 * {@code /api/v1/reviews}: the Steering Committee's decisions on registrations (api-contract.md). The reviewer is the
 * official of the access token; a {@code reviewer} in the body is accepted from older clients and ignored.
 */
@RestController
public class ReviewController {

    public record ReviewRequest(@NotBlank @Size(max = 100) String modelId, @NotNull ReviewDecision decision,
                                @Size(max = 2000) String reason,
                                @Schema(description = IgnoredActor.DESCRIPTION, deprecated = true) String reviewer) {
    }

    private final ReviewService reviews;

    public ReviewController(ReviewService reviews) {
        this.reviews = reviews;
    }

    public record CancellationRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** Cancels a decision entered by mistake while it is in force; the submission awaits a review again. */
    @PostMapping("/api/v1/reviews/{id}/cancellation")
    public Review cancel(@PathVariable String id, @Valid @RequestBody CancellationRequest request, Caller caller) {
        return reviews.cancel(caller, id, request.reason());
    }

    @PostMapping("/api/v1/reviews")
    public ResponseEntity<Review> decide(@Valid @RequestBody ReviewRequest request, Caller caller) {
        String id = reviews.decide(caller, new ReviewService.DecideReview(request.modelId().strip(),
                request.decision(), request.reason()));
        return ResponseEntity.created(URI.create("/api/v1/reviews/" + id))
                .body(reviews.get(id));
    }

    @GetMapping("/api/v1/reviews/{id}")
    public Review get(@PathVariable String id) {
        return reviews.get(id);
    }

    @GetMapping("/api/v1/reviews")
    public List<Review> list(@RequestParam String modelId) {
        return reviews.ofModel(modelId);
    }
}
