package vn.dvk.award.proposal.adapter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.dvk.award.proposal.application.ProposalCommands;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.contracts.catalog.AwardOutcome;
import vn.dvk.contracts.catalog.RecipientType;

/** Bodies of the proposal endpoints (see the OpenAPI); each maps to a command of the application. */
final class ProposalRequests {

    private ProposalRequests() {
    }

    record NomineeRequest(@NotNull RecipientType recipientType, @Size(max = 50) String unitCode,
                          @Size(max = 200) String village, @Size(max = 100) String personId,
                          @Size(max = 20) List<@NotBlank @Size(max = 100) String> modelIds) {
        ProposalCommands.NomineeInput toInput() {
            return new ProposalCommands.NomineeInput(recipientType, blankToNull(unitCode), blankToNull(village),
                    blankToNull(personId), modelIds == null ? List.of() : modelIds.stream().map(String::strip).toList());
        }
    }

    record CreateRequest(@NotBlank @Size(max = 100) String campaignId, @NotNull AwardOccasion occasion,
                         @NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 100) String formCode,
                         @NotBlank @Size(max = 50) String proposingUnitCode,
                         @NotEmpty @Size(max = 50) List<@NotNull @Valid NomineeRequest> nominees) {
        ProposalCommands.Create toCommand() {
            return new ProposalCommands.Create(campaignId.strip(), occasion, year, formCode.strip(),
                    proposingUnitCode.strip(), nominees.stream().map(NomineeRequest::toInput).toList());
        }
    }

    record PublishRequest(@NotNull LocalDate startDate, @NotBlank @Size(max = 300) String place) {
    }

    record CommentRequest(@NotBlank @Size(max = 200) String author, @NotBlank @Size(max = 5000) String text,
                          @NotNull LocalDate receivedOn) {
    }

    record AnswerRequest(@NotBlank @Size(max = 5000) String text) {
    }

    record AttestationRequest(@NotBlank @Size(max = 20) String nomineeId, @NotBlank @Size(max = 100) String ruleCode,
                              @NotNull Boolean holds, @NotBlank @Size(max = 2000) String note) {
    }

    record OverrideRequest(@NotBlank @Size(max = 20) String nomineeId, @NotBlank @Size(max = 100) String ruleCode,
                           @NotBlank @Size(max = 2000) String reason) {
    }

    /** Each count at most the largest council, so that no sum of them can overflow. */
    record BallotRequest(@NotBlank @Size(max = 20) String nomineeId, @NotNull @Min(0) @Max(200) Integer inFavour,
                         @NotNull @Min(0) @Max(200) Integer against, @NotNull @Min(0) @Max(200) Integer abstain) {
    }

    record VoteRequest(@NotNull LocalDate meetingDate, @NotNull @Min(1) @Max(200) Integer members,
                       @NotNull @Min(0) @Max(200) Integer present, Boolean secretBallot,
                       @NotEmpty @Size(max = 50) List<@NotNull @Valid BallotRequest> ballots) {
        ProposalCommands.Vote toCommand() {
            return new ProposalCommands.Vote(meetingDate, members, present, Boolean.TRUE.equals(secretBallot),
                    ballots.stream().map(b -> new ProposalCommands.Ballot(b.nomineeId().strip(), b.inFavour(),
                            b.against(), b.abstain())).toList());
        }
    }

    record ReturnRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    /** {@code number} like "123/QĐ-UBND"; {@code nomineeIds} chooses whom a grant covers (absent: everyone). */
    record DecisionRequest(@NotNull AwardOutcome outcome,
                           @NotBlank @Size(max = 50)
                           @jakarta.validation.constraints.Pattern(regexp = "^\\s*[0-9]+/[\\p{L}0-9.-]+(/[\\p{L}0-9.-]+)*\\s*$",
                                   message = "phải có dạng số/ký hiệu, ví dụ 123/QĐ-UBND") String number,
                           @NotNull LocalDate date, @Size(max = 2000) String reason,
                           @Size(max = 50) List<@NotBlank @Size(max = 20) String> nomineeIds) {
        ProposalCommands.Decide toCommand() {
            return new ProposalCommands.Decide(outcome, number.strip(), date, reason, nomineeIds);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
