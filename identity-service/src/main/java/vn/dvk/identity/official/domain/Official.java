package vn.dvk.identity.official.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.contracts.catalog.Role;

/**
 * An official who signs in: the login is the identity (the tokens' {@code sub}), the home unit bounds what the
 * official sees and does everywhere, the roles say what the official may do there. {@code passwordHash} is an
 * encoded password ({@code {bcrypt}...}); it never leaves the service. Wrong passwords are counted and lock the
 * account for a while ({@link LockoutPolicy}). The version counts saves.
 */
public record Official(String login, String displayName, String email, String unitCode, String unitPath,
                       Set<Role> roles, boolean enabled, String passwordHash, int failedAttempts,
                       Instant lockedUntil, Instant createdAt, Instant updatedAt, String updatedBy, long version) {

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_PASSWORD_LENGTH = 128;

    public Official {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** What an administrator states about an official. */
    public record Profile(String displayName, String email, String unitCode, Set<Role> roles, boolean enabled) {
    }

    /** A new official at version 1, checked completely; {@code unitPath} is the home unit's path. */
    public static Official create(String login, Profile profile, String unitPath, String passwordHash, String by,
                                  Instant at) {
        List<Rejection.FieldIssue> problems = new ArrayList<>();
        if (login == null || !LOGIN.matcher(login).matches()) {
            problems.add(new Rejection.FieldIssue("login", "chỉ gồm chữ thường không dấu, chữ số, dấu chấm,"
                    + " gạch ngang, gạch dưới; từ 3 đến 64 ký tự, bắt đầu bằng chữ hoặc số"));
        }
        problems.addAll(check(profile));
        if (!problems.isEmpty()) {
            throw Rejection.invalid(problems);
        }
        return new Official(login, profile.displayName().strip(), profile.email().strip(), profile.unitCode(),
                unitPath, profile.roles(), profile.enabled(), passwordHash, 0, null, at, at, by, 1);
    }

    /** The profile replaced; the password and the sign-in record stay. */
    public Official withProfile(Profile profile, String unitPath, String by, Instant at) {
        List<Rejection.FieldIssue> problems = check(profile);
        if (!problems.isEmpty()) {
            throw Rejection.invalid(problems);
        }
        return new Official(login, profile.displayName().strip(), profile.email().strip(), profile.unitCode(),
                unitPath, profile.roles(), profile.enabled(), passwordHash, failedAttempts, lockedUntil, createdAt,
                at, by, version + 1);
    }

    /** A new password, which also lifts a lock: the administrator has spoken to the official. */
    public Official withPassword(String newPasswordHash, String by, Instant at) {
        return new Official(login, displayName, email, unitCode, unitPath, roles, enabled, newPasswordHash, 0, null,
                createdAt, at, by, version + 1);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * One more wrong password; reaching the policy's limit locks the account and starts the count over. A lock that
     * has run out counts as a fresh start. While locked nothing changes: the password is not even checked then.
     */
    public Official afterFailedSignIn(LockoutPolicy policy, Instant now) {
        if (isLocked(now)) {
            return this;
        }
        int failures = (lockedUntil == null ? failedAttempts : 0) + 1;
        if (failures >= policy.maxFailures()) {
            return withSignInRecord(0, now.plus(policy.lockDuration()));
        }
        return withSignInRecord(failures, null);
    }

    /** A correct password clears the count. */
    public Official afterSuccessfulSignIn() {
        return withSignInRecord(0, null);
    }

    /** Does signing in successfully change anything worth a write? */
    public boolean hasSignInRecord() {
        return failedAttempts > 0 || lockedUntil != null;
    }

    private Official withSignInRecord(int failures, Instant locked) {
        return new Official(login, displayName, email, unitCode, unitPath, roles, enabled, passwordHash, failures,
                locked, createdAt, updatedAt, updatedBy, version + 1);
    }

    /** Checks a password an administrator chose; the message names the rule. */
    public static void checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            throw Rejection.invalid(field, "mật khẩu phải dài từ " + MIN_PASSWORD_LENGTH + " đến "
                    + MAX_PASSWORD_LENGTH + " ký tự");
        }
        if (password.isBlank() || password.chars().distinct().count() < 4) {
            throw Rejection.invalid(field, "mật khẩu quá đơn giản; hãy dùng ít nhất 4 ký tự khác nhau");
        }
    }

    private static List<Rejection.FieldIssue> check(Profile profile) {
        List<Rejection.FieldIssue> problems = new ArrayList<>();
        if (profile.displayName() == null || profile.displayName().isBlank()
                || profile.displayName().strip().length() > 200) {
            problems.add(new Rejection.FieldIssue("displayName", "không được để trống, tối đa 200 ký tự"));
        }
        if (profile.email() == null || profile.email().strip().length() > 254
                || !EMAIL.matcher(profile.email().strip()).matches()) {
            problems.add(new Rejection.FieldIssue("email", "không phải địa chỉ thư điện tử hợp lệ"));
        }
        if (profile.unitCode() == null || profile.unitCode().isBlank()) {
            problems.add(new Rejection.FieldIssue("unitCode", "không được để trống"));
        }
        if (profile.roles() == null || profile.roles().isEmpty()) {
            problems.add(new Rejection.FieldIssue("roles", "phải có ít nhất một vai trò"));
        }
        return problems;
    }
}
