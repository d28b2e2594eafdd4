package vn.dvk.registration.campaign.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.registration.CampaignPublished;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.contracts.registration.CampaignUpdated;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.outbox.AggregateStore;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.registration.campaign.domain.Campaign;

/** Issues and edits campaigns and plans; each change is one event on {@code dvk.registration}. */
@Service
public class CampaignService {

    public static final String COLLECTION = "campaign";

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final InstanceScope scope;
    private final Clock clock;

    public CampaignService(AggregateStore store, MongoTemplate mongo, InstanceScope scope, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.scope = scope;
        this.clock = clock;
    }

    /** What a unit states about its campaign. */
    public record CampaignDraft(String issuingUnitCode, String name, String documentNumber,
                                LocalDate documentDate, int startYear, int endYear, String parentCampaignId,
                                List<CampaignSnapshot.Phase> phases, List<CampaignSnapshot.Target> targets) {
    }

    public Campaign publish(CampaignDraft draft, String by) {
        return publishAs(ResourceIds.next(), draft, by);
    }

    /** Publishes under a given id; {@link vn.dvk.platform.domain.AlreadyExists} when a campaign has it. */
    public Campaign publishAs(String id, CampaignDraft draft, String by) {
        Campaign campaign = build(id, draft, null, 1);
        store.save(campaign, id, 0, List.of(new OutboundEvent<>(RegistrationEvents.CAMPAIGN_PUBLISHED, id,
                campaign.issuingUnitPath(), new CampaignPublished(campaign.snapshot(), actor(by, draft),
                        campaign.createdAt()))));
        return campaign;
    }

    public Campaign update(String id, long expectedVersion, CampaignDraft draft, String by) {
        Campaign current = get(id);
        if (current.version() != expectedVersion) {
            throw staleVersion(id, expectedVersion);
        }
        scope.requireWritable("issuingUnitCode", current.issuingUnitCode());
        Campaign updated = build(id, draft, current, expectedVersion + 1);
        store.save(updated, id, expectedVersion, List.of(new OutboundEvent<>(RegistrationEvents.CAMPAIGN_UPDATED,
                id, updated.issuingUnitPath(), new CampaignUpdated(updated.snapshot(), actor(by, draft),
                        updated.updatedAt()))));
        return updated;
    }

    private Campaign build(String id, CampaignDraft draft, Campaign current, long version) {
        scope.requireWritable("issuingUnitCode", draft.issuingUnitCode());
        Campaign.checkPeriod(draft.startYear(), draft.endYear(), draft.phases(), draft.targets());
        if (draft.parentCampaignId() != null) {
            if (draft.parentCampaignId().equals(id)) {
                throw Rejection.unprocessable("invalid-parent", "parentCampaignId",
                        "Kế hoạch không thể là kế hoạch cấp trên của chính nó.");
            }
            find(draft.parentCampaignId()).orElseThrow(() -> Rejection.unprocessable("unknown-campaign",
                    "parentCampaignId", "Không có phong trào/kế hoạch mã '" + draft.parentCampaignId() + "'."));
        }
        Instant now = clock.instant();
        return new Campaign(id, draft.issuingUnitCode(), scope.pathOf(draft.issuingUnitCode()), draft.name(),
                draft.documentNumber(), draft.documentDate(), draft.startYear(), draft.endYear(),
                draft.parentCampaignId(), draft.phases(), draft.targets(),
                current == null ? now : current.createdAt(), now, version);
    }

    public Optional<Campaign> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Campaign.class, COLLECTION));
    }

    public Campaign get(String id) {
        return find(id).orElseThrow(() -> Rejection.notFound("phong trào/kế hoạch", id));
    }

    /** Campaigns issued inside the unit's subtree (all when null) whose period includes the year (any when null). */
    public List<Campaign> list(String unitCode, Integer year) {
        Query query = new Query();
        if (unitCode != null && !unitCode.isBlank()) {
            scope.requireKnown("unit", unitCode);
            String path = scope.pathOf(unitCode);
            if (!path.isEmpty()) {
                query.addCriteria(Criteria.where("issuingUnitPath")
                        .regex("^" + Pattern.quote(path) + "(/.*)?$"));
            }
        }
        if (year != null) {
            query.addCriteria(Criteria.where("startYear").lte(year).and("endYear").gte(year));
        }
        query.with(Sort.by("issuingUnitPath", "startYear", "_id"));
        return mongo.find(query, Campaign.class, COLLECTION);
    }

    private static String actor(String by, CampaignDraft draft) {
        return by == null || by.isBlank() ? draft.issuingUnitCode() : by.strip();
    }

    static Rejection staleVersion(String id, long expected) {
        String message = "Phong trào/kế hoạch '" + id + "' đã được người khác thay đổi (phiên bản bạn gửi: "
                + expected + "). Hãy tải lại và thử lại.";
        return new Rejection.Conflict("stale-version", message,
                List.of(new Rejection.FieldIssue("If-Match", message)));
    }
}
