package vn.dvk.evaluation.shared.adapter;

import jakarta.validation.constraints.DecimalMin;
import java.util.List;
import vn.dvk.evaluation.shared.domain.IndicatorUnits;

/**
 * A result figure in a request body (self-assessments, evaluations): a catalogue code and its value. Every indicator
 * of the catalogue (income, jobs, area, households, seedlings, people and money mobilised) is a count, an area or an
 * amount, as the seeds' reports quote results, so a value is never negative: a fall shows between two reports, not
 * as a negative value.
 */
public record IndicatorRequest(String code, @DecimalMin("0") Double value) {

    /** The figures as reported, before {@link IndicatorUnits#resolve} checks them; an absent list reports none. */
    public static List<IndicatorUnits.Reported> reported(List<IndicatorRequest> indicators) {
        return indicators == null ? List.of() : indicators.stream().map(indicator -> indicator == null ? null
                : new IndicatorUnits.Reported(indicator.code(), indicator.value())).toList();
    }
}
