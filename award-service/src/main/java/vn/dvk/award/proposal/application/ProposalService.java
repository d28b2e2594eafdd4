package vn.dvk.award.proposal.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import vn.dvk.award.AwardProperties;
import vn.dvk.award.catalogue.domain.AwardCatalogue;
import vn.dvk.award.catalogue.domain.AwardForm;
import vn.dvk.award.catalogue.domain.Quota;
import vn.dvk.award.catalogue.domain.Reward;
import vn.dvk.award.catalogue.domain.RuleDefinition;
import vn.dvk.award.catalogue.domain.RuleSet;
import vn.dvk.award.catalogue.domain.Window;
import vn.dvk.award.eligibility.application.EligibilityChecker;
import vn.dvk.award.eligibility.domain.Attestation;
import vn.dvk.award.eligibility.domain.Candidate;
import vn.dvk.award.eligibility.domain.EligibilitySheet;
import vn.dvk.award.eligibility.domain.RuleOutcome;
import vn.dvk.award.eligibility.domain.RuleOverride;
import vn.dvk.award.eligibility.domain.SheetLine;
import vn.dvk.award.evidence.domain.CampaignRecord;
import vn.dvk.award.evidence.domain.Evidence;
import vn.dvk.award.person.domain.People;
import vn.dvk.award.person.domain.Person;
import vn.dvk.award.proposal.domain.CouncilVote;
import vn.dvk.award.proposal.domain.Decision;
import vn.dvk.award.proposal.domain.DocumentType;
import vn.dvk.award.proposal.domain.DossierFile;
import vn.dvk.award.proposal.domain.DossierFiles;
import vn.dvk.award.proposal.domain.GrantedRecipient;
import vn.dvk.award.proposal.domain.Nominee;
import vn.dvk.award.proposal.domain.Proposal;
import vn.dvk.award.proposal.domain.ProposalPage;
import vn.dvk.award.proposal.domain.ProposalQuery;
import vn.dvk.award.proposal.domain.ProposalRejections;
import vn.dvk.award.proposal.domain.Proposals;
import vn.dvk.award.proposal.domain.PublicComment;
import vn.dvk.award.shared.domain.Texts;
import vn.dvk.contracts.catalog.AwardOutcome;
import vn.dvk.contracts.catalog.DossierDocumentKind;
import vn.dvk.contracts.catalog.RecipientType;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.idempotency.ResourceIds;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.domain.UnitDirectory;

/**
 * The proposal's use cases, from the unit's draft to the chairman's decision. Units act on proposals of their
 * subtree; the council and the chairman only on proposals for a form their own unit issues.
 */
@Service
public class ProposalService {

    static final int MAX_NOMINEES = 50;

    private final Proposals proposals;
    private final DossierFiles files;
    private final AwardCatalogue catalogue;
    private final Evidence evidence;
    private final People people;
    private final EligibilityChecker eligibility;
    private final InstanceScope scope;
    private final Clock clock;
    private final long maxDocumentBytes;

    public ProposalService(Proposals proposals, DossierFiles files, AwardCatalogue catalogue, Evidence evidence,
                           People people, EligibilityChecker eligibility, InstanceScope scope, Clock clock,
                           AwardProperties properties) {
        this.proposals = proposals;
        this.files = files;
        this.catalogue = catalogue;
        this.evidence = evidence;
        this.people = people;
        this.eligibility = eligibility;
        this.scope = scope;
        this.clock = clock;
        this.maxDocumentBytes = properties.award().maxDocumentSize().toBytes();
    }

    /** A decided (or otherwise changed) proposal and what the officials should know about it. */
    public record Outcome(Proposal proposal, List<String> warnings) {
    }

    public Proposal create(ProposalCommands.Create command, Caller caller) {
        return createAs(ResourceIds.next(), command, caller);
    }

