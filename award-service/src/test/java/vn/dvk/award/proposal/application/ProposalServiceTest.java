package vn.dvk.award.proposal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.award.evidence.domain.CampaignRecord;
import vn.dvk.award.evidence.domain.ModelRecord;
import vn.dvk.award.evidence.domain.RatingRecord;
import vn.dvk.award.proposal.domain.Proposal;
import vn.dvk.award.proposal.domain.ProposalRejections;
import vn.dvk.award.proposal.domain.ProposalStatus;
import vn.dvk.award.support.Files;
import vn.dvk.award.support.fakes.InMemoryAwards;
import vn.dvk.contracts.catalog.AwardOccasion;
import vn.dvk.contracts.catalog.AwardOutcome;
import vn.dvk.contracts.catalog.DossierDocumentKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.catalog.RatedSubject;
import vn.dvk.contracts.catalog.RecipientType;
import vn.dvk.contracts.catalog.TaskRating;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.contracts.catalog.Role;

/**
 * The chairman's decision on in-memory ports, without Spring: what blocks a grant (a failing rule until the council
 * overrides it with a reason, the quota of the issuer), what a decline needs, the fund warning, and refused uploads.
 */
class ProposalServiceTest {

    private static final Instant NOW = Instant.parse("2025-10-20T02:00:00Z");
    private static final String COMMUNE = "04096";
    private static final String FORM = "GIAY_KHEN_CHU_TICH_UBND_HUYEN";
    private static final Caller CLERK = new Caller("longphieng.canbo", "Cán bộ xã Lóng Phiêng", COMMUNE,
            Set.of(Role.UNIT_CLERK));
    private static final Caller COUNCIL = new Caller("yenchau.hdtdkt", "Hội đồng TĐKT huyện", "124",
            Set.of(Role.COUNCIL_MEMBER));
    private static final Caller CHAIRMAN = new Caller("yenchau.chutich", "Chủ tịch UBND huyện", "124",
            Set.of(Role.CHAIRMAN));
    private static final TaskRating[] TWO_EXCELLENT = {TaskRating.GOOD, TaskRating.EXCELLENT, TaskRating.GOOD,
            TaskRating.EXCELLENT, TaskRating.GOOD};
    private static final ProposalCommands.Decide GRANT = new ProposalCommands.Decide(AwardOutcome.GRANTED,
            "123/QĐ-UBND", LocalDate.of(2025, 10, 15), null, null);

    /** Plan 294/KH-UBND of Yên Châu (seed 000), 2021–2025, as registration announced it. */
    private static String yenChauCampaign(InMemoryAwards awards) {
        String campaign = UUID.randomUUID().toString();
        awards.evidence.putCampaign(new CampaignRecord(campaign, "124", InMemoryAwards.pathOf("124"),
                "Phong trào thi đua \"Dân vận khéo\" giai đoạn 2021-2025", "294/KH-UBND", 2021, 2025, 1));
        return campaign;
    }

    /** Lóng Phiêng proposes itself for the district's Giấy khen at the final review, council vote recorded. */
    private static String votedProposal(InMemoryAwards awards, TaskRating... communeRatings) {
        ProposalService proposals = awards.proposalService();
        String campaign = yenChauCampaign(awards);
        String model = UUID.randomUUID().toString();
        awards.evidence.putModel(new ModelRecord(model, 2024, COMMUNE, InMemoryAwards.pathOf(COMMUNE),
                OwnerType.COLLECTIVE, "Trồng lê Tai nung", "Chi hội Nông dân", "Nguyễn Hương Bông",
                ModelStatus.RECOGNIZED, null, 5, null));
        for (int i = 0; i < communeRatings.length; i++) {
            awards.evidence.putRating(new RatingRecord(UUID.randomUUID().toString(), RatedSubject.UNIT, COMMUNE,
                    InMemoryAwards.pathOf(COMMUNE), null, 2021 + i, communeRatings[i], null, 1));
        }
        Proposal created = proposals.create(new ProposalCommands.Create(campaign, AwardOccasion.FINAL, 2025, FORM,
                COMMUNE, List.of(new ProposalCommands.NomineeInput(RecipientType.COLLECTIVE, COMMUNE, null, null,
                        List.of(model)))), CLERK);
        String id = created.id();
        proposals.upload(id, new ProposalCommands.Upload("PROPOSAL_LETTER", "to-trinh.pdf", Files.pdf()), CLERK);
        proposals.upload(id, new ProposalCommands.Upload("COUNCIL_MINUTES", "bien-ban.docx", Files.docx()), CLERK);
        proposals.upload(id, new ProposalCommands.Upload("ACHIEVEMENT_REPORT", "bao-cao.xlsx", Files.xlsx()), CLERK);
        proposals.submit(id, CLERK);
        for (String judgement : List.of("DIRECTIVE_ISSUED", "SOLIDARITY_DEMOCRACY")) {
            proposals.attest(id, new ProposalCommands.Attest("N1", judgement, true, "Biên bản kiểm tra 20/9/2025"),
                    COUNCIL);
        }
        proposals.publish(id, new ProposalCommands.Publish(LocalDate.of(2025, 10, 1), "Nhà văn hóa xã"), CLERK);
        proposals.vote(id, new ProposalCommands.Vote(LocalDate.of(2025, 10, 8), 9, 8, true,
                List.of(new ProposalCommands.Ballot("N1", 7, 1, 0))), COUNCIL);
        return id;
    }

