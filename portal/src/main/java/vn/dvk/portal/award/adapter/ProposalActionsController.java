package vn.dvk.portal.award.adapter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.dvk.contracts.catalog.AwardOutcome;
import vn.dvk.contracts.catalog.DossierDocumentKind;
import vn.dvk.portal.award.domain.AttestationDraft;
import vn.dvk.portal.award.domain.Awards;
import vn.dvk.portal.award.domain.CommentDraft;
import vn.dvk.portal.award.domain.DisclosureDraft;
import vn.dvk.portal.award.domain.OverrideDraft;
import vn.dvk.portal.shared.adapter.FormDates;
import vn.dvk.portal.shared.adapter.PathIds;
import vn.dvk.portal.award.domain.DecisionDraft;
import vn.dvk.portal.award.domain.Proposal;
import vn.dvk.portal.award.domain.VoteDraft;
import vn.dvk.portal.shared.domain.FileContent;
import vn.dvk.portal.shared.domain.ServiceRefusal;

/**
 * The forms of a proposal's page: a dossier document, the submission, the public disclosure with its comments and
 * answers, the council's attestations, overrides, vote and return for a fuller dossier, the chairman's decision.
 * Each answer goes back to the proposal's page; a refusal about the input (400, 409, 422) is shown there beside the
 * form that sent it, a refusal of the official (403, 404) as the refusal page.
 */
@Controller
class ProposalActionsController {

    private final Awards awards;

    ProposalActionsController(Awards awards) {
        this.awards = awards;
    }

