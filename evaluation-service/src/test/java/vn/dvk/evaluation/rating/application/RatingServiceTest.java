package vn.dvk.evaluation.rating.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.award.PersonSnapshot;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.TaskRating;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.contracts.evaluation.EvaluationEvents;
import vn.dvk.contracts.evaluation.TaskRatingRecorded;
import vn.dvk.contracts.evaluation.TitleRecorded;
import vn.dvk.evaluation.rating.domain.InMemoryTitles;
import vn.dvk.evaluation.rating.domain.TaskRatingEntry;
import vn.dvk.evaluation.rating.domain.TitleEntry;
import vn.dvk.evaluation.support.InMemoryEvaluation;
import vn.dvk.evaluation.support.InMemoryOutbox;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.person.application.PersonDirectory;

class RatingServiceTest {

    private static final String COMMUNE = "04096";
    private static final String FAMILY = "Gia đình ông Nguyễn Hương Bông";

    private final InMemoryEvaluation evaluation = InMemoryEvaluation.serving("14", LocalDate.of(2025, 11, 30));
    private final InMemoryOutbox outbox = evaluation.outbox();
    private final InMemoryTitles titles = evaluation.titles();
    private final PersonDirectory people = evaluation.people();
    private final RatingService service = evaluation.ratingService();

    private void registered(String id, String name, LocalDate born, String household) {
        people.apply(new PersonSnapshot(id, name, born, COMMUNE, "14/124/" + COMMUNE, null, household, 1));
    }

    private static RatingService.RecordRating individual(String name, int year, TaskRating rating, String reason) {
        return new RatingService.RecordRating(RatedSubject.INDIVIDUAL, COMMUNE, name, null, null, year, rating, reason,
                "Ban Chỉ đạo xã Lóng Phiêng");
    }

    @Test
    void an_individual_named_without_diacritics_is_stored_as_the_registry_person_with_his_real_name() {
        registered("p-bong", "Nguyễn Hương Bông", LocalDate.of(1975, 5, 2), FAMILY);

        TaskRatingEntry stored = service.record(individual("nguyen huong bong", 2024, TaskRating.GOOD, null));

        assertThat(stored.personId()).isEqualTo("p-bong");
        assertThat(stored.personName()).isEqualTo("Nguyễn Hương Bông");
        assertThat(stored.version()).isEqualTo(1);
        assertThat(outbox.payloads(EvaluationEvents.TASK_RATING_RECORDED)).extracting(TaskRatingRecorded::personId)
                .containsExactly("p-bong");
    }

