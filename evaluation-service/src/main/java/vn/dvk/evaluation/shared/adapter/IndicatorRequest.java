package vn.dvk.evaluation.shared.adapter;

import java.util.List;
import vn.dvk.evaluation.shared.domain.IndicatorUnits;

/** A result figure in a request body (self-assessments, evaluations): a catalogue code and its value. */
public record IndicatorRequest(String code, Double value) {

    /** The figures as reported, before {@link IndicatorUnits#resolve} checks them; an absent list reports none. */
    public static List<IndicatorUnits.Reported> reported(List<IndicatorRequest> indicators) {
        return indicators == null ? List.of() : indicators.stream().map(indicator -> indicator == null ? null
                : new IndicatorUnits.Reported(indicator.code(), indicator.value())).toList();
    }
}
