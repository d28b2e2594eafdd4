package vn.dvk.reporting.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.events.EventType;
import vn.dvk.contracts.registration.ModelRegistered;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.ModelStatusChanged;
import vn.dvk.contracts.registration.ModelUpdated;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.reporting.projection.application.CampaignProjection;
import vn.dvk.reporting.projection.application.EvaluationProjection;
import vn.dvk.reporting.projection.application.BatchStages;
import vn.dvk.reporting.projection.application.ModelProjection;
import vn.dvk.reporting.projection.domain.RecordPosition;
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
    public final ModelProjection models;
    private long nextOffset;
    public final CampaignProjection campaignProjection = new CampaignProjection(campaigns, this::published);
    public final EvaluationProjection evaluations = new EvaluationProjection(inspections, views, this::published);

    /** The projections of an instance serving the demo directory's province, which holds every demo unit. */
    public InMemoryReporting() {
        this(DemoUnits.DIRECTORY.rootCode());
    }

    /** The projections of an instance serving the subtree of {@code scopeCode}. */
    public InMemoryReporting(String scopeCode) {
        this(new InstanceScope(DemoUnits.DIRECTORY, scopeCode));
    }

    /** The projections of an instance of any directory, such as one beside the bundled demo set. */
    public InMemoryReporting(InstanceScope scope) {
        models = new ModelProjection(views, counters, scope, this::published, BatchStages.NONE);
    }

    /** Applies a model event as a batch of one, read at the next offset of the one partition these tests feed. */
    private void apply(InboundEvent<?> event, ModelSnapshot model) {
        models.apply(List.of(models.changeOf(event, model,
                RecordPosition.of(RegistrationEvents.MODEL_REGISTERED.topic(), 0, nextOffset++))));
    }

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
        apply(delivery(RegistrationEvents.MODEL_REGISTERED, model.id(), model.unitPath(), model.version(),
                new ModelRegistered(model, "cán bộ xã", Instant.now())), model);
        return model;
    }

    /**
     * Delivers the edit that moved a model from the unit of {@code before} to the one of {@code after}, as the
     * dispatcher hands it to the instances of both units.
     */
    public ModelSnapshot moved(ModelSnapshot before, ModelSnapshot after) {
        apply(delivery(RegistrationEvents.MODEL_UPDATED, after.id(), after.unitPath(), after.version(),
                new ModelUpdated(after, false, "cán bộ huyện", Instant.now(), before.unitPath())), after);
        return after;
    }

    /** Delivers a status change of a model, from {@code before} to the snapshot {@code after}. */
    public ModelSnapshot statusChanged(ModelSnapshot before, ModelSnapshot after) {
        apply(delivery(RegistrationEvents.MODEL_STATUS_CHANGED, after.id(), after.unitPath(), after.version(),
                new ModelStatusChanged(after, before.status(), after.status(), "Phù hợp", "Ban Dân vận", null,
                        Instant.now())), after);
        return after;
    }
}
