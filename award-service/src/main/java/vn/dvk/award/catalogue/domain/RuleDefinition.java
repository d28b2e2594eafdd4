package vn.dvk.award.catalogue.domain;

import java.util.Set;
import vn.dvk.contracts.catalog.TaskRating;
import vn.dvk.contracts.catalog.Title;
import vn.dvk.contracts.catalog.UnitLevel;

/**
 * One eligibility criterion as data: its code, the text officials read, where it comes from, what it applies to
 * ({@code unitLevels} narrows unit nominees to some levels; empty: all) and how it is checked. A task-rating rule
 * needs every year of the window at {@code minimumRating} or better with at least {@code excellentYears} excellent
 * ones; a title rule needs {@code title} every year of the window.
 */
public record RuleDefinition(String code, String name, String basis, RuleKind kind,
                             Set<NomineeCategory> appliesTo, Set<UnitLevel> unitLevels, TaskRating minimumRating,
                             int excellentYears, Title title) {

    public RuleDefinition {
        appliesTo = appliesTo == null ? Set.of() : Set.copyOf(appliesTo);
        unitLevels = unitLevels == null ? Set.of() : Set.copyOf(unitLevels);
    }

    public boolean appliesTo(NomineeCategory category, UnitLevel unitLevel) {
        return appliesTo.contains(category)
                && (category != NomineeCategory.UNIT || unitLevels.isEmpty() || unitLevels.contains(unitLevel));
    }
}