    @PostMapping("/proposals/{id}/documents")
    String upload(@PathVariable String id, @RequestParam(required = false) String kind,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes next) throws IOException {
        String checked = PathIds.checked(id);
        FileContent content = file == null ? new FileContent("", null, new byte[0])
                : new FileContent(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        try {
            awards.upload(checked, kind == null ? "" : kind, content);
            next.addFlashAttribute("notice", "Đã tải lên " + kindLabel(kind) + ".");
        } catch (ServiceRefusal refusal) {
            keepInPlace(refusal, "uploadProblem", next);
            next.addFlashAttribute("uploadKind", kind);
            return Proposal.DOSSIER_KINDS.contains(kind) ? backTo(checked, "dossier-" + kind)
                    : backTo(checked, "dossier");
        }
        return "redirect:/proposals/" + checked;
    }

    @PostMapping("/proposals/{id}/submission")
    String submit(@PathVariable String id, RedirectAttributes next) {
        String checked = PathIds.checked(id);
        try {
            awards.submit(checked);
            next.addFlashAttribute("notice", "Đã gửi đề nghị lên Hội đồng Thi đua – Khen thưởng.");
        } catch (ServiceRefusal refusal) {
            keepInPlace(refusal, "submitProblem", next);
            return backTo(checked, "submit-problem");
        }
        return "redirect:/proposals/" + checked;
    }

    @PostMapping("/proposals/{id}/disclosure")
    String publish(@PathVariable String id, @RequestParam(required = false) String startDate,
                   @RequestParam(required = false) String place, RedirectAttributes next) {
        String checked = PathIds.checked(id);
        try {
            awards.publish(checked, new DisclosureDraft(FormDates.field("startDate", startDate), blankToNull(place)));
            next.addFlashAttribute("notice", "Đã công khai danh sách đề nghị để lấy ý kiến.");
        } catch (ServiceRefusal refusal) {
            keepInPlace(refusal, "disclosureProblem", next);
            return backTo(checked, "disclosure");
        }
        return backTo(checked, "disclosure");
    }

    @PostMapping("/proposals/{id}/comments")
    String comment(@PathVariable String id, @RequestParam(required = false) String author,
                   @RequestParam(required = false) String text, @RequestParam(required = false) String receivedOn,
                   RedirectAttributes next) {
        String checked = PathIds.checked(id);
        try {
            awards.comment(checked, new CommentDraft(blankToNull(author), blankToNull(text),
                    FormDates.field("receivedOn", receivedOn)));
            next.addFlashAttribute("notice", "Đã ghi ý kiến nhận được.");
        } catch (ServiceRefusal refusal) {
            keepInPlace(refusal, "commentProblem", next);
        }
        return backTo(checked, "disclosure");
    }

    @PostMapping("/proposals/{id}/comments/{commentId}/answer")
    String answer(@PathVariable String id, @PathVariable String commentId,
                  @RequestParam(required = false) String text, RedirectAttributes next) {
        String checked = PathIds.checked(id);
        try {
            awards.answer(checked, PathIds.checked(commentId), blankToNull(text));
            next.addFlashAttribute("notice", "Đã ghi câu trả lời.");
        } catch (ServiceRefusal refusal) {
            keepInPlace(refusal, "answerProblem", next);
            next.addFlashAttribute("answerComment", commentId);
        }
        return backTo(checked, "disclosure");
    }

    @PostMapping("/proposals/{id}/attestations")
    String attest(@PathVariable String id, @RequestParam(required = false) String nomineeId,
                  @RequestParam(required = false) String ruleCode, @RequestParam(required = false) String holds,
                  @RequestParam(required = false) String note, RedirectAttributes next) {
        String checked = PathIds.checked(id);
        Boolean judged = holds == null || holds.isBlank() ? null : Boolean.valueOf(holds);
        String anchor = "sheet-" + PathIds.checked(nomineeId == null ? "eligibility" : nomineeId);
        try {
            awards.attest(checked, new AttestationDraft(blankToNull(nomineeId), blankToNull(ruleCode), judged,
                    blankToNull(note)));
            next.addFlashAttribute("notice", "Đã ghi đánh giá của Hội đồng.");
        } catch (ServiceRefusal refusal) {
            keepInPlace(refusal, "attestationProblem", next);
            next.addFlashAttribute("attestationLine", nomineeId + "/" + ruleCode);
        }
        return backTo(checked, anchor);
    }

    @PostMapping("/proposals/{id}/overrides")
    String override(@PathVariable String id, @RequestParam(required = false) String nomineeId,
                    @RequestParam(required = false) String ruleCode, @RequestParam(required = false) String reason,
                    RedirectAttributes next) {
        String checked = PathIds.checked(id);
        String anchor = "sheet-" + PathIds.checked(nomineeId == null ? "eligibility" : nomineeId);
        try {
            awards.override(checked, new OverrideDraft(blankToNull(nomineeId), blankToNull(ruleCode),
                    blankToNull(reason)));
            next.addFlashAttribute("notice", "Đã ghi quyết định vượt tiêu chí của Hội đồng.");
        } catch (ServiceRefusal refusal) {
            keepInPlace(refusal, "overrideProblem", next);
            next.addFlashAttribute("overrideLine", nomineeId + "/" + ruleCode);
        }
        return backTo(checked, anchor);
    }

    @PostMapping("/proposals/{id}/return")
    String returnForFullerDossier(@PathVariable String id, @RequestParam(required = false) String reason,
                                  RedirectAttributes next) {
        String checked = PathIds.checked(id);
        try {
            awards.returnForFullerDossier(checked, blankToNull(reason));
            next.addFlashAttribute("notice", "Đã trả lại đề nghị để đơn vị bổ sung hồ sơ.");
        } catch (ServiceRefusal refusal) {
            keepInPlace(refusal, "returnProblem", next);
            return backTo(checked, "return-problem");
        }
        return "redirect:/proposals/" + checked;
    }

    @PostMapping("/proposals/{id}/votes")
    String vote(@PathVariable String id, @RequestParam(required = false) String meetingDate,
                @RequestParam(required = false) String members, @RequestParam(required = false) String present,
                @RequestParam(required = false) Boolean secretBallot,
                @RequestParam(required = false) List<String> nomineeId,
                @RequestParam(required = false) List<String> inFavour,
                @RequestParam(required = false) List<String> against,
                @RequestParam(required = false) List<String> abstain, RedirectAttributes next) {
        String checked = PathIds.checked(id);
        List<VoteDraft.BallotDraft> ballots = new ArrayList<>();
        List<String> nominees = nomineeId == null ? List.of() : nomineeId;
        for (int i = 0; i < nominees.size(); i++) {
            ballots.add(new VoteDraft.BallotDraft(nominees.get(i), count(inFavour, i), count(against, i),
                    count(abstain, i)));
        }
        try {
            awards.vote(checked, new VoteDraft(FormDates.field("meetingDate", meetingDate), count(members), count(present),
                    Boolean.TRUE.equals(secretBallot), ballots));
            next.addFlashAttribute("notice", "Đã ghi kết quả bỏ phiếu của Hội đồng.");
        } catch (ServiceRefusal refusal) {
            keepInPlace(refusal, "voteProblem", next);
            return backTo(checked, "vote-problem");
        }
        return "redirect:/proposals/" + checked;
    }

    @PostMapping("/proposals/{id}/decision")
    String decide(@PathVariable String id, @RequestParam(required = false) String outcome,
                  @RequestParam(required = false) String number, @RequestParam(required = false) String date,
                  @RequestParam(required = false) String reason, RedirectAttributes next) {
        String checked = PathIds.checked(id);
        try {
            Proposal decided = awards.decide(checked, new DecisionDraft(blankToNull(outcome), blankToNull(number),
                    FormDates.field("date", date), blankToNull(reason)));
            next.addFlashAttribute("notice", "Đã ghi quyết định: " + outcomeLabel(outcome) + ".");
            next.addFlashAttribute("warnings", decided.warnings());
        } catch (ServiceRefusal refusal) {
            keepInPlace(refusal, "decisionProblem", next);
            return backTo(checked, "decision-problem");
        }
        return "redirect:/proposals/" + checked;
    }

    /** The proposal's page scrolled to what the service said, which may be far below the top on a phone. */
    private static String backTo(String id, String anchor) {
        return "redirect:/proposals/" + id + "#" + anchor;
    }

    private static void keepInPlace(ServiceRefusal refusal, String attribute, RedirectAttributes next) {
        if (refusal.status() == 403 || refusal.status() == 404) {
            throw refusal;
        }
        next.addFlashAttribute(attribute, refusal.problem());
    }

    private static String kindLabel(String kind) {
        return java.util.Arrays.stream(DossierDocumentKind.values()).filter(k -> k.name().equals(kind))
                .map(DossierDocumentKind::label).map(label -> label.substring(0, 1).toLowerCase() + label.substring(1))
                .findFirst().orElse("tài liệu");
    }

    private static String outcomeLabel(String outcome) {
        return java.util.Arrays.stream(AwardOutcome.values()).filter(o -> o.name().equals(outcome))
                .map(AwardOutcome::label).findFirst().orElse(outcome);
    }

    /** A number as typed; an unreadable one is sent as absent, and the service names the field. */
    private static Integer count(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static Integer count(List<String> texts, int index) {
        return texts == null || index >= texts.size() ? null : count(texts.get(index));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
