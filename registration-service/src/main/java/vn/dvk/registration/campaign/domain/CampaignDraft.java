package vn.dvk.registration.campaign.domain;

import java.time.LocalDate;
import java.util.List;
import vn.dvk.contracts.registration.CampaignSnapshot;

/**
 * What a unit states about a campaign or plan when it publishes or revises it. Text is trimmed; blank optional text
 * is absent.
 */
public record CampaignDraft(String issuingUnitCode, String name, String documentNumber, LocalDate documentDate,
                            int startYear, int endYear, String parentCampaignId,
                            List<CampaignSnapshot.Phase> phases, List<CampaignSnapshot.Target> targets) {

    public CampaignDraft {
        issuingUnitCode = issuingUnitCode == null ? null : issuingUnitCode.strip();
        name = name == null ? null : name.strip();
        documentNumber = blankToNull(documentNumber);
        parentCampaignId = blankToNull(parentCampaignId);
        phases = phases == null ? List.of() : phases.stream()
                .map(p -> new CampaignSnapshot.Phase(p.name().strip(), p.startDate(), p.endDate())).toList();
        targets = targets == null ? List.of() : targets.stream()
                .map(t -> new CampaignSnapshot.Target(t.appliesTo(), t.level(), t.year(), t.minimumModels(),
                        blankToNull(t.description()))).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
