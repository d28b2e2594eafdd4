package vn.dvk.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.evaluation.CampaignDeadlinesSet;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.reporting.document.domain.ReportDate;
import vn.dvk.reporting.document.domain.ReportDeadlines;
import vn.dvk.reporting.document.domain.ReportKind;

/**
 * Which deadlines a unit's reports of a year are due by: the campaign's in force nearest above the unit, set by a level
 * above it, else seed 001's 25/7 and 15/12.
 */
class ReportDeadlinesTest {

    private static final int YEAR = 2022;
    private static final String LONG_PHIENG = "14/124/04096";
    private static final String YEN_CHAU = "14/124";

    private static CampaignSnapshot campaign(String id, String issuingPath, int startYear, int endYear) {
        String code = issuingPath.substring(issuingPath.lastIndexOf('/') + 1);
        return new CampaignSnapshot(id, code, issuingPath, "Phong trào thi đua \"Dân vận khéo\"", "01/KH-BCĐ",
                LocalDate.of(startYear, 1, 10), startYear, endYear, null, List.of(), List.of(), 1);
    }

    private static CampaignDeadlinesSet set(String campaignId, String levelPath, String midYear, String yearEnd) {
        return new CampaignDeadlinesSet(campaignId, levelPath.substring(levelPath.lastIndexOf('/') + 1), levelPath,
                MonthDay.parse(midYear), MonthDay.parse(yearEnd), MonthDay.of(12, 31), Instant.parse(
                        "2022-01-15T02:00:00Z"));
    }

    @Test
    void without_a_campaign_that_sets_them_reports_are_due_on_the_seeds_25_july_and_15_december() {
        // given a province campaign in force for which no level set deadlines
        List<CampaignSnapshot> campaigns = List.of(campaign("c-14", "14", 2021, 2025));

        // when the commune asks when its reports are due
        ReportDeadlines deadlines = ReportDeadlines.ofReportBy(LONG_PHIENG, YEAR, campaigns, List.of());

        // then seed 001's days apply
        assertThat(deadlines).isEqualTo(ReportDeadlines.SEED_001);
        assertThat(deadlines.of(ReportKind.MID_YEAR, YEAR)).isEqualTo(LocalDate.of(YEAR, 7, 25));
        assertThat(deadlines.of(ReportKind.YEARLY, YEAR)).isEqualTo(LocalDate.of(YEAR, 12, 15));
    }

    @Test
    void the_province_campaigns_20_june_and_10_december_apply_to_every_unit_below_the_province() {
        // given the province set 20/6 and 10/12 for its campaign
        List<CampaignSnapshot> campaigns = List.of(campaign("c-14", "14", 2021, 2025));
        List<CampaignDeadlinesSet> settings = List.of(set("c-14", "14", "--06-20", "--12-10"));

        // when the commune and the district ask
        ReportDeadlines commune = ReportDeadlines.ofReportBy(LONG_PHIENG, YEAR, campaigns, settings);
        ReportDeadlines district = ReportDeadlines.ofReportBy(YEN_CHAU, YEAR, campaigns, settings);

        // then both are due on the campaign's days, which name where they come from
        assertThat(commune.of(ReportKind.MID_YEAR, YEAR)).isEqualTo(LocalDate.of(YEAR, 6, 20));
        assertThat(commune.of(ReportKind.YEARLY, YEAR)).isEqualTo(LocalDate.of(YEAR, 12, 10));
        assertThat(commune.campaignId()).isEqualTo("c-14");
        assertThat(commune.setBy()).isEqualTo("14");
        assertThat(district).isEqualTo(commune);
    }

    @Test
    void a_campaign_not_in_force_in_the_year_or_issued_in_another_subtree_sets_nothing() {
        // given a province campaign of 2016-2020 and a campaign of another district, both with deadlines
        List<CampaignSnapshot> campaigns = List.of(campaign("c-old", "14", 2016, 2020),
                campaign("c-125", "14/125", 2021, 2025));
        List<CampaignDeadlinesSet> settings = List.of(set("c-old", "14", "--06-20", "--12-10"),
                set("c-125", "14/125", "--06-30", "--11-30"));

        // when a commune of Yên Châu asks for 2022
        ReportDeadlines deadlines = ReportDeadlines.ofReportBy(LONG_PHIENG, YEAR, campaigns, settings);

        // then neither applies
        assertThat(deadlines).isEqualTo(ReportDeadlines.SEED_001);
    }

