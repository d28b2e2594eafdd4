package vn.dvk.award.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.award.catalogue.domain.CouncilRule;
import vn.dvk.award.catalogue.domain.Share;

/**
 * The council's rule of the catalogue: a meeting needs two thirds of the members present, a nominee half of all
 * members in favour (seven tenths at the province), counted exactly.
 */
class CouncilVoteTest {

    private static final CouncilRule ORDINARY = new CouncilRule(Share.valueOf("2/3"), Share.valueOf("1/2"), true,
            "Quy chế Hội đồng Thi đua – Khen thưởng");
    private static final CouncilRule PROVINCE = new CouncilRule(Share.valueOf("2/3"), Share.valueOf("0.7"), true,
            "Quy chế Hội đồng Thi đua – Khen thưởng tỉnh");

    private static CouncilVote vote(int members, int present, int inFavour) {
        return new CouncilVote(LocalDate.of(2025, 10, 8), members, present, true,
                List.of(new CouncilVote.Ballot("N1", inFavour, present - inFavour, 0)), "Hội đồng",
                Instant.parse("2025-10-08T02:00:00Z"));
    }

    @Test
    void two_thirds_of_nine_members_are_six_and_five_present_is_no_quorum() {
        assertThat(vote(9, 6, 5).quorumNeeded(ORDINARY)).isEqualTo(6);
        assertThat(vote(9, 6, 5).quorumMet(ORDINARY)).isTrue();
        assertThat(vote(9, 5, 5).quorumMet(ORDINARY)).isFalse();
        assertThat(vote(3, 2, 2).quorumMet(ORDINARY)).as("two of three").isTrue();
        assertThat(vote(7, 4, 4).quorumMet(ORDINARY)).as("4/7 is less than two thirds").isFalse();
    }

    @Test
    void a_nominee_passes_with_half_of_all_members_in_favour_or_seven_tenths_at_the_province() {
        assertThat(vote(9, 6, 5).votesNeeded(ORDINARY)).isEqualTo(5);
        assertThat(vote(9, 6, 5).passed("N1", ORDINARY)).isTrue();
        assertThat(vote(9, 8, 4).passed("N1", ORDINARY)).as("4 of 9 members is less than half").isFalse();
        assertThat(vote(9, 8, 6).votesNeeded(PROVINCE)).as("6.3 rounded up").isEqualTo(7);
        assertThat(vote(9, 8, 6).passed("N1", PROVINCE)).isFalse();
        assertThat(vote(10, 8, 7).passed("N1", PROVINCE)).isTrue();
        assertThat(vote(9, 5, 5).passed("N1", ORDINARY)).as("no quorum, no pass").isFalse();
        assertThat(vote(9, 8, 7).passed("N2", ORDINARY)).as("no ballot for N2").isFalse();
    }

    @Test
    void a_share_is_read_as_a_ratio_or_a_decimal_and_must_lie_within_the_council() {
        assertThat(Share.valueOf("2/3")).isEqualTo(new Share(2, 3));
        assertThat(Share.valueOf(" 7 / 10 ")).isEqualTo(new Share(7, 10));
        assertThat(Share.valueOf("0.70")).isEqualTo(new Share(7, 10));
        assertThat(Share.valueOf(0.5)).isEqualTo(new Share(5, 10));
        assertThat(Share.valueOf("1")).isEqualTo(new Share(1, 1));
        assertThatThrownBy(() -> Share.valueOf("3/2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Share.valueOf("0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Share.valueOf("2/0")).isInstanceOf(IllegalArgumentException.class);
    }
}
