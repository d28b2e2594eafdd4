package vn.dvk.evaluation.shared.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dvk.contracts.catalog.Catalogs;
import vn.dvk.contracts.catalog.Indicator;
import vn.dvk.contracts.evaluation.SelfAssessmentFiled;
import vn.dvk.platform.domain.Rejection;

/** The unit each catalogued result indicator is measured in, as reports quote it. */
public final class IndicatorUnits {

    private static final Map<Indicator, String> UNITS = new EnumMap<>(Map.of(
            Indicator.INCOME_VND_PER_YEAR, "VND/năm",
            Indicator.JOBS_CREATED, "người",
            Indicator.AREA_HECTARES, "ha",
            Indicator.HOUSEHOLDS_JOINING, "hộ",
            Indicator.SEEDLINGS_SUPPLIED, "cây",
            Indicator.PEOPLE_MOBILISED, "người",
            Indicator.MONEY_MOBILISED_VND, "VND"));

    private IndicatorUnits() {
    }

    public static String unitOf(Indicator indicator) {
        return UNITS.get(indicator);
    }

    /** A reported figure before it is checked against the catalogue. */
    public record Reported(String code, Double value) {
    }

    /**
     * Checks codes against the catalogue and values (finite, not negative), naming the offending entry as
     * {@code <field>[i].code} / {@code <field>[i].value}; each code at most once.
     */
    public static List<SelfAssessmentFiled.Indicator> resolve(String field, List<Reported> reported) {
        if (reported == null) {
            return List.of();
        }
        List<Rejection.FieldIssue> problems = new ArrayList<>();
        List<SelfAssessmentFiled.Indicator> resolved = new ArrayList<>();
        java.util.Set<Indicator> seen = java.util.EnumSet.noneOf(Indicator.class);
        for (int i = 0; i < reported.size(); i++) {
            Reported entry = reported.get(i);
            String prefix = field + "[" + i + "]";
            if (entry == null) {
                problems.add(new Rejection.FieldIssue(prefix, "không được để trống"));
                continue;
            }
            var indicator = entry.code() == null ? java.util.Optional.<Indicator>empty()
                    : Catalogs.parse(Indicator.class, entry.code().trim());
            if (indicator.isEmpty()) {
                problems.add(new Rejection.FieldIssue(prefix + ".code",
                        "chỉ tiêu '" + entry.code() + "' không có trong danh mục"));
            } else if (!seen.add(indicator.get())) {
                problems.add(new Rejection.FieldIssue(prefix + ".code",
                        "chỉ tiêu '" + entry.code() + "' bị lặp lại"));
            }
            if (entry.value() == null || entry.value().isNaN() || entry.value().isInfinite() || entry.value() < 0) {
                problems.add(new Rejection.FieldIssue(prefix + ".value", "phải là số không âm"));
            }
            if (indicator.isPresent() && entry.value() != null) {
                resolved.add(new SelfAssessmentFiled.Indicator(indicator.get().name(), entry.value(),
                        unitOf(indicator.get())));
            }
        }
        if (!problems.isEmpty()) {
            throw Rejection.invalid(problems);
        }
        return List.copyOf(resolved);
    }
}
