package vn.dvk.reporting.projection.application;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.reporting.projection.domain.CounterMove;
import vn.dvk.reporting.projection.domain.ModelCounters;
import vn.dvk.reporting.projection.domain.ModelViews;
import vn.dvk.reporting.projection.domain.PendingMove;
import vn.dvk.reporting.projection.domain.ProjectionChanged;

/**
 * Applies model snapshots to the model view and moves the counters, exactly once per snapshot version: the view is
 * claimed with a conditional update ({@code version < v}), the counters follow the claimed key, and a pending move
 * left by a crash is completed by the next event of the model or at start-up (ADR 0002). A snapshot that moved the
 * model to a unit outside the instance's scope (the dispatcher hands it over by its {@code ce_previousunitpath}) takes
 * the model out of the counters and removes its view.
 */
@Service
public class ModelProjection {

    private static final Logger log = LoggerFactory.getLogger(ModelProjection.class);

    private final ModelViews views;
    private final ModelCounters counters;
    private final InstanceScope scope;
    private final ApplicationEventPublisher publisher;

    public ModelProjection(ModelViews views, ModelCounters counters, InstanceScope scope,
                           ApplicationEventPublisher publisher) {
        this.views = views;
        this.counters = counters;
        this.scope = scope;
        this.publisher = publisher;
    }

    public void apply(InboundEvent<?> event, ModelSnapshot model) {
        long version = model.version() > 0 ? model.version() : event.sequence();
        if (version <= 0) {
            throw new IllegalArgumentException("model event " + event.id() + " carries no version");
        }
        boolean won = views.claim(model, version);
        Optional<PendingMove> moved = completePendingMove(model.id());
        if (won || moved.isPresent()) {
            if (scope.coversPath(model.unitPath())) {
                publisher.publishEvent(ProjectionChanged.factOf(model.unitPath(), event.type()));
            }
            moved.flatMap(PendingMove::unitLeft).ifPresent(left ->
                    publisher.publishEvent(ProjectionChanged.factOf(left, event.type())));
        } else {
            log.debug("model {} version {} was applied before; nothing changes", model.id(), version);
        }
    }

    /** Completes every pending counter move, e.g. after a crash between the two writes. */
    public int completePendingMoves() {
        int completed = 0;
        for (PendingMove pending : views.allPending()) {
            move(pending);
            completed++;
        }
        if (completed > 0) {
            log.info("completed {} pending counter moves", completed);
        }
        return completed;
    }

    private Optional<PendingMove> completePendingMove(String modelId) {
        Optional<PendingMove> pending = views.pending(modelId);
        pending.ifPresent(this::move);
        return pending;
    }

    private void move(PendingMove pending) {
        if (pending.leaves(scope::coversPath)) {
            counters.apply(CounterMove.away(pending.counted()));
            views.removeMoved(pending);
            return;
        }
        counters.apply(CounterMove.between(pending.counted(), pending.current()));
        views.markCounted(pending);
    }
}
