package vn.dvk.award.eligibility.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.award.catalogue.domain.NomineeCategory;
import vn.dvk.award.catalogue.domain.RuleDefinition;
import vn.dvk.award.catalogue.domain.RuleKind;
import vn.dvk.award.catalogue.domain.RuleSet;
import vn.dvk.award.eligibility.domain.Candidate;
import vn.dvk.award.eligibility.domain.RuleOutcome;
import vn.dvk.award.eligibility.domain.RuleResult;
import vn.dvk.award.evidence.domain.ModelRecord;
import vn.dvk.award.evidence.domain.RatingRecord;
import vn.dvk.award.evidence.domain.TitleRecord;
import vn.dvk.award.person.domain.Person;
import vn.dvk.award.person.domain.PersonDetails;
import vn.dvk.award.support.fakes.InMemoryEvidence;
import vn.dvk.award.support.fakes.InMemoryPeople;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.TaskRating;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.contracts.catalog.UnitLevel;

/**
 * Individuals' ratings and family titles are attributed by person id where evaluation-service matched them, their
 * models by the owner's person id registration-service announces; names only for records without an id.
 */
class EligibilityCheckerTest {

    private static final String COMMUNE = "04096";
    private static final String PATH = "14/124/04096";
    private static final List<Integer> PERIOD = List.of(2021, 2022, 2023, 2024, 2025);
    private static final RuleDefinition RATINGS = new RuleDefinition("TASK_RATINGS", "Xếp loại 5 năm",
            "294/KH-UBND III.1.b", RuleKind.TASK_RATING, Set.of(NomineeCategory.INDIVIDUAL), Set.of(),
            TaskRating.GOOD, 1, null);
    private static final RuleDefinition FAMILY = new RuleDefinition("CULTURAL_FAMILY", "Gia đình văn hóa",
            "294/KH-UBND III.1.b", RuleKind.TITLE, Set.of(NomineeCategory.INDIVIDUAL), Set.of(), null, 0,
            Title.CULTURAL_FAMILY);

    private static final RuleDefinition PERSONS_MODEL = new RuleDefinition("MODEL_RECOGNIZED",
            "Trực tiếp xây dựng mô hình được công nhận và nhân rộng", "294/KH-UBND III.1.b", RuleKind.REPLICATED_MODEL,
            Set.of(NomineeCategory.INDIVIDUAL), Set.of(), null, 0, null);

    private final InMemoryEvidence evidence = new InMemoryEvidence();
    private final InMemoryPeople people = new InMemoryPeople();
    private final EligibilityChecker checker = new EligibilityChecker(evidence, people);

    private void registered(String id, String household) {
        people.add(Person.register(id, new PersonDetails("Lò Thị Hoa", LocalDate.of(1980, 1, 1), COMMUNE, null,
                household), PATH, "UBND xã", Instant.parse("2025-01-01T00:00:00Z")));
    }

    private void rated(String personId, TaskRating... byYear) {
        for (int i = 0; i < byYear.length; i++) {
            evidence.putRating(new RatingRecord(personId + "-" + i, RatedSubject.INDIVIDUAL, COMMUNE, PATH,
                    "Lò Thị Hoa", 2021 + i, byYear[i], personId, 1));
        }
    }

    private RuleResult check(RuleDefinition rule, String personId, String household) {
        RuleSet set = new RuleSet("124", "294/KH-UBND", null, null, List.of(), List.of(rule), "294/KH-UBND");
        Candidate candidate = new Candidate("N1", NomineeCategory.INDIVIDUAL, "Lò Thị Hoa", COMMUNE, PATH,
                UnitLevel.COMMUNE, personId, household, List.of(), PATH);
        return checker.sheet(set, PERIOD, candidate, List.of(), List.of()).lines().get(0).result();
    }

