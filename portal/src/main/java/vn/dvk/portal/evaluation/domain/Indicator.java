package vn.dvk.portal.evaluation.domain;

/** A result figure: catalogue code, value and the unit the catalogue gives it. */
public record Indicator(String code, Double value, String unit) {
}