    @Test
    void given_every_rule_passed_when_the_chairman_grants_then_the_recipient_gets_the_catalogue_s_money() {
        InMemoryAwards awards = new InMemoryAwards(NOW);
        String id = votedProposal(awards, TWO_EXCELLENT);

        ProposalService.Outcome outcome = awards.proposalService().decide(id, GRANT, CHAIRMAN);

        assertThat(outcome.proposal().status()).isEqualTo(ProposalStatus.GRANTED);
        assertThat(outcome.proposal().decision().recipients()).singleElement()
                .satisfies(recipient -> assertThat(recipient.amount()).as("0.6 × 2,340,000").isEqualTo(1_404_000));
        assertThat(outcome.warnings()).isEmpty();
    }

    @Test
    void given_a_failing_rule_then_the_grant_is_refused_until_the_council_overrides_it_with_a_reason() {
        InMemoryAwards awards = new InMemoryAwards(NOW);
        ProposalService proposals = awards.proposalService();
        String id = votedProposal(awards, TaskRating.GOOD, TaskRating.EXCELLENT, TaskRating.COMPLETED,
                TaskRating.EXCELLENT, TaskRating.GOOD);

        assertThatThrownBy(() -> proposals.decide(id, GRANT, CHAIRMAN))
                .isInstanceOfSatisfying(ProposalRejections.NotGrantable.class, refused -> {
                    assertThat(refused.code()).isEqualTo("eligibility-blocks");
                    assertThat(refused.getMessage()).contains("TASK_RATINGS (FAIL)");
                });
        assertThat(proposals.get(id).status()).isEqualTo(ProposalStatus.SUBMITTED);

        proposals.override(id, new ProposalCommands.Override("N1", "TASK_RATINGS",
                "Năm 2023 xã bị ảnh hưởng thiên tai, Hội đồng thống nhất xét"), COUNCIL);
        Proposal granted = proposals.decide(id, GRANT, CHAIRMAN).proposal();

        assertThat(granted.status()).isEqualTo(ProposalStatus.GRANTED);
        assertThat(granted.overrides()).singleElement()
                .satisfies(override -> assertThat(override.reason()).contains("thiên tai"));
    }

