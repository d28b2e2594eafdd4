package vn.dvk.evaluation.deadline.application;

import java.util.List;
import java.util.Optional;

/** Everything due in one year anywhere in the instance's scope, each with where it stands. */
public interface DueItems {

    List<DeadlineService.Item> inScope(int year);

    /**
     * The days before a deadline of the campaign on which units at {@code unitPath} are reminded, when a level set
     * them with the campaign's deadlines; empty: the configured days apply.
     */
    default Optional<List<Integer>> reminderDaysSet(String campaignId, String unitPath) {
        return Optional.empty();
    }
}
