package vn.dvk.reporting.statistics.domain;

import java.util.Collection;
import java.util.List;
import vn.dvk.contracts.registration.ModelSnapshot;

/**
 * The replication figure ("nhân rộng") of a unit's subtree in a year: how many of its models were replicated from
 * another model ({@code replicas}), and from how many distinct models ({@code replicatedModels}), wherever and
 * whenever those were registered. Withdrawn and rejected replicas do not count, as in the other statistics.
 */
public record Replication(String unit, int year, long replicas, long replicatedModels) {

    public static Replication of(String unit, int year, Collection<ModelSnapshot> models) {
        List<ModelSnapshot> counted = models.stream()
                .filter(model -> model.year() == year && model.replicatedFrom() != null)
                .filter(model -> StatisticsCalculator.DEFAULT_STATUSES.contains(model.status()))
                .toList();
        return new Replication(unit, year, counted.size(),
                counted.stream().map(ModelSnapshot::replicatedFrom).distinct().count());
    }
}
