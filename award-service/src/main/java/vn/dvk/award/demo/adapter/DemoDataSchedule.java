package vn.dvk.award.demo.adapter;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.dvk.award.AwardProperties;
import vn.dvk.award.demo.application.DemoDataLoader;

/**
 * With {@code DVK_DEMO=true}, loads the demo data every few seconds until it is complete: the demo proposal waits for
 * registration-service's demo campaign, which arrives as an event some time after both services start.
 */
@Component
class DemoDataSchedule {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSchedule.class);

    private final DemoDataLoader loader;
    private final AwardProperties properties;
    private final AtomicBoolean done = new AtomicBoolean();

    DemoDataSchedule(DemoDataLoader loader, AwardProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @Scheduled(initialDelay = 5_000, fixedDelay = 5_000)
    void loadUntilComplete() {
        if (!properties.demo().enabled() || done.get()) {
            return;
        }
        try {
            done.set(loader.load());
        } catch (RuntimeException e) {
            // The service stays useful without its demo data; the next run loads what is missing.
            log.error("award demo data could not be loaded", e);
        }
    }
}
