package vn.dvk.contracts.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import vn.dvk.contracts.catalog.InspectionRound;

/** A team inspected one target of a plan and recorded its findings (biên bản kiểm tra). */
public record InspectionCompleted(String inspectionId, String planId, String targetId, int year,
                                  InspectionRound round, String unitCode, String unitPath, String unitName,
                                  String modelId, String teamId, LocalDate inspectedOn, String findings,
                                  String recordedBy, Instant occurredAt) {
}
