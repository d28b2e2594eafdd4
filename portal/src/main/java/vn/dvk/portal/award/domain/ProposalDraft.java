package vn.dvk.portal.award.domain;

import java.util.List;

/** A new proposal as the unit's clerk fills it in: campaign, occasion, year, form, proposing unit, nominees. */
public record ProposalDraft(String campaignId, String occasion, Integer year, String formCode,
                            String proposingUnitCode, List<NomineeDraft> nominees) {

    public ProposalDraft {
        nominees = nominees == null ? List.of() : List.copyOf(nominees);
    }

    /** A collective names a unit ({@code unitCode}); an individual or a household a person ({@code personId}). */
    public record NomineeDraft(String recipientType, String unitCode, String personId) {

        public static NomineeDraft collective(String unitCode) {
            return new NomineeDraft("COLLECTIVE", unitCode, null);
        }

        public static NomineeDraft individual(String personId) {
            return new NomineeDraft("INDIVIDUAL", null, personId);
        }

        public static NomineeDraft household(String personId) {
            return new NomineeDraft("HOUSEHOLD", null, personId);
        }
    }
}
