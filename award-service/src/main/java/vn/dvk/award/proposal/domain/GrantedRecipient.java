package vn.dvk.award.proposal.domain;

import java.math.BigDecimal;
import java.util.List;
import vn.dvk.contracts.catalog.RecipientType;

/** A nominee the decision grants, with the money: coefficient × base salary on the decision date, rounded. */
public record GrantedRecipient(String nomineeId, RecipientType recipientType, String name, String unitCode,
                               String unitPath, String personId, List<String> modelIds, BigDecimal coefficient,
                               long baseSalary, long amount, String basis) {

    public GrantedRecipient {
        modelIds = List.copyOf(modelIds);
    }
}
