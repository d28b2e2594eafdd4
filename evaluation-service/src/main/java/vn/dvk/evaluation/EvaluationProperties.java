package vn.dvk.evaluation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.dvk.evaluation.scoring.domain.YearEndEvidence;

/**
 * evaluation-service's own settings ({@code dvk.evaluation.*}); each default is written here and nowhere else.
 *
 * @param recognitionThreshold the total score a year-end evaluation needs to recognise a model
 * @param selfAssessment       when self-assessments fall due and how often overdue ones are looked for
 * @param deadlines            the yearly deadlines of a campaign that sets none, as day/month texts
 * @param reminders            how many days before a deadline units are reminded, and how often that is looked at
 * @param yearEnd              the evidence a year-end verdict requires
 */
@ConfigurationProperties("dvk.evaluation")
public record EvaluationProperties(Double recognitionThreshold, SelfAssessment selfAssessment, Deadlines deadlines,
                                   Reminders reminders, YearEnd yearEnd) {

    /** The settings as configured by default. */
    public static EvaluationProperties defaults() {
        return new EvaluationProperties(null, null, null, null, null);
    }

    public EvaluationProperties {
        yearEnd = yearEnd == null ? new YearEnd(null, null) : yearEnd;
        recognitionThreshold = recognitionThreshold == null ? 7.0 : recognitionThreshold;
        selfAssessment = selfAssessment == null ? new SelfAssessment(null, null, null) : selfAssessment;
        deadlines = deadlines == null ? new Deadlines(null, null, null) : deadlines;
        reminders = reminders == null ? new Reminders(null, null, null, null) : reminders;
    }

    /**
     * @param graceDays                days after a period's end until its self-assessment is due
     * @param overdueCheckInterval     pause between two looks for overdue self-assessments
     * @param overdueCheckInitialDelay pause after start-up before the first look
     */
    public record SelfAssessment(Integer graceDays, Duration overdueCheckInterval,
                                 Duration overdueCheckInitialDelay) {

        public SelfAssessment {
            graceDays = graceDays == null ? 10 : graceDays;
            overdueCheckInterval = overdueCheckInterval == null ? Duration.ofHours(1) : overdueCheckInterval;
            overdueCheckInitialDelay = overdueCheckInitialDelay == null ? Duration.ofMinutes(1)
                    : overdueCheckInitialDelay;
        }
    }

    /** Seed 001's deadlines: mid-year report 25/7, year-end report 15/12, recognition 31/12. */
    public record Deadlines(String midYearReport, String yearEndReport, String recognition) {

        public Deadlines {
            midYearReport = midYearReport == null ? "25/7" : midYearReport;
            yearEndReport = yearEndReport == null ? "15/12" : yearEndReport;
            recognition = recognition == null ? "31/12" : recognition;
        }
    }

    /**
     * @param daysBefore         days before a deadline on which its unit is reminded (and on the day itself)
     * @param campaignDaysBefore the days a campaign uses instead, by campaign id
     * @param checkInterval      pause between two looks for reminders that fall due
     * @param checkInitialDelay  pause after start-up before the first look
     */
    public record Reminders(List<Integer> daysBefore, Map<String, List<Integer>> campaignDaysBefore,
                            Duration checkInterval, Duration checkInitialDelay) {

        public Reminders {
            daysBefore = daysBefore == null ? List.of(7, 1) : List.copyOf(daysBefore);
            campaignDaysBefore = campaignDaysBefore == null ? Map.of() : Map.copyOf(campaignDaysBefore);
            checkInterval = checkInterval == null ? Duration.ofHours(1) : checkInterval;
            checkInitialDelay = checkInitialDelay == null ? Duration.ofMinutes(2) : checkInitialDelay;
        }
    }

    /**
     * @param requiredEvidence           what a year-end verdict rests on unless its campaign says otherwise: the
     *                                   self-assessments and the inspection of seed 001 §V
     * @param campaignRequiredEvidence   what a campaign requires instead, by campaign id (an empty set: the scores
     *                                   alone)
     */
    public record YearEnd(Set<YearEndEvidence> requiredEvidence,
                          Map<String, Set<YearEndEvidence>> campaignRequiredEvidence) {

        public YearEnd {
            requiredEvidence = requiredEvidence == null ? Set.of(YearEndEvidence.values()) : Set.copyOf(requiredEvidence);
            campaignRequiredEvidence = campaignRequiredEvidence == null ? Map.of()
                    : Map.copyOf(campaignRequiredEvidence);
        }

        /** The evidence a year-end verdict on a model of {@code campaignId} (none: the default) requires. */
        public Set<YearEndEvidence> requiredFor(String campaignId) {
            return campaignId == null ? requiredEvidence
                    : campaignRequiredEvidence.getOrDefault(campaignId, requiredEvidence);
        }
    }
}
