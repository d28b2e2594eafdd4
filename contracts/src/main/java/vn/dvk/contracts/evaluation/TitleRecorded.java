package vn.dvk.contracts.evaluation;

import java.time.Instant;
import vn.dvk.contracts.catalog.Title;

/**
 * A yearly title was granted to a holder inside a unit: a family (cultural family), a village (cultural village) or
 * a party committee (clean and strong). {@code holderName} names the family, village or committee.
 */
public record TitleRecorded(String titleId, Title title, String unitCode, String unitPath, String holderName,
                            int year, String recordedBy, Instant occurredAt) {
}
