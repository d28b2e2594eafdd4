package vn.dvk.reporting.projection.domain;

import java.util.Map;
import vn.dvk.contracts.registration.ModelSnapshot;

/**
 * A model as the read model knows it, with the result indicators its self-assessments and evaluations recorded
 * (code to value and unit) and its latest evaluation score.
 */
public record ModelFigures(ModelSnapshot model, Map<String, Figure> indicators, Double totalScore) {

    /** A measured value with its unit. */
    public record Figure(double value, String unit) {
    }
}
