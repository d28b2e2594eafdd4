package vn.dvk.evaluation.demo.adapter;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dvk.evaluation.demo.application.DemoExemplaryModels;
import vn.dvk.evaluation.demo.application.DemoInspectionPlan;

/**
 * Loads the demo data when {@code dvk.demo.enabled} ({@code DVK_DEMO}) is true: the inspection plan once the service
 * is ready, and the results of the exemplary models every few seconds until they are complete, since each step waits
 * for registration-service's demo models and their approval to arrive as events.
 */
@Component
@ConditionalOnBooleanProperty("dvk.demo.enabled")
public class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoInspectionPlan plan;
    private final DemoExemplaryModels exemplaryModels;
    private final AtomicBoolean exemplaryModelsLoaded = new AtomicBoolean();

    public DemoDataLoader(DemoInspectionPlan plan, DemoExemplaryModels exemplaryModels) {
        this.plan = plan;
        this.exemplaryModels = exemplaryModels;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void load() {
        try {
            plan.load();
        } catch (RuntimeException e) {
            // demo data must never keep the service from running; a restart with DVK_DEMO retries what is missing
            log.error("loading the demo inspection plan failed", e);
        }
    }

    @Scheduled(initialDelay = 5_000, fixedDelay = 5_000)
    public void loadExemplaryModelsUntilComplete() {
        if (exemplaryModelsLoaded.get()) {
            return;
        }
        try {
            exemplaryModelsLoaded.set(exemplaryModels.load());
        } catch (RuntimeException e) {
            // the next run takes up what is missing
            log.error("loading the results of the demo exemplary models failed", e);
        }
    }
}
