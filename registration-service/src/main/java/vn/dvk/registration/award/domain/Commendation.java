package vn.dvk.registration.award.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A model was named in a granted award: which decision ("123/QĐ-UBND" of a date), which form, which recipient, and
 * the award-service event that announced it.
 */
public record Commendation(String id, String modelId, String unitPath, String proposalId, String decisionNumber,
                           LocalDate decisionDate, String formCode, String formName, String recipientName,
                           String recipientType, String causedByEventId, Instant recordedAt) {
}
