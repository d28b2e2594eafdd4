package vn.dvk.contracts.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dvk.contracts.catalog.AwardFormKind;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.contracts.catalog.AwardOutcome;
import vn.dvk.contracts.catalog.RecipientType;

/**
 * The chairman decided a proposal: {@code GRANTED} with the recipients and their reward, or {@code DECLINED} with a
 * reason and no recipient. The decision's number and date are those of the signed decision ("123/QĐ-UBND").
 */
public record AwardDecided(String proposalId, AwardOutcome outcome, String decisionNumber, LocalDate decisionDate,
                           String issuingUnitCode, String issuingUnitPath, String formCode, AwardFormKind formKind,
                           String formName, AwardOccasion occasion, String campaignId, String proposingUnitCode,
                           String proposingUnitPath, String reason, List<Recipient> recipients, String decidedBy,
                           Instant occurredAt) {

    /**
     * A granted nominee and the money: {@code coefficient} × {@code baseSalary} in force on the decision date,
     * rounded as the decree says, in đồng.
     */
    public record Recipient(String nomineeId, RecipientType recipientType, String name, String unitCode,
                            String unitPath, String personId, List<String> modelIds, double coefficient,
                            long baseSalary, long amount) {
    }
}
