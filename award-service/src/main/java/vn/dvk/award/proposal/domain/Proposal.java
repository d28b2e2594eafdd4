package vn.dvk.award.proposal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import vn.dvk.award.eligibility.domain.Attestation;
import vn.dvk.award.eligibility.domain.RuleOverride;
import vn.dvk.contracts.award.AwardEvents;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.contracts.catalog.AwardOutcome;
import vn.dvk.contracts.catalog.DossierDocumentKind;
import vn.dvk.platform.domain.Rejection;

/**
 * An award proposal (đề nghị khen thưởng): a unit proposes collectives, individuals and households of its subtree for
 * a form and an occasion of a campaign, with its three-document dossier, to the council of the form's issuing unit.
 * Every change returns a new value one version higher with its history step; submitting, returning and deciding are
 * announced by events.
 */
public record Proposal(String id, String campaignId, AwardOccasion occasion, int year, String formCode,
                       String issuingUnitCode, String issuingUnitPath, String proposingUnitCode, String unitPath,
                       List<Nominee> nominees, List<DossierFile> documents, ProposalStatus status,
                       PublicNotice notice, List<PublicComment> comments, List<Attestation> attestations,
                       List<RuleOverride> overrides, CouncilVote vote, Decision decision, long version,
                       Instant createdAt, Instant updatedAt, List<Step> history) {

    private static final Set<ProposalStatus> EDITABLE = EnumSet.of(ProposalStatus.DRAFT, ProposalStatus.RETURNED);

    public Proposal {
        nominees = List.copyOf(nominees);
        documents = documents == null ? List.of() : List.copyOf(documents);
        comments = comments == null ? List.of() : List.copyOf(comments);
        attestations = attestations == null ? List.of() : List.copyOf(attestations);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A new proposal, a draft at version 1. */
    public static Proposal create(String id, String campaignId, AwardOccasion occasion, int year, String formCode,
                                  String issuingUnitCode, String issuingUnitPath, String proposingUnitCode,
                                  String unitPath, List<Nominee> nominees, String by, Instant at) {
        Step created = new Step("CREATE", null, ProposalStatus.DRAFT, null, by, at, 1, null, null);
        return new Proposal(id, campaignId, occasion, year, formCode, issuingUnitCode, issuingUnitPath,
                proposingUnitCode, unitPath, nominees, List.of(), ProposalStatus.DRAFT, null, List.of(), List.of(),
                List.of(), null, null, 1, at, at, List.of(created));
    }

    public Optional<DossierFile> document(DossierDocumentKind kind) {
        return documents.stream().filter(file -> file.kind() == kind).findFirst();
    }

    public Optional<Nominee> nominee(String nomineeId) {
        return nominees.stream().filter(n -> n.nomineeId().equals(nomineeId)).findFirst();
    }

    public Step lastStep() {
        return history.get(history.size() - 1);
    }

    /** Attaches a dossier document, replacing one of the same kind; only while the unit prepares the dossier. */
    public Proposal attach(DossierFile file) {
        requireStatus(EDITABLE, "Chỉ bổ sung hồ sơ khi đề nghị đang soạn hoặc bị trả lại");
        List<DossierFile> files = new ArrayList<>(documents);
        files.removeIf(existing -> existing.kind() == file.kind());
        files.add(file);
        return next(status, "ATTACH", file.kind().label() + ": " + file.filename(), file.uploadedBy(),
                file.uploadedAt(), null).withDocuments(files);
    }

    /** Sends the dossier to the issuing unit's council; all three documents must be there. */
    public Proposal submit(String by, Instant at) {
        requireStatus(EDITABLE, "Chỉ gửi đề nghị đang soạn hoặc bị trả lại");
        List<String> missing = new ArrayList<>();
        for (DossierDocumentKind kind : DossierDocumentKind.values()) {
            if (document(kind).isEmpty()) {
                missing.add(kind.label());
            }
        }
        if (!missing.isEmpty()) {
            throw new ProposalRejections.IncompleteDossier("Hồ sơ còn thiếu: " + String.join("; ", missing) + ".");
        }
        return next(ProposalStatus.SUBMITTED, "SUBMIT", null, by, at, AwardEvents.PROPOSAL_SUBMITTED.name());
    }

    /** Makes the list of those proposed public at their unit from {@code startDate}, for the configured days. */
    public Proposal publish(LocalDate startDate, int days, String place, String by, Instant at) {
        requireStatus(EnumSet.of(ProposalStatus.SUBMITTED), "Chỉ công khai đề nghị đã gửi Hội đồng");
        if (notice != null) {
            throw Rejection.conflict("already-published", "startDate", "Danh sách đã được công khai từ "
                    + notice.startDate() + " đến " + notice.endDate() + ".");
        }
        PublicNotice published = new PublicNotice(startDate, startDate.plusDays(days), place, by);
        return next(status, "PUBLISH", "Công khai từ " + published.startDate() + " đến " + published.endDate()
                + " tại " + place, by, at, null).withNotice(published);
    }

    /** Records a comment received while the list was public. */
    public Proposal comment(PublicComment received, Instant at) {
        requireStatus(EnumSet.of(ProposalStatus.SUBMITTED), "Chỉ ghi ý kiến cho đề nghị đang xét");
        if (notice == null) {
            throw Rejection.conflict("not-published", "receivedOn", "Danh sách đề nghị chưa được công khai.");
        }
        if (!notice.covers(received.receivedOn())) {
            throw Rejection.unprocessable("outside-disclosure", "receivedOn", "Ngày nhận ý kiến "
                    + received.receivedOn() + " nằm ngoài thời gian công khai (" + notice.startDate() + " – "
                    + notice.endDate() + ").");
        }
        List<PublicComment> all = new ArrayList<>(comments);
        all.add(received);
        return next(status, "COMMENT", received.author() + ": " + received.text(), received.recordedBy(), at, null)
                .withComments(all);
    }

    /** Answers a comment; the answer joins the dossier. */
    public Proposal answer(String commentId, String text, String by, Instant at) {
        requireStatus(EnumSet.of(ProposalStatus.SUBMITTED), "Chỉ trả lời ý kiến của đề nghị đang xét");
        PublicComment comment = comments.stream().filter(c -> c.commentId().equals(commentId)).findFirst()
                .orElseThrow(() -> Rejection.notFound("ý kiến", commentId));
        List<PublicComment> all = new ArrayList<>(comments);
        all.replaceAll(c -> c.commentId().equals(commentId) ? comment.answeredWith(text, by, at) : c);
        return next(status, "ANSWER", text, by, at, null).withComments(all);
    }

    /** The council's judgement on one criterion of one nominee; a later one replaces it. */
    public Proposal attest(Attestation attestation) {
        requireStatus(EnumSet.of(ProposalStatus.SUBMITTED), "Chỉ đánh giá tiêu chí của đề nghị đang xét");
        List<Attestation> all = new ArrayList<>(attestations);
        all.removeIf(same(attestation.nomineeId(), attestation.ruleCode(), Attestation::nomineeId,
                Attestation::ruleCode));
        all.add(attestation);
        return next(status, "ATTEST", attestation.ruleCode() + " (" + attestation.nomineeId() + "): "
                + (attestation.holds() ? "đạt" : "không đạt") + " – " + attestation.note(), attestation.by(),
                attestation.at(), null).withAttestations(all);
    }

    /** The council lets a rule pass for a nominee, with its reason. */
    public Proposal override(RuleOverride override) {
        requireStatus(EnumSet.of(ProposalStatus.SUBMITTED), "Chỉ quyết định vượt tiêu chí cho đề nghị đang xét");
        List<RuleOverride> all = new ArrayList<>(overrides);
        all.removeIf(same(override.nomineeId(), override.ruleCode(), RuleOverride::nomineeId,
                RuleOverride::ruleCode));
        all.add(override);
        return next(status, "OVERRIDE", override.ruleCode() + " (" + override.nomineeId() + "): " + override.reason(),
                override.by(), override.at(), null).withOverrides(all);
    }

    /** Records the council's vote; a later meeting's vote replaces it. */
    public Proposal recordVote(CouncilVote counted) {
        requireStatus(EnumSet.of(ProposalStatus.SUBMITTED), "Chỉ ghi kết quả bỏ phiếu của đề nghị đang xét");
        return next(status, "VOTE", counted.present() + "/" + counted.members() + " thành viên có mặt"
                + (counted.secretBallot() ? ", bỏ phiếu kín" : ""), counted.recordedBy(), counted.recordedAt(), null)
                .withVote(counted);
    }

    /**
     * Sends the proposal back for a fuller dossier (by the council, or by the chairman's decision when it has a
     * number); the council's records of this round are cleared, the public notice and its comments stay.
     */
    public Proposal returnForFullerDossier(String reason, Decision returnedBy) {
        requireStatus(EnumSet.of(ProposalStatus.SUBMITTED), "Chỉ trả lại đề nghị đang xét");
        String by = returnedBy.decidedBy();
        Proposal returned = next(ProposalStatus.RETURNED, "RETURN", reason, by, returnedBy.recordedAt(),
                AwardEvents.PROPOSAL_RETURNED.name());
        return new Proposal(id, campaignId, occasion, year, formCode, issuingUnitCode, issuingUnitPath,
                proposingUnitCode, unitPath, nominees, documents, returned.status, notice, comments, List.of(),
                List.of(), null, returnedBy.number() == null ? decision : returnedBy, returned.version, createdAt,
                returned.updatedAt, returned.history);
    }

    /**
     * Refuses a decision on a proposal that is not before the council, before anything else about the decision is
     * checked: a returned proposal must be told it was returned, not that its vote is missing.
     */
    public void requireDecidable() {
        requireStatus(EnumSet.of(ProposalStatus.SUBMITTED), "Chỉ quyết định đề nghị đang xét");
    }

    /** The chairman's decision: granted (with its recipients) or declined. */
    public Proposal decide(Decision made) {
        requireDecidable();
        ProposalStatus to = made.outcome() == AwardOutcome.GRANTED ? ProposalStatus.GRANTED : ProposalStatus.DECLINED;
        return next(to, "DECIDE", made.number() + " ngày " + made.date()
                + (made.reason() == null ? "" : ": " + made.reason()), made.decidedBy(), made.recordedAt(),
                AwardEvents.DECIDED.name()).withDecision(made);
    }

    private void requireStatus(Set<ProposalStatus> allowed, String message) {
        if (!allowed.contains(status)) {
            throw new ProposalRejections.WrongStatus(status, message);
        }
    }

    private static <T> Predicate<T> same(String nomineeId, String ruleCode,
                                         java.util.function.Function<T, String> nominee,
                                         java.util.function.Function<T, String> rule) {
        return item -> nominee.apply(item).equals(nomineeId) && rule.apply(item).equals(ruleCode);
    }

    private Proposal next(ProposalStatus to, String action, String note, String by, Instant at, String eventType) {
        List<Step> steps = new ArrayList<>(history);
        steps.add(new Step(action, status, to, note, by, at, version + 1, eventType,
                eventType == null ? null : UUID.randomUUID().toString()));
        return new Proposal(id, campaignId, occasion, year, formCode, issuingUnitCode, issuingUnitPath,
                proposingUnitCode, unitPath, nominees, documents, to, notice, comments, attestations, overrides, vote,
                decision, version + 1, createdAt, at, steps);
    }

    private Proposal withDocuments(List<DossierFile> files) {
        return new Proposal(id, campaignId, occasion, year, formCode, issuingUnitCode, issuingUnitPath,
                proposingUnitCode, unitPath, nominees, files, status, notice, comments, attestations, overrides, vote,
                decision, version, createdAt, updatedAt, history);
    }

    private Proposal withNotice(PublicNotice published) {
        return new Proposal(id, campaignId, occasion, year, formCode, issuingUnitCode, issuingUnitPath,
                proposingUnitCode, unitPath, nominees, documents, status, published, comments, attestations,
                overrides, vote, decision, version, createdAt, updatedAt, history);
    }

    private Proposal withComments(List<PublicComment> all) {
        return new Proposal(id, campaignId, occasion, year, formCode, issuingUnitCode, issuingUnitPath,
                proposingUnitCode, unitPath, nominees, documents, status, notice, all, attestations, overrides, vote,
                decision, version, createdAt, updatedAt, history);
    }

    private Proposal withAttestations(List<Attestation> all) {
        return new Proposal(id, campaignId, occasion, year, formCode, issuingUnitCode, issuingUnitPath,
                proposingUnitCode, unitPath, nominees, documents, status, notice, comments, all, overrides, vote,
                decision, version, createdAt, updatedAt, history);
    }

    private Proposal withOverrides(List<RuleOverride> all) {
        return new Proposal(id, campaignId, occasion, year, formCode, issuingUnitCode, issuingUnitPath,
                proposingUnitCode, unitPath, nominees, documents, status, notice, comments, attestations, all, vote,
                decision, version, createdAt, updatedAt, history);
    }

    private Proposal withVote(CouncilVote counted) {
        return new Proposal(id, campaignId, occasion, year, formCode, issuingUnitCode, issuingUnitPath,
                proposingUnitCode, unitPath, nominees, documents, status, notice, comments, attestations, overrides,
                counted, decision, version, createdAt, updatedAt, history);
    }

    private Proposal withDecision(Decision made) {
        return new Proposal(id, campaignId, occasion, year, formCode, issuingUnitCode, issuingUnitPath,
                proposingUnitCode, unitPath, nominees, documents, status, notice, comments, attestations, overrides,
                vote, made, version, createdAt, updatedAt, history);
    }
}
