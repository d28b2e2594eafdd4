package vn.dvk.reporting.fakes;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.reporting.projection.domain.CounterCount;
import vn.dvk.reporting.projection.domain.CounterDelta;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.ModelCounters;

/** {@link ModelCounters} in a map, for application tests without a store. */
public final class InMemoryModelCounters implements ModelCounters {

    private final Map<CounterKey, Long> counts = new ConcurrentHashMap<>();

    @Override
    public void apply(List<CounterDelta> deltas) {
        deltas.forEach(delta -> counts.merge(delta.key(), (long) delta.delta(), Long::sum));
    }

    @Override
    public List<CounterCount> countsUnder(String unitPath, int year) {
        return counts.entrySet().stream()
                .filter(count -> count.getValue() != 0 && count.getKey().year() == year
                        && UnitDirectory.pathIsWithin(count.getKey().unitPath(), unitPath))
                .map(count -> new CounterCount(count.getKey(), count.getValue())).toList();
    }

    /** The number of models counted under every key, zeros included: what a crash test compares. */
    public long sum() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
