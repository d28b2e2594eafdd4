package vn.dvk.registration.demo;

import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.registration.campaign.application.CampaignService;
import vn.dvk.registration.model.application.ModelService;

/** With {@code dvk.demo.enabled=true} ({@code DVK_DEMO=true}, {@code ./dvk start --demo}) loads the demo data. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dvk.demo.enabled", havingValue = "true")
class DemoDataConfiguration {

    @Bean
    ApplicationListener<ApplicationReadyEvent> demoDataOnReady(CampaignService campaigns, ModelService models,
                                                               InstanceScope scope) {
        return event -> {
            try {
                new DemoDataLoader(campaigns, models, scope).load();
            } catch (RuntimeException e) {
                // The service stays useful without its demo data; the next start loads what is missing.
                LoggerFactory.getLogger(DemoDataConfiguration.class).error("demo data could not be loaded", e);
            }
        };
    }
}
