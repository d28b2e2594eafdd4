package vn.dvk.registration.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.UnitCsv;
import vn.dvk.platform.unit.domain.UnitDirectory;

/** The unit directory every service loads by default (Sơn La: Yên Châu and Mai Sơn), for tests without Spring. */
public final class DemoUnits {

    private static final String RESOURCE = "units/demo-son-la.csv";
    public static final UnitDirectory DIRECTORY = load();

    private DemoUnits() {
    }

    /** An instance serving the unit {@code code} and its subtree. */
    public static InstanceScope scope(String code) {
        return new InstanceScope(DIRECTORY, code);
    }

    public static String pathOf(String code) {
        return DIRECTORY.pathOf(code).orElseThrow(() -> new IllegalArgumentException("no unit " + code));
    }

    private static UnitDirectory load() {
        try (Reader reader = new InputStreamReader(DemoUnits.class.getClassLoader().getResourceAsStream(RESOURCE),
                StandardCharsets.UTF_8)) {
            return UnitDirectory.of(UnitCsv.read(reader, RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
