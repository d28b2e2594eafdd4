package vn.dvk.portal.model.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A model (or exemplar) as registration-service shows it; codes stay codes, the pages label them. */
public record Model(String id, int year, String unitCode, String unitPath, String level, String field,
                    String ownerType, String kind, String status, String name, String address, String content,
                    String ownerName, String personInCharge, LocalDate startDate, LocalDate endDate,
                    String campaignId, String replicatedFrom, long version, Instant createdAt, Instant updatedAt) {

    /** While registered or returned its unit may still change it (the service decides; the page offers). */
    public boolean isEditable() {
        return "REGISTERED".equals(status) || "RETURNED".equals(status);
    }

    public boolean isReturned() {
        return "RETURNED".equals(status);
    }

    public boolean isOpen() {
        return isEditable() || "APPROVED".equals(status) || "IN_PROGRESS".equals(status);
    }

    public boolean awaitsReview() {
        return "REGISTERED".equals(status);
    }

    public boolean isEvaluable() {
        return "APPROVED".equals(status) || "IN_PROGRESS".equals(status);
    }

    /** Approved, under way or decided: inspection plans may target it and its evaluations cite them. */
    public boolean isPastApproval() {
        return isEvaluable() || "RECOGNIZED".equals(status) || "NOT_RECOGNIZED".equals(status);
    }
}
