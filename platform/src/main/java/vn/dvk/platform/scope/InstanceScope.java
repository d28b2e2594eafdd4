package vn.dvk.platform.scope;

import java.util.Optional;
import java.util.function.Supplier;
import vn.dvk.contracts.events.EventType;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * The subtree this instance serves ({@code DVK_SCOPE}), intersected, while a request runs, with the subtree of the
 * official who calls: writes and reads for units outside it are refused, records outside it are not found, and events
 * outside the instance's subtree are dropped by their {@code ce_unitpath} header, except reference data issued above
 * it ({@link #receives}).
 */
public final class InstanceScope {

    private final CurrentUnitDirectory units;
    private final String code;
    private final Supplier<Optional<Caller>> caller;

    /** A scope without callers on a directory nothing replaces: tests of the scope itself and of what uses it. */
    public InstanceScope(UnitDirectory directory, String code) {
        this(CurrentUnitDirectory.fixed(directory), code, Optional::empty);
    }

    /** A scope on a directory nothing replaces, for requests of the given caller: tests. */
    public InstanceScope(UnitDirectory directory, String code, Supplier<Optional<Caller>> caller) {
        this(CurrentUnitDirectory.fixed(directory), code, caller);
    }

    /**
     * The instance's scope on the directory in use, which a published version may replace while it runs (a
     * version that lacks the scope unit is never applied, so the scope's path always resolves).
     */
    public InstanceScope(CurrentUnitDirectory units, String code, Supplier<Optional<Caller>> caller) {
        this.units = units;
        this.code = code;
        this.caller = caller;
        if (units.get().pathOf(code).isEmpty()) {
            throw new IllegalArgumentException("DVK_SCOPE=" + code + " is not a unit of the loaded directory");
        }
    }

    public String code() {
        return code;
    }

    /** The scope's path in the directory in use, empty for the national root. */
    public String path() {
        return directory().pathOf(code).orElseThrow();
    }

    /** The directory in use now. */
    public UnitDirectory directory() {
        return units.get();
    }

    /**
     * Whether this instance applies an event of {@code type} about the unit at {@code unitPath}: one of its subtree,
     * or reference data that flows down ({@link EventType#flowsDown()}) issued by a unit above it.
     */
    public boolean receives(EventType<?> type, String unitPath) {
        return coversPath(unitPath) || type.flowsDown() && UnitDirectory.pathIsWithin(path(), unitPath);
    }

    /**
     * Whether this instance applies an event of {@code type} about the unit at {@code unitPath} that moved its record
     * away from the unit at {@code previousUnitPath} (null: it moved nothing): as {@link #receives(EventType, String)},
     * and also when the unit it left lies in this subtree, so that the record leaves this instance's read models.
     */
    public boolean receives(EventType<?> type, String unitPath, String previousUnitPath) {
        return receives(type, unitPath) || previousUnitPath != null && coversPath(previousUnitPath);
    }

    /** Whether a unit path lies in this instance's subtree, whoever asks (for events and background work). */
    public boolean coversPath(String unitPath) {
        return UnitDirectory.pathIsWithin(unitPath, path());
    }

    public boolean covers(String unitCode) {
        return directory().isWithin(unitCode, code);
    }

    /**
     * The subtree the current request may see: the instance's, narrowed to the caller's home unit when that lies
     * inside it (or the instance's when the caller's home unit is above it); empty when the two do not meet.
     */
    public Optional<String> visiblePath() {
        UnitDirectory directory = directory();
        String path = directory.pathOf(code).orElseThrow();
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

    /**
     * The path of the subtree the current request may see ({@link #visiblePath()}), for lists that name no unit:
     * 403 when the caller's home unit and this instance's scope do not meet.
     */
    public String visibleSubtree() {
        return visiblePath().orElseThrow(() -> Rejection.outOfScope("outside-your-unit", null,
                "Đơn vị của bạn nằm ngoài phạm vi quản lý của phiên bản này (" + code + ")."));
    }

    /**
     * Checks that the caller's home subtree holds this whole instance, for acts on all of its data such as a rebuild
     * of the read models: 403 for an official of a unit below the instance's scope.
     */
    public void requireWholeInstance() {
        if (!visibleSubtree().equals(path())) {
            throw Rejection.outOfScope("outside-your-unit", null, "Thao tác trên toàn bộ dữ liệu của phiên bản này ("
                    + code + ") chỉ dành cho cán bộ của đơn vị " + code + " hoặc cấp trên.");
        }
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
        if (!directory().contains(unitCode)) {
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
        return directory().find(unitCode).orElseThrow(() -> unknownUnit(field, unitCode));
    }

    /** The path of a unit known to the directory. */
    public String pathOf(String unitCode) {
        return directory().pathOf(unitCode).orElseThrow(() -> unknownUnit("unit", unitCode));
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
            return new UnitSelection(codeOf(visible), visible);
        }
        String requested = unitCode.strip();
        checkVisible(field, requested, readOutside(requested));
        return new UnitSelection(requested, pathOf(requested));
    }

    /** The code of the unit at a path of this instance's subtree (the instance's own code for its own path). */
    public String codeOf(String unitPath) {
        return unitPath.equals(path()) ? code : unitPath.substring(unitPath.lastIndexOf('/') + 1);
    }
}
