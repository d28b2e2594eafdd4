package vn.dvk.platform.scope;

import java.util.Optional;
import java.util.function.Supplier;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * The subtree this instance serves ({@code DVK_SCOPE}), intersected, while a request runs, with the subtree of the
 * official who calls: writes and reads for units outside it are refused, records outside it are not found, and events
 * outside the instance's subtree are dropped by their {@code ce_unitpath} header.
 */
public final class InstanceScope {

    private final UnitDirectory directory;
    private final String code;
    private final String path;
    private final Supplier<Optional<Caller>> caller;

    /** A scope without callers: event consumers, start-up and tests of the scope itself. */
    public InstanceScope(UnitDirectory directory, String code) {
        this(directory, code, Optional::empty);
    }

    public InstanceScope(UnitDirectory directory, String code, Supplier<Optional<Caller>> caller) {
        this.directory = directory;
        this.code = code;
        this.caller = caller;
        this.path = directory.pathOf(code).orElseThrow(() -> new IllegalArgumentException(
                "DVK_SCOPE=" + code + " is not a unit of the loaded directory"));
    }

    public String code() {
        return code;
    }

    /** The scope's path, empty for the national root. */
    public String path() {
        return path;
    }

    public UnitDirectory directory() {
        return directory;
    }

    /** Whether a unit path lies in this instance's subtree, whoever asks (for events and background work). */
    public boolean coversPath(String unitPath) {
        return UnitDirectory.pathIsWithin(unitPath, path);
    }

    public boolean covers(String unitCode) {
        return directory.isWithin(unitCode, code);
    }

    /**
     * The subtree the current request may see: the instance's, narrowed to the caller's home unit when that lies
     * inside it (or the instance's when the caller's home unit is above it); empty when the two do not meet.
     */
    public Optional<String> visiblePath() {
        Optional<Caller> current = caller.get();
        if (current.isEmpty()) {
            return Optional.of(path);
        }
        Optional<String> home = directory.pathOf(current.get().unitCode());
        if (home.isEmpty()) {
            return Optional.empty();
        }
        if (UnitDirectory.pathIsWithin(home.get(), path)) {
            return home;
        }
        return UnitDirectory.pathIsWithin(path, home.get()) ? Optional.of(path) : Optional.empty();
    }

    /** Whether the current request may see a record of the unit at this path. */
    public boolean isVisible(String unitPath) {
        return visiblePath().map(visible -> UnitDirectory.pathIsWithin(unitPath, visible)).orElse(false);
    }

    /**
     * Resolves a unit a request writes for: 422 when the directory does not know it, 403 when it lies outside this
     * instance's scope or outside the caller's home subtree.
     */
    public AdministrativeUnit requireWritable(String field, String unitCode) {
        return requireVisible(field, unitCode, "Đơn vị '" + unitCode
                + "' nằm ngoài phạm vi quản lý của phiên bản này (" + code + ").");
    }

    /**
     * Resolves a unit a request reads about (a list's or a report's {@code unit}): 422 when unknown, 403 when outside
     * this instance's scope, whose data it does not hold, or outside the caller's home subtree.
     */
    public AdministrativeUnit requireReadable(String field, String unitCode) {
        return requireVisible(field, unitCode, readOutside(unitCode));
    }

    private String readOutside(String unitCode) {
        return "Phiên bản này (" + code + ") không quản lý số liệu của đơn vị '" + unitCode + "'.";
    }

    private AdministrativeUnit requireVisible(String field, String unitCode, String outsideInstance) {
        checkVisible(field, unitCode, outsideInstance);
        return requireKnown(field, unitCode);
    }

    /** 422 for a code the directory does not hold (the national root it does), 403 outside instance or caller. */
    private void checkVisible(String field, String unitCode, String outsideInstance) {
        if (!directory.contains(unitCode)) {
            throw unknownUnit(field, unitCode);
        }
        if (!covers(unitCode)) {
            throw Rejection.outOfScope("out-of-scope", field, outsideInstance);
        }
        if (!isVisible(pathOf(unitCode))) {
            throw Rejection.outOfScope("outside-your-unit", field, "Đơn vị '" + unitCode
                    + "' nằm ngoài phạm vi đơn vị của bạn (" + caller.get().map(Caller::unitCode).orElse(code)
                    + ").");
        }
    }

    private static Rejection unknownUnit(String field, String unitCode) {
        return Rejection.unprocessable("unknown-unit", field, "Không có đơn vị hành chính mã '" + unitCode
                + "' trong danh mục.");
    }

    /** Resolves a unit named in a query or request: 422 when the directory does not know it. */
    public AdministrativeUnit requireKnown(String field, String unitCode) {
        return directory.find(unitCode).orElseThrow(() -> unknownUnit(field, unitCode));
    }

    /** The path of a unit known to the directory. */
    public String pathOf(String unitCode) {
        return directory.pathOf(unitCode).orElseThrow(() -> unknownUnit("unit", unitCode));
    }

    /**
     * The unit a read asks about: when the request names none, the narrowest unit the caller may see on this
     * instance (the caller's home unit, or the instance's own); otherwise the named unit, which must be known and
     * visible.
     */
    public UnitSelection select(String field, String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            String visible = visiblePath().orElseThrow(() -> Rejection.outOfScope("outside-your-unit", field,
                    "Đơn vị của bạn nằm ngoài phạm vi quản lý của phiên bản này (" + code + ")."));
            return new UnitSelection(visible.equals(path) ? code : lastCode(visible), visible);
        }
        String requested = unitCode.strip();
        checkVisible(field, requested, readOutside(requested));
        return new UnitSelection(requested, pathOf(requested));
    }

    private static String lastCode(String unitPath) {
        return unitPath.substring(unitPath.lastIndexOf('/') + 1);
    }
}
