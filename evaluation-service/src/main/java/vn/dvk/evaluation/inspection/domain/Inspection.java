package vn.dvk.evaluation.inspection.domain;

import java.time.Instant;
import java.time.LocalDate;
import vn.dvk.contracts.catalog.InspectionRound;

/** One target of a plan inspected: the date, the findings and the minutes (biên bản kiểm tra). */
public record Inspection(String id, String planId, String targetId, int year, InspectionRound round,
                         String unitCode, String unitPath, String unitName, String modelId, String teamId,
                         LocalDate inspectedOn, String findings, String minutes, String recordedBy,
                         Instant recordedAt) {

    /** One inspection per target of a plan. */
    public static String idOf(String planId, String targetId) {
        return planId + ":" + targetId;
    }
}
