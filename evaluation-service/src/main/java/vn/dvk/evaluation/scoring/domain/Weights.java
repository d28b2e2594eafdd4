package vn.dvk.evaluation.scoring.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.dvk.contracts.catalog.Criterion;
import vn.dvk.platform.domain.Rejection;

/** How much each criterion counts in a campaign's evaluations: from 0 to {@value #MAX} each, not all zero. */
public record Weights(Map<Criterion, Double> byCriterion) {

    /** The largest weight a criterion may have: enough for any ratio officials use, far from overflowing a sum. */
    public static final double MAX = 100;

    public Weights {
        byCriterion = Map.copyOf(byCriterion);
    }

    /** Every criterion counts the same unless a campaign says otherwise. */
    public static Weights equal() {
        Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            weights.put(criterion, 1.0);
        }
        return new Weights(weights);
    }

    /** Checks weights given for a campaign, naming the field {@code weights.<CRITERION>} at fault. */
    public static Weights validated(Map<Criterion, Double> given) {
        if (given == null) {
            throw Rejection.invalid("weights", "không được để trống");
        }
        List<Rejection.FieldIssue> problems = new ArrayList<>();
        double sum = 0;
        for (Criterion criterion : Criterion.values()) {
            Double weight = given.get(criterion);
            String field = "weights." + criterion.name();
            if (weight == null) {
                problems.add(new Rejection.FieldIssue(field, "không được để trống"));
            } else if (weight.isNaN() || weight.isInfinite() || weight < 0) {
                problems.add(new Rejection.FieldIssue(field, "phải là số không âm"));
            } else if (weight > MAX) {
                problems.add(new Rejection.FieldIssue(field, "không được lớn hơn " + (int) MAX));
            } else {
                sum += weight;
            }
        }
        if (problems.isEmpty() && sum <= 0) {
            problems.add(new Rejection.FieldIssue("weights", "tổng trọng số phải lớn hơn 0"));
        }
        if (!problems.isEmpty()) {
            throw Rejection.invalid(problems);
        }
        return new Weights(given);
    }

    /** The weights in the catalogue's order of criteria. */
    public Map<Criterion, Double> inCatalogueOrder() {
        Map<Criterion, Double> ordered = new EnumMap<>(Criterion.class);
        ordered.putAll(byCriterion);
        return ordered;
    }

    public double of(Criterion criterion) {
        return byCriterion.getOrDefault(criterion, 0.0);
    }
}
