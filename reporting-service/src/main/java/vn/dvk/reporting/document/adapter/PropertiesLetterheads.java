package vn.dvk.reporting.document.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.reporting.document.application.Letterheads;
import vn.dvk.reporting.document.domain.UnitLetterhead;

/**
 * Letterheads from a properties file ({@code <unit>.<key>}, UTF-8): the bundled {@value #RESOURCE} for the demo units,
 * or the file {@code DVK_REPORT_LETTERHEADS_FILE} names. A key a unit leaves out takes the value derived from the unit
 * directory.
 */
@Component
public class PropertiesLetterheads implements Letterheads {

    static final String RESOURCE = "reports/letterheads.properties";

    private final Properties properties;
    private final CurrentUnitDirectory units;

    public PropertiesLetterheads(CurrentUnitDirectory units,
                                 @Value("${dvk.report.letterheads.file:}") String file) {
        this.units = units;
        this.properties = file == null || file.isBlank() ? bundled() : read(Path.of(file));
    }

    @Override
    public Optional<UnitLetterhead> configuredFor(String unitCode) {
        String prefix = unitCode + ".";
        if (properties.stringPropertyNames().stream().noneMatch(key -> key.startsWith(prefix))) {
            return Optional.empty();
        }
        UnitDirectory directory = units.get();
        AdministrativeUnit unit = directory.find(unitCode).orElse(null);
        UnitLetterhead derived = unit == null ? null
                : UnitLetterhead.derivedFrom(unit, directory.find(unit.parentCode()).orElse(null));
        return Optional.of(new UnitLetterhead(
                text(prefix + "issuingBody", derived == null ? "" : derived.issuingBody()),
                text(prefix + "numberSymbol", derived == null ? "BC-UBND" : derived.numberSymbol()),
                text(prefix + "place", derived == null ? "" : derived.place()),
                text(prefix + "recipient", derived == null ? "" : derived.recipient()),
                list(prefix + "distribution", derived == null ? List.of() : derived.distribution()),
                list(prefix + "signatureTitles", derived == null ? List.of() : derived.signatureTitles()),
                text(prefix + "signerName", ""),
                text(prefix + "reportingBody", derived == null ? "" : derived.reportingBody())));
    }

    private String text(String key, String fallback) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private List<String> list(String key, List<String> fallback) {
        String value = properties.getProperty(key);
        return value == null || value.isBlank() ? fallback
                : Arrays.stream(value.split("\\|")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    private static Properties bundled() {
        try (InputStream in = PropertiesLetterheads.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("DVK_REPORT_LETTERHEADS_FILE " + file + " cannot be read", e);
        }
    }

    private static Properties load(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        return properties;
    }
}
