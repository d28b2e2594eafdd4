package vn.dvk.award.catalogue.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.dvk.award.AwardProperties;
import vn.dvk.award.catalogue.domain.AwardCatalogue;

/**
 * Loads the award catalogue at start-up from the bundled {@code award-catalogue.yml} or the file
 * {@code DVK_AWARD_CATALOGUE} names, and refuses to start on a catalogue with problems (the reading and
 * checks are {@link CatalogueFileReader}'s).
 */
@Configuration(proxyBeanMethods = false)
class CatalogueFile {

    static final String BUNDLED = "award-catalogue.yml";
    private static final Logger log = LoggerFactory.getLogger(CatalogueFile.class);

    @Bean
    AwardCatalogue awardCatalogue(AwardProperties properties) {
        String file = properties.award().catalogue();
        AwardCatalogue catalogue;
        if (file == null || file.isBlank()) {
            try (InputStream in = CatalogueFile.class.getClassLoader().getResourceAsStream(BUNDLED)) {
                catalogue = CatalogueFileReader.read(in, BUNDLED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            try (InputStream in = Files.newInputStream(Path.of(file.strip()))) {
                catalogue = CatalogueFileReader.read(in, file);
            } catch (IOException e) {
                throw new UncheckedIOException("DVK_AWARD_CATALOGUE " + file + " cannot be read", e);
            }
        }
        log.info("award catalogue from {}: {} forms, {} rule sets, {} base salaries", file == null || file.isBlank()
                ? BUNDLED : file, catalogue.forms().size(), catalogue.ruleSets().size(),
                catalogue.baseSalaries().size());
        return catalogue;
    }

}
