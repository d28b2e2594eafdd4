package vn.dvk.portal.award.domain;

import java.time.Instant;
import java.util.List;

/**
 * A nominee's eligibility as award-service checked it: every rule of the form and occasion with its outcome, the
 * sentence saying why, the evidence it rests on, and the council's override if there is one.
 */
public record EligibilitySheet(String nomineeId, String nomineeName, List<Line> lines) {

    public EligibilitySheet {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public record Line(Result result, Override override) {

        /** Whether this line keeps the nominee from being granted: not passed and not overridden. */
        public boolean blocking() {
            return !RuleOutcome.PASS.name().equals(result.outcome()) && override == null;
        }

        /** A failing or unproven criterion not yet overridden: the council may let it pass, for a reason. */
        public boolean overridable() {
            return (RuleOutcome.FAIL.name().equals(result.outcome())
                    || RuleOutcome.MISSING_EVIDENCE.name().equals(result.outcome())) && override == null;
        }

        /** A criterion no record can show: the council attests whether it holds. */
        public boolean awaitsJudgement() {
            return RuleOutcome.NEEDS_JUDGEMENT.name().equals(result.outcome());
        }
    }

    public record Result(String code, String name, String basis, String outcome, String explanation,
                         List<String> evidence) {

        public Result {
            evidence = evidence == null ? List.of() : List.copyOf(evidence);
        }

        public String outcomeLabel() {
            return RuleOutcome.labelOf(outcome);
        }
    }

    /** The council let a failing or unproven rule pass, for a recorded reason. */
    public record Override(String reason, String by, Instant at) {
    }

    public boolean eligible() {
        return lines.stream().noneMatch(Line::blocking);
    }
}
