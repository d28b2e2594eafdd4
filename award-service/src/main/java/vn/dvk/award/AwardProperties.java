package vn.dvk.award;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * award-service's own settings, beside the platform's {@code DvkProperties}; their environment variables are in
 * {@code application.yml}.
 *
 * @param demo  whether to load the demo data once the service is ready ({@code DVK_DEMO})
 * @param award the catalogue file that replaces the bundled one ({@code DVK_AWARD_CATALOGUE}) and the largest
 *              dossier document accepted
 */
@ConfigurationProperties("dvk")
public record AwardProperties(Demo demo, Award award) {

    public AwardProperties {
        demo = demo == null ? new Demo(false) : demo;
        award = award == null ? new Award(null, null) : award;
    }

    /** Persons and example proposals of Yên Châu. */
    public record Demo(boolean enabled) {
    }

    /** {@code catalogue}: a file path, blank for the bundled {@code award-catalogue.yml}. */
    public record Award(String catalogue, DataSize maxDocumentSize) {
        public Award {
            maxDocumentSize = maxDocumentSize == null ? DataSize.ofMegabytes(10) : maxDocumentSize;
        }
    }
}
