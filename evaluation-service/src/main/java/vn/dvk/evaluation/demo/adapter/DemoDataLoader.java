package vn.dvk.evaluation.demo.adapter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dvk.evaluation.demo.application.DemoInspectionPlan;

/** Loads the demo data once the service is ready, when {@code dvk.demo.enabled} ({@code DVK_DEMO}) is true. */
@Component
@ConditionalOnBooleanProperty("dvk.demo.enabled")
public class DemoDataLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoInspectionPlan plan;

    public DemoDataLoader(DemoInspectionPlan plan) {
        this.plan = plan;
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
}
