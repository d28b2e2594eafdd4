package vn.dvk.portal.award.domain;

import java.util.Arrays;

/** What checking one rule of an award found, in the words of the eligibility sheet. */
public enum RuleOutcome {
    PASS("Đạt"),
    FAIL("Không đạt"),
    MISSING_EVIDENCE("Thiếu minh chứng"),
    NEEDS_JUDGEMENT("Chờ Hội đồng đánh giá");

    private final String label;

    RuleOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static String labelOf(String code) {
        return Arrays.stream(values()).filter(outcome -> outcome.name().equals(code)).map(RuleOutcome::label)
                .findFirst().orElse(code == null ? "" : code);
    }
}
