package vn.dvk.award.catalogue.domain;

import java.util.List;
import vn.dvk.contracts.catalog.AwardOccasion;

/**
 * The criteria of one campaign (named by its issuing unit and document number; both null: any campaign without a
 * rule set of its own) for one occasion, the forms the campaign awards on it, and the years its rules look at.
 */
public record RuleSet(String campaignIssuer, String campaignDocument, AwardOccasion occasion, Window window,
                      List<String> forms, List<RuleDefinition> rules, String basis) {

    public RuleSet {
        forms = List.copyOf(forms);
        rules = List.copyOf(rules);
    }

    public boolean isDefault() {
        return campaignDocument == null;
    }

    public boolean isFor(String issuer, String document, AwardOccasion wanted) {
        return occasion == wanted && campaignDocument != null && campaignDocument.equals(document)
                && campaignIssuer != null && campaignIssuer.equals(issuer);
    }
}