    /** Creates under a given id; {@link vn.dvk.platform.domain.AlreadyExists} when taken. */
    public Proposal createAs(String id, ProposalCommands.Create command, Caller caller) {
        AdministrativeUnit proposer = scope.requireWritable("proposingUnitCode", command.proposingUnitCode());
        String proposerPath = scope.pathOf(proposer.code());
        CampaignRecord campaign = evidence.campaign(command.campaignId()).orElseThrow(() -> Rejection.unprocessable(
                "unknown-campaign", "campaignId", "Không có phong trào/kế hoạch mã '" + command.campaignId() + "'."));
        if (!UnitDirectory.pathIsWithin(proposerPath, campaign.issuingUnitPath())) {
            throw Rejection.unprocessable("outside-campaign", "proposingUnitCode", "Đơn vị '" + proposer.code()
                    + "' không thuộc phạm vi phong trào '" + campaign.name() + "'.");
        }
        if (command.year() < campaign.startYear() || command.year() > campaign.endYear()) {
            throw Rejection.unprocessable("year-outside-campaign", "year", "Năm " + command.year()
                    + " nằm ngoài giai đoạn " + campaign.startYear() + "-" + campaign.endYear() + " của phong trào.");
        }
        AwardForm form = catalogue.form(command.formCode()).orElseThrow(() -> Rejection.unprocessable("unknown-form",
                "formCode", "Không có hình thức khen thưởng mã '" + command.formCode() + "'."));
        RuleSet rules = ruleSet(campaign, command.occasion());
        if (!rules.forms().contains(form.code())) {
            throw Rejection.unprocessable("form-not-offered", "formCode", "Phong trào '" + campaign.name()
                    + "' không xét '" + form.name() + "' dịp " + command.occasion().label() + ".");
        }
        AdministrativeUnit issuer = issuerOf(proposer, form);
        if (!scope.covers(issuer.code())) {
            throw Rejection.outOfScope("issuer-out-of-scope", "formCode", "Hội đồng của " + issuer.fullName()
                    + " không làm việc trên phiên bản này (" + scope.code() + ").");
        }
        List<Nominee> nominees = nominees(command.nominees(), form, proposerPath);
        return add(Proposal.create(id, campaign.id(), command.occasion(), command.year(), form.code(), issuer.code(),
                scope.pathOf(issuer.code()), proposer.code(), proposerPath, nominees, caller.signature(),
                clock.instant()));
    }

    private Proposal add(Proposal created) {
        proposals.add(created);
        return created;
    }

    /** The unit of the form's issuing level that the proposal travels up to: the proposer itself or an ancestor. */
    private AdministrativeUnit issuerOf(AdministrativeUnit proposer, AwardForm form) {
        if (proposer.level() == form.issuingLevel()) {
            return proposer;
        }
        return scope.directory().ancestorsOf(proposer.code()).stream()
                .filter(unit -> unit.level() == form.issuingLevel()).findFirst()
                .orElseThrow(() -> Rejection.unprocessable("no-issuing-unit", "formCode", "Đơn vị '"
                        + proposer.fullName() + "' không thuộc cấp nào ban hành '" + form.name() + "'."));
    }

