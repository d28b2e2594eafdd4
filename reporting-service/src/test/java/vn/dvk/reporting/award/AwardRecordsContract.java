package vn.dvk.reporting.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.reporting.award.domain.AwardRecord;
import vn.dvk.reporting.award.domain.AwardRecords;

/** What every {@link AwardRecords} keeps: one record per id, read by year and by a unit's subtree. */
public abstract class AwardRecordsContract {

    protected abstract AwardRecords awards();

    private static AwardRecord award(String proposalId, String nomineeId, int year, String unitPath, long amount) {
        return new AwardRecord(proposalId + "/" + nomineeId, proposalId, year, "GIAY_KHEN_CHU_TICH_UBND_HUYEN",
                "Giấy khen của Chủ tịch UBND huyện", "INDIVIDUAL", unitPath.substring(unitPath.lastIndexOf('/') + 1),
                unitPath, amount);
    }

    @Test
    void an_award_put_again_is_kept_once_with_its_last_figures() {
        AwardRecords awards = awards();
        String proposal = "p-" + UUID.randomUUID();

        awards.putAll(List.of(award(proposal, "N1", 2040, "14/124/04096", 702_000)));
        awards.putAll(List.of(award(proposal, "N1", 2040, "14/124/04096", 703_000)));

        assertThat(awards.of(2040, "14/124/04096")).singleElement()
                .satisfies(award -> assertThat(award.amount()).isEqualTo(703_000));
    }

    @Test
    void a_read_returns_the_year_s_awards_of_the_unit_and_everything_below_it_only() {
        AwardRecords awards = awards();
        String proposal = "p-" + UUID.randomUUID();
        awards.putAll(List.of(award(proposal, "N1", 2041, "14/124/04096", 702_000),
                award(proposal, "N2", 2041, "14/124", 1_404_000),
                award(proposal, "N3", 2041, "14/124/04063", 702_000),
                award(proposal, "N4", 2042, "14/124/04096", 702_000),
                award(proposal, "N5", 2041, "14/1240", 702_000)));

        assertThat(awards.of(2041, "14/124")).extracting(AwardRecord::id)
                .containsExactlyInAnyOrder(proposal + "/N1", proposal + "/N2", proposal + "/N3");
        assertThat(awards.of(2041, "14/124/04096")).extracting(AwardRecord::id).containsExactly(proposal + "/N1");
        assertThat(awards.of(2043, "14/124")).isEmpty();
    }
}