    @Test
    void namesakes_each_get_their_own_ratings_by_person_id() {
        registered("p-1", null);
        registered("p-2", null);
        rated("p-1", TaskRating.EXCELLENT, TaskRating.GOOD, TaskRating.GOOD, TaskRating.GOOD, TaskRating.GOOD);
        rated("p-2", TaskRating.COMPLETED, TaskRating.COMPLETED, TaskRating.GOOD, TaskRating.GOOD, TaskRating.GOOD);

        assertThat(check(RATINGS, "p-1", null).outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(check(RATINGS, "p-2", null).outcome()).isEqualTo(RuleOutcome.FAIL);
    }

    @Test
    void a_rating_recorded_by_name_only_is_not_attributed_when_the_registry_holds_namesakes() {
        registered("p-1", null);
        registered("p-2", null);
        evidence.putRating(new RatingRecord("legacy", RatedSubject.INDIVIDUAL, COMMUNE, PATH, "Lò Thị Hoa", 2021,
                TaskRating.EXCELLENT, null, 0));

        RuleResult result = check(RATINGS, "p-1", null);

        assertThat(result.outcome()).isEqualTo(RuleOutcome.MISSING_EVIDENCE);
        assertThat(result.explanation()).contains("2 người tên \"Lò Thị Hoa\"");
    }

    @Test
    void a_family_title_counts_for_the_members_evaluation_matched_it_to() {
        String household = "Gia đình ông Lò Văn Pọm";
        registered("p-1", household);
        registered("p-2", household);
        for (int year = 2021; year <= 2025; year++) {
            evidence.putTitle(new TitleRecord("t-" + year, Title.CULTURAL_FAMILY, COMMUNE, PATH, household, year,
                    year == 2023 ? List.of("p-2") : List.of("p-1", "p-2"), 1));
        }

        assertThat(check(FAMILY, "p-2", household).outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(check(FAMILY, "p-1", household).outcome()).isEqualTo(RuleOutcome.FAIL);
    }

    @Test
    void a_person_who_owns_a_recognised_model_that_was_replicated_passes_with_both_models_named() {
        registered("p-1", null);
        evidence.putModel(model("m-pears", COMMUNE, PATH, "Trồng lê Tai nung", ModelStatus.RECOGNIZED, "p-1", null,
                null));
        evidence.putModel(model("m-copy", "04063", "14/124/04063", "Trồng lê Tai nung bản Nà Viền",
                ModelStatus.APPROVED, null, null, "m-pears"));

        RuleResult result = check(PERSONS_MODEL, "p-1", null);

        assertThat(result.outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(result.explanation()).contains("Trồng lê Tai nung");
        assertThat(result.evidence()).singleElement().asString()
                .contains("Trồng lê Tai nung", "(mã p-1)", "Trồng lê Tai nung bản Nà Viền", "04063");
    }

    @Test
    void a_person_whose_model_is_only_registered_fails_and_one_without_any_model_is_missing_evidence() {
        registered("p-1", null);
        registered("p-2", null);
        evidence.putModel(model("m-goats", COMMUNE, PATH, "Nuôi dê sinh sản", ModelStatus.REGISTERED, "p-1", null,
                null));

        RuleResult registeredOnly = check(PERSONS_MODEL, "p-1", null);
        RuleResult none = check(PERSONS_MODEL, "p-2", null);

        assertThat(registeredOnly.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(registeredOnly.evidence()).singleElement().asString().contains("Nuôi dê sinh sản");
        assertThat(none.outcome()).isEqualTo(RuleOutcome.MISSING_EVIDENCE);
        assertThat(none.evidence()).isEmpty();
    }

    @Test
    void a_person_replicating_a_recognised_model_in_his_own_recognised_model_passes() {
        registered("p-1", null);
        evidence.putModel(model("m-pears", "04063", "14/124/04063", "Trồng lê Tai nung", ModelStatus.RECOGNIZED,
                null, null, null));
        evidence.putModel(model("m-copy", COMMUNE, PATH, "Trồng lê bản Cồn Huôt", ModelStatus.RECOGNIZED, "p-1",
                null, "m-pears"));

        RuleResult result = check(PERSONS_MODEL, "p-1", null);

        assertThat(result.outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(result.evidence()).singleElement().asString()
                .contains("Trồng lê bản Cồn Huôt", "nhân rộng từ mô hình \"Trồng lê Tai nung\" (04063)");
    }

    @Test
    void a_model_of_a_namesake_counts_only_for_the_person_it_names_by_id() {
        registered("p-1", null);
        registered("p-2", null);
        evidence.putModel(model("m-pears", COMMUNE, PATH, "Trồng lê Tai nung", ModelStatus.RECOGNIZED, "p-2", null,
                null));
        evidence.putModel(model("m-copy", "04063", "14/124/04063", "Trồng lê bản Nà Viền", ModelStatus.APPROVED,
                null, null, "m-pears"));

        assertThat(check(PERSONS_MODEL, "p-2", null).outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(check(PERSONS_MODEL, "p-1", null).outcome()).isEqualTo(RuleOutcome.MISSING_EVIDENCE);
    }

    @Test
    void a_model_registered_before_owners_were_persons_is_found_by_his_name_unless_the_unit_has_a_namesake() {
        registered("p-1", null);
        evidence.putModel(model("m-pears", COMMUNE, PATH, "Trồng lê Tai nung", ModelStatus.RECOGNIZED, null,
                "Lò Thị Hoa", null));
        evidence.putModel(model("m-copy", "04063", "14/124/04063", "Trồng lê bản Nà Viền", ModelStatus.APPROVED,
                null, null, "m-pears"));

        RuleResult alone = check(PERSONS_MODEL, "p-1", null);
        registered("p-2", null);
        RuleResult withNamesake = check(PERSONS_MODEL, "p-1", null);

        assertThat(alone.outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(alone.evidence()).singleElement().asString().contains("ghi tên Lò Thị Hoa");
        assertThat(withNamesake.outcome()).isEqualTo(RuleOutcome.MISSING_EVIDENCE);
        assertThat(withNamesake.explanation()).contains("2 người tên \"Lò Thị Hoa\"");
    }

    private static ModelRecord model(String id, String unitCode, String unitPath, String name, ModelStatus status,
                                     String ownerPersonId, String personInCharge, String replicatedFrom) {
        return new ModelRecord(id, 2023, unitCode, unitPath, OwnerType.INDIVIDUAL, name,
                ownerPersonId == null ? "Hộ gia đình" : "Hộ bà Lò Thị Hoa",
                personInCharge == null ? "Cầm Văn Ơn" : personInCharge, status, replicatedFrom, 3, ownerPersonId);
    }
}
