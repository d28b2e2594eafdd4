package vn.dvk.evaluation.rating.adapter;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.evaluation.rating.domain.TitleEntry;

@Document("titles")
public record TitleDocument(@Id String id, Title title, String unitCode, @Indexed String unitPath, String holderName,
                            int year, String recordedBy, Instant recordedAt, long version) {

    public static TitleDocument of(TitleEntry e) {
        return new TitleDocument(e.titleId(), e.title(), e.unitCode(), e.unitPath(), e.holderName(), e.year(),
                e.recordedBy(), e.recordedAt(), 0);
    }

    public TitleEntry toEntry() {
        return new TitleEntry(id, title, unitCode, unitPath, holderName, year, recordedBy, recordedAt);
    }
}
