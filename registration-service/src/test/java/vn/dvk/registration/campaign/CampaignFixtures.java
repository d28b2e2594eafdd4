package vn.dvk.registration.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.registration.campaign.domain.Campaign;
import vn.dvk.registration.campaign.domain.CampaignDraft;
import vn.dvk.platform.unit.domain.DemoUnits;

/** Named campaigns for tests: {@code CampaignFixtures.plan294().published()}. */
public final class CampaignFixtures {

    /** When fixtures publish, unless a test says otherwise. */
    public static final Instant NOVEMBER_2021 = Instant.parse("2021-11-18T02:00:00Z");

    private CampaignFixtures() {
    }

    /** Yên Châu's plan 294/KH-UBND of 18/11/2021 (seed 000): 2021–2025, two phases, district ≥ 2, communes ≥ 1. */
    public static Builder plan294() {
        return new Builder("c-294", "124", "Dân vận khéo 2021-2025", 2021, 2025)
                .basedOn("294/KH-UBND", LocalDate.of(2021, 11, 18))
                .withPhases(new CampaignSnapshot.Phase("Đợt 1", LocalDate.of(2021, 11, 1), LocalDate.of(2023, 7, 31)),
                        new CampaignSnapshot.Phase("Đợt 2", LocalDate.of(2023, 7, 1), LocalDate.of(2025, 10, 31)))
                .withTargets(new CampaignSnapshot.Target(UnitLevel.DISTRICT, ManagementLevel.DISTRICT, null, 2,
                                "Cấp huyện ≥ 2"),
                        new CampaignSnapshot.Target(UnitLevel.COMMUNE, null, null, 1, "Mỗi xã ≥ 1"));
    }

    /** Lóng Phiêng commune's plan for 2022–2023, without phases or targets. */
    public static Builder aCommunePlan() {
        return new Builder("c-04096", "04096", "Kế hoạch Dân vận khéo xã Lóng Phiêng 2022-2023", 2022, 2023)
                .basedOn("12/KH-UBND", LocalDate.of(2022, 1, 10));
    }

    /** A campaign under construction. */
    public static final class Builder {

        private String id;
        private String issuingUnitCode;
        private String name;
        private String documentNumber;
        private LocalDate documentDate;
        private int startYear;
        private int endYear;
        private String parentCampaignId;
        private List<CampaignSnapshot.Phase> phases = List.of();
        private List<CampaignSnapshot.Target> targets = List.of();

        private Builder(String id, String issuingUnitCode, String name, int startYear, int endYear) {
            this.id = id;
            this.issuingUnitCode = issuingUnitCode;
            this.name = name;
            this.startYear = startYear;
            this.endYear = endYear;
        }

        public Builder withId(String value) {
            id = value;
            return this;
        }

        public Builder issuedBy(String unitCode) {
            issuingUnitCode = unitCode;
            return this;
        }

        public Builder named(String value) {
            name = value;
            return this;
        }

        public Builder basedOn(String number, LocalDate date) {
            documentNumber = number;
            documentDate = date;
            return this;
        }

        public Builder covering(int start, int end) {
            startYear = start;
            endYear = end;
            return this;
        }

        public Builder under(String parentId) {
            parentCampaignId = parentId;
            return this;
        }

        public Builder withPhases(CampaignSnapshot.Phase... values) {
            phases = List.of(values);
            return this;
        }

        public Builder withTargets(CampaignSnapshot.Target... values) {
            targets = List.of(values);
            return this;
        }

        public CampaignDraft draft() {
            return new CampaignDraft(issuingUnitCode, name, documentNumber, documentDate, startYear, endYear,
                    parentCampaignId, phases, targets);
        }

        /** The campaign as publishing leaves it: version 1. */
        public Campaign published() {
            return Campaign.publish(id, draft(), DemoUnits.pathOf(issuingUnitCode), NOVEMBER_2021);
        }
    }
}
