package vn.dvk.award.document.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.dvk.award.catalogue.domain.AwardCatalogue;
import vn.dvk.award.catalogue.domain.AwardForm;
import vn.dvk.award.catalogue.domain.Reward;
import vn.dvk.award.document.domain.AwardPapers;
import vn.dvk.award.eligibility.domain.EligibilitySheet;
import vn.dvk.award.proposal.application.ProposalService;
import vn.dvk.award.proposal.domain.GrantedRecipient;
import vn.dvk.award.proposal.domain.Nominee;
import vn.dvk.award.proposal.domain.Proposal;
import vn.dvk.award.proposal.domain.ProposalStatus;
import vn.dvk.contracts.catalog.AwardOutcome;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.scope.InstanceScope;

/**
 * What the award documents say: the decision draft lists the recipients and their money (those decided, or before
 * the decision those the council passed, at today's amounts), a certificate names one granted recipient, and the
 * summary gives the council every nominee with eligibility and vote.
 */
@Service
public class AwardDocuments {

    private final ProposalService proposals;
    private final AwardCatalogue catalogue;
    private final InstanceScope scope;
    private final Clock clock;

    public AwardDocuments(ProposalService proposals, AwardCatalogue catalogue, InstanceScope scope, Clock clock) {
        this.proposals = proposals;
        this.catalogue = catalogue;
        this.scope = scope;
        this.clock = clock;
    }

    public AwardPapers.DecisionDraft decisionDraft(String proposalId) {
        Proposal proposal = proposals.get(proposalId);
        AwardForm form = form(proposal);
        boolean granted = proposal.status() == ProposalStatus.GRANTED;
        LocalDate date = granted ? proposal.decision().date() : LocalDate.now(clock);
        List<AwardPapers.Line> lines = granted
                ? proposal.decision().recipients().stream().map(AwardDocuments::line).toList()
                : proposal.nominees().stream()
                        .filter(n -> proposal.vote() == null || proposal.vote().passed(n.nomineeId(), form.council()))
                        .map(n -> line(n, catalogue.rewardOf(form, n.recipientType(), date))).toList();
        return new AwardPapers.DecisionDraft(issuerName(proposal), form.name(), granted ? proposal.decision().number()
                : null, date, proposal.occasion().label(), proposal.year(), lines);
    }

    public AwardPapers.Certificate certificate(String proposalId, String nomineeId) {
        Proposal proposal = proposals.get(proposalId);
        if (proposal.status() != ProposalStatus.GRANTED || proposal.decision().outcome() != AwardOutcome.GRANTED) {
            throw Rejection.conflict("not-granted", "Chưa có quyết định khen thưởng cho đề nghị này.");
        }
        GrantedRecipient recipient = proposal.decision().recipients().stream()
                .filter(r -> r.nomineeId().equals(nomineeId)).findFirst()
                .orElseThrow(() -> Rejection.notFound("đối tượng được khen thưởng", nomineeId));
        return new AwardPapers.Certificate(issuerName(proposal), form(proposal).name(), recipient.name(),
                scope.directory().find(recipient.unitCode()).map(u -> u.fullName()).orElse(recipient.unitCode()),
                "Đã có thành tích xuất sắc trong Phong trào thi đua \"Dân vận khéo\" (" + proposal.occasion().label()
                        + " năm " + proposal.year() + ")", proposal.decision().number(), proposal.decision().date(),
                recipient.amount());
    }

    public AwardPapers.Summary summary(String proposalId) {
        Proposal proposal = proposals.get(proposalId);
        AwardForm form = form(proposal);
        List<EligibilitySheet> sheets = proposals.eligibility(proposalId);
        List<AwardPapers.SummaryRow> rows = proposal.nominees().stream().map(n -> {
            EligibilitySheet sheet = sheets.stream().filter(s -> s.nomineeId().equals(n.nomineeId())).findFirst()
                    .orElseThrow();
            var ballot = proposal.vote() == null ? null : proposal.vote().ballotOf(n.nomineeId()).orElse(null);
            return new AwardPapers.SummaryRow(n.nomineeId(), n.name(), n.recipientType().label(),
                    scope.directory().find(n.unitCode()).map(u -> u.fullName()).orElse(n.unitCode()),
                    sheet.lines().stream().map(l -> l.result().code() + ": " + l.result().outcome()
                            + (l.override() == null ? "" : " (vượt: " + l.override().reason() + ")")).toList(),
                    sheet.eligible(), ballot == null ? null : ballot.inFavour(), ballot == null ? null
                            : ballot.against(), ballot == null ? null : ballot.abstain(),
                    proposal.vote() != null && proposal.vote().passed(n.nomineeId(), form.council()));
        }).toList();
        return new AwardPapers.Summary(issuerName(proposal), form.name(), proposal.occasion().label(),
                proposal.year(), scope.directory().find(proposal.proposingUnitCode()).map(u -> u.fullName())
                .orElse(proposal.proposingUnitCode()), rows, proposal.notice() == null ? null
                : "Công khai từ " + AwardPapers.longDate(proposal.notice().startDate()) + " đến "
                        + AwardPapers.longDate(proposal.notice().endDate()) + " tại " + proposal.notice().place(),
                proposal.comments().stream().map(c -> new AwardPapers.CommentRow(c.commentId(), c.author(),
                        c.receivedOn(), c.text(), c.answer(), c.answeredBy())).toList());
    }

    private AwardForm form(Proposal proposal) {
        return catalogue.form(proposal.formCode()).orElseThrow(() -> Rejection.unprocessable("unknown-form",
                "formCode", "Danh mục không còn hình thức khen thưởng '" + proposal.formCode() + "'."));
    }

    private String issuerName(Proposal proposal) {
        return scope.directory().find(proposal.issuingUnitCode()).map(u -> u.fullName())
                .orElse(proposal.issuingUnitCode());
    }

    private static AwardPapers.Line line(GrantedRecipient r) {
        return new AwardPapers.Line(r.name(), r.recipientType().label(), r.coefficient(), r.baseSalary(), r.amount());
    }

    private static AwardPapers.Line line(Nominee n, Reward reward) {
        return new AwardPapers.Line(n.name(), n.recipientType().label(), reward.coefficient(), reward.baseSalary(),
                reward.amount());
    }
}