    private List<Nominee> nominees(List<ProposalCommands.NomineeInput> inputs, AwardForm form, String proposerPath) {
        if (inputs == null || inputs.isEmpty() || inputs.size() > MAX_NOMINEES) {
            throw Rejection.invalid("nominees", "phải có từ 1 đến " + MAX_NOMINEES + " đối tượng đề nghị");
        }
        List<Nominee> nominees = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            ProposalCommands.NomineeInput input = inputs.get(i);
            String field = "nominees[" + i + "]";
            if (!form.recipients().contains(input.recipientType())) {
                throw Rejection.unprocessable("recipient-not-allowed", field + ".recipientType", "'" + form.name()
                        + "' không tặng cho " + input.recipientType().label().toLowerCase() + ".");
            }
            Nominee nominee = input.recipientType() == RecipientType.COLLECTIVE
                    ? collective(input, field, proposerPath, "N" + (i + 1))
                    : person(input, field, proposerPath, "N" + (i + 1));
            String identity = nominee.personId() != null ? nominee.personId()
                    : nominee.unitCode() + "|" + Texts.nameKey(nominee.village());
            if (!seen.add(identity)) {
                throw Rejection.unprocessable("duplicate-nominee", field, "Đối tượng '" + nominee.name()
                        + "' đã có trong đề nghị.");
            }
            nominees.add(nominee);
        }
        return nominees;
    }

    private Nominee collective(ProposalCommands.NomineeInput input, String field, String proposerPath, String id) {
        if (input.unitCode() == null) {
            throw Rejection.invalid(field + ".unitCode", "không được để trống với tập thể");
        }
        if (input.personId() != null) {
            throw Rejection.invalid(field + ".personId", "tập thể không gắn với một người trong sổ");
        }
        AdministrativeUnit unit = scope.requireKnown(field + ".unitCode", input.unitCode());
        String path = scope.pathOf(unit.code());
        requireInside(field + ".unitCode", path, proposerPath, unit.fullName());
        String village = Texts.trimmed(input.village());
        return new Nominee(id, RecipientType.COLLECTIVE, village == null ? unit.fullName() : village, unit.code(),
                path, null, village, input.modelIds());
    }

    private Nominee person(ProposalCommands.NomineeInput input, String field, String proposerPath, String id) {
        if (input.personId() == null) {
            throw Rejection.invalid(field + ".personId", "cá nhân, hộ gia đình phải là một người trong sổ người");
        }
        Person person = people.find(input.personId()).orElseThrow(() -> Rejection.unprocessable("unknown-person",
                field + ".personId", "Không có người mã '" + input.personId() + "' trong sổ người."));
        requireInside(field + ".personId", person.unitPath(), proposerPath, person.fullName());
        return new Nominee(id, input.recipientType(), person.fullName(), person.unitCode(), person.unitPath(),
                person.id(), null, input.modelIds());
    }

    private static void requireInside(String field, String path, String proposerPath, String name) {
        if (!UnitDirectory.pathIsWithin(path, proposerPath)) {
            throw Rejection.unprocessable("nominee-outside-proposer", field, "'" + name
                    + "' không thuộc đơn vị đề nghị hoặc cấp dưới của đơn vị đề nghị.");
        }
    }

    /** Attaches one dossier document; its content decides its type; refused files never reach the store. */
    public Proposal upload(String id, ProposalCommands.Upload upload, Caller caller) {
        Proposal current = writableByUnit(id);
        DossierDocumentKind kind = Texts.trimmed(upload.kind()) == null ? null
                : java.util.Arrays.stream(DossierDocumentKind.values())
                        .filter(k -> k.name().equals(upload.kind().strip())).findFirst().orElse(null);
        if (kind == null) {
            throw Rejection.invalid("kind", "phải là một trong PROPOSAL_LETTER, COUNCIL_MINUTES, ACHIEVEMENT_REPORT");
        }
        byte[] content = upload.content();
        if (content.length == 0) {
            throw new ProposalRejections.RefusedDocument("tệp rỗng");
        }
        if (content.length > maxDocumentBytes) {
            throw new ProposalRejections.RefusedDocument("tệp lớn " + content.length + " byte, vượt giới hạn "
                    + maxDocumentBytes + " byte");
        }
        DocumentType type = DocumentType.sniff(content).orElseThrow(() -> new ProposalRejections.RefusedDocument(
                "nội dung tệp không phải PDF, DOCX hoặc XLSX (loại tệp được nhận diện theo nội dung, không theo tên)"));
        String filename = filename(upload.filename(), kind, type);
        String fileId = files.store(id, filename, type.mediaType(), content);
        Proposal attached;
        try {
            attached = current.attach(new DossierFile(kind, fileId, filename, type, content.length, sha256(content),
                    caller.signature(), clock.instant()));
            proposals.update(attached);
        } catch (RuntimeException refused) {
            files.delete(fileId);
            throw refused;
        }
        current.document(kind).ifPresent(replaced -> files.delete(replaced.fileId()));
        return attached;
    }

    private static String filename(String given, DossierDocumentKind kind, DocumentType type) {
        String name = Texts.trimmed(given);
        if (name == null) {
            return kind.name().toLowerCase() + type.extension();
        }
        String base = name.replaceAll("[\\\\/]", "_");
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The content of a dossier document. */
    public Optional<byte[]> documentContent(String id, DossierDocumentKind kind) {
        return get(id).document(kind).flatMap(file -> files.read(file.fileId()));
    }

    public Proposal submit(String id, Caller caller) {
        Proposal submitted = writableByUnit(id).submit(caller.signature(), clock.instant());
        proposals.update(submitted);
        return submitted;
    }

    public Proposal publish(String id, ProposalCommands.Publish command, Caller caller) {
        Proposal published = writableByUnit(id).publish(command.startDate(), catalogue.disclosure().days(),
                command.place(), caller.signature(), clock.instant());
        proposals.update(published);
        return published;
    }

    public Proposal comment(String id, ProposalCommands.Comment command, Caller caller) {
        Proposal current = writableByUnit(id);
        Proposal commented = current.comment(new PublicComment("C" + (current.comments().size() + 1),
                command.author(), command.text(), command.receivedOn(), caller.signature(), null, null, null),
                clock.instant());
        proposals.update(commented);
        return commented;
    }

    public Proposal answer(String id, String commentId, String text, Caller caller) {
        Proposal answered = writableByUnit(id).answer(commentId, text, caller.signature(), clock.instant());
        proposals.update(answered);
        return answered;
    }

    public Proposal attest(String id, ProposalCommands.Attest command, Caller caller) {
        Proposal current = byIssuer(id, caller);
        Nominee nominee = nominee(current, command.nomineeId());
        RuleDefinition rule = rule(current, nominee, command.ruleCode());
        if (!rule.kind().councilAttests()) {
            throw Rejection.unprocessable("not-a-judgement", "ruleCode", "Tiêu chí '" + rule.name()
                    + "' được đối chiếu với số liệu, Hội đồng không đánh giá thay.");
        }
        Proposal attested = current.attest(new Attestation(nominee.nomineeId(), rule.code(), command.holds(),
                command.note(), caller.signature(), clock.instant()));
        proposals.update(attested);
        return attested;
    }

    public Proposal override(String id, ProposalCommands.Override command, Caller caller) {
        Proposal current = byIssuer(id, caller);
        Nominee nominee = nominee(current, command.nomineeId());
        RuleDefinition rule = rule(current, nominee, command.ruleCode());
        SheetLine line = sheetOf(current, nominee).lines().stream()
                .filter(l -> l.result().code().equals(rule.code())).findFirst().orElseThrow();
        RuleOutcome outcome = line.result().outcome();
        if (outcome == RuleOutcome.PASS || outcome == RuleOutcome.NEEDS_JUDGEMENT) {
            throw Rejection.conflict("nothing-to-override", "ruleCode", "Tiêu chí '" + rule.name() + "' đang ở"
                    + " trạng thái " + outcome + ": chỉ vượt qua tiêu chí không đạt hoặc thiếu minh chứng.");
        }
        Proposal overridden = current.override(new RuleOverride(nominee.nomineeId(), rule.code(), command.reason(),
                caller.signature(), clock.instant()));
        proposals.update(overridden);
        return overridden;
    }

    public Proposal vote(String id, ProposalCommands.Vote command, Caller caller) {
        Proposal current = byIssuer(id, caller);
        AwardForm form = formOf(current);
        if (command.present() > command.members()) {
            throw Rejection.unprocessable("more-present-than-members", "present", "Số thành viên có mặt ("
                    + command.present() + ") lớn hơn số thành viên Hội đồng (" + command.members() + ").");
        }
        if (command.secretBallot() && !form.council().secretBallotAllowed()) {
            throw Rejection.unprocessable("secret-ballot-not-allowed", "secretBallot", "'" + form.name()
                    + "' không xét bằng bỏ phiếu kín.");
        }
        Set<String> voted = new HashSet<>();
        for (int i = 0; i < command.ballots().size(); i++) {
            ProposalCommands.Ballot ballot = command.ballots().get(i);
            nominee(current, ballot.nomineeId());
            if (!voted.add(ballot.nomineeId())) {
                throw Rejection.unprocessable("duplicate-ballot", "ballots[" + i + "].nomineeId",
                        "Đối tượng '" + ballot.nomineeId() + "' đã có kết quả bỏ phiếu.");
            }
            if (ballot.inFavour() + ballot.against() + ballot.abstain() > command.present()) {
                throw Rejection.unprocessable("more-votes-than-present", "ballots[" + i + "]", "Tổng số phiếu lớn"
                        + " hơn số thành viên có mặt (" + command.present() + ").");
            }
        }
        List<String> missing = current.nominees().stream().map(Nominee::nomineeId).filter(n -> !voted.contains(n))
                .toList();
        if (!missing.isEmpty()) {
            throw Rejection.unprocessable("missing-ballot", "ballots", "Thiếu kết quả bỏ phiếu của: "
                    + String.join(", ", missing) + ".");
        }
        Proposal counted = current.recordVote(new CouncilVote(command.meetingDate(), command.members(),
                command.present(), command.secretBallot(), command.ballots().stream()
                        .map(b -> new CouncilVote.Ballot(b.nomineeId(), b.inFavour(), b.against(), b.abstain()))
                        .toList(), caller.signature(), clock.instant()));
        proposals.update(counted);
        return counted;
    }

    /** The council sends the proposal back for a fuller dossier. */
    public Proposal returnForFullerDossier(String id, String reason, Caller caller) {
        Proposal returned = byIssuer(id, caller).returnForFullerDossier(reason, new Decision(AwardOutcome.RETURNED,
                null, null, reason, List.of(), caller.signature(), clock.instant()));
        proposals.update(returned);
        return returned;
    }

    /** The chairman's decision; a grant needs the public notice over, every comment answered, a passing vote,
     * every rule passed or overridden and the quota not spent; it warns when the year's fund would be exceeded. */
    public Outcome decide(String id, ProposalCommands.Decide command, Caller caller) {
        Proposal current = byIssuer(id, caller);
        current.requireDecidable();
        Instant now = clock.instant();
        String reason = Texts.trimmed(command.reason());
        if (command.outcome() != AwardOutcome.GRANTED && reason == null) {
            throw Rejection.invalid("reason", "không được để trống khi không khen thưởng hoặc trả lại hồ sơ");
        }
        if (command.outcome() == AwardOutcome.RETURNED) {
            Proposal returned = current.returnForFullerDossier(reason, new Decision(AwardOutcome.RETURNED,
                    command.number(), command.date(), reason, List.of(), caller.signature(), now));
            proposals.update(returned);
            return new Outcome(returned, List.of());
        }
        if (command.outcome() == AwardOutcome.DECLINED) {
            Proposal declined = current.decide(new Decision(AwardOutcome.DECLINED, command.number(), command.date(),
                    reason, List.of(), caller.signature(), now));
            proposals.update(declined);
            return new Outcome(declined, List.of());
        }
        AwardForm form = formOf(current);
        requireRecordComplete(current, command);
        List<Nominee> granted = grantedNominees(current, command.nomineeIds());
        for (Nominee nominee : granted) {
            requireGrantable(current, form, nominee);
        }
        requireQuota(current, form, granted.size(), command.date().getYear());
        List<GrantedRecipient> recipients = granted.stream().map(nominee -> {
            Reward reward = catalogue.rewardOf(form, nominee.recipientType(), command.date());
            return new GrantedRecipient(nominee.nomineeId(), nominee.recipientType(), nominee.name(),
                    nominee.unitCode(), nominee.unitPath(), nominee.personId(), nominee.modelIds(),
                    reward.coefficient(), reward.baseSalary(), reward.amount(), reward.basis());
        }).toList();
        Decision decision = new Decision(AwardOutcome.GRANTED, command.number(), command.date(), reason, recipients,
                caller.signature(), now);
        Proposal decided = current.decide(decision);
        List<String> warnings = fundWarnings(current.issuingUnitCode(), command.date().getYear(), decision.total());
        proposals.update(decided);
        return new Outcome(decided, warnings);
    }

    private void requireRecordComplete(Proposal current, ProposalCommands.Decide command) {
        if (current.notice() == null) {
            throw new ProposalRejections.NotGrantable("not-published", "date", "Danh sách đề nghị chưa được công khai"
                    + " tại đơn vị để lấy ý kiến.");
        }
        if (command.date().isBefore(current.notice().endDate())) {
            throw new ProposalRejections.NotGrantable("disclosure-running", "date", "Thời gian công khai kéo dài đến "
                    + current.notice().endDate() + "; chưa thể quyết định ngày " + command.date() + ".");
        }
        List<String> unanswered = current.comments().stream().filter(c -> !c.answered())
                .map(PublicComment::commentId).toList();
        if (!unanswered.isEmpty()) {
            throw new ProposalRejections.NotGrantable("unanswered-comments", "comments", "Còn ý kiến chưa được trả"
                    + " lời: " + String.join(", ", unanswered) + ".");
        }
        if (current.vote() == null) {
            throw new ProposalRejections.NotGrantable("no-vote", "votes", "Hội đồng chưa bỏ phiếu.");
        }
    }

    private List<Nominee> grantedNominees(Proposal current, List<String> nomineeIds) {
        if (nomineeIds == null) {
            return current.nominees();
        }
        if (nomineeIds.isEmpty()) {
            throw Rejection.invalid("nomineeIds", "phải có ít nhất một đối tượng được khen thưởng");
        }
        List<Nominee> chosen = new ArrayList<>();
        IntStream.range(0, nomineeIds.size()).forEach(i -> {
            Nominee nominee = current.nominee(nomineeIds.get(i)).orElseThrow(() -> Rejection.unprocessable(
                    "unknown-nominee", "nomineeIds[" + i + "]", "Đề nghị không có đối tượng '" + nomineeIds.get(i)
                            + "'."));
            if (!chosen.contains(nominee)) {
                chosen.add(nominee);
            }
        });
        return chosen;
    }

    private void requireGrantable(Proposal current, AwardForm form, Nominee nominee) {
        CouncilVote vote = current.vote();
        if (!vote.quorumMet(form.council())) {
            throw new ProposalRejections.NotGrantable("no-quorum", "votes", "Cuộc họp có " + vote.present() + "/"
                    + vote.members() + " thành viên, chưa đủ " + vote.quorumNeeded(form.council()) + " theo quy chế.");
        }
        if (!vote.passed(nominee.nomineeId(), form.council())) {
            throw new ProposalRejections.NotGrantable("vote-not-passed", "nomineeIds", "'" + nominee.name()
                    + "' chưa đạt " + vote.votesNeeded(form.council()) + " phiếu đồng ý trên " + vote.members()
                    + " thành viên Hội đồng.");
        }
        EligibilitySheet sheet = sheetOf(current, nominee);
        if (!sheet.eligible()) {
            throw new ProposalRejections.NotGrantable("eligibility-blocks", "nomineeIds", "'" + nominee.name()
                    + "' chưa đạt tiêu chí: " + String.join("; ", sheet.blocking().stream()
                    .map(line -> line.result().code() + " (" + line.result().outcome() + ")").toList())
                    + ". Hội đồng cần xác nhận hoặc quyết định vượt tiêu chí kèm lý do.");
        }
    }

    private void requireQuota(Proposal current, AwardForm form, int count, int year) {
        Optional<Quota> quota = catalogue.quotaFor(current.issuingUnitCode(), current.occasion(), form.code(), year);
        if (quota.isEmpty()) {
            return;
        }
        int used = proposals.grantedRecipients(current.issuingUnitCode(), current.occasion(), form.code(), year);
        if (used + count > quota.get().limit()) {
            throw new ProposalRejections.NotGrantable("quota-exceeded", "nomineeIds", "Vượt chỉ tiêu khen thưởng \""
                    + quota.get().basis() + "\": tối đa " + quota.get().limit() + " đối tượng '" + form.name()
                    + "' dịp " + current.occasion().label() + " năm " + year + ", đã khen thưởng " + used
                    + ", đề nghị thêm " + count + ".");
        }
    }

    private List<String> fundWarnings(String issuer, int year, long adding) {
        long spent = proposals.granted(issuer, year).stream().mapToLong(p -> p.decision().total()).sum();
        return catalogue.fundFor(issuer, year)
                .filter(fund -> spent + adding > fund.amount())
                .map(fund -> List.of("Tổng tiền thưởng năm " + year + " (" + (spent + adding) + " đồng) vượt quỹ"
                        + " khen thưởng " + fund.amount() + " đồng (" + fund.basis() + ")."))
                .orElse(List.of());
    }

    /** The eligibility sheet of every nominee. */
    public List<EligibilitySheet> eligibility(String id) {
        Proposal proposal = get(id);
        return proposal.nominees().stream().map(nominee -> sheetOf(proposal, nominee)).toList();
    }

    private EligibilitySheet sheetOf(Proposal proposal, Nominee nominee) {
        CampaignRecord campaign = campaignOf(proposal);
        RuleSet set = ruleSet(campaign, proposal.occasion());
        return eligibility.sheet(set, window(set, campaign, proposal), candidate(proposal, nominee),
                proposal.attestations(), proposal.overrides());
    }

    private RuleDefinition rule(Proposal proposal, Nominee nominee, String ruleCode) {
        RuleSet set = ruleSet(campaignOf(proposal), proposal.occasion());
        return EligibilityChecker.rulesFor(set, candidate(proposal, nominee)).stream()
                .filter(rule -> rule.code().equals(ruleCode)).findFirst()
                .orElseThrow(() -> Rejection.unprocessable("unknown-rule", "ruleCode", "Tiêu chí '" + ruleCode
                        + "' không áp dụng cho '" + nominee.name() + "'."));
    }

    private Candidate candidate(Proposal proposal, Nominee nominee) {
        String household = nominee.personId() == null ? null
                : people.find(nominee.personId()).map(p -> p.details().household()).orElse(null);
        AdministrativeUnit unit = scope.requireKnown("unitCode", nominee.unitCode());
        return new Candidate(nominee.nomineeId(), nominee.category(), nominee.name(), nominee.unitCode(),
                nominee.unitPath(), unit.level(), nominee.personId(), household, nominee.modelIds(),
                proposal.unitPath());
    }

    private static List<Integer> window(RuleSet set, CampaignRecord campaign, Proposal proposal) {
        return set.window() == Window.YEAR ? List.of(proposal.year())
                : IntStream.rangeClosed(campaign.startYear(), campaign.endYear()).boxed().toList();
    }

    private CampaignRecord campaignOf(Proposal proposal) {
        return evidence.campaign(proposal.campaignId()).orElseThrow(() -> Rejection.unprocessable("unknown-campaign",
                "campaignId", "Không có phong trào/kế hoạch mã '" + proposal.campaignId() + "'."));
    }

    private RuleSet ruleSet(CampaignRecord campaign, vn.dvk.contracts.catalog.AwardOccasion occasion) {
        return catalogue.ruleSetFor(campaign.issuingUnitCode(), campaign.documentNumber(), occasion)
                .orElseThrow(() -> Rejection.unprocessable("no-rule-set", "occasion", "Danh mục chưa có tiêu chuẩn"
                        + " khen thưởng dịp " + occasion.label() + " cho phong trào '" + campaign.name() + "'."));
    }

    private AwardForm formOf(Proposal proposal) {
        return catalogue.form(proposal.formCode()).orElseThrow(() -> Rejection.unprocessable("unknown-form",
                "formCode", "Danh mục không còn hình thức khen thưởng '" + proposal.formCode() + "'."));
    }

    private static Nominee nominee(Proposal proposal, String nomineeId) {
        return proposal.nominee(nomineeId).orElseThrow(() -> Rejection.unprocessable("unknown-nominee", "nomineeId",
                "Đề nghị không có đối tượng '" + nomineeId + "'."));
    }

    private Proposal writableByUnit(String id) {
        Proposal proposal = get(id);
        scope.requireWritable("proposingUnitCode", proposal.proposingUnitCode());
        return proposal;
    }

    private Proposal byIssuer(String id, Caller caller) {
        Proposal proposal = get(id);
        if (!caller.unitCode().equals(proposal.issuingUnitCode())) {
            throw new ProposalRejections.NotTheIssuer(proposal.issuingUnitCode());
        }
        return proposal;
    }

    public Optional<Proposal> find(String id) {
        return id == null ? Optional.empty() : proposals.find(id);
    }

    public Proposal get(String id) {
        return find(id).orElseThrow(() -> Rejection.notFound("đề nghị khen thưởng", id));
    }

    public ProposalPage list(ProposalQuery query) {
        return proposals.list(query);
    }
}
