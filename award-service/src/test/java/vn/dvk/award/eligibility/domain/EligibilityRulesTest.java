package vn.dvk.award.eligibility.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.award.catalogue.domain.NomineeCategory;
import vn.dvk.award.catalogue.domain.RuleDefinition;
import vn.dvk.award.catalogue.domain.RuleKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.TaskRating;
import vn.dvk.contracts.catalog.Title;

/** The rules of seed 000 §III.1, each with the seed's own examples, for the 2021–2025 period. */
class EligibilityRulesTest {

    private static final List<Integer> PERIOD = List.of(2021, 2022, 2023, 2024, 2025);
    private static final RuleDefinition MID_TERM = ratingRule(1);
    private static final RuleDefinition FINAL = ratingRule(2);
    private static final RuleDefinition CULTURAL_FAMILY = new RuleDefinition("CULTURAL_FAMILY", "Gia đình văn hóa",
            "294/KH-UBND III.1.b", RuleKind.TITLE, Set.of(NomineeCategory.INDIVIDUAL), Set.of(), null, 0,
            Title.CULTURAL_FAMILY);
    private static final RuleDefinition MODEL = new RuleDefinition("MODEL_RECOGNIZED", "Mô hình được công nhận",
            "294/KH-UBND III.1.a", RuleKind.RECOGNIZED_MODEL, Set.of(NomineeCategory.UNIT), Set.of(), null, 0, null);
    private static final RuleDefinition PERSONS_MODEL = new RuleDefinition("MODEL_RECOGNIZED",
            "Trực tiếp xây dựng mô hình được công nhận và nhân rộng", "294/KH-UBND III.1.b", RuleKind.REPLICATED_MODEL,
            Set.of(NomineeCategory.INDIVIDUAL), Set.of(), null, 0, null);
    private static final RuleDefinition SOLIDARITY = new RuleDefinition("SOLIDARITY_DEMOCRACY", "Nội bộ đoàn kết",
            "294/KH-UBND III.1.a", RuleKind.JUDGEMENT, Set.of(NomineeCategory.UNIT), Set.of(), null, 0, null);

    private static RuleDefinition ratingRule(int excellentYears) {
        return new RuleDefinition("TASK_RATINGS", "Xếp loại 5 năm", "294/KH-UBND III.1.a", RuleKind.TASK_RATING,
                Set.of(NomineeCategory.UNIT), Set.of(), TaskRating.GOOD, excellentYears, null);
    }

