package vn.dvk.award.catalogue.adapter;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.award.catalogue.domain.AwardCatalogue;

/**
 * Reads an award catalogue file: SnakeYAML parses it (its anchors let rule sets share rules), dates stay text so that
 * Jackson maps them to the domain's {@code LocalDate}s, and a catalogue with problems is refused with all of them.
 */
public final class CatalogueFileReader {

    private CatalogueFileReader() {
    }

    public static AwardCatalogue read(InputStream in, String name) {
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
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }
}
