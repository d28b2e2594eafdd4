package vn.dvk.contracts.evaluation;

import java.time.Instant;
import java.util.List;
import vn.dvk.contracts.catalog.Title;

/**
 * A yearly title was granted to a holder inside a unit: a family (cultural family), a village (cultural village) or
 * a party committee (clean and strong). {@code holderName} names the family, village or committee; for a family,
 * {@code holderPersonIds} are the family's members in award-service's person registry (empty for other holders). A
 * correction is a higher {@code version} of the same {@code titleId} with its {@code correctionReason}.
 */
public record TitleRecorded(String titleId, Title title, String unitCode, String unitPath, String holderName,
                            int year, String recordedBy, Instant occurredAt, List<String> holderPersonIds,
                            long version, String correctionReason) {
}
