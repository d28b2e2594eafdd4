package vn.dvk.platform.unit.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.dvk.contracts.unit.UnitDirectoryPublished;

/**
 * Collects the chunks of published directory versions until one is complete: a version is handed out only when every
 * chunk of it arrived, in chunk order, whatever order they came in and however often one was delivered again.
 */
public final class PublishedChunks {

    private final Map<Long, TreeMap<Integer, UnitDirectoryPublished>> byVersion = new HashMap<>();

    /** The units of the chunk's version once this chunk completes it, in directory order; empty until then. */
    public Optional<List<AdministrativeUnit>> add(UnitDirectoryPublished chunk) {
        TreeMap<Integer, UnitDirectoryPublished> chunks = byVersion.computeIfAbsent(chunk.version(),
                version -> new TreeMap<>());
        chunks.put(chunk.chunk(), chunk);
        if (chunks.size() < chunk.chunkCount()) {
            return Optional.empty();
        }
        byVersion.remove(chunk.version());
        List<AdministrativeUnit> units = new ArrayList<>(chunk.unitCount());
        for (UnitDirectoryPublished part : chunks.values()) {
            part.units().forEach(unit -> units.add(new AdministrativeUnit(unit.code(), unit.level(), unit.name(),
                    unit.fullName(), unit.parentCode())));
        }
        if (units.size() != chunk.unitCount()) {
            throw new UnitDirectoryException("version " + chunk.version() + " announces " + chunk.unitCount()
                    + " units but its chunks carry " + units.size());
        }
        return Optional.of(units);
    }

    /** Forgets the incomplete versions up to {@code version}: a newer one is already applied. */
    public void discardUpTo(long version) {
        byVersion.keySet().removeIf(pending -> pending <= version);
    }
}
