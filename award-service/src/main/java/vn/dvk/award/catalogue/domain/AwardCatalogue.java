package vn.dvk.award.catalogue.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.contracts.catalog.RecipientType;
import vn.dvk.platform.domain.Rejection;

/**
 * Everything about awards that the law, a campaign or a chairman decides, as data: the forms and their money, the
 * base salary over time, the criteria per campaign and occasion, quotas, funds and the disclosure period. A change of
 * decree, coefficient or quota is a change of this data, never of code.
 */
public record AwardCatalogue(List<AwardForm> forms, List<BaseSalary> baseSalaries, List<RuleSet> ruleSets,
                             List<Quota> quotas, List<Fund> funds, Disclosure disclosure) {

    public AwardCatalogue {
        forms = List.copyOf(forms);
        baseSalaries = baseSalaries.stream().sorted(Comparator.comparing(BaseSalary::from)).toList();
        ruleSets = List.copyOf(ruleSets);
        quotas = quotas == null ? List.of() : List.copyOf(quotas);
        funds = funds == null ? List.of() : List.copyOf(funds);
    }

    /**
     * What a configuration file must get right before the service starts: unique form codes, a coefficient for every
     * recipient a scale's form allows, rule sets naming known forms, a rule code at most once per nominee category (so
     * that an attestation or override names one rule). Each problem is listed.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (baseSalaries.isEmpty()) {
            problems.add("baseSalaries is empty");
        }
        if (forms.stream().map(AwardForm::code).distinct().count() != forms.size()) {
            problems.add("form codes are not unique");
        }
        for (AwardForm form : forms) {
            if (form.council() == null) {
                problems.add("form " + form.code() + " has no council rule");
            }
            for (RewardScale scale : form.rewards()) {
                for (RecipientType recipient : form.recipients()) {
                    if (!scale.coefficients().containsKey(recipient)) {
                        problems.add("form " + form.code() + ", scale from " + scale.from() + ": no coefficient for "
                                + recipient);
                    }
                }
                if (scale.roundUpTo() < 1) {
                    problems.add("form " + form.code() + ", scale from " + scale.from() + ": roundUpTo must be >= 1");
                }
            }
        }
        for (RuleSet set : ruleSets) {
            set.forms().stream().filter(code -> form(code).isEmpty())
                    .forEach(code -> problems.add("rule set " + set.campaignDocument() + "/" + set.occasion()
                            + " names unknown form " + code));
            for (NomineeCategory category : NomineeCategory.values()) {
                set.rules().stream().filter(rule -> rule.appliesTo().contains(category))
                        .collect(Collectors.groupingBy(RuleDefinition::code, Collectors.counting()))
                        .forEach((code, count) -> {
                            if (count > 1) {
                                problems.add("rule set " + set.campaignDocument() + "/" + set.occasion() + " has "
                                        + count + " rules " + code + " for " + category);
                            }
                        });
            }
        }
        return problems;
    }

    public Optional<AwardForm> form(String code) {
        return forms.stream().filter(form -> form.code().equals(code)).findFirst();
    }

    /** The base salary in force on a date. */
    public Optional<BaseSalary> baseSalaryOn(LocalDate date) {
        BaseSalary found = null;
        for (BaseSalary salary : baseSalaries) {
            if (!salary.from().isAfter(date)) {
                found = salary;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The money of a form for a recipient on a decision date: the coefficient of the scale in force times the base
     * salary in force, rounded up to the scale's step. 422 when the catalogue has no scale or salary for the date.
     */
    public Reward rewardOf(AwardForm form, RecipientType recipient, LocalDate decisionDate) {
        RewardScale scale = form.scaleOn(decisionDate).orElseThrow(() -> Rejection.unprocessable("no-reward-scale",
                "date", "Danh mục chưa có mức tiền thưởng của '" + form.name() + "' áp dụng ngày " + decisionDate
                        + "."));
        BaseSalary salary = baseSalaryOn(decisionDate).orElseThrow(() -> Rejection.unprocessable("no-base-salary",
                "date", "Danh mục chưa có mức lương cơ sở áp dụng ngày " + decisionDate + "."));
        BigDecimal coefficient = scale.coefficients().getOrDefault(recipient, BigDecimal.ZERO);
        BigDecimal exact = coefficient.multiply(BigDecimal.valueOf(salary.amount()));
        BigDecimal step = BigDecimal.valueOf(scale.roundUpTo());
        long amount = exact.divide(step, 0, RoundingMode.CEILING).multiply(step).longValueExact();
        return new Reward(coefficient, salary.amount(), amount, scale.basis(), salary.basis());
    }

    /** The rule set of a campaign and occasion, or the default one of the occasion. */
    public Optional<RuleSet> ruleSetFor(String campaignIssuer, String campaignDocument, AwardOccasion occasion) {
        return ruleSets.stream().filter(set -> set.isFor(campaignIssuer, campaignDocument, occasion)).findFirst()
                .or(() -> ruleSets.stream().filter(set -> set.isDefault() && set.occasion() == occasion)
                        .findFirst());
    }

    public Optional<Quota> quotaFor(String issuer, AwardOccasion occasion, String form, int year) {
        return quotas.stream().filter(quota -> quota.isFor(issuer, occasion, form, year)).findFirst();
    }

    public Optional<Fund> fundFor(String issuer, int year) {
        return funds.stream().filter(fund -> fund.issuer().equals(issuer) && fund.year() == year).findFirst();
    }
}
