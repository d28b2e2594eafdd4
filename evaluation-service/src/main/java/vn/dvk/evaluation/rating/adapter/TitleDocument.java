package vn.dvk.evaluation.rating.adapter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.evaluation.rating.domain.TitleEntry;
import vn.dvk.platform.access.UnitScoped;

/**
 * A title as stored: its current version and, in {@code versions}, every version oldest first. A fact about its unit,
 * which only that unit's subtree sees.
 */
@Document("titles")
public record TitleDocument(@Id String id, Title title, String unitCode, @Indexed String unitPath, String holderName,
                            List<String> holderPersonIds, int year, String recordedBy, Instant recordedAt,
                            String correctionReason, List<TitleEntry> versions, long version) implements UnitScoped {

    /** The document holding {@code next} as its current version after the {@code earlier} ones. */
    public static TitleDocument of(TitleEntry next, List<TitleEntry> earlier) {
        List<TitleEntry> versions = new ArrayList<>(earlier);
        versions.add(next);
        return new TitleDocument(next.titleId(), next.title(), next.unitCode(), next.unitPath(), next.holderName(),
                next.holderPersonIds(), next.year(), next.recordedBy(), next.recordedAt(), next.correctionReason(),
                versions, next.version());
    }

    public TitleEntry toEntry() {
        return new TitleEntry(id, title, unitCode, unitPath, holderName, year, recordedBy, recordedAt, holderPersonIds,
                version, correctionReason);
    }

    /** Every version; a title stored before versions were kept is its one version. */
    public List<TitleEntry> history() {
        return versions == null || versions.isEmpty() ? List.of(toEntry()) : versions;
    }
}
