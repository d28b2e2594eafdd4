package vn.dvk.reporting.projection.application;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.reporting.projection.domain.ModelBatch;
import vn.dvk.reporting.projection.domain.ModelChange;
import vn.dvk.reporting.projection.domain.ModelCounters;
import vn.dvk.reporting.projection.domain.ModelState;
import vn.dvk.reporting.projection.domain.ModelViews;
import vn.dvk.reporting.projection.domain.RecordPosition;

/**
 * Applies batches of model snapshots exactly once in effect, without claims (ADR 0019): one read of the views the
 * batch names, the batch folded in memory ({@link ModelBatch}), the counters moved first by the deltas they do not
 * hold yet, then the views written. A failure between the two writes leaves the views as they were, so the
 * redelivered batch makes the same deltas, which the counters already hold; after both writes the views make every
 * event of the batch a duplicate. A snapshot that moved the model out of the instance's scope (the dispatcher hands
 * it over by its {@code ce_previousunitpath}) takes the model out of the counters and leaves a tombstone view.
 */
@Service
public class ModelProjection {

    private final ModelViews views;
    private final ModelCounters counters;
    private final InstanceScope scope;
    private final ApplicationEventPublisher publisher;
    private final BatchStages stages;

    public ModelProjection(ModelViews views, ModelCounters counters, InstanceScope scope,
                           ApplicationEventPublisher publisher, BatchStages stages) {
        this.views = views;
        this.counters = counters;
        this.scope = scope;
        this.publisher = publisher;
        this.stages = stages;
    }

    /** The change a model event makes, read at {@code position}; its version is the snapshot's (or the sequence). */
    public ModelChange changeOf(InboundEvent<?> event, ModelSnapshot model, RecordPosition position) {
        long version = model.version() > 0 ? model.version() : event.sequence();
        return new ModelChange(model, version, event.type(), position, scope.coversPath(model.unitPath()));
    }

    /** Applies the model events of one batch, in the order they were read; answers how many were duplicates. */
    public int apply(List<ModelChange> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        Map<String, ModelState> before = views.states(batch.stream().map(change -> change.model().id())
                .distinct().toList());
        ModelBatch.Folded folded = ModelBatch.fold(batch, before);
        counters.applyOnce(folded.deltas());
        stages.countersWritten(batch);
        views.write(folded.views(), before.keySet());
        folded.changes().forEach(publisher::publishEvent);
        return folded.duplicates();
    }
}
