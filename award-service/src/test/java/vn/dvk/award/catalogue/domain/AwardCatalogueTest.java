package vn.dvk.award.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.award.catalogue.adapter.CatalogueFileReader;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.contracts.catalog.RecipientType;
import vn.dvk.contracts.catalog.UnitLevel;
import vn.dvk.platform.domain.Rejection;

/** The bundled catalogue's arithmetic: coefficient × base salary in force on the decision date, rounded up. */
class AwardCatalogueTest {

    private final AwardCatalogue catalogue = bundled();

    static AwardCatalogue bundled() {
        try (InputStream in = AwardCatalogueTest.class.getClassLoader().getResourceAsStream("award-catalogue.yml")) {
            return CatalogueFileReader.read(in, "award-catalogue.yml");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void the_base_salary_follows_the_decrees_by_date() {
        assertThat(catalogue.baseSalaryOn(LocalDate.of(2023, 6, 30)).orElseThrow().amount()).isEqualTo(1_490_000);
        assertThat(catalogue.baseSalaryOn(LocalDate.of(2023, 12, 15)).orElseThrow().amount()).isEqualTo(1_800_000);
        assertThat(catalogue.baseSalaryOn(LocalDate.of(2024, 7, 1)).orElseThrow().amount()).isEqualTo(2_340_000);
        assertThat(catalogue.baseSalaryOn(LocalDate.of(2024, 7, 1)).orElseThrow().basis()).contains("73/2024/NĐ-CP");
    }

    @Test
    void a_district_commendation_is_point_three_for_a_person_and_twice_that_for_a_collective() {
        AwardForm giayKhen = catalogue.form("GIAY_KHEN_CHU_TICH_UBND_HUYEN").orElseThrow();

        Reward person = catalogue.rewardOf(giayKhen, RecipientType.INDIVIDUAL, LocalDate.of(2025, 10, 15));
        Reward collective = catalogue.rewardOf(giayKhen, RecipientType.COLLECTIVE, LocalDate.of(2025, 10, 15));

        assertThat(person.coefficient()).isEqualByComparingTo(new BigDecimal("0.3"));
        assertThat(person.amount()).isEqualTo(702_000);
        assertThat(collective.amount()).isEqualTo(1_404_000);
        assertThat(person.basis()).contains("98/2023/NĐ-CP");
        assertThat(catalogue.rewardOf(giayKhen, RecipientType.INDIVIDUAL, LocalDate.of(2023, 12, 15)).amount())
                .isEqualTo(540_000);
    }

    @Test
    void amounts_are_rounded_up_as_the_decree_in_force_says() {
        AwardForm commune = catalogue.form("GIAY_KHEN_CHU_TICH_UBND_XA").orElseThrow();

        assertThat(catalogue.rewardOf(commune, RecipientType.INDIVIDUAL, LocalDate.of(2022, 12, 20)).amount())
                .as("0.15 × 1,490,000 = 223,500, up to the ten thousand").isEqualTo(230_000);
        assertThat(catalogue.rewardOf(commune, RecipientType.INDIVIDUAL, LocalDate.of(2024, 12, 20)).amount())
                .as("0.15 × 2,340,000 = 351,000").isEqualTo(351_000);
        assertThat(catalogue.rewardOf(catalogue.form("BANG_KHEN_CHU_TICH_UBND_TINH").orElseThrow(),
                RecipientType.HOUSEHOLD, LocalDate.of(2024, 12, 20)).amount()).isEqualTo(2_340_000);
    }

    @Test
    void a_date_before_every_scale_is_refused_naming_the_date() {
        AwardForm form = catalogue.form("GIAY_KHEN_CHU_TICH_UBND_HUYEN").orElseThrow();

        assertThatThrownBy(() -> catalogue.rewardOf(form, RecipientType.INDIVIDUAL, LocalDate.of(2015, 1, 1)))
                .isInstanceOf(Rejection.Unprocessable.class)
                .satisfies(e -> assertThat(((Rejection) e).issues()).extracting(Rejection.FieldIssue::field)
                        .containsExactly("date"));
    }

    @Test
    void the_yen_chau_campaign_has_its_own_rules_and_other_campaigns_the_default_ones() {
        RuleSet yenChau = catalogue.ruleSetFor("124", "294/KH-UBND", AwardOccasion.FINAL).orElseThrow();
        RuleSet other = catalogue.ruleSetFor("14", "70/KH-UBND", AwardOccasion.FINAL).orElseThrow();

        assertThat(yenChau.rules()).filteredOn(rule -> rule.code().equals("TASK_RATINGS"))
                .singleElement().extracting(RuleDefinition::excellentYears).isEqualTo(2);
        assertThat(catalogue.ruleSetFor("124", "294/KH-UBND", AwardOccasion.MID_TERM).orElseThrow().rules())
                .filteredOn(rule -> rule.code().equals("TASK_RATINGS"))
                .singleElement().extracting(RuleDefinition::excellentYears).isEqualTo(1);
        assertThat(other.isDefault()).isTrue();
        assertThat(catalogue.problems()).isEmpty();
    }

    @Test
    void a_person_needs_a_replicated_model_in_yen_chau_and_one_criterion_code_names_the_model_rule_per_nominee() {
        for (AwardOccasion occasion : AwardOccasion.values()) {
            RuleSet yenChau = catalogue.ruleSetFor("124", "294/KH-UBND", occasion).orElseThrow();
            assertThat(yenChau.rules()).filteredOn(rule -> rule.code().equals("MODEL_RECOGNIZED")
                            && rule.appliesTo(NomineeCategory.INDIVIDUAL, UnitLevel.COMMUNE))
                    .as(occasion.name()).singleElement().extracting(RuleDefinition::kind)
                    .isEqualTo(RuleKind.REPLICATED_MODEL);
            assertThat(yenChau.rules()).filteredOn(rule -> rule.code().equals("MODEL_RECOGNIZED")
                            && rule.appliesTo(NomineeCategory.UNIT, UnitLevel.COMMUNE))
                    .as(occasion.name()).singleElement().extracting(RuleDefinition::kind)
                    .isEqualTo(RuleKind.RECOGNIZED_MODEL);
        }
        RuleSet twice = new RuleSet(null, null, AwardOccasion.YEARLY, Window.YEAR, List.of(), List.of(
                new RuleDefinition("MODEL_RECOGNIZED", "Mô hình", "294/KH-UBND", RuleKind.RECOGNIZED_MODEL,
                        Set.of(NomineeCategory.UNIT, NomineeCategory.INDIVIDUAL), Set.of(), null, 0, null),
                new RuleDefinition("MODEL_RECOGNIZED", "Mô hình nhân rộng", "294/KH-UBND", RuleKind.REPLICATED_MODEL,
                        Set.of(NomineeCategory.INDIVIDUAL), Set.of(), null, 0, null)), "thử");

        assertThat(new AwardCatalogue(catalogue.forms(), catalogue.baseSalaries(), List.of(twice),
                catalogue.quotas(), catalogue.funds(), catalogue.disclosure()).problems())
                .containsExactly("rule set null/YEARLY has 2 rules MODEL_RECOGNIZED for INDIVIDUAL");
    }

    @Test
    void a_council_rule_is_an_exact_ratio_whether_written_as_a_ratio_or_a_decimal() throws IOException {
        AwardForm district = catalogue.form("GIAY_KHEN_CHU_TICH_UBND_HUYEN").orElseThrow();
        String text;
        try (InputStream in = AwardCatalogueTest.class.getClassLoader().getResourceAsStream("award-catalogue.yml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        AwardCatalogue decimal = CatalogueFileReader.read(new ByteArrayInputStream(text
                .replace("passThreshold: 1/2", "passThreshold: 0.5").replace("passThreshold: 7/10", "passThreshold: 0.7")
                .getBytes(StandardCharsets.UTF_8)), "decimal");

        assertThat(district.council().quorum()).isEqualTo(new Share(2, 3));
        assertThat(district.council().quorum().atLeastOf(9)).isEqualTo(6);
        assertThat(decimal.form("GIAY_KHEN_CHU_TICH_UBND_HUYEN").orElseThrow().council().passThreshold()
                .atLeastOf(9)).isEqualTo(5);
        assertThat(decimal.form("BANG_KHEN_CHU_TICH_UBND_TINH").orElseThrow().council().passThreshold())
                .isEqualTo(new Share(7, 10));
    }
}
