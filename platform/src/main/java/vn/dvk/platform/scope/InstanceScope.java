package vn.dvk.platform.scope;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.dvk.contracts.events.EventType;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.UnitCoverage;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.platform.unit.domain.UnitHistory;

/**
 * The subtree this instance serves ({@code DVK_SCOPE}), intersected, while a request runs, with the subtree of the
 * official who calls: writes and reads for units outside it are refused, records outside it are not found, and events
 * outside the instance's subtree are dropped by their {@code ce_unitpath} header, except reference data issued above
 * it ({@link #receives}).
 * <p>
 * The scope may name a unit of the tree that succeeded the one records are registered under (ADR 0021, a new commune
 * of the 2025 reorganisation): {@code DVK_SCOPE=04075_2025-07-01}, or a code only the succeeding tree knows. Such an
 * instance serves the subtrees of the old units whose records the new unit took over ({@link UnitCoverage}), and its
 * {@link #path()} is the narrowest path holding all of them: its store holds nothing else, so that path selects
 * exactly its records.
 */
public final class InstanceScope {

    private final CurrentUnitDirectory units;
    private final String code;
    private final String key;
    private final UnitCoverage successorUnit;
    private final String holdingPath;
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
        this(units, code, code, null, caller);
        if (units.get().pathOf(code).isEmpty()) {
            throw new IllegalArgumentException("DVK_SCOPE=" + code + " is not a unit of the loaded directory");
        }
    }

    private InstanceScope(CurrentUnitDirectory units, String code, String key, UnitCoverage successorUnit,
                          Supplier<Optional<Caller>> caller) {
        this.units = units;
        this.code = code;
        this.key = key;
        this.successorUnit = successorUnit;
        this.holdingPath = successorUnit == null ? null : commonAncestor(successorUnit.paths());
        this.caller = caller;
    }

    /**
     * The scope a {@code DVK_SCOPE} setting names: {@code code} is a unit of the directory records are registered
     * under, or else of the tree that succeeded it; {@code code_YYYY-MM-DD} is the unit the code named on that date
     * (a reused code, such as {@code 04075}, names an old unit before the reorganisation and a new one after it). The
     * setting goes as it is into names of databases, consumer groups and dead-letter topics, hence {@code _}, which
     * unit codes do not use and topic names allow.
     */
    public static InstanceScope configured(CurrentUnitDirectory units, UnitHistory history, String setting,
                                           Supplier<Optional<Caller>> caller) {
        int at = setting.indexOf('_');
        String code = at < 0 ? setting : setting.substring(0, at);
        LocalDate date = at < 0 ? null : dateOf(setting, setting.substring(at + 1));
        if (date == null && units.get().contains(code)) {
            return new InstanceScope(units, code, caller);
        }
        LocalDate read = date != null ? date
                : history.successor().map(tree -> tree.validFrom()).orElse(null);
        UnitCoverage coverage = read == null ? null : history.coverage(code, read).orElse(null);
        if (coverage == null) {
            throw new IllegalArgumentException("DVK_SCOPE=" + setting + " is not a unit of the loaded directory"
                    + (date == null ? "" : " on " + date));
        }
        if (!coverage.successor()) {
            return new InstanceScope(units, code, caller);
        }
        return new InstanceScope(units, code, setting, coverage, caller);
    }

    private static LocalDate dateOf(String setting, String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("DVK_SCOPE=" + setting + ": the date after _ is not YYYY-MM-DD", e);
        }
    }

    private static String commonAncestor(List<String> paths) {
        String common = paths.get(0);
        for (String path : paths) {
            while (!UnitDirectory.pathIsWithin(path, common)) {
                int slash = common.lastIndexOf('/');
                common = slash < 0 ? "" : common.substring(0, slash);
            }
        }
        return common;
    }

    public String code() {
        return code;
    }

    /**
     * The scope as configured ({@code DVK_SCOPE}): its code, with the date for a unit of the succeeding tree. Names
     * what is per instance (claims).
     */
    public String key() {
        return key;
    }

    /**
     * The scope's path in the directory in use, empty for the national root; for a unit of the succeeding tree, the
     * narrowest path holding the subtrees it serves.
     */
    public String path() {
        return successorUnit == null ? directory().pathOf(code).orElseThrow() : holdingPath;
    }

    /** The disjoint subtrees whose records this instance serves: its path, or a new unit's coverage (ADR 0021). */
    public List<String> servedPaths() {
        return successorUnit == null ? List.of(path()) : successorUnit.paths();
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
        return coversPath(unitPath) || type.flowsDown()
                && servedPaths().stream().anyMatch(served -> UnitDirectory.pathIsWithin(served, unitPath));
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
        return servedPaths().stream().anyMatch(served -> UnitDirectory.pathIsWithin(unitPath, served));
    }

    public boolean covers(String unitCode) {
        if (successorUnit == null) {
            return directory().isWithin(unitCode, code);
        }
        return directory().pathOf(unitCode).map(this::coversPath).orElse(false);
    }

    /**
     * The subtree the current request may see: the instance's, narrowed to the caller's home unit when that lies
     * inside it (or the instance's when the caller's home unit is above it); empty when the two do not meet. On an
     * instance of a new unit, a caller whose home holds some of the old units it serves (the old district) sees his
     * home, which selects those of the instance's records.
     */
    public Optional<String> visiblePath() {
        String path = path();
        Optional<Caller> current = caller.get();
        if (current.isEmpty()) {
            return Optional.of(path);
        }
        Optional<String> home = directory().pathOf(current.get().unitCode());
        if (home.isEmpty()) {
            return Optional.empty();
        }
        if (coversPath(home.get())) {
            return home;
        }
        if (UnitDirectory.pathIsWithin(path, home.get())) {
            return Optional.of(path);
        }
        boolean holdsSome = successorUnit != null
                && servedPaths().stream().anyMatch(served -> UnitDirectory.pathIsWithin(served, home.get()));
        return holdsSome ? home : Optional.empty();
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
     * The subtree whose level the caller's per-level settings (weights, deadlines) belong to: {@link #visibleSubtree()}.
     * Refused on an instance of a new unit for a caller above it: the new unit has no path in the tree records are
     * registered under from which its settings would apply to the old units' records, and the holding path is a unit
     * above it whose settings are not this instance's to give.
     */
    public String settingLevel() {
        String visible = visibleSubtree();
        if (successorUnit != null && visible.equals(path())) {
            throw Rejection.conflict("level-of-new-unit", "Phiên bản này phục vụ đơn vị mới '" + code
                    + "' (danh mục từ 01/07/2025), gồm số liệu của các đơn vị cũ; thiết lập theo cấp được đặt cho "
                    + "từng đơn vị cũ bởi cán bộ của đơn vị đó, hoặc ở phiên bản của cấp trên.");
        }
        return visible;
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

    /**
     * Whether a record issued at {@code unitPath} for the units below it (a plan, a campaign) lies at or above what
     * the current request may see of this instance: above the caller's home inside it, or above a subtree it serves
     * that the caller sees (the old district's plans on an instance of a new commune).
     */
    public boolean isIssuedAbove(String unitPath) {
        Optional<String> visible = visiblePath();
        if (visible.isEmpty()) {
            return false;
        }
        if (coversPath(visible.get())) {
            return UnitDirectory.pathIsWithin(visible.get(), unitPath);
        }
        return servedPaths().stream().filter(served -> UnitDirectory.pathIsWithin(served, visible.get()))
                .anyMatch(served -> UnitDirectory.pathIsWithin(served, unitPath));
    }

    /** Whether the current request may see a record of the unit at this path. */
    public boolean isVisible(String unitPath) {
        return visiblePath().map(visible -> UnitDirectory.pathIsWithin(unitPath, visible)).orElse(false)
                && (successorUnit == null || coversPath(unitPath));
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
            if (successorUnit != null && visible.equals(path())) {
                return new UnitSelection(code, visible, successorUnit.paths(), true);
            }
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