    @Test
    void the_campaign_issued_nearest_above_the_unit_wins_and_one_that_sets_nothing_passes_the_question_up() {
        // given the district's own plan with 30/6 and 5/12, and the province campaign with 20/6 and 10/12
        List<CampaignSnapshot> campaigns = List.of(campaign("c-14", "14", 2021, 2025),
                campaign("c-124", YEN_CHAU, 2022, 2022));
        List<CampaignDeadlinesSet> settings = List.of(set("c-14", "14", "--06-20", "--12-10"),
                set("c-124", YEN_CHAU, "--06-30", "--12-05"));

        // when the commune asks, and when the district's plan has no deadlines of its own
        ReportDeadlines byDistrictPlan = ReportDeadlines.ofReportBy(LONG_PHIENG, YEAR, campaigns, settings);
        ReportDeadlines withoutDistrictDays = ReportDeadlines.ofReportBy(LONG_PHIENG, YEAR, campaigns,
                settings.subList(0, 1));

        // then the district's plan decides; without its days, the province campaign does
        assertThat(byDistrictPlan.of(ReportKind.YEARLY, YEAR)).isEqualTo(LocalDate.of(YEAR, 12, 5));
        assertThat(byDistrictPlan.campaignId()).isEqualTo("c-124");
        assertThat(withoutDistrictDays.of(ReportKind.YEARLY, YEAR)).isEqualTo(LocalDate.of(YEAR, 12, 10));
    }

    @Test
    void a_report_goes_up_so_a_unit_does_not_set_its_own_deadline_but_the_level_nearest_above_it_does() {
        // given the province campaign's 10/12, narrowed by the district to 5/12 for the communes below it
        List<CampaignSnapshot> campaigns = List.of(campaign("c-14", "14", 2021, 2025));
        List<CampaignDeadlinesSet> settings = List.of(set("c-14", "14", "--06-20", "--12-10"),
                set("c-14", YEN_CHAU, "--06-15", "--12-05"));

        // when the commune and the district itself ask
        ReportDeadlines commune = ReportDeadlines.ofReportBy(LONG_PHIENG, YEAR, campaigns, settings);
        ReportDeadlines district = ReportDeadlines.ofReportBy(YEN_CHAU, YEAR, campaigns, settings);

        // then the commune follows the district, the district the province
        assertThat(commune.of(ReportKind.YEARLY, YEAR)).isEqualTo(LocalDate.of(YEAR, 12, 5));
        assertThat(commune.setBy()).isEqualTo(YEN_CHAU);
        assertThat(district.of(ReportKind.YEARLY, YEAR)).isEqualTo(LocalDate.of(YEAR, 12, 10));
        assertThat(ReportDeadlines.ofReportsTo(YEN_CHAU, YEAR, campaigns, settings)).isEqualTo(commune);
    }

    @Test
    void a_report_is_dated_by_default_on_the_campaigns_deadline() {
        // given the campaign's year-end deadline 10/12
        LocalDate deadline = new ReportDeadlines(MonthDay.of(6, 20), MonthDay.of(12, 10), "c-14", "14")
                .of(ReportKind.YEARLY, YEAR);

        // when a report is opened after it, and before it in the year
        LocalDate afterwards = ReportDate.choose(null, YEAR, LocalDate.of(2026, 1, 1), deadline);
        LocalDate before = ReportDate.choose(null, YEAR, LocalDate.of(YEAR, 11, 2), deadline);

        // then it bears the deadline, or today while the deadline is ahead
        assertThat(afterwards).isEqualTo(LocalDate.of(YEAR, 12, 10));
        assertThat(before).isEqualTo(LocalDate.of(YEAR, 11, 2));
    }
}
