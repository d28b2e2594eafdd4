package vn.dvk.registration.model;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.PendingImports;

/** Recorded imports in memory; each remembers when it was recorded by the clock it is given. */
public final class InMemoryPendingImports implements PendingImports {

    private record Recorded(List<Model> models, Instant at) {
    }

    private final Map<String, Recorded> recorded = new LinkedHashMap<>();
    private final Clock clock;

    public InMemoryPendingImports(Clock clock) {
        this.clock = clock;
    }

    public int size() {
        return recorded.size();
    }

    @Override
    public List<Model> record(String importId, List<Model> models) {
        return recorded.computeIfAbsent(importId, id -> new Recorded(List.copyOf(models), clock.instant())).models();
    }

    @Override
    public void finished(String importId) {
        recorded.remove(importId);
    }

    @Override
    public List<Unfinished> recordedBefore(Instant before) {
        return recorded.entrySet().stream().filter(entry -> entry.getValue().at().isBefore(before))
                .map(entry -> new Unfinished(entry.getKey(), entry.getValue().models())).toList();
    }
}
