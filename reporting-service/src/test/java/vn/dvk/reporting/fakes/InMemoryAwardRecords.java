package vn.dvk.reporting.fakes;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dvk.platform.unit.domain.UnitDirectory;
import vn.dvk.reporting.award.domain.AwardRecord;
import vn.dvk.reporting.award.domain.AwardRecords;

/** {@link AwardRecords} in a map by id, so that putting again replaces. */
public final class InMemoryAwardRecords implements AwardRecords {

    private final Map<String, AwardRecord> awards = new LinkedHashMap<>();

    @Override
    public synchronized void putAll(List<AwardRecord> records) {
        records.forEach(award -> awards.put(award.id(), award));
    }

    @Override
    public synchronized List<AwardRecord> of(int year, String subtreePath) {
        return awards.values().stream()
                .filter(award -> award.year() == year && UnitDirectory.pathIsWithin(award.unitPath(), subtreePath))
                .sorted(Comparator.comparing(AwardRecord::id)).toList();
    }
}
