package vn.dvk.registration.model.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.platform.error.ProblemException;
import vn.dvk.platform.idempotency.IdempotencyKeys;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.registration.campaign.application.CampaignService;
import vn.dvk.registration.campaign.domain.Campaign;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.ModelAction;
import vn.dvk.registration.model.domain.ModelDetails;
import vn.dvk.registration.model.domain.SearchText;

/**
 * The model registry's use cases. Each command loads the model, lets the domain compute the new state(s), and saves
 * the document together with one event per change in a single write (the platform outbox).
 */
@Service
public class ModelService {

    public static final String COLLECTION = "model";

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final InstanceScope scope;
    private final IdempotencyKeys idempotencyKeys;
    private final CampaignService campaigns;
    private final Clock clock;

    public ModelService(AggregateStore store, MongoTemplate mongo, InstanceScope scope,
                        IdempotencyKeys idempotencyKeys, CampaignService campaigns, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.scope = scope;
        this.idempotencyKeys = idempotencyKeys;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    /** Registers a model; a replayed {@code Idempotency-Key} answers with the model it created the first time. */
    public IdempotencyKeys.Outcome register(String idempotencyKey, Object requestBody, ModelDetails details,
                                            String by) {
        return idempotencyKeys.execute(idempotencyKey, "model", requestBody, UUID.randomUUID().toString(),
                id -> save(prepare(id, details, by)));
    }

    /**
     * Checks a registration completely without storing it, for bulk import: the unit in scope, the dates, the
     * campaign's period and the replicated model.
     */
    public Model prepare(String id, ModelDetails details, String by) {
        details.check();
        scope.requireWritable("unitCode", details.unitCode());
        checkReferences(details, id);
        return Model.register(id, details, scope.pathOf(details.unitCode()), actor(by, details.unitCode()),
                clock.instant());
    }

    /** Stores a registration prepared by {@link #prepare}, with its registered event. */
    public Model save(Model registered) {
        store.save(registered, registered.id(), 0, ModelEvents.announce(List.of(registered), false));
        return registered;
    }

    public Model update(String id, long expectedVersion, ModelDetails details, String by) {
        Model current = get(id);
        requireVersion(current, expectedVersion);
        scope.requireWritable("unitCode", current.unitCode());
        details.check();
        scope.requireWritable("unitCode", details.unitCode());
        checkReferences(details, id);
        Instant now = clock.instant();
        String actor = actor(by, current.unitCode());
        List<Model> states = new ArrayList<>();
        Model edited = current.edit(details, scope.pathOf(details.unitCode()), actor, now);
        states.add(edited);
        boolean resubmitted = current.status() == ModelStatus.RETURNED;
        if (resubmitted) {
            states.add(edited.apply(ModelAction.RESUBMIT, "Đơn vị đã chỉnh sửa và gửi lại", actor, now, null));
        }
        return persist(current, states, resubmitted);
    }

    public Model withdraw(String id, Long expectedVersion, String reason, String by) {
        Model current = get(id);
        if (expectedVersion != null) {
            requireVersion(current, expectedVersion);
        }
        scope.requireWritable("unitCode", current.unitCode());
        Model withdrawn = current.apply(ModelAction.WITHDRAW, reason, actor(by, current.unitCode()), clock.instant(),
                null);
        return persist(current, List.of(withdrawn), false);
    }

    /**
     * Applies a decision of evaluation-service: the actions in order, each its own status-changed event. Throws the
     * domain's {@code illegal-transition} problem when one is impossible, and stores nothing then.
     */
    public Model decide(Model current, List<ModelAction> actions, String reason, String by, String causedByEventId) {
        Instant now = clock.instant();
        List<Model> states = new ArrayList<>();
        Model state = current;
        for (ModelAction action : actions) {
            state = state.apply(action, reason, by, now, causedByEventId);
            states.add(state);
        }
        return persist(current, states, false);
    }

    private Model persist(Model current, List<Model> states, boolean resubmitted) {
        store.save(states.get(states.size() - 1), current.id(), current.version(),
                ModelEvents.announce(states, resubmitted));
        return states.get(states.size() - 1);
    }

    public Optional<Model> find(String id) {
        return Optional.ofNullable(id).map(key -> mongo.findById(key, Model.class, COLLECTION));
    }

    public Model get(String id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("mô hình", id));
    }

