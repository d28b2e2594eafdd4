package vn.dvk.evaluation.selfassessment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.SelfAssessmentOverdue;
import vn.dvk.evaluation.EvaluationProperties;
import vn.dvk.evaluation.model.domain.ModelView;
import vn.dvk.evaluation.selfassessment.domain.InMemoryOverdueNotices;
import vn.dvk.evaluation.selfassessment.domain.PeriodAlreadyAssessed;
import vn.dvk.evaluation.support.InMemoryEvaluation;
import vn.dvk.evaluation.support.ModelFixtures;
import vn.dvk.platform.domain.Rejection;

class SelfAssessmentServiceTest {

    private static final LocalDate FEBRUARY_2023 = LocalDate.of(2023, 2, 1);

    private final InMemoryEvaluation district = InMemoryEvaluation.serving("124", FEBRUARY_2023);
    private final ModelView village = district.knows(ModelFixtures.banMeCulturalVillage().withStatus(ModelStatus.APPROVED));

    private static SelfAssessmentService.File quarter(ModelView model, String start, String end) {
        return new SelfAssessmentService.File(model.id(), LocalDate.parse(start), LocalDate.parse(end), false, 30,
                List.of(), null, null, "UBND xã Chiềng Đông");
    }

    @Test
    void given_the_first_quarter_filed_when_overdue_is_listed_in_february_2023_then_the_other_quarters_are_late() {
        district.selfAssessmentService().file(quarter(village, "2022-01-01", "2022-03-31"));

        List<SelfAssessmentService.Overdue> overdue = district.selfAssessmentService().overdueWithin("14/124");

        assertThat(overdue).extracting(SelfAssessmentService.Overdue::periodIndex,
                        SelfAssessmentService.Overdue::closesHalfYear, SelfAssessmentService.Overdue::dueDate,
                        SelfAssessmentService.Overdue::daysLate)
                .containsExactly(tuple(2, true, LocalDate.of(2022, 7, 10), 206L),
                        tuple(3, false, LocalDate.of(2022, 10, 10), 114L),
                        tuple(4, true, LocalDate.of(2023, 1, 10), 22L));
        assertThat(district.selfAssessmentService().overdueWithin("14/124/04063")).hasSize(3);
        assertThat(district.selfAssessmentService().overdueWithin("14/124/04096")).isEmpty();
    }

    @Test
    void given_overdue_periods_when_notices_are_published_twice_then_each_period_is_announced_once() {
        district.selfAssessmentService().file(quarter(village, "2022-01-01", "2022-03-31"));

        int first = district.selfAssessmentService().publishOverdue();
        int second = district.selfAssessmentService().publishOverdue();

        assertThat(first).isEqualTo(3);
        assertThat(second).isZero();
        assertThat(district.outbox().typesAbout(village.id())).containsExactly("vn.dvk.self-assessment.filed.v1",
                "vn.dvk.self-assessment.overdue.v1", "vn.dvk.self-assessment.overdue.v1",
                "vn.dvk.self-assessment.overdue.v1");
        assertThat(district.outbox().payloads(EvaluationEvents.SELF_ASSESSMENT_OVERDUE))
                .extracting(SelfAssessmentOverdue::periodStart, SelfAssessmentOverdue::periodEnd,
                        SelfAssessmentOverdue::dueDate)
                .first().isEqualTo(tuple(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30),
                        LocalDate.of(2022, 7, 10)));
    }

    @Test
    void given_a_check_that_misses_notices_being_written_when_published_again_then_nothing_is_announced_twice() {
        InMemoryOverdueNotices checkedBeforeTheOtherWrite = new InMemoryOverdueNotices(district.outbox()) {
            @Override
            public boolean exists(String id) {
                return false;
            }
        };
        SelfAssessmentService replica = district.selfAssessmentService(checkedBeforeTheOtherWrite);

        assertThat(replica.publishOverdue()).isEqualTo(4);
        assertThat(replica.publishOverdue()).isZero();
        assertThat(district.outbox().payloads(EvaluationEvents.SELF_ASSESSMENT_OVERDUE)).hasSize(4);
    }

    @Test
    void given_a_grace_of_zero_days_when_overdue_is_listed_then_each_period_was_due_on_its_last_day() {
        InMemoryEvaluation noGrace = InMemoryEvaluation.serving("124", FEBRUARY_2023,
                new EvaluationProperties(null, new EvaluationProperties.SelfAssessment(0, null, null), null, null, null));
        noGrace.knows(ModelFixtures.banMeCulturalVillage().withStatus(ModelStatus.APPROVED));

        assertThat(noGrace.selfAssessmentService().overdueWithin("14/124"))
                .extracting(SelfAssessmentService.Overdue::dueDate)
                .containsExactly(LocalDate.of(2022, 3, 31), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 9, 30),
                        LocalDate.of(2022, 12, 31));
    }

    @Test
    void given_a_model_not_yet_approved_when_assessed_then_it_is_neither_assessable_nor_overdue() {
        ModelView registered = district.knows(ModelFixtures.banMeCulturalVillage().withId("pending-model"));

        assertThatThrownBy(() -> district.selfAssessmentService().file(quarter(registered, "2022-01-01",
                "2022-03-31")))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class,
                        e -> assertThat(e.code()).isEqualTo("not-assessable"));
        assertThat(district.selfAssessmentService().overdueWithin("14/124"))
                .extracting(SelfAssessmentService.Overdue::modelId).doesNotContain(registered.id());
    }

    @Test
    void given_a_quarter_filed_when_the_same_quarter_is_filed_again_then_it_is_refused_and_stored_once() {
        district.selfAssessmentService().file(quarter(village, "2022-01-01", "2022-03-31"));

        assertThatThrownBy(() -> district.selfAssessmentService().file(quarter(village, "2022-01-01", "2022-03-31")))
                .isInstanceOfSatisfying(PeriodAlreadyAssessed.class,
                        e -> assertThat(e.code()).isEqualTo("period-already-assessed"));
        assertThat(district.selfAssessmentService().ofModel(village.id())).hasSize(1);
    }
}
