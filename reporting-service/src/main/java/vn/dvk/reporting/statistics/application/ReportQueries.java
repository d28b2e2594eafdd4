package vn.dvk.reporting.statistics.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dvk.contracts.catalog.Catalogs;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.AdministrativeUnit;

/** Validates the unit and year every reporting query names: 422 unknown unit, 403 outside scope, 400 bad year. */
@Component
public class ReportQueries {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private final InstanceScope scope;

    public ReportQueries(InstanceScope scope) {
        this.scope = scope;
    }

    /** A unit in scope and a year. {@code path} is empty for the national root. */
    public record UnitYear(String unitCode, String path, AdministrativeUnit unit, int year) {
    }

    public UnitYear unitYear(String unit, String year) {
        int parsedYear = year(year);
        String code = unit == null || unit.isBlank() ? scope.code() : unit.trim();
        if (!scope.directory().contains(code)) {
            throw Rejection.unprocessable("unknown-unit", "unit",
                    "Không có đơn vị hành chính mã '" + code + "' trong danh mục.");
        }
        String path = scope.directory().pathOf(code).orElse("");
        boolean inScope = scope.path().isEmpty() || (!path.isEmpty() && scope.coversPath(path));
        if (!inScope) {
            throw Rejection.outOfScope("out-of-scope", "unit", "Đơn vị '" + code
                    + "' nằm ngoài phạm vi quản lý của phiên bản này (" + scope.code() + ").");
        }
        return new UnitYear(code, path, scope.directory().find(code).orElse(null), parsedYear);
    }

    public static int year(String year) {
        if (year == null || year.isBlank()) {
            throw Rejection.invalid("year", "Thiếu năm báo cáo (year).");
        }
        try {
            int parsed = Integer.parseInt(year.trim());
            if (parsed < FIRST_YEAR || parsed > LAST_YEAR) {
                throw Rejection.invalid("year", "Năm phải trong khoảng " + FIRST_YEAR + "–" + LAST_YEAR + ".");
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw Rejection.invalid("year", "Năm '" + year + "' không hợp lệ.");
        }
    }

    public static Set<ModelStatus> statuses(List<String> codes) {
        Set<ModelStatus> statuses = EnumSet.noneOf(ModelStatus.class);
        if (codes == null) {
            return statuses;
        }
        for (String code : codes) {
            for (String part : code.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                statuses.add(Catalogs.parse(ModelStatus.class, part.trim()).orElseThrow(() ->
                        Rejection.invalid("status", "Trạng thái '" + part.trim() + "' không có trong danh mục.")));
            }
        }
        return statuses;
    }
}
