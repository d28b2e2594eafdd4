package vn.dvk.award.proposal.domain;

import java.util.List;
import vn.dvk.award.catalogue.domain.NomineeCategory;
import vn.dvk.contracts.catalog.RecipientType;

/**
 * A collective, individual or household a proposal names. Individuals and households are persons of the registry
 * ({@code personId}); a collective is a unit, or a village of a commune when {@code village} is set.
 */
public record Nominee(String nomineeId, RecipientType recipientType, String name, String unitCode, String unitPath,
                      String personId, String village, List<String> modelIds) {

    public Nominee {
        modelIds = modelIds == null ? List.of() : List.copyOf(modelIds);
    }

    public NomineeCategory category() {
        return switch (recipientType) {
            case COLLECTIVE -> village == null ? NomineeCategory.UNIT : NomineeCategory.VILLAGE;
            case INDIVIDUAL -> NomineeCategory.INDIVIDUAL;
            case HOUSEHOLD -> NomineeCategory.HOUSEHOLD;
        };
    }
}
