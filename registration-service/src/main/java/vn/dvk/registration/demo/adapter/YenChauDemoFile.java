package vn.dvk.registration.demo.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.registration.demo.application.DemoDataLoader.DemoRegistration;

/** The bundled list of Yên Châu's 2022 registrations (the breakdown of report 004 §2.4), one CSV row each. */
final class YenChauDemoFile {

    static final String RESOURCE = "demo/yen-chau-2022-models.csv";

    private YenChauDemoFile() {
    }

    static List<DemoRegistration> registrations() {
        try (InputStream in = YenChauDemoFile.class.getClassLoader().getResourceAsStream(RESOURCE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(row -> new DemoRegistration(row.get("key"), row.get("unitCode"),
                            ManagementLevel.valueOf(row.get("level")), Field.valueOf(row.get("field")),
                            OwnerType.valueOf(row.get("ownerType")), row.get("name"), row.get("address"),
                            row.get("content"), row.get("ownerName"), row.get("personInCharge")))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
