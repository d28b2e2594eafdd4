package vn.dvk.award.evidence.domain;

import java.util.List;
import vn.dvk.contracts.catalog.Title;

/**
 * A yearly title held by a family, a village or a party committee, as evaluation-service announced it (the highest
 * version per id). {@code holderPersonIds} are a family's members in the registry; titles announced before families
 * were matched have only the household's name.
 */
public record TitleRecord(String titleId, Title title, String unitCode, String unitPath, String holderName,
                          int year, List<String> holderPersonIds, long version) {

    public TitleRecord {
        holderPersonIds = holderPersonIds == null ? List.of() : List.copyOf(holderPersonIds);
    }
}
