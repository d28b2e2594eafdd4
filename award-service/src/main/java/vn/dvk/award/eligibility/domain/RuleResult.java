package vn.dvk.award.eligibility.domain;

import java.util.List;
import vn.dvk.award.catalogue.domain.RuleKind;

/**
 * One line of an eligibility sheet: the rule, its outcome, a sentence saying why, and the evidence it rests on
 * (which years with which rating, which title, which model).
 */
public record RuleResult(String code, String name, String basis, RuleKind kind, RuleOutcome outcome,
                         String explanation, List<String> evidence) {

    public RuleResult {
        evidence = List.copyOf(evidence);
    }
}
