package vn.dvk.contracts.registration;

import java.time.LocalDate;
import java.util.List;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.UnitLevel;

/** A campaign or plan (phong trào, kế hoạch) with its phases and targets. */
public record CampaignSnapshot(
        String id,
        String issuingUnitCode,
        String issuingUnitPath,
        String name,
        String documentNumber,
        LocalDate documentDate,
        int startYear,
        int endYear,
        String parentCampaignId,
        List<Phase> phases,
        List<Target> targets,
        long version) {

    /** A phase (đợt) of the campaign. */
    public record Phase(String name, LocalDate startDate, LocalDate endDate) {
    }

    /**
     * At least {@code minimumModels} models a year for each unit of kind {@code appliesTo} inside the issuing unit
     * (the issuing unit itself when its level is {@code appliesTo}); {@code level} narrows to one management level,
     * {@code year} to one year (null: every year of the campaign).
     */
    public record Target(UnitLevel appliesTo, ManagementLevel level, Integer year, int minimumModels,
                         String description) {
    }
}
