package vn.dvk.reporting.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.document.domain.ReportDeadlines;
import vn.dvk.reporting.document.domain.ReportKind;
import vn.dvk.reporting.document.domain.YearlyReport;
import vn.dvk.reporting.draft.domain.Figure;
import vn.dvk.reporting.draft.domain.ReportDraft;
import vn.dvk.reporting.draft.domain.ReportText;
import vn.dvk.reporting.draft.domain.SentReport;
import vn.dvk.reporting.draft.domain.SubmissionOverview;
import vn.dvk.reporting.draft.domain.SubmissionOverview.State;
import vn.dvk.reporting.draft.domain.SubmissionOverview.Subordinate;

/** What a district sees of its communes' year-end reports: submitted, late, pending, figures reconciled. */
class SubmissionOverviewTest {

    private static final int YEAR = 2022;
    private static final LocalDate DEADLINE = ReportDeadlines.SEED_001.of(ReportKind.YEARLY, YEAR);

    private static final SentReport SENT = new SentReport(new YearlyReport("bao-cao.docx", "BÁO CÁO", List.of(),
            null, List.of()), List.of());

    private static List<Figure> figures(long total) {
        return List.of(new Figure("total", "Tổng số mô hình", total),
                new Figure("collective", "Mô hình tập thể", total));
    }

    private static ReportDraft submittedOn(String unitCode, String instant, long total) {
        return ReportDraft.open(unitCode, "14/124/" + unitCode, YEAR, ReportKind.YEARLY,
                ReportText.blank(DEADLINE), "clerk", Instant.parse("2022-11-01T02:00:00Z"))
                .submit(figures(total), SENT, DEADLINE, "bcd." + unitCode, Instant.parse(instant));
    }

    private static ReportDraft unsubmitted(String unitCode) {
        return ReportDraft.open(unitCode, "14/124/" + unitCode, YEAR, ReportKind.YEARLY, ReportText.blank(DEADLINE),
                "clerk", Instant.parse("2022-11-01T02:00:00Z"));
    }

    private static List<Subordinate> communes() {
        return List.of(
                new Subordinate("04096", "Xã Lóng Phiêng", Optional.of(submittedOn("04096", "2022-12-10T03:00:00Z",
                        7)), figures(7)),
                new Subordinate("04063", "Xã Chiềng Đông", Optional.of(submittedOn("04063", "2022-12-14T03:00:00Z",
                        5)), figures(6)),
                new Subordinate("04102", "Xã Chiềng Tương", Optional.of(submittedOn("04102", "2022-12-20T03:00:00Z",
                        3)), figures(3)),
                new Subordinate("04075", "Thị trấn Yên Châu", Optional.of(unsubmitted("04075")), figures(2)),
                new Subordinate("04078", "Xã Chiềng Hặc", Optional.empty(), figures(0)));
    }

    @Test
    void after_the_deadline_the_late_submission_and_every_unit_that_has_not_submitted_are_late() {
        SubmissionOverview overview = SubmissionOverview.of("124", YEAR, "YEARLY", DEADLINE,
                LocalDate.of(2022, 12, 21), communes());

        assertThat(overview.submitted()).isEqualTo(3);
        assertThat(overview.pending()).isEqualTo(2);
        assertThat(overview.late()).isEqualTo(3);
        assertThat(overview.submittedLate()).isEqualTo(1);
        assertThat(overview.units()).filteredOn(SubmissionOverview.UnitSubmission::late)
                .extracting(SubmissionOverview.UnitSubmission::unitName)
                .containsExactly("Xã Chiềng Tương", "Thị trấn Yên Châu", "Xã Chiềng Hặc");
        SubmissionOverview.UnitSubmission longPhieng = overview.units().get(0);
        assertThat(longPhieng.state()).isEqualTo(State.SUBMITTED);
        assertThat(longPhieng.submittedBy()).isEqualTo("bcd.04096");
        assertThat(longPhieng.version()).isEqualTo(1);
        assertThat(longPhieng.reportId()).isEqualTo("04096-2022-YEARLY");
    }

    @Test
    void before_the_deadline_a_unit_that_has_not_submitted_is_pending_but_not_late() {
        SubmissionOverview overview = SubmissionOverview.of("124", YEAR, "YEARLY", DEADLINE,
                LocalDate.of(2022, 12, 15), communes().subList(3, 5));

        assertThat(overview.pending()).isEqualTo(2);
        assertThat(overview.late()).isZero();
        assertThat(overview.units()).extracting(SubmissionOverview.UnitSubmission::state)
                .containsOnly(State.PENDING);
    }

    @Test
    void a_submitted_figure_that_no_longer_matches_the_live_statistics_is_flagged_with_both_values() {
        SubmissionOverview overview = SubmissionOverview.of("124", YEAR, "YEARLY", DEADLINE,
                LocalDate.of(2022, 12, 21), communes());

        SubmissionOverview.UnitSubmission chiengDong = overview.units().get(1);
        assertThat(chiengDong.flagged()).isTrue();
        assertThat(chiengDong.figures()).filteredOn(SubmissionOverview.Reconciled::changed)
                .containsExactly(new SubmissionOverview.Reconciled("total", "Tổng số mô hình", 5, 6, true),
                        new SubmissionOverview.Reconciled("collective", "Mô hình tập thể", 5, 6, true));
        assertThat(overview.units().get(0).flagged()).isFalse();
    }

    @Test
    void a_campaigns_deadline_of_10_december_makes_the_submission_of_14_december_late_too() {
        // given the province campaign's year-end deadline 10/12 instead of the seed's 15/12
        LocalDate campaignDeadline = new ReportDeadlines(MonthDay.of(6, 20), MonthDay.of(12, 10), "c-14", "14")
                .of(ReportKind.YEARLY, YEAR);

        // when the district looks after both deadlines
        SubmissionOverview overview = SubmissionOverview.of("124", YEAR, "YEARLY", campaignDeadline,
                LocalDate.of(2022, 12, 21), communes());

        // then Chiềng Đông, which sent on 14/12, is late as well
        assertThat(overview.deadline()).isEqualTo(LocalDate.of(2022, 12, 10));
        assertThat(overview.submittedLate()).isEqualTo(2);
        assertThat(overview.late()).isEqualTo(4);
        assertThat(overview.units()).filteredOn(SubmissionOverview.UnitSubmission::late)
                .extracting(SubmissionOverview.UnitSubmission::unitName)
                .containsExactly("Xã Chiềng Đông", "Xã Chiềng Tương", "Thị trấn Yên Châu", "Xã Chiềng Hặc");
    }
}
