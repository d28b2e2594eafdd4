package vn.dvk.portal.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the proposal's page reads from a proposal: the missing documents, the stage, the blocking rules. */
class ProposalTest {

    private static Proposal proposal(String status, String... documentKinds) {
        List<Proposal.DossierDocument> documents = java.util.Arrays.stream(documentKinds)
                .map(kind -> new Proposal.DossierDocument(kind, kind, kind + ".pdf", "PDF", 1, "clerk", Instant.EPOCH))
                .toList();
        return new Proposal("p-1", "c-1", "YEARLY", 2022, "GK", "124", "04096", status, List.of(), documents, null,
                null, 1, Instant.EPOCH, Instant.EPOCH, null, null, null, null);
    }

    @Test
    void the_missing_documents_are_named_in_the_order_of_the_dossier() {
        // given a draft with only the council's minutes
        Proposal draft = proposal("DRAFT", "COUNCIL_MINUTES");

        // then the letter and the report are missing, letter first
        assertThat(draft.missingDocuments()).containsExactly("PROPOSAL_LETTER", "ACHIEVEMENT_REPORT");
        assertThat(proposal("DRAFT", "ACHIEVEMENT_REPORT", "PROPOSAL_LETTER", "COUNCIL_MINUTES").missingDocuments())
                .isEmpty();
    }

    @Test
    void a_draft_or_returned_proposal_is_prepared_and_a_submitted_one_is_before_the_council() {
        assertThat(proposal("DRAFT").inPreparation()).isTrue();
        assertThat(proposal("RETURNED").inPreparation()).isTrue();
        assertThat(proposal("SUBMITTED").inPreparation()).isFalse();
        assertThat(proposal("SUBMITTED").beforeCouncil()).isTrue();
        assertThat(proposal("GRANTED").beforeCouncil()).isFalse();
        assertThat(proposal("GRANTED").statusLabel()).isEqualTo("Được khen thưởng");
        assertThat(proposal("ARCHIVED").statusLabel()).isEqualTo("ARCHIVED");
    }

    @Test
    void a_rule_not_passed_blocks_the_nominee_until_the_council_overrides_it() {
        // given a nominee with one passed rule and one without evidence
        EligibilitySheet.Line passed = new EligibilitySheet.Line(new EligibilitySheet.Result("R1", "Năm", null,
                "PASS", "đạt", List.of()), null);
        EligibilitySheet.Result unproven = new EligibilitySheet.Result("R2", "Danh hiệu", null, "MISSING_EVIDENCE",
                "thiếu", List.of("2021: chưa có"));

        // then the sheet is not eligible, and is once the council overrides the unproven rule
        assertThat(new EligibilitySheet("n1", "Bản", List.of(passed, new EligibilitySheet.Line(unproven, null)))
                .eligible()).isFalse();
        assertThat(new EligibilitySheet("n1", "Bản", List.of(passed, new EligibilitySheet.Line(unproven,
                new EligibilitySheet.Override("đã xác minh", "council", Instant.EPOCH)))).eligible()).isTrue();
        assertThat(unproven.outcomeLabel()).isEqualTo("Thiếu minh chứng");
    }
}
