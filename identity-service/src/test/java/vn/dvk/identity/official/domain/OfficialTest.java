package vn.dvk.identity.official.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.contracts.catalog.Role;

class OfficialTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final LockoutPolicy FIVE_FOR_FIFTEEN_MINUTES = new LockoutPolicy(5, Duration.ofMinutes(15));

    private static Official.Profile clerkOf(String unit) {
        return new Official.Profile("Lò Thị Hoa", "hoa@dvk.local", unit, Set.of(Role.UNIT_CLERK), true);
    }

    private static Official anOfficial() {
        return Official.create("yenchau.hoa", clerkOf("124"), "14/124", "{bcrypt}hash", "admin", NOW);
    }

    private static Official failedTimes(Official official, int times, Instant at) {
        Official current = official;
        for (int i = 0; i < times; i++) {
            current = current.afterFailedSignIn(FIVE_FOR_FIFTEEN_MINUTES, at);
        }
        return current;
    }

    @Test
    void four_wrong_passwords_do_not_lock_and_the_fifth_locks_for_the_policys_duration() {
        Official official = anOfficial();

        Official afterFour = failedTimes(official, 4, NOW);
        Official afterFive = afterFour.afterFailedSignIn(FIVE_FOR_FIFTEEN_MINUTES, NOW);

        assertThat(afterFour.isLocked(NOW)).isFalse();
        assertThat(afterFour.failedAttempts()).isEqualTo(4);
        assertThat(afterFive.isLocked(NOW)).isTrue();
        assertThat(afterFive.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(afterFive.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(afterFive.version()).isEqualTo(official.version() + 5);
    }

    @Test
    void while_locked_a_failure_changes_nothing_and_after_the_lock_counting_starts_over() {
        Official locked = failedTimes(anOfficial(), 5, NOW);

        Official duringLock = locked.afterFailedSignIn(FIVE_FOR_FIFTEEN_MINUTES, NOW.plusSeconds(60));
        Instant later = NOW.plus(Duration.ofMinutes(16));
        Official afterLock = locked.afterFailedSignIn(FIVE_FOR_FIFTEEN_MINUTES, later);

        assertThat(duringLock).isSameAs(locked);
        assertThat(afterLock.isLocked(later)).isFalse();
        assertThat(afterLock.failedAttempts()).isEqualTo(1);
        assertThat(afterLock.lockedUntil()).isNull();
        assertThat(failedTimes(afterLock, 4, later).isLocked(later)).isTrue();
    }

    @Test
    void a_successful_sign_in_clears_the_count_and_a_new_password_lifts_a_lock() {
        Official threeFailures = failedTimes(anOfficial(), 3, NOW);
        Official locked = failedTimes(anOfficial(), 5, NOW);

        Official signedIn = threeFailures.afterSuccessfulSignIn();
        Official reset = locked.withPassword("{bcrypt}new", "admin", NOW);

        assertThat(signedIn.failedAttempts()).isZero();
        assertThat(signedIn.hasSignInRecord()).isFalse();
        assertThat(failedTimes(signedIn, 4, NOW).isLocked(NOW)).isFalse();
        assertThat(reset.isLocked(NOW)).isFalse();
        assertThat(reset.passwordHash()).isEqualTo("{bcrypt}new");
    }

    @Test
    void an_official_needs_a_valid_login_a_name_an_address_a_unit_and_at_least_one_role() {
        Official.Profile noRoles = new Official.Profile(" ", "not-an-address", "124", Set.of(), true);

        assertThatThrownBy(() -> Official.create("Bad Login", noRoles, "14/124", "{bcrypt}hash", "admin", NOW))
                .isInstanceOfSatisfying(Rejection.InvalidInput.class, problem -> assertThat(problem.issues())
                        .extracting(Rejection.FieldIssue::field)
                        .containsExactlyInAnyOrder("login", "displayName", "email", "roles"));
    }

    @Test
    void roles_are_kept_as_a_set_whatever_order_they_come_in_and_a_profile_change_keeps_the_password() {
        Official.Profile two = new Official.Profile("Quản trị", "qt@dvk.local", "14",
                Set.of(Role.AUDITOR, Role.ADMIN), true);
        Official admin = Official.create("sonla.qt", two, "14", "{bcrypt}hash", "demo", NOW);

        Official moved = admin.withProfile(clerkOf("124"), "14/124", "sonla.admin", NOW.plusSeconds(5));

        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.AUDITOR);
        assertThat(moved.roles()).containsExactly(Role.UNIT_CLERK);
        assertThat(moved.unitPath()).isEqualTo("14/124");
        assertThat(moved.passwordHash()).isEqualTo("{bcrypt}hash");
        assertThat(moved.updatedBy()).isEqualTo("sonla.admin");
        assertThat(moved.version()).isEqualTo(2);
    }

    @Test
    void passwords_chosen_by_an_administrator_are_long_and_not_trivial() {
        assertThatThrownBy(() -> Official.checkPassword("password", "short"))
                .isInstanceOfSatisfying(Rejection.InvalidInput.class,
                        problem -> assertThat(problem.issues().get(0).field()).isEqualTo("password"));
        assertThatThrownBy(() -> Official.checkPassword("password", "aaaaaaaaaaaa"))
                .isInstanceOf(Rejection.InvalidInput.class);
        Official.checkPassword("password", "Lóng-Phiêng-2026");
    }

    @Test
    void a_lockout_policy_needs_a_positive_limit_and_duration() {
        assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