    @Test
    void namesakes_are_refused_with_both_candidates_and_nothing_is_stored() {
        registered("p-1", "Lò Thị Hoa", LocalDate.of(1980, 3, 4), null);
        registered("p-2", "Lò Thị Hoa", LocalDate.of(1992, 7, 1), null);

        assertThatThrownBy(() -> service.record(individual("Lò Thị Hoa", 2024, TaskRating.GOOD, null)))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class, refused -> {
                    assertThat(refused.code()).isEqualTo("ambiguous-person");
                    assertThat(refused.issues().get(0).field()).isEqualTo("personName");
                    assertThat(refused.issues().get(0).message()).contains("mã p-1", "mã p-2");
                });
        assertThat(outbox.payloads(EvaluationEvents.TASK_RATING_RECORDED)).isEmpty();
    }

    @Test
    void a_second_rating_of_the_same_year_is_refused_unless_it_is_a_correction_with_a_reason() {
        registered("p-bong", "Nguyễn Hương Bông", null, FAMILY);
        TaskRatingEntry first = service.record(individual("Nguyễn Hương Bông", 2024, TaskRating.GOOD, null));

        assertThatThrownBy(() -> service.record(individual("Nguyễn Hương Bông", 2024, TaskRating.EXCELLENT, null)))
                .isInstanceOfSatisfying(Rejection.Conflict.class,
                        refused -> assertThat(refused.issues().get(0).field()).isEqualTo("correctionReason"));
        TaskRatingEntry corrected = service.record(individual("Nguyễn Hương Bông", 2024, TaskRating.EXCELLENT,
                "Nhập nhầm mức xếp loại"));

        assertThat(corrected.ratingId()).isEqualTo(first.ratingId());
        assertThat(corrected.version()).isEqualTo(2);
        assertThat(service.ratingHistory(first.ratingId())).extracting(TaskRatingEntry::rating,
                TaskRatingEntry::correctionReason).containsExactly(
                        Tuple.tuple(TaskRating.GOOD, null),
                        Tuple.tuple(TaskRating.EXCELLENT, "Nhập nhầm mức xếp loại"));
        assertThat(service.ratings("14/124/" + COMMUNE, 2024)).extracting(TaskRatingEntry::rating)
                .containsExactly(TaskRating.EXCELLENT);
    }

    @Test
    void a_correction_of_nothing_and_a_future_year_are_refused() {
        RatingService.RecordRating unitRating = new RatingService.RecordRating(RatedSubject.UNIT, COMMUNE, null, null,
                null, 2024, TaskRating.GOOD, "Sửa lại", "Ban Chỉ đạo");
        RatingService.RecordRating nextYear = new RatingService.RecordRating(RatedSubject.UNIT, COMMUNE, null, null,
                null, 2026, TaskRating.GOOD, null, "Ban Chỉ đạo");

        assertThatThrownBy(() -> service.record(unitRating)).isInstanceOfSatisfying(Rejection.Unprocessable.class,
                refused -> assertThat(refused.issues().get(0).field()).isEqualTo("correctionReason"));
        assertThatThrownBy(() -> service.record(nextYear)).isInstanceOfSatisfying(Rejection.InvalidInput.class,
                refused -> assertThat(refused.issues().get(0).field()).isEqualTo("year"));
    }

    @Test
    void a_cultural_family_title_holds_the_familys_registry_members_and_a_cultural_village_needs_a_commune() {
        registered("p-bong", "Nguyễn Hương Bông", null, FAMILY);
        registered("p-vo", "Lò Thị Mai", null, FAMILY);

        TitleEntry family = service.record(new RatingService.RecordTitle(Title.CULTURAL_FAMILY, COMMUNE,
                "gia đình ông nguyễn hương bông", 2024, null, "UBND xã"));

        assertThat(family.holderName()).isEqualTo(FAMILY);
        assertThat(family.holderPersonIds()).containsExactlyInAnyOrder("p-bong", "p-vo");
        assertThat(outbox.payloads(EvaluationEvents.TITLE_RECORDED)).extracting(TitleRecorded::holderPersonIds)
                .containsExactly(family.holderPersonIds());
        assertThatThrownBy(() -> service.record(new RatingService.RecordTitle(Title.CULTURAL_VILLAGE, "124",
                "Bản Cồn Huôt", 2024, null, "UBND huyện"))).isInstanceOfSatisfying(Rejection.Unprocessable.class,
                        refused -> {
                            assertThat(refused.code()).isEqualTo("title-not-for-unit");
                            assertThat(refused.issues().get(0).field()).isEqualTo("unitCode");
                        });
        assertThatThrownBy(() -> service.record(new RatingService.RecordTitle(Title.CULTURAL_FAMILY, COMMUNE,
                "Gia đình ông Hà Văn Khiêm", 2024, null, "UBND xã")))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class,
                        refused -> assertThat(refused.code()).isEqualTo("unknown-person"));
        assertThat(titles.within("14", null, null)).hasSize(1);
    }

    @Test
    void a_person_given_by_id_must_be_known_and_of_the_rated_unit() {
        people.apply(new PersonSnapshot("p-other", "Cầm Văn Tâm", null, "04063", "14/124/04063", null, null, 1));

        RatingService.RecordRating unknown = new RatingService.RecordRating(RatedSubject.INDIVIDUAL, COMMUNE, null,
                "no-such-person", null, 2024, TaskRating.GOOD, null, "Ban Chỉ đạo");
        RatingService.RecordRating elsewhere = new RatingService.RecordRating(RatedSubject.INDIVIDUAL, COMMUNE, null,
                "p-other", null, 2024, TaskRating.GOOD, null, "Ban Chỉ đạo");

        for (RatingService.RecordRating command : List.of(unknown, elsewhere)) {
            assertThatThrownBy(() -> service.record(command)).isInstanceOfSatisfying(Rejection.Unprocessable.class,
                    refused -> assertThat(refused.issues().get(0).field()).isEqualTo("personId"));
        }
    }
}
