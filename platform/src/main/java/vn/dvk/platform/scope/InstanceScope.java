package vn.dvk.platform.scope;

import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * The subtree this instance serves ({@code DVK_SCOPE}): writes for units outside it are refused, events outside it
 * are dropped by their {@code ce_unitpath} header.
 */
public final class InstanceScope {

    private final UnitDirectory directory;
    private final String code;
    private final String path;

    public InstanceScope(UnitDirectory directory, String code) {
        this.directory = directory;
        this.code = code;
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

    public boolean coversPath(String unitPath) {
        return UnitDirectory.pathIsWithin(unitPath, path);
    }

    public boolean covers(String unitCode) {
        return directory.isWithin(unitCode, code);
    }

    /**
     * Resolves a unit a request writes for: 422 when the directory does not know it, 403 when it lies outside this
     * instance's scope.
     */
    public AdministrativeUnit requireWritable(String field, String unitCode) {
        return requireWithin(field, unitCode, "Đơn vị '" + unitCode
                + "' nằm ngoài phạm vi quản lý của phiên bản này (" + code + ").");
    }

    /**
     * Resolves a unit a request reads about (a list's or a report's {@code unit}): 422 when unknown, 403 when outside
     * this instance's scope, whose data it does not hold.
     */
    public AdministrativeUnit requireReadable(String field, String unitCode) {
        return requireWithin(field, unitCode, "Phiên bản này (" + code + ") không quản lý số liệu của đơn vị '"
                + unitCode + "'.");
    }

    private AdministrativeUnit requireWithin(String field, String unitCode, String outsideMessage) {
        AdministrativeUnit unit = requireKnown(field, unitCode);
        if (!covers(unitCode)) {
            throw Rejection.outOfScope("out-of-scope", field, outsideMessage);
        }
        return unit;
    }

    /** Resolves a unit named in a query or request: 422 when the directory does not know it. */
    public AdministrativeUnit requireKnown(String field, String unitCode) {
        return directory.find(unitCode).orElseThrow(() -> Rejection.unprocessable("unknown-unit", field,
                "Không có đơn vị hành chính mã '" + unitCode + "' trong danh mục."));
    }

    /** The path of a unit known to the directory. */
    public String pathOf(String unitCode) {
        return directory.pathOf(unitCode).orElseThrow(() -> Rejection.unprocessable("unknown-unit", "unit",
                "Không có đơn vị hành chính mã '" + unitCode + "' trong danh mục."));
    }

    /**
     * The unit a read asks about: the instance's own unit when the request names none, otherwise the named unit,
     * which must be known and inside the scope.
     */
    public UnitSelection select(String field, String unitCode) {
        if (unitCode == null || unitCode.isBlank() || unitCode.strip().equals(code)) {
            return new UnitSelection(code, path);
        }
        String requested = unitCode.strip();
        requireReadable(field, requested);
        return new UnitSelection(requested, pathOf(requested));
    }
}
