package vn.dvk.evaluation.deadline.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * When officials are reminded of a deadline: the given numbers of days before it (as configured, unless a campaign sets
 * its own) and on the day itself; never after it, when the deadline is late rather than approaching.
 *
 * @param daysBefore           the days before a deadline on which a reminder goes out, for campaigns that set none
 * @param daysBeforeByCampaign the days a campaign sets for its own deadlines, by campaign id
 */
public record ReminderSchedule(List<Integer> daysBefore, Map<String, List<Integer>> daysBeforeByCampaign) {

    public ReminderSchedule {
        daysBefore = checked(daysBefore);
        daysBeforeByCampaign = Map.copyOf(daysBeforeByCampaign);
        daysBeforeByCampaign.values().forEach(ReminderSchedule::checked);
    }

    private static List<Integer> checked(List<Integer> days) {
        if (days.stream().anyMatch(day -> day == null || day < 1)) {
            throw new IllegalArgumentException("reminder days before a deadline must be positive: " + days);
        }
        return List.copyOf(new TreeSet<>(days));
    }

    /** The days before a deadline of {@code campaignId} (none: the defaults) on which a reminder goes out. */
    public List<Integer> daysBeforeFor(String campaignId) {
        return campaignId == null ? daysBefore : daysBeforeByCampaign.getOrDefault(campaignId, daysBefore);
    }

    /** The most days before a deadline any reminder goes out, to know how far ahead to look. */
    public int longestLead() {
        return Stream.concat(daysBefore.stream(),
                        daysBeforeByCampaign.values().stream().flatMap(List::stream))
                .mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * The days left to tell of when a reminder of a deadline due on {@code due} goes out on {@code today}: one of the
     * campaign's days before it, or 0 on the day; empty on any other day.
     */
    public OptionalInt daysLeftToRemind(String campaignId, LocalDate due, LocalDate today) {
        return daysLeftToRemindOn(daysBeforeFor(campaignId), due, today);
    }

    /** The same for the given days before a deadline, e.g. the ones a level set with a campaign's deadlines. */
    public static OptionalInt daysLeftToRemindOn(List<Integer> daysBefore, LocalDate due, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, due);
        if (daysLeft == 0 || daysLeft > 0 && daysBefore.contains((int) daysLeft)) {
            return OptionalInt.of((int) daysLeft);
        }
        return OptionalInt.empty();
    }
}
