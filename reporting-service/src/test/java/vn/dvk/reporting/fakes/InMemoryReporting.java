package vn.dvk.reporting.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.registration.ModelRegistered;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.ModelStatusChanged;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.reporting.projection.application.CampaignProjection;
import vn.dvk.reporting.projection.application.EvaluationProjection;
import vn.dvk.reporting.projection.application.ModelProjection;
import vn.dvk.reporting.projection.domain.ProjectionChanged;

/**
 * The projections of reporting-service on in-memory read models, without Spring: the read models, the projections
 * that feed them, what the projections told the dashboard, and deliveries of events as the dispatcher hands them
 * over. Application tests start from a new one per test.
 */
public final class InMemoryReporting {

    public final InMemoryModelViews views = new InMemoryModelViews();
    public final InMemoryModelCounters counters = new InMemoryModelCounters();
    public final InMemoryCampaignTargets campaigns = new InMemoryCampaignTargets();
    public final InMemoryInspections inspections = new InMemoryInspections();
    public final List<ProjectionChanged> changes = new ArrayList<>();
    public final ModelProjection models = new ModelProjection(views, counters, this::published);
    public final CampaignProjection campaignProjection = new CampaignProjection(campaigns, this::published);
    public final EvaluationProjection evaluations = new EvaluationProjection(inspections, views, this::published);

    private void published(Object event) {
        changes.add((ProjectionChanged) event);
    }

    /** An event of {@code type} as the dispatcher hands it to a handler, with a new id. */
    public static <T> InboundEvent<T> delivery(EventType<T> type, String subject, String unitPath, long sequence,
                                               T payload) {
        return new InboundEvent<>(UUID.randomUUID().toString(), type.name(), "/dvk/test", subject, unitPath,
                sequence, Instant.now(), payload);
    }

    /** Delivers the registration of a model to the model projection. */
    public ModelSnapshot registered(ModelSnapshot model) {
        models.apply(delivery(RegistrationEvents.MODEL_REGISTERED, model.id(), model.unitPath(), model.version(),
                new ModelRegistered(model, "cán bộ xã", Instant.now())), model);
        return model;
    }

    /** Delivers a status change of a model, from {@code before} to the snapshot {@code after}. */
    public ModelSnapshot statusChanged(ModelSnapshot before, ModelSnapshot after) {
        models.apply(delivery(RegistrationEvents.MODEL_STATUS_CHANGED, after.id(), after.unitPath(), after.version(),
                new ModelStatusChanged(after, before.status(), after.status(), "Phù hợp", "Ban Dân vận", null,
                        Instant.now())), after);
        return after;
    }
}
