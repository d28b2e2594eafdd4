package vn.dvk.identity.demo;

import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dvk.identity.official.application.OfficialService;
import vn.dvk.platform.scope.InstanceScope;

/** With {@code dvk.demo.enabled=true} ({@code DVK_DEMO=true}, {@code ./dvk start --demo}) creates the demo logins. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dvk.demo.enabled", havingValue = "true")
class DemoAccountsConfiguration {

    @Bean
    ApplicationListener<ApplicationReadyEvent> demoAccountsOnReady(OfficialService officials, InstanceScope scope,
            @Value("${dvk.demo.password-file}") String passwordFile) {
        return event -> {
            try {
                new DemoAccounts(officials, scope).load(DemoPassword.readOrCreate(Path.of(passwordFile)));
            } catch (RuntimeException e) {
                // The provider stays useful without its demo logins; the next start creates what is missing.
                LoggerFactory.getLogger(DemoAccountsConfiguration.class).error("demo accounts could not be created",
                        e);
            }
        };
    }
}
