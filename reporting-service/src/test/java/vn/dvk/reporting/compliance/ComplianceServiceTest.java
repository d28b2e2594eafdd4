package vn.dvk.reporting.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.contracts.registration.CampaignPublished;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.scope.UnitSelection;
import vn.dvk.reporting.compliance.application.ComplianceService;
import vn.dvk.reporting.statistics.application.CoveredRecords;
import vn.dvk.reporting.compliance.domain.ComplianceRow;
import vn.dvk.reporting.fakes.InMemoryReporting;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.reporting.fixtures.ModelFixtures;

/** Target compliance from a campaign and models the projections applied in memory, without Spring. */
class ComplianceServiceTest {

    private static final int YEAR = 2025;

    private final InMemoryReporting reporting = new InMemoryReporting();
    private final ComplianceService compliance = new ComplianceService(reporting.campaigns,
            new CoveredRecords(reporting.counters, reporting.views), CurrentUnitDirectory.fixed(DemoUnits.DIRECTORY),
            DemoUnits.HISTORY);

    private static CampaignSnapshot plan294(long version, int communeTarget) {
        return new CampaignSnapshot("c-294", "124", "14/124", "Kế hoạch 294/KH-UBND", "294/KH-UBND",
                LocalDate.of(2021, 11, 2), 2021, 2025, null, List.of(), List.of(
                new CampaignSnapshot.Target(UnitLevel.COMMUNE, null, null, communeTarget, "Mỗi xã ít nhất"
                        + " " + communeTarget + " mô hình/năm")), version);
    }

    private void published(CampaignSnapshot campaign) {
        reporting.campaignProjection.apply(InMemoryReporting.delivery(RegistrationEvents.CAMPAIGN_PUBLISHED,
                campaign.id(), campaign.issuingUnitPath(), campaign.version(),
                new CampaignPublished(campaign, "UBND huyện Yên Châu", Instant.now())), campaign);
    }

    @Test
    void communes_without_a_model_this_year_come_first_with_their_whole_target_as_gap() {
        published(plan294(1, 1));
        reporting.registered(ModelFixtures.aCollectiveModel().inUnit("04063").inYear(YEAR).registered());
        reporting.registered(ModelFixtures.aCollectiveModel().inUnit("04063").inYear(YEAR).registered());

        List<ComplianceRow> rows = compliance.compliance(new UnitSelection("124", "14/124"), "2025").units();

        assertThat(rows).hasSize(14);
        assertThat(rows.get(0).gap()).isEqualTo(1);
        assertThat(rows.get(rows.size() - 1)).extracting(ComplianceRow::unitCode, ComplianceRow::count,
                ComplianceRow::gap).containsExactly("04063", 2L, 0L);
    }

    @Test
    void an_older_version_of_the_campaign_arriving_late_does_not_replace_the_newer_targets() {
        published(plan294(2, 3));
        published(plan294(1, 1));

        List<ComplianceRow> rows = compliance.compliance(new UnitSelection("124", "14/124"), "2025").units();

        assertThat(rows).allSatisfy(row -> assertThat(row.target()).isEqualTo(3));
        assertThat(reporting.changes).hasSize(1);
    }

    @Test
    void a_commune_asked_has_its_own_row_for_the_target_its_district_s_plan_gives_it() {
        published(plan294(1, 2));
        reporting.registered(ModelFixtures.aCollectiveModel().inUnit("04096").inYear(YEAR).registered());

        List<ComplianceRow> rows = compliance.compliance(new UnitSelection("04096", "14/124/04096"), "2025")
                .units();

        assertThat(rows).filteredOn(row -> row.unitCode().equals("04096")).singleElement()
                .extracting(ComplianceRow::target, ComplianceRow::count, ComplianceRow::gap)
                .containsExactly(2, 1L, 1L);
    }

    @Test
    void a_district_asked_has_no_row_of_its_own_for_the_targets_of_its_own_plan() {
        published(new CampaignSnapshot("c-295", "124", "14/124", "Kế hoạch 295/KH-UBND", "295/KH-UBND",
                LocalDate.of(2021, 11, 2), 2021, 2025, null, List.of(), List.of(
                new CampaignSnapshot.Target(UnitLevel.DISTRICT, null, null, 2, "Huyện ít nhất 2 mô hình/năm")),
                1));

        assertThat(compliance.compliance(new UnitSelection("124", "14/124"), "2025").units())
                .extracting(ComplianceRow::unitCode).doesNotContain("124");
    }
}
