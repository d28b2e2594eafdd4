package vn.dvk.evaluation.rating.domain;

import java.time.Instant;
import java.util.List;
import vn.dvk.contracts.catalog.Title;

/**
 * One version of a yearly title held by a family, a village or a party committee inside a unit. A family is named by
 * its household as the registry writes it, {@code holderPersonIds} being its members there; a correction is the next
 * {@code version} of the same {@code titleId} with its {@code correctionReason}.
 */
public record TitleEntry(String titleId, Title title, String unitCode, String unitPath, String holderName, int year,
                         String recordedBy, Instant recordedAt, List<String> holderPersonIds, long version,
                         String correctionReason) {

    public TitleEntry {
        holderPersonIds = holderPersonIds == null ? List.of() : List.copyOf(holderPersonIds);
    }
}
