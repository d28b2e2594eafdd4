package vn.dvk.evaluation.review.application;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.ReviewDecision;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.ReviewDecided;
import vn.dvk.evaluation.model.application.ModelViews;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.review.adapter.ReviewDocument;
import vn.dvk.evaluation.review.domain.Review;
import vn.dvk.evaluation.review.domain.ReviewRules;
import vn.dvk.evaluation.shared.domain.Texts;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.AdministrativeUnit;

/** The Steering Committee's decisions on registrations: approve, return or reject, each with who and why. */
@Service
public class ReviewService {

    /** What the committee decided, as the request carried it. */
    public record DecideReview(String modelId, ReviewDecision decision, String reason, String reviewer) {
    }

    private final ModelViews models;
    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final InstanceScope scope;
    private final Clock clock;

    public ReviewService(ModelViews models, MongoTemplate mongo, AggregateStore store,
                         InstanceScope scope, Clock clock) {
        this.models = models;
        this.mongo = mongo;
        this.store = store;
        this.scope = scope;
        this.clock = clock;
    }

    /** Records the decision and publishes {@code ReviewDecided}; answers whether this call created it. */
    public String decide(DecideReview command) {
        String id = ResourceIds.next();
        create(id, command);
        return id;
    }

    private Review create(String id, DecideReview command) {
        String reason = Texts.trimToNull(command.reason());
        ReviewRules.requireReason(command.decision(), reason);
        ModelView model = models.require("modelId", command.modelId());
        boolean decided = mongo.exists(Query.query(Criteria.where("decisionKey")
                .is(Review.decisionKey(model.id(), model.version()))), ReviewDocument.class);
        ReviewRules.check(model, command.decision(), reason, scopeLevel(), decided);
        String reviewer = Texts.trimToNull(command.reviewer());
        if (reviewer == null) {
            reviewer = "Ban Chỉ đạo " + scope.directory().find(scope.code()).map(AdministrativeUnit::fullName)
                    .orElse(scope.code());
        }
        Review review = new Review(id, model.id(), model.version(), model.unitPath(), command.decision(), reason,
                reviewer, clock.instant());
        ReviewDecided event = new ReviewDecided(id, model.id(), model.unitPath(), review.decision(), reason,
                reviewer, review.decidedAt());
        try {
            store.save(ReviewDocument.of(review), id, 0,
                    List.of(new OutboundEvent<>(EvaluationEvents.REVIEW_DECIDED, model.id(), model.unitPath(),
                            event)));
        } catch (Rejection e) {
            if ("already-exists".equals(e.code())) {
                throw Rejection.conflict("already-decided", "Mô hình '" + model.id()
                        + "' đã có quyết định xem xét cho lần đăng ký này.");
            }
            throw e;
        }
        return review;
    }

    private UnitLevel scopeLevel() {
        return scope.directory().find(scope.code()).map(AdministrativeUnit::level).orElse(null);
    }

    public Review get(String id) {
        ReviewDocument document = mongo.findById(id, ReviewDocument.class);
        if (document == null) {
            throw Rejection.notFound("quyết định xem xét", id);
        }
        return document.toReview();
    }

    /** The decisions on one model, oldest first. */
    public List<Review> ofModel(String modelId) {
        return mongo.find(Query.query(Criteria.where("modelId").is(modelId)).with(Sort.by("decidedAt")),
                        ReviewDocument.class).stream()
                .map(ReviewDocument::toReview)
                .filter(review -> scope.coversPath(review.unitPath()))
                .toList();
    }
}