    @Test
    void five_good_years_with_one_excellent_pass_the_mid_term_award_and_fail_the_final_one() {
        Facts collective = facts().rated(TaskRating.EXCELLENT, TaskRating.GOOD, TaskRating.GOOD, TaskRating.GOOD,
                TaskRating.GOOD);

        RuleResult midTerm = check(MID_TERM, collective);
        RuleResult fin = check(FINAL, collective);

        assertThat(midTerm.outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(midTerm.evidence()).contains("Năm 2021: Hoàn thành xuất sắc nhiệm vụ",
                "Năm 2025: Hoàn thành tốt nhiệm vụ");
        assertThat(fin.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(fin.explanation()).contains("1 năm hoàn thành xuất sắc, cần ít nhất 2");
    }

    @Test
    void two_excellent_years_pass_both_awards() {
        Facts collective = facts().rated(TaskRating.GOOD, TaskRating.EXCELLENT, TaskRating.GOOD, TaskRating.EXCELLENT,
                TaskRating.GOOD);

        assertThat(check(MID_TERM, collective).outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(check(FINAL, collective).outcome()).isEqualTo(RuleOutcome.PASS);
    }

    @Test
    void one_completed_year_fails_both_awards_and_names_the_year() {
        Facts collective = facts().rated(TaskRating.EXCELLENT, TaskRating.EXCELLENT, TaskRating.COMPLETED,
                TaskRating.GOOD, TaskRating.GOOD);

        RuleResult midTerm = check(MID_TERM, collective);

        assertThat(midTerm.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(midTerm.explanation()).contains("2023");
        assertThat(check(FINAL, collective).outcome()).isEqualTo(RuleOutcome.FAIL);
    }

    @Test
    void a_missing_year_is_missing_evidence_never_a_pass() {
        Facts collective = facts().rated(TaskRating.EXCELLENT, TaskRating.EXCELLENT, TaskRating.GOOD, TaskRating.GOOD,
                null);

        RuleResult midTerm = check(MID_TERM, collective);

        assertThat(midTerm.outcome()).isEqualTo(RuleOutcome.MISSING_EVIDENCE);
        assertThat(midTerm.explanation()).contains("2025");
        assertThat(check(FINAL, collective).outcome()).isEqualTo(RuleOutcome.MISSING_EVIDENCE);
    }

    @Test
    void a_missing_year_cannot_save_a_collective_that_already_failed() {
        Facts collective = facts().rated(TaskRating.COMPLETED, TaskRating.GOOD, null, TaskRating.GOOD, TaskRating.GOOD);

        assertThat(check(MID_TERM, collective).outcome()).isEqualTo(RuleOutcome.FAIL);
    }

    @Test
    void ratings_that_cannot_be_attributed_are_missing_evidence() {
        Facts namesakes = facts().ratingsUnavailable("Sổ người có 2 người tên \"Lò Văn A\"");

        RuleResult result = check(MID_TERM, namesakes);

        assertThat(result.outcome()).isEqualTo(RuleOutcome.MISSING_EVIDENCE);
        assertThat(result.explanation()).contains("2 người");
    }

    @Test
    void a_family_with_the_cultural_title_in_four_of_five_years_fails() {
        Facts person = facts().family("Gia đình ông Nguyễn Hương Bông", Set.of(2021, 2022, 2023, 2024), PERIOD);

        RuleResult result = check(CULTURAL_FAMILY, person);

        assertThat(result.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(result.explanation()).contains("2025");
    }

    @Test
    void a_family_with_the_title_five_years_running_passes() {
        Facts person = facts().family("Gia đình ông Nguyễn Hương Bông", Set.copyOf(PERIOD), PERIOD);

        assertThat(check(CULTURAL_FAMILY, person).outcome()).isEqualTo(RuleOutcome.PASS);
    }

    @Test
    void a_year_whose_title_register_is_empty_is_missing_evidence() {
        Facts person = facts().family("Gia đình ông Nguyễn Hương Bông", Set.of(2021, 2022, 2023, 2024),
                List.of(2021, 2022, 2023, 2024));

        assertThat(check(CULTURAL_FAMILY, person).outcome()).isEqualTo(RuleOutcome.MISSING_EVIDENCE);
    }

    @Test
    void a_recognised_model_passes_one_still_in_progress_fails_and_none_is_missing_evidence() {
        CandidateEvidence.ModelFact recognised = new CandidateEvidence.ModelFact("m-1", "Trồng lê Tai nung", 2022,
                ModelStatus.RECOGNIZED, true, true, null, List.of(), null);
        CandidateEvidence.ModelFact running = new CandidateEvidence.ModelFact("m-2", "Chăn nuôi bò", 2023,
                ModelStatus.IN_PROGRESS, false, true, null, List.of(), null);

        assertThat(check(MODEL, facts().withModels(recognised, running)).outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(check(MODEL, facts().withModels(running)).outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(check(MODEL, facts().withModels()).outcome()).isEqualTo(RuleOutcome.MISSING_EVIDENCE);
    }

    @Test
    void a_persons_recognised_model_with_a_replica_passes_and_the_evidence_names_both() {
        RuleResult result = check(PERSONS_MODEL, facts().withModels(model("Trồng lê Tai nung", ModelStatus.RECOGNIZED,
                true, List.of("\"Trồng lê Tai nung bản Nà Viền\" (04063)"), null)));

        assertThat(result.outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(result.explanation()).contains("Trồng lê Tai nung");
        assertThat(result.evidence()).singleElement().asString()
                .contains("Trồng lê Tai nung", "đã được công nhận", "chủ mô hình", "nhân rộng tại", "Nà Viền");
    }

    @Test
    void a_persons_recognised_replica_of_another_model_passes() {
        RuleResult result = check(PERSONS_MODEL, facts().withModels(model("Trồng lê bản Nà Viền",
                ModelStatus.RECOGNIZED, true, List.of(), "\"Trồng lê Tai nung\" (04096)")));

        assertThat(result.outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(result.evidence()).singleElement().asString().contains("nhân rộng từ mô hình \"Trồng lê Tai nung\"");
    }

    @Test
    void a_recognised_model_not_yet_replicated_waits_for_the_council_to_judge_it_can_be() {
        Facts person = facts().withModels(model("Trồng lê Tai nung", ModelStatus.RECOGNIZED, true, List.of(), null));
        Attestation replicable = new Attestation("N1", "MODEL_RECOGNIZED", true, "Đã có 3 bản đăng ký học tập",
                "Hội đồng", Instant.parse("2025-10-01T02:00:00Z"));
        Attestation notReplicable = new Attestation("N1", "MODEL_RECOGNIZED", false, "Chỉ phù hợp một hộ",
                "Hội đồng", Instant.parse("2025-10-01T02:00:00Z"));

        assertThat(check(PERSONS_MODEL, person).outcome()).isEqualTo(RuleOutcome.NEEDS_JUDGEMENT);
        assertThat(EligibilityRules.check(PERSONS_MODEL, PERIOD, person, Optional.of(replicable)).outcome())
                .isEqualTo(RuleOutcome.PASS);
        assertThat(EligibilityRules.check(PERSONS_MODEL, PERIOD, person, Optional.of(notReplicable)).outcome())
                .isEqualTo(RuleOutcome.FAIL);
    }

    @Test
    void a_persons_model_only_registered_fails_and_none_is_missing_evidence() {
        RuleResult registered = check(PERSONS_MODEL, facts().withModels(model("Trồng lê Tai nung",
                ModelStatus.REGISTERED, false, List.of("\"Trồng lê bản Nà Viền\" (04063)"), null)));
        RuleResult withdrawn = check(PERSONS_MODEL, facts().withModels(model("Trồng lê Tai nung",
                ModelStatus.WITHDRAWN, true, List.of("\"Trồng lê bản Nà Viền\" (04063)"), null)));

        assertThat(registered.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(registered.evidence()).singleElement().asString().contains("Trồng lê Tai nung");
        assertThat(withdrawn.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(check(PERSONS_MODEL, facts().withModels()).outcome()).isEqualTo(RuleOutcome.MISSING_EVIDENCE);
        assertThat(check(PERSONS_MODEL, facts().modelsUnavailable("Hai người trùng tên")).outcome())
                .isEqualTo(RuleOutcome.MISSING_EVIDENCE);
    }

    private static CandidateEvidence.ModelFact model(String name, ModelStatus status, boolean recognised,
                                                     List<String> replicas, String replicaOf) {
        return new CandidateEvidence.ModelFact("m-" + name.hashCode(), name, 2023, status, recognised, true,
                "chủ mô hình là Nguyễn Hương Bông (mã p-1)", replicas, replicaOf);
    }

    @Test
    void a_judgement_waits_for_the_council_and_follows_its_attestation() {
        Attestation holds = new Attestation("N1", "SOLIDARITY_DEMOCRACY", true, "Không có điểm nóng", "Hội đồng",
                Instant.parse("2025-10-01T02:00:00Z"));
        Attestation fails = new Attestation("N1", "SOLIDARITY_DEMOCRACY", false, "Có khiếu kiện kéo dài", "Hội đồng",
                Instant.parse("2025-10-01T02:00:00Z"));

        assertThat(EligibilityRules.check(SOLIDARITY, PERIOD, facts(), Optional.empty()).outcome())
                .isEqualTo(RuleOutcome.NEEDS_JUDGEMENT);
        RuleResult attested = EligibilityRules.check(SOLIDARITY, PERIOD, facts(), Optional.of(holds));
        assertThat(attested.outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(attested.evidence()).singleElement().asString().contains("Không có điểm nóng");
        assertThat(EligibilityRules.check(SOLIDARITY, PERIOD, facts(), Optional.of(fails)).outcome())
                .isEqualTo(RuleOutcome.FAIL);
    }

    @Test
    void an_overridden_failing_rule_no_longer_blocks_but_a_judgement_still_does() {
        RuleResult failed = check(FINAL, facts().rated(TaskRating.EXCELLENT, TaskRating.GOOD, TaskRating.GOOD,
                TaskRating.GOOD, TaskRating.GOOD));
        RuleOverride override = new RuleOverride("N1", "TASK_RATINGS", "Năm 2024 được Tỉnh ủy tặng Bằng khen",
                "Hội đồng", Instant.parse("2025-10-01T02:00:00Z"));
        RuleResult pending = EligibilityRules.check(SOLIDARITY, PERIOD, facts(), Optional.empty());

        EligibilitySheet sheet = new EligibilitySheet("N1", "UBND xã Lóng Phiêng",
                List.of(new SheetLine(failed, override), new SheetLine(pending, null)));

        assertThat(sheet.lines().get(0).blocking()).isFalse();
        assertThat(sheet.eligible()).isFalse();
        assertThat(sheet.blocking()).extracting(line -> line.result().code()).containsExactly("SOLIDARITY_DEMOCRACY");
    }

    private static RuleResult check(RuleDefinition rule, Facts facts) {
        return EligibilityRules.check(rule, PERIOD, facts, Optional.empty());
    }

    private static Facts facts() {
        return new Facts();
    }

    /** A candidate's evidence built in the test: ratings of 2021–2025 in order, a family's titles, models. */
    private static final class Facts implements CandidateEvidence {

        private Ratings ratings = new Ratings(Map.of(), null);
        private Titles titles = new Titles("", Set.of(), Set.of(), null);
        private Models models = new Models(List.of(), null);

        Facts rated(TaskRating... byYear) {
            Map<Integer, TaskRating> rated = new HashMap<>();
            for (int i = 0; i < byYear.length; i++) {
                if (byYear[i] != null) {
                    rated.put(PERIOD.get(i), byYear[i]);
                }
            }
            ratings = new Ratings(rated, null);
            return this;
        }

        Facts ratingsUnavailable(String why) {
            ratings = new Ratings(Map.of(), why);
            return this;
        }

        Facts family(String household, Set<Integer> held, List<Integer> registerKept) {
            titles = new Titles(household, held, new HashSet<>(registerKept), null);
            return this;
        }

        Facts withModels(ModelFact... facts) {
            models = new Models(List.of(facts), null);
            return this;
        }

        Facts modelsUnavailable(String why) {
            models = new Models(List.of(), why);
            return this;
        }

        @Override
        public Ratings ratings() {
            return ratings;
        }

        @Override
        public Titles titles(Title title) {
            return titles;
        }

        @Override
        public Models models() {
            return models;
        }
    }
}
