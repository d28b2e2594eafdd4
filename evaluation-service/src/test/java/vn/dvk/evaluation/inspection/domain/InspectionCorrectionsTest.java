package vn.dvk.evaluation.inspection.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.contracts.evaluation.DecisionCorrected;
import vn.dvk.evaluation.shared.domain.Correction;
import vn.dvk.platform.domain.Rejection;

/** Corrections of an inspection by the level that ran it (issue 17, item 7), each rule on its own. */
class InspectionCorrectionsTest {

    private static final Instant LATER = Instant.parse("2022-12-12T02:00:00Z");

    private static final InspectionPlan PLAN_OF_YEN_CHAU = new InspectionPlan("p-1", "124", "14/124", 2022,
            InspectionRound.YEAR_END, "Kế hoạch kiểm tra cuối năm", "81/QĐ-UBND", LocalDate.of(2022, 1, 27),
            List.of(new InspectionPlan.Target("t1", "04096", "14/124/04096", "Xã Lóng Phiêng", "m-1", "d1")),
            List.of(), "Ban Chỉ đạo huyện Yên Châu", Instant.EPOCH, null);

    private static Inspection recorded() {
        return new Inspection(Inspection.idOf("p-1", "t1", 0), "p-1", "t1", 2022, InspectionRound.YEAR_END, "04096",
                "14/124/04096", "Xã Lóng Phiêng", "m-1", "d1", LocalDate.of(2022, 12, 10), "Triển khai đầy đủ",
                "Biên bản số 1", "Đoàn kiểm tra số 1", Instant.parse("2022-12-10T02:00:00Z"), List.of());
    }

    private static Correction by(DecisionCorrected.Action action, String reason) {
        return new Correction(action, reason, "Ban Chỉ đạo huyện Yên Châu (bcd.124)", LATER);
    }

    @Test
    void given_a_recorded_inspection_when_its_level_cancels_it_then_it_stays_but_no_longer_counts() {
        Inspection inspection = recorded();

        Inspection cancelled = inspection.cancelled(by(DecisionCorrected.Action.CANCELLED, "Đoàn chưa đến xã"));

        assertThat(inspection.counts()).isTrue();
        assertThat(cancelled.counts()).isFalse();
        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(cancelled.findings()).isEqualTo("Triển khai đầy đủ");
        assertThat(cancelled.corrections()).singleElement()
                .satisfies(amendment -> assertThat(amendment.correction().reason()).isEqualTo("Đoàn chưa đến xã"));
    }

    @Test
    void given_wrong_findings_when_its_level_corrects_them_then_the_new_ones_hold_and_the_old_ones_stay_in_history() {
        Inspection corrected = recorded().corrected("Chưa lập sổ theo dõi thu nhập", null,
                by(DecisionCorrected.Action.CORRECTED, "Ghi nhầm biên bản của xã khác"));

        assertThat(corrected.findings()).isEqualTo("Chưa lập sổ theo dõi thu nhập");
        assertThat(corrected.minutes()).isEqualTo("Biên bản số 1");
        assertThat(corrected.counts()).isTrue();
        assertThat(corrected.corrections()).singleElement().satisfies(amendment -> {
            assertThat(amendment.replacedFindings()).isEqualTo("Triển khai đầy đủ");
            assertThat(amendment.replacedMinutes()).isEqualTo("Biên bản số 1");
            assertThat(amendment.correction().action()).isEqualTo(DecisionCorrected.Action.CORRECTED);
        });
    }

    @Test
    void given_a_cancelled_inspection_when_the_target_is_inspected_again_then_the_next_one_is_numbered_after_it() {
        assertThat(Inspection.idOf("p-1", "t1", 0)).isEqualTo("p-1:t1");
        assertThat(Inspection.idOf("p-1", "t1", 1)).isEqualTo("p-1:t1:2");
    }

    @Test
    void given_an_official_of_another_unit_than_the_issuer_when_he_corrects_then_it_is_not_his_level() {
        for (String unitCode : List.of("04096", "14", "125")) {
            assertThatThrownBy(() -> InspectionCorrections.requirePlanLevel(PLAN_OF_YEN_CHAU, unitCode,
                    "Huyện Yên Châu")).as(unitCode).isInstanceOfSatisfying(Rejection.OutOfScope.class,
                    e -> assertThat(e.code()).isEqualTo("not-plan-level"));
        }
        assertThatCode(() -> InspectionCorrections.requirePlanLevel(PLAN_OF_YEN_CHAU, "124", "Huyện Yên Châu"))
                .doesNotThrowAnyException();
    }

    @Test
    void given_a_cancelled_inspection_when_corrected_or_cancelled_again_then_it_is_already_cancelled() {
        Inspection cancelled = recorded().cancelled(by(DecisionCorrected.Action.CANCELLED, "Nhập trùng"));

        assertThatThrownBy(() -> InspectionCorrections.requireStanding(cancelled))
                .isInstanceOfSatisfying(Rejection.Conflict.class,
                        e -> assertThat(e.code()).isEqualTo("already-cancelled"));
        assertThatCode(() -> InspectionCorrections.requireStanding(recorded())).doesNotThrowAnyException();
    }

    @Test
    void given_the_findings_recorded_when_a_correction_repeats_them_then_nothing_is_corrected() {
        assertThatThrownBy(() -> InspectionCorrections.requireNewFindings(recorded(), "Triển khai đầy đủ", null))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class, e -> {
                    assertThat(e.code()).isEqualTo("findings-unchanged");
                    assertThat(e.issues()).extracting(Rejection.FieldIssue::field).containsExactly("findings");
                });
        assertThatCode(() -> InspectionCorrections.requireNewFindings(recorded(), "Triển khai đầy đủ",
                "Biên bản số 2")).doesNotThrowAnyException();
    }
}