    @Test
    void given_the_issuer_s_quota_spent_then_a_grant_is_refused_naming_the_quota_and_nothing_changes() {
        InMemoryAwards awards = new InMemoryAwards(NOW, catalogue -> catalogue.replace(
                "form: GIAY_KHEN_CHU_TICH_UBND_HUYEN\n    limit: 20", "form: GIAY_KHEN_CHU_TICH_UBND_HUYEN\n    limit: 1"));
        ProposalService proposals = awards.proposalService();
        String first = votedProposal(awards, TWO_EXCELLENT);
        String second = votedProposal(awards, TWO_EXCELLENT);
        proposals.decide(first, GRANT, CHAIRMAN);

        assertThatThrownBy(() -> proposals.decide(second, GRANT, CHAIRMAN))
                .isInstanceOfSatisfying(ProposalRejections.NotGrantable.class, refused -> {
                    assertThat(refused.code()).isEqualTo("quota-exceeded");
                    assertThat(refused.getMessage()).contains("Chỉ tiêu khen thưởng tổng kết phong trào của Chủ tịch"
                            + " UBND huyện Yên Châu", "tối đa 1", "đã khen thưởng 1");
                });
        assertThat(proposals.get(second).status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(proposals.get(second).decision()).isNull();
    }

    @Test
    void given_a_fund_smaller_than_the_year_s_awards_then_the_grant_is_recorded_with_a_warning() {
        InMemoryAwards awards = new InMemoryAwards(NOW, catalogue -> catalogue.replace("amount: 30000000",
                "amount: 1000000"));
        String id = votedProposal(awards, TWO_EXCELLENT);

        ProposalService.Outcome outcome = awards.proposalService().decide(id, GRANT, CHAIRMAN);

        assertThat(outcome.proposal().status()).isEqualTo(ProposalStatus.GRANTED);
        assertThat(outcome.warnings()).singleElement().asString().contains("1404000", "vượt quỹ", "1000000");
    }

    @Test
    void given_a_decline_then_it_needs_a_reason_and_records_no_recipient() {
        InMemoryAwards awards = new InMemoryAwards(NOW);
        ProposalService proposals = awards.proposalService();
        String id = votedProposal(awards, TWO_EXCELLENT);

        assertThatThrownBy(() -> proposals.decide(id, new ProposalCommands.Decide(AwardOutcome.DECLINED,
                "124/QĐ-UBND", LocalDate.of(2025, 10, 15), " ", null), CHAIRMAN))
                .isInstanceOfSatisfying(Rejection.InvalidInput.class, refused -> assertThat(refused.issues())
                        .extracting(Rejection.FieldIssue::field).containsExactly("reason"));
        Proposal declined = proposals.decide(id, new ProposalCommands.Decide(AwardOutcome.DECLINED, "124/QĐ-UBND",
                LocalDate.of(2025, 10, 15), "Chưa tiêu biểu so với các đơn vị khác", null), CHAIRMAN).proposal();

        assertThat(declined.status()).isEqualTo(ProposalStatus.DECLINED);
        assertThat(declined.decision().recipients()).isEmpty();
        assertThat(awards.proposals.granted("124", 2025)).isEmpty();
    }

    @Test
    void given_refused_uploads_then_no_file_is_stored_and_the_dossier_is_unchanged() {
        InMemoryAwards awards = new InMemoryAwards(NOW);
        ProposalService proposals = awards.proposalService();
        Proposal draft = proposals.create(new ProposalCommands.Create(yenChauCampaign(awards), AwardOccasion.FINAL,
                2025, FORM, COMMUNE, List.of(new ProposalCommands.NomineeInput(RecipientType.COLLECTIVE, COMMUNE,
                        null, null, List.of()))), CLERK);

        for (byte[] refused : List.of(Files.exe(), new byte[0], new byte[(int) InMemoryAwards.MAX_DOCUMENT_BYTES + 1],
                "%PDX not really".getBytes(StandardCharsets.US_ASCII))) {
            assertThatThrownBy(() -> proposals.upload(draft.id(), new ProposalCommands.Upload("PROPOSAL_LETTER",
                    "to-trinh.pdf", refused), CLERK)).isInstanceOf(ProposalRejections.RefusedDocument.class);
        }

        assertThat(awards.files.count()).isZero();
        assertThat(proposals.get(draft.id()).documents()).isEmpty();
        assertThat(proposals.get(draft.id()).version()).isEqualTo(draft.version());
    }

    @Test
    void given_a_proposal_returned_for_a_fuller_dossier_then_the_unit_completes_it_submits_again_and_a_new_round_decides() {
        InMemoryAwards awards = new InMemoryAwards(NOW);
        ProposalService proposals = awards.proposalService();
        String id = votedProposal(awards, TWO_EXCELLENT);

        Proposal returned = proposals.returnForFullerDossier(id, "Báo cáo thành tích thiếu số liệu năm 2024",
                COUNCIL);
        assertThat(returned.status()).isEqualTo(ProposalStatus.RETURNED);
        assertThat(returned.lastStep().eventType()).isEqualTo("vn.dvk.award.proposal-returned.v1");
        assertThat(returned.lastStep().note()).contains("thiếu số liệu năm 2024");
        assertThat(returned.attestations()).as("the council's records of the round are cleared").isEmpty();
        assertThat(returned.vote()).isNull();
        assertThatThrownBy(() -> proposals.decide(id, GRANT, CHAIRMAN))
                .isInstanceOf(ProposalRejections.WrongStatus.class);

        proposals.upload(id, new ProposalCommands.Upload("ACHIEVEMENT_REPORT", "bao-cao-bo-sung.xlsx",
                Files.xlsx()), CLERK);
        Proposal resubmitted = proposals.submit(id, CLERK);
        assertThat(resubmitted.status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(resubmitted.lastStep().eventType()).isEqualTo("vn.dvk.award.proposal-submitted.v1");
        assertThat(resubmitted.document(DossierDocumentKind.ACHIEVEMENT_REPORT)
                .orElseThrow().filename()).isEqualTo("bao-cao-bo-sung.xlsx");
        assertThat(awards.files.count()).as("the replaced report is gone").isEqualTo(3);
        assertThatThrownBy(() -> proposals.decide(id, GRANT, CHAIRMAN))
                .isInstanceOfSatisfying(ProposalRejections.NotGrantable.class,
                        refused -> assertThat(refused.code()).isEqualTo("no-vote"));

        for (String judgement : List.of("DIRECTIVE_ISSUED", "SOLIDARITY_DEMOCRACY")) {
            proposals.attest(id, new ProposalCommands.Attest("N1", judgement, true, "Biên bản kiểm tra 05/11/2025"),
                    COUNCIL);
        }
        proposals.vote(id, new ProposalCommands.Vote(LocalDate.of(2025, 11, 10), 9, 9, false,
                List.of(new ProposalCommands.Ballot("N1", 8, 0, 1))), COUNCIL);
        Proposal granted = proposals.decide(id, new ProposalCommands.Decide(AwardOutcome.GRANTED, "140/QĐ-UBND",
                LocalDate.of(2025, 11, 15), null, null), CHAIRMAN).proposal();

        assertThat(granted.status()).isEqualTo(ProposalStatus.GRANTED);
        assertThat(granted.history()).extracting(step -> step.action())
                .containsSubsequence("SUBMIT", "RETURN", "ATTACH", "SUBMIT", "VOTE", "DECIDE");
    }

    @Test
    void given_the_chairman_returns_a_proposal_by_decision_then_its_number_and_reason_are_recorded() {
        InMemoryAwards awards = new InMemoryAwards(NOW);
        ProposalService proposals = awards.proposalService();
        String id = votedProposal(awards, TWO_EXCELLENT);

        assertThatThrownBy(() -> proposals.decide(id, new ProposalCommands.Decide(AwardOutcome.RETURNED,
                "130/QĐ-UBND", LocalDate.of(2025, 10, 15), null, null), CHAIRMAN))
                .isInstanceOfSatisfying(Rejection.InvalidInput.class, refused -> assertThat(refused.issues())
                        .extracting(Rejection.FieldIssue::field).containsExactly("reason"));
        Proposal returned = proposals.decide(id, new ProposalCommands.Decide(AwardOutcome.RETURNED, "130/QĐ-UBND",
                LocalDate.of(2025, 10, 15), "Bổ sung biên bản họp có chữ ký", null), CHAIRMAN).proposal();

        assertThat(returned.status()).isEqualTo(ProposalStatus.RETURNED);
        assertThat(returned.decision().number()).isEqualTo("130/QĐ-UBND");
        assertThat(returned.decision().reason()).isEqualTo("Bổ sung biên bản họp có chữ ký");
        assertThat(proposals.submit(id, CLERK).status()).isEqualTo(ProposalStatus.SUBMITTED);
    }

    @Test
    void given_a_council_of_nine_then_six_present_make_the_quorum_and_five_in_favour_pass_but_not_fewer() {
        InMemoryAwards awards = new InMemoryAwards(NOW);
        ProposalService proposals = awards.proposalService();
        String id = votedProposal(awards, TWO_EXCELLENT);

        proposals.vote(id, new ProposalCommands.Vote(LocalDate.of(2025, 10, 9), 9, 5, false,
                List.of(new ProposalCommands.Ballot("N1", 5, 0, 0))), COUNCIL);
        assertThatThrownBy(() -> proposals.decide(id, GRANT, CHAIRMAN))
                .isInstanceOfSatisfying(ProposalRejections.NotGrantable.class, refused -> {
                    assertThat(refused.code()).isEqualTo("no-quorum");
                    assertThat(refused.getMessage()).contains("5/9", "chưa đủ 6");
                });
        proposals.vote(id, new ProposalCommands.Vote(LocalDate.of(2025, 10, 10), 9, 6, false,
                List.of(new ProposalCommands.Ballot("N1", 4, 1, 1))), COUNCIL);
        assertThatThrownBy(() -> proposals.decide(id, GRANT, CHAIRMAN))
                .isInstanceOfSatisfying(ProposalRejections.NotGrantable.class, refused -> {
                    assertThat(refused.code()).isEqualTo("vote-not-passed");
                    assertThat(refused.getMessage()).contains("5 phiếu đồng ý trên 9");
                });
        proposals.vote(id, new ProposalCommands.Vote(LocalDate.of(2025, 10, 11), 9, 6, false,
                List.of(new ProposalCommands.Ballot("N1", 5, 1, 0))), COUNCIL);

        assertThat(proposals.decide(id, GRANT, CHAIRMAN).proposal().status()).isEqualTo(ProposalStatus.GRANTED);
    }
}
