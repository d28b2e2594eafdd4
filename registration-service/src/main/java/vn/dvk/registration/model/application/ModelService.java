package vn.dvk.registration.model.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.person.application.PersonDirectory;
import vn.dvk.platform.person.domain.KnownPerson;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.registration.campaign.domain.Campaign;
import vn.dvk.registration.campaign.domain.Campaigns;
import vn.dvk.registration.model.domain.Lineage;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.ModelAction;
import vn.dvk.registration.model.domain.ModelDetails;
import vn.dvk.registration.model.domain.ModelPage;
import vn.dvk.registration.model.domain.ModelQuery;
import vn.dvk.registration.model.domain.Models;

/**
 * The model registry's use cases. Each command loads the model, lets the domain compute the new state(s), and hands
 * them to {@link Models}, which stores the model together with one event per change.
 */
@Service
public class ModelService {

    private final Models models;
    private final Campaigns campaigns;
    private final InstanceScope scope;
    private final Clock clock;
    private final PersonDirectory people;

    public ModelService(Models models, Campaigns campaigns, InstanceScope scope, Clock clock, PersonDirectory people) {
        this.models = models;
        this.campaigns = campaigns;
        this.scope = scope;
        this.clock = clock;
        this.people = people;
    }

    /** Registers a model under a new id. */
    public Model register(ModelDetails details, String by) {
        return registerAs(ResourceIds.next(), details, by);
    }

    /** Registers a model under a given id; {@link vn.dvk.platform.domain.AlreadyExists} when a model has it. */
    public Model registerAs(String id, ModelDetails details, String by) {
        return add(prepare(id, details, by));
    }

    /**
     * Checks a registration completely without storing it, for bulk import: the unit in scope, the dates, the
     * campaign's period and the replicated model.
     */
    public Model prepare(String id, ModelDetails details, String by) {
        details.check();
        scope.requireWritable("unitCode", details.unitCode());
        checkReferences(details, id);
        checkOwnerPerson(details);
        return Model.register(id, details, scope.pathOf(details.unitCode()), actor(by, details.unitCode()),
                clock.instant());
    }

    /** Stores a registration prepared by {@link #prepare}, with its registered event. */
    public Model add(Model registered) {
        models.add(registered);
        return registered;
    }

    /** The unit edits its registration; a returned model is thereby resubmitted for review. */
    public Model update(String id, long expectedVersion, ModelDetails details, String by) {
        Model current = get(id);
        requireVersion(current, expectedVersion);
        scope.requireWritable("unitCode", current.details().unitCode());
        details.check();
        scope.requireWritable("unitCode", details.unitCode());
        checkReferences(details, id);
        checkOwnerPerson(details);
        Instant now = clock.instant();
        String actor = actor(by, current.details().unitCode());
        List<Model> states = new ArrayList<>();
        Model edited = current.edit(details, scope.pathOf(details.unitCode()), actor, now);
        states.add(edited);
        if (current.status() == ModelStatus.RETURNED) {
            states.add(edited.resubmitEdited("Đơn vị đã chỉnh sửa và gửi lại", actor, now));
        }
        return persist(states);
    }

    /** An owner given as a registry person must be known here and belong to the model's unit or one below it. */
    private void checkOwnerPerson(ModelDetails details) {
        if (details.ownerPersonId() == null) {
            return;
        }
        KnownPerson owner = people.require("ownerPersonId", details.ownerPersonId());
        if (!UnitDirectory.pathIsWithin(owner.unitPath(), scope.pathOf(details.unitCode()))) {
            throw Rejection.unprocessable("owner-of-another-unit", "ownerPersonId", "Người mã '" + owner.id()
                    + "' (" + owner.fullName() + ") thuộc đơn vị " + owner.unitCode() + ", không thuộc đơn vị "
                    + details.unitCode() + " của mô hình.");
        }
    }

    public Model withdraw(String id, Long expectedVersion, String reason, String by) {
        Model current = get(id);
        if (expectedVersion != null) {
            requireVersion(current, expectedVersion);
        }
        scope.requireWritable("unitCode", current.details().unitCode());
        return persist(List.of(current.apply(ModelAction.WITHDRAW, reason, actor(by, current.details().unitCode()),
                clock.instant(), null)));
    }

    /**
     * Applies a decision of evaluation-service: the actions in order, each its own status-changed event. Throws the
     * domain's {@link vn.dvk.registration.model.domain.IllegalTransition} when one is impossible, and stores nothing
     * then.
     */
    public Model decide(Model current, List<ModelAction> actions, String reason, String by, String causedByEventId) {
        Instant now = clock.instant();
        List<Model> states = new ArrayList<>();
        Model state = current;
        for (ModelAction action : actions) {
            state = state.apply(action, reason, by, now, causedByEventId);
            states.add(state);
        }
        return persist(states);
    }

    private Model persist(List<Model> states) {
        models.update(states);
        return states.get(states.size() - 1);
    }

    public Optional<Model> find(String id) {
        return id == null ? Optional.empty() : models.find(id);
    }

    public Model get(String id) {
        return find(id).orElseThrow(() -> Rejection.notFound("mô hình", id));
    }

    public ModelPage list(ModelQuery query) {
        return models.list(query);
    }

    private void checkReferences(ModelDetails details, String id) {
        if (details.campaignId() != null) {
            Campaign campaign = campaigns.find(details.campaignId()).orElseThrow(() -> Rejection.unprocessable(
                    "unknown-campaign", "campaignId", "Không có phong trào/kế hoạch mã '" + details.campaignId()
                            + "'."));
            if (!campaign.covers(details.year())) {
                throw Rejection.unprocessable("year-outside-campaign", "year", "Năm " + details.year()
                        + " nằm ngoài giai đoạn " + campaign.startYear() + "-" + campaign.endYear()
                        + " của phong trào '" + campaign.name() + "'.");
            }
        }
        if (details.replicatedFrom() != null) {
            Lineage.check(id, details.replicatedFrom(), models::lineageOf);
        }
    }

    private static void requireVersion(Model current, long expectedVersion) {
        if (current.version() != expectedVersion) {
            throw new StaleVersion(current.id(), expectedVersion);
        }
    }

    private static String actor(String by, String unitCode) {
        return by == null || by.isBlank() ? unitCode : by.strip();
    }
}
