package vn.dvk.award.catalogue.domain;

import vn.dvk.contracts.catalog.AwardOccasion;

/**
 * At most {@code limit} recipients of a form by an issuing unit on an occasion in a year ({@code year} null: every
 * year), as the chairman decided ({@code basis}).
 */
public record Quota(String issuer, AwardOccasion occasion, String form, Integer year, int limit, String basis) {

    public boolean isFor(String wantedIssuer, AwardOccasion wantedOccasion, String wantedForm, int wantedYear) {
        return issuer.equals(wantedIssuer) && occasion == wantedOccasion && form.equals(wantedForm)
                && (year == null || year == wantedYear);
    }
}
