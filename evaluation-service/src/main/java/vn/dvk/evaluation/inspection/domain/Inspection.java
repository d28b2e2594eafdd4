package vn.dvk.evaluation.inspection.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dvk.contracts.catalog.InspectionRound;
import vn.dvk.evaluation.shared.domain.Correction;

/**
 * One target of a plan inspected: the date, the findings and the minutes (biên bản kiểm tra). {@code corrections} are
 * how the plan's level corrected or cancelled it later, oldest first, each keeping what it replaced.
 */
public record Inspection(String id, String planId, String targetId, int year, InspectionRound round,
                         String unitCode, String unitPath, String unitName, String modelId, String teamId,
                         LocalDate inspectedOn, String findings, String minutes, String recordedBy,
                         Instant recordedAt, List<Amendment> corrections) {

    /**
     * A correction of the inspection with the findings and minutes it replaced; a cancellation replaces nothing, so
     * both are null.
     */
    public record Amendment(Correction correction, String replacedFindings, String replacedMinutes) {
    }

    public Inspection {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /**
     * The id of a target's inspection: one standing per target of a plan, so the store's unique {@code _id} refuses a
     * second; once an inspection is cancelled, the target's next one is numbered after it.
     */
    public static String idOf(String planId, String targetId, int cancelledBefore) {
        String id = planId + ":" + targetId;
        return cancelledBefore == 0 ? id : id + ":" + (cancelledBefore + 1);
    }

    public boolean isCancelled() {
        return corrections.stream().anyMatch(amendment -> amendment.correction().cancels());
    }

    /** Whether the inspection stands as evidence that the target was inspected: a cancelled one does not. */
    public boolean counts() {
        return !isCancelled();
    }

    /** This inspection with {@code newFindings} (and {@code newMinutes}, when given) in place of the recorded ones. */
    public Inspection corrected(String newFindings, String newMinutes, Correction by) {
        return new Inspection(id, planId, targetId, year, round, unitCode, unitPath, unitName, modelId, teamId,
                inspectedOn, newFindings, newMinutes == null ? minutes : newMinutes, recordedBy, recordedAt,
                amended(new Amendment(by, findings, minutes)));
    }

    /** This inspection cancelled: its content stays, it no longer counts. */
    public Inspection cancelled(Correction by) {
        return new Inspection(id, planId, targetId, year, round, unitCode, unitPath, unitName, modelId, teamId,
                inspectedOn, findings, minutes, recordedBy, recordedAt, amended(new Amendment(by, null, null)));
    }

    private List<Amendment> amended(Amendment amendment) {
        List<Amendment> all = new ArrayList<>(corrections);
        all.add(amendment);
        return all;
    }
}
