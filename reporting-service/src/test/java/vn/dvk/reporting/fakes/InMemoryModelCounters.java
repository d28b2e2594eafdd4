package vn.dvk.reporting.fakes;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.reporting.projection.domain.CounterCount;
import vn.dvk.reporting.projection.domain.CounterUpdate;
import vn.dvk.reporting.projection.domain.CounterKey;
import vn.dvk.reporting.projection.domain.ModelCounters;
import vn.dvk.reporting.projection.domain.PositionedDelta;

/** {@link ModelCounters} in a map, with the offsets each counter holds, for application tests without a store. */
public final class InMemoryModelCounters implements ModelCounters {

    private final Map<CounterKey, Long> counts = new ConcurrentHashMap<>();
    private final Map<CounterKey, Map<String, Long>> held = new ConcurrentHashMap<>();

    @Override
    public synchronized void applyOnce(List<PositionedDelta> deltas) {
        deltas.stream().collect(Collectors.groupingBy(PositionedDelta::key, LinkedHashMap::new, Collectors.toList()))
                .forEach((key, ofKey) -> CounterUpdate.unapplied(key, ofKey, held.getOrDefault(key, Map.of()))
                        .ifPresent(update -> {
                            counts.merge(key, update.delta(), Long::sum);
                            held.computeIfAbsent(key, counter -> new HashMap<>()).putAll(update.heldUpTo());
                        }));
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
