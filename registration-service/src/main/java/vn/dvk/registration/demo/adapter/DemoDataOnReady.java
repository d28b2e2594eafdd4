package vn.dvk.registration.demo.adapter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;
import vn.dvk.registration.RegistrationProperties;
import vn.dvk.registration.demo.application.DemoDataLoader;

/** With {@code dvk.demo.enabled=true} ({@code DVK_DEMO=true}, {@code ./dvk start --demo}) loads the demo data. */
@Component
class DemoDataOnReady implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DemoDataOnReady.class);

    private final DemoDataLoader loader;
    private final RegistrationProperties properties;

    DemoDataOnReady(DemoDataLoader loader, RegistrationProperties properties) {
        this.loader = loader;
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!properties.demo().enabled()) {
            return;
        }
        try {
            loader.load(YenChauDemoFile.registrations());
        } catch (RuntimeException e) {
            // The service stays useful without its demo data; the next start loads what is missing.
            log.error("demo data could not be loaded", e);
        }
    }
}
