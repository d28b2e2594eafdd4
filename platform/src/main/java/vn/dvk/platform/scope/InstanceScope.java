package vn.dvk.platform.scope;

import vn.dvk.platform.error.ProblemException;
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
     * Resolves a unit named in a request: 422 when the directory does not know it, 403 when it lies outside this
     * instance's scope.
     */
    public AdministrativeUnit requireWritable(String field, String unitCode) {
        AdministrativeUnit unit = requireKnown(field, unitCode);
        if (!covers(unitCode)) {
            throw ProblemException.forbidden("out-of-scope", field, "Đơn vị '" + unitCode
                    + "' nằm ngoài phạm vi quản lý của phiên bản này (" + code + ").");
        }
        return unit;
    }

    /** Resolves a unit named in a query or request: 422 when the directory does not know it. */
    public AdministrativeUnit requireKnown(String field, String unitCode) {
        return directory.find(unitCode).orElseThrow(() -> ProblemException.unprocessable("unknown-unit", field,
                "Không có đơn vị hành chính mã '" + unitCode + "' trong danh mục."));
    }

    /** The path of a unit known to the directory. */
    public String pathOf(String unitCode) {
        return directory.pathOf(unitCode).orElseThrow(() -> ProblemException.unprocessable("unknown-unit", "unit",
                "Không có đơn vị hành chính mã '" + unitCode + "' trong danh mục."));
    }
}
