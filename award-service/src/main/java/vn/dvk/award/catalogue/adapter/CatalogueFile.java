package vn.dvk.award.catalogue.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.award.AwardProperties;
import vn.dvk.award.catalogue.domain.AwardCatalogue;

/**
 * Loads the award catalogue at start-up from the bundled {@code award-catalogue.yml} or the file
 * {@code DVK_AWARD_CATALOGUE} names, and refuses to start on a catalogue with problems. SnakeYAML reads the file (its
 * anchors let rule sets share rules); dates stay text so that Jackson maps them to {@code LocalDate}s of the domain.
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
                catalogue = read(in, BUNDLED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            try (InputStream in = Files.newInputStream(Path.of(file.strip()))) {
                catalogue = read(in, file);
            } catch (IOException e) {
                throw new UncheckedIOException("DVK_AWARD_CATALOGUE " + file + " cannot be read", e);
            }
        }
        log.info("award catalogue from {}: {} forms, {} rule sets, {} base salaries", file == null || file.isBlank()
                ? BUNDLED : file, catalogue.forms().size(), catalogue.ruleSets().size(),
                catalogue.baseSalaries().size());
        return catalogue;
    }

    static AwardCatalogue read(InputStream in, String name) {
        Map<String, Object> tree = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(
                new DumperOptions()), new DumperOptions(), new LoaderOptions(), new DatesAsText()).load(in);
        AwardCatalogue catalogue = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build().convertValue(tree, AwardCatalogue.class);
        List<String> problems = catalogue.problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException("award catalogue " + name + " has problems: " + problems);
        }
        return catalogue;
    }

    /** YAML's implicit types without timestamps: a date stays the text the file shows. */
    private static final class DatesAsText extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.INT, INT, "-+0123456789");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.MERGE, MERGE, "<");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
        }
    }
}
