package vn.dvk.registration.campaign.adapter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.registration.campaign.domain.CampaignDraft;

/** Body of {@code POST /api/v1/campaigns} and {@code PUT /api/v1/campaigns/{id}}. */
public record CampaignRequest(
        @NotBlank @Size(max = 50) String issuingUnitCode,
        @NotBlank @Size(max = 500) String name,
        @Size(max = 100) String documentNumber,
        LocalDate documentDate,
        @NotNull @Min(2000) @Max(2100) Integer startYear,
        @NotNull @Min(2000) @Max(2100) Integer endYear,
        @Size(max = 100) String parentCampaignId,
        @Size(max = 20) List<@Valid @NotNull PhaseRequest> phases,
        @Size(max = 50) List<@Valid @NotNull TargetRequest> targets) {

    CampaignDraft toDraft() {
        return new CampaignDraft(issuingUnitCode, name, documentNumber, documentDate, startYear, endYear,
                parentCampaignId, phases == null ? null : phases.stream()
                        .map(p -> new CampaignSnapshot.Phase(p.name(), p.startDate(), p.endDate())).toList(),
                targets == null ? null : targets.stream()
                        .map(t -> new CampaignSnapshot.Target(t.appliesTo(), t.level(), t.year(), t.minimumModels(),
                                t.description())).toList());
    }

    /** A phase (đợt). */
    public record PhaseRequest(@NotBlank @Size(max = 200) String name, @NotNull LocalDate startDate,
                               @NotNull LocalDate endDate) {
    }

    /** A target (chỉ tiêu): at least {@code minimumModels} a year for each unit of kind {@code appliesTo}. */
    public record TargetRequest(@NotNull UnitLevel appliesTo, ManagementLevel level,
                                @Min(2000) @Max(2100) Integer year, @NotNull @Min(0) @Max(10_000) Integer minimumModels,
                                @Size(max = 500) String description) {
    }
}
