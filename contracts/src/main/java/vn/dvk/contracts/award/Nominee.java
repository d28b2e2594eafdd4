package vn.dvk.contracts.award;

import java.util.List;
import vn.dvk.contracts.catalog.RecipientType;

/**
 * A collective, an individual or a household a proposal names. {@code personId} refers to the person registry for
 * individuals and households (null for a collective); {@code modelIds} are the registered models the achievement
 * rests on.
 */
public record Nominee(String nomineeId, RecipientType recipientType, String name, String unitCode, String unitPath,
                      String personId, List<String> modelIds) {
}
