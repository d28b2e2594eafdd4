package vn.dvk.reporting.award.domain;

/** One granted award as a decision announced it: who (by unit and type), which form, which year, how much. */
public record AwardRecord(String id, String proposalId, int year, String formCode, String formName,
                          String recipientType, String unitCode, String unitPath, long amount) {
}
