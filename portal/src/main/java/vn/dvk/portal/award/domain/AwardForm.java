package vn.dvk.portal.award.domain;

import java.util.List;
import java.util.Map;

/** A form of award (Giấy khen, Bằng khen…), who issues it, whom it may go to and the money for each. */
public record AwardForm(String code, String kindLabel, String name, String issuingLevel, List<String> recipients,
                        Map<String, Reward> rewards) {

    public AwardForm {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        rewards = rewards == null ? Map.of() : Map.copyOf(rewards);
    }

    public record Reward(long amount, String basis) {
    }
}
