package vn.dvk.evaluation.rating.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.contracts.evaluation.TitleRecorded;
import vn.dvk.evaluation.support.InMemoryOutbox;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.platform.unit.domain.UnitDirectory;

/** Titles in memory with their versions, like {@link InMemoryTaskRatings}. */
public class InMemoryTitles implements Titles {

    private final Map<String, List<TitleEntry>> versions = new LinkedHashMap<>();
    private final InMemoryOutbox outbox;

    public InMemoryTitles(InMemoryOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Optional<TitleEntry> find(String titleId) {
        List<TitleEntry> stored = versions.getOrDefault(titleId, List.of());
        return stored.isEmpty() ? Optional.empty() : Optional.of(stored.get(stored.size() - 1));
    }

    @Override
    public void record(TitleEntry title, OutboundEvent<TitleRecorded> recorded) {
        List<TitleEntry> stored = versions.computeIfAbsent(title.titleId(), id -> new ArrayList<>());
        if (stored.size() != title.version() - 1) {
            throw new StaleVersion(title.titleId(), title.version() - 1);
        }
        stored.add(title);
        outbox.append(List.of(recorded));
    }

    @Override
    public List<TitleEntry> history(String titleId) {
        return List.copyOf(versions.getOrDefault(titleId, List.of()));
    }

    @Override
    public List<TitleEntry> within(String unitPath, Integer year, Title title) {
        return versions.keySet().stream().map(id -> find(id).orElseThrow())
                .filter(t -> UnitDirectory.pathIsWithin(t.unitPath(), unitPath))
                .filter(t -> year == null || t.year() == year)
                .filter(t -> title == null || t.title() == title).toList();
    }
}
