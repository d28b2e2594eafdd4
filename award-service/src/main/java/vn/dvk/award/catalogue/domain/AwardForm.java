package vn.dvk.award.catalogue.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dvk.contracts.catalog.AwardFormKind;
import vn.dvk.contracts.catalog.RecipientType;
import vn.dvk.contracts.catalog.UnitLevel;

/**
 * An award form as the catalogue configures it: what it is, the level whose chairman issues it, who may receive it,
 * its reward scales over time and how its council votes.
 */
public record AwardForm(String code, AwardFormKind kind, String name, UnitLevel issuingLevel,
                        Set<RecipientType> recipients, List<RewardScale> rewards, CouncilRule council) {

    public AwardForm {
        recipients = Set.copyOf(recipients);
        rewards = List.copyOf(rewards);
    }

    /** The reward scale in force on a date, if the catalogue has one. */
    public Optional<RewardScale> scaleOn(LocalDate date) {
        return rewards.stream().filter(scale -> scale.isInForceOn(date)).findFirst();
    }
}