    public ModelPage list(ModelQuery filter) {
        Query query = new Query();
        if (filter.unit() != null && !filter.unit().isBlank()) {
            scope.requireKnown("unit", filter.unit().strip());
            String path = scope.pathOf(filter.unit().strip());
            if (!path.isEmpty()) {
                query.addCriteria(Criteria.where("unitPath").regex("^" + Pattern.quote(path) + "(/.*)?$"));
            }
        }
        if (filter.year() != null) {
            query.addCriteria(Criteria.where("year").is(filter.year()));
        }
        if (filter.field() != null) {
            query.addCriteria(Criteria.where("field").is(filter.field().name()));
        }
        if (filter.level() != null) {
            query.addCriteria(Criteria.where("level").is(filter.level().name()));
        }
        if (filter.ownerType() != null) {
            query.addCriteria(Criteria.where("ownerType").is(filter.ownerType().name()));
        }
        if (filter.kind() != null) {
            query.addCriteria(Criteria.where("kind").is(filter.kind().name()));
        }
        if (!filter.status().isEmpty()) {
            query.addCriteria(Criteria.where("status").in(filter.status().stream().map(Enum::name).toList()));
        }
        if (filter.campaignId() != null && !filter.campaignId().isBlank()) {
            query.addCriteria(Criteria.where("campaignId").is(filter.campaignId().strip()));
        }
        String folded = SearchText.fold(filter.q());
        if (!folded.isEmpty()) {
            List<Criteria> words = new ArrayList<>();
            for (String word : folded.split(" ")) {
                words.add(Criteria.where("searchText").regex(Pattern.quote(word)));
            }
            query.addCriteria(new Criteria().andOperator(words));
        }
        long total = mongo.count(query, COLLECTION);
        query.with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id")))
                .skip((long) filter.page() * filter.size()).limit(filter.size());
        return new ModelPage(mongo.find(query, Model.class, COLLECTION), filter.page(), filter.size(), total);
    }

    private void checkReferences(ModelDetails details, String id) {
        if (details.campaignId() != null) {
            Campaign campaign = campaigns.find(details.campaignId()).orElseThrow(() -> ProblemException.unprocessable(
                    "unknown-campaign", "campaignId", "Không có phong trào/kế hoạch mã '" + details.campaignId()
                            + "'."));
            if (!campaign.covers(details.year())) {
                throw ProblemException.unprocessable("year-outside-campaign", "year", "Năm " + details.year()
                        + " nằm ngoài giai đoạn " + campaign.startYear() + "-" + campaign.endYear()
                        + " của phong trào '" + campaign.name() + "'.");
            }
        }
        if (details.replicatedFrom() != null) {
            if (details.replicatedFrom().equals(id)) {
                throw ProblemException.unprocessable("invalid-replica", "replicatedFrom",
                        "Mô hình không thể nhân rộng từ chính nó.");
            }
            if (find(details.replicatedFrom()).isEmpty()) {
                throw ProblemException.unprocessable("unknown-model", "replicatedFrom",
                        "Không có mô hình mã '" + details.replicatedFrom() + "' để nhân rộng.");
            }
        }
    }

    private static void requireVersion(Model current, long expectedVersion) {
        if (current.version() != expectedVersion) {
            String message = "Mô hình '" + current.id() + "' đã được người khác thay đổi (phiên bản bạn gửi: "
                    + expectedVersion + ", hiện tại: " + current.version() + "). Hãy tải lại và thử lại.";
            throw new ProblemException(ProblemException.Kind.CONFLICT, "stale-version", "Xung đột dữ liệu", message,
                    List.of(new ProblemException.FieldProblem("If-Match", message)));
        }
    }

    private static String actor(String by, String unitCode) {
        return by == null || by.isBlank() ? unitCode : by.strip();
    }
}
