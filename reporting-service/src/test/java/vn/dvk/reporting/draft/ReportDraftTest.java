package vn.dvk.reporting.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.document.domain.ReportBlock;
import vn.dvk.reporting.document.domain.ReportDeadlines;
import vn.dvk.reporting.document.domain.ReportKind;
import vn.dvk.reporting.document.domain.YearlyReport;
import vn.dvk.reporting.document.domain.YearlyReportComposer;
import vn.dvk.reporting.draft.domain.Figure;
import vn.dvk.reporting.draft.domain.ReportAlreadySubmitted;
import vn.dvk.reporting.draft.domain.ReportDraft;
import vn.dvk.reporting.draft.domain.ReportText;
import vn.dvk.reporting.draft.domain.SentReport;

/** A draft's versions and its submission, without Spring, on fixed clocks. */
class ReportDraftTest {

    private static final int YEAR = 2022;
    private static final LocalDate DEADLINE = ReportDeadlines.SEED_001.of(ReportKind.YEARLY, YEAR);
    private static final List<Figure> FIGURES = List.of(new Figure("total", "Tổng số mô hình", 7),
            new Figure("collective", "Mô hình tập thể", 6), new Figure("individual", "Mô hình cá nhân", 1));
    private static final SentReport SENT = new SentReport(new YearlyReport("bao-cao-nam-2022-04096.docx", "BÁO CÁO",
            List.of(new ReportBlock.Paragraph("Tổng số mô hình \"Dân vận khéo\": 7 mô hình")), null, List.of()),
            List.of(new YearlyReportComposer.SubmittedReport("Trường THCS Lóng Phiêng", LocalDate.of(YEAR, 12, 5), 2,
                    1, 1, 0)));

