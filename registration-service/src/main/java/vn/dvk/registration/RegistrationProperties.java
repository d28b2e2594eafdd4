package vn.dvk.registration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * registration-service's own settings, beside the platform's {@code DvkProperties}; their defaults and environment
 * variables are in {@code application.yml}.
 *
 * @param demo whether to load the demo data once the service is ready ({@code DVK_DEMO})
 */
@ConfigurationProperties("dvk")
public record RegistrationProperties(Demo demo) {

    /** The Yên Châu campaign and 2022 registrations of report 004. */
    public record Demo(boolean enabled) {
    }
}
