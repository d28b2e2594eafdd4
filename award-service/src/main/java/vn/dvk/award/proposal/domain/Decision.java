package vn.dvk.award.proposal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.dvk.contracts.catalog.AwardOutcome;

/**
 * The chairman's decision with its number and date ("123/QĐ-UBND ngày 15/12/2023"); recipients only when granted.
 */
public record Decision(AwardOutcome outcome, String number, LocalDate date, String reason,
                       List<GrantedRecipient> recipients, String decidedBy, Instant recordedAt) {

    public Decision {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public long total() {
        return recipients.stream().mapToLong(GrantedRecipient::amount).sum();
    }
}