    private static Instant at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC).instant();
    }

    private static ReportDraft aDraftOfLongPhieng() {
        return ReportDraft.open("04096", "14/124/04096", YEAR, ReportKind.YEARLY,
                ReportText.blank(LocalDate.of(YEAR, 12, 15)), "Sồng A Páo (longphieng.canbo)",
                at("2022-11-20T02:00:00Z"));
    }

    private static ReportText written(String results) {
        return new ReportText("Ủy ban nhân dân huyện Yên Châu", null, null, null, results, null, null, null,
                LocalDate.of(YEAR, 12, 10));
    }

    @Test
    void a_new_draft_is_the_units_one_report_of_the_year_and_kind_at_its_first_version() {
        ReportDraft draft = aDraftOfLongPhieng();

        assertThat(draft.id()).isEqualTo("04096-2022-YEARLY");
        assertThat(ReportDraft.idOf("04096", YEAR, ReportKind.MID_YEAR)).isEqualTo("04096-2022-MID_YEAR");
        assertThat(draft.versions()).hasSize(1);
        assertThat(draft.current().number()).isEqualTo(1);
        assertThat(draft.revision()).isEqualTo(1);
        assertThat(draft.submitted()).isFalse();
    }

    @Test
    void each_save_is_a_new_version_with_who_and_when_and_the_earlier_ones_are_kept() {
        ReportDraft draft = aDraftOfLongPhieng()
                .edit(written("Đã xây dựng 07 mô hình."), "Sồng A Páo (longphieng.canbo)", at("2022-12-01T03:00:00Z"))
                .edit(written("Đã xây dựng 07 mô hình, vượt chỉ tiêu."), "Lò Văn Hặc (longphieng.bcd)",
                        at("2022-12-02T03:00:00Z"));

        assertThat(draft.versions()).extracting(v -> v.number()).containsExactly(1, 2, 3);
        assertThat(draft.current().savedBy()).isEqualTo("Lò Văn Hặc (longphieng.bcd)");
        assertThat(draft.current().savedAt()).isEqualTo(Instant.parse("2022-12-02T03:00:00Z"));
        assertThat(draft.version(2).orElseThrow().text().results()).isEqualTo("Đã xây dựng 07 mô hình.");
        assertThat(draft.version(4)).isEmpty();
        assertThat(draft.revision()).isEqualTo(3);
    }

    @Test
    void a_submission_freezes_the_current_version_with_its_figures_on_time_until_the_end_of_the_deadline_day() {
        ReportDraft draft = aDraftOfLongPhieng().edit(written("Đã xây dựng 07 mô hình."), "Sồng A Páo",
                at("2022-12-01T03:00:00Z"));

        // 16:59 UTC on 15/12 is 23:59 in Vietnam: still the deadline day.
        ReportDraft onTime = draft.submit(FIGURES, SENT, DEADLINE, "Lò Văn Hặc (longphieng.bcd)",
                at("2022-12-15T16:59:00Z"));

        assertThat(onTime.submission().version()).isEqualTo(2);
        assertThat(onTime.submission().figures()).isEqualTo(FIGURES);
        assertThat(onTime.submission().submittedOn()).isEqualTo(LocalDate.of(2022, 12, 15));
        assertThat(onTime.submission().late()).isFalse();
        assertThat(onTime.revision()).isEqualTo(draft.revision() + 1);

        ReportDraft late = draft.submit(FIGURES, SENT, DEADLINE, "Lò Văn Hặc (longphieng.bcd)",
                at("2022-12-15T17:00:00Z"));

        assertThat(late.submission().submittedOn()).isEqualTo(LocalDate.of(2022, 12, 16));
        assertThat(late.submission().late()).isTrue();
    }

    @Test
    void the_submitted_version_is_the_document_as_sent_and_the_earlier_versions_are_not() {
        ReportDraft draft = aDraftOfLongPhieng().edit(written("Đã xây dựng 07 mô hình."), "Sồng A Páo",
                at("2022-12-01T03:00:00Z"));

        ReportDraft submitted = draft.submit(FIGURES, SENT, DEADLINE, "Lò Văn Hặc", at("2022-12-10T03:00:00Z"));

        assertThat(draft.sent(2)).isEmpty();
        assertThat(submitted.sent(1)).isEmpty();
        SentReport sent = submitted.sent(2).orElseThrow();
        assertThat(sent.document(false)).isEqualTo(SENT.report());
        assertThat(sent.document(true).blocks()).hasSize(3).startsWith(SENT.report().blocks().get(0))
                .contains(new ReportBlock.Heading("PHỤ LỤC: BÁO CÁO CỦA CÁC ĐƠN VỊ TRỰC THUỘC ĐÃ GỬI"));
        assertThat(((ReportBlock.Table) sent.document(true).blocks().get(2)).rows())
                .containsExactly(List.of("Trường THCS Lóng Phiêng", "05/12/2022", "2", "1", "1", "0"));
    }

    @Test
    void a_submitted_report_can_be_neither_edited_nor_submitted_again() {
        ReportDraft submitted = aDraftOfLongPhieng().submit(FIGURES, SENT, DEADLINE, "Lò Văn Hặc",
                at("2022-12-10T03:00:00Z"));

        assertThatThrownBy(() -> submitted.edit(written("Sửa sau khi gửi."), "Sồng A Páo",
                at("2022-12-11T03:00:00Z")))
                .isInstanceOf(ReportAlreadySubmitted.class).hasMessageContaining("04096-2022-YEARLY");
        assertThatThrownBy(() -> submitted.submit(FIGURES, SENT, DEADLINE, "Lò Văn Hặc", at("2022-12-11T03:00:00Z")))
                .isInstanceOf(ReportAlreadySubmitted.class);
    }

    @Test
    void the_deadlines_are_the_seeds_25_july_and_15_december() {
        assertThat(ReportDeadlines.SEED_001.of(ReportKind.MID_YEAR, YEAR)).isEqualTo(LocalDate.of(YEAR, 7, 25));
        assertThat(ReportDeadlines.SEED_001.of(ReportKind.YEARLY, YEAR)).isEqualTo(LocalDate.of(YEAR, 12, 15));
    }
}
