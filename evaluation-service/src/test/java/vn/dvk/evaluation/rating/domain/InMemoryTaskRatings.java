package vn.dvk.evaluation.rating.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvk.contracts.evaluation.TaskRatingRecorded;
import vn.dvk.evaluation.support.InMemoryOutbox;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.unit.domain.UnitDirectory;

/** Ratings in memory with their versions; a version written out of turn is stale, as in the store. */
public class InMemoryTaskRatings implements TaskRatings {

    private final Map<String, List<TaskRatingEntry>> versions = new LinkedHashMap<>();
    private final InMemoryOutbox outbox;

    public InMemoryTaskRatings(InMemoryOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Optional<TaskRatingEntry> find(String ratingId) {
        List<TaskRatingEntry> stored = versions.getOrDefault(ratingId, List.of());
        return stored.isEmpty() ? Optional.empty() : Optional.of(stored.get(stored.size() - 1));
    }

    @Override
    public void record(TaskRatingEntry rating, OutboundEvent<TaskRatingRecorded> recorded) {
        List<TaskRatingEntry> stored = versions.computeIfAbsent(rating.ratingId(), id -> new ArrayList<>());
        if (stored.size() != rating.version() - 1) {
            throw new StaleVersion(rating.ratingId(), rating.version() - 1);
        }
        stored.add(rating);
        outbox.append(List.of(recorded));
    }

    @Override
    public List<TaskRatingEntry> history(String ratingId) {
        return List.copyOf(versions.getOrDefault(ratingId, List.of()));
    }

    @Override
    public List<TaskRatingEntry> within(String unitPath, Integer year) {
        return versions.keySet().stream().map(id -> find(id).orElseThrow())
                .filter(r -> UnitDirectory.pathIsWithin(r.unitPath(), unitPath))
                .filter(r -> year == null || r.year() == year).toList();
    }
}
