package vn.dvk.reporting.statistics.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.dvk.contracts.catalog.Catalogs;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.platform.domain.Rejection;

/** The year and statuses a reporting query names, checked: a bad one is refused naming its parameter. */
public final class ReportParameters {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private ReportParameters() {
    }

    /** The year asked for, required and between {@value #FIRST_YEAR} and {@value #LAST_YEAR}. */
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

    /** The statuses asked for, repeated or comma-separated; none asked gives the empty set. */
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
