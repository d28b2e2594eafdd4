package vn.dvk.identity.official.application;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import vn.dvk.identity.official.domain.LockoutPolicy;
import vn.dvk.identity.official.domain.Official;
import vn.dvk.identity.official.domain.OfficialPage;
import vn.dvk.identity.official.domain.Officials;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.scope.UnitSelection;

/**
 * The officials' use cases: what administrators do through the API (each limited, by the platform's
 * {@link InstanceScope}, to the calling administrator's home-unit subtree within the instance scope) and what signing
 * in records. Officials are stored through the platform's
 * aggregate store, with optimistic versions.
 */
@Service
public class OfficialService {

    private static final int SIGN_IN_RECORD_ATTEMPTS = 5;

    private final Officials store;
    private final InstanceScope scope;
    private final PasswordEncoder passwordEncoder;
    private final LockoutPolicy lockout;
    private final Clock clock;

    public OfficialService(Officials store, InstanceScope scope, PasswordEncoder passwordEncoder,
                           LockoutPolicy lockout, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.passwordEncoder = passwordEncoder;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** A new official and, when the administrator chose no password, the one generated (shown only once). */
    public record Created(Official official, String generatedPassword) {
    }

    public Created create(Caller admin, String login, Official.Profile profile, String password) {
        String initial = password == null ? Passwords.generate() : password;
        Official official = prepare(admin, login, profile, initial);
        save(official);
        return new Created(official, password == null ? initial : null);
    }

    /**
     * Checks a new official completely without storing it, for the bulk import: the login is free, the unit is known,
     * inside the instance scope and the administrator's subtree, the password is acceptable.
     */
    public Official prepare(Caller admin, String login, Official.Profile profile, String password) {
        String normalized = login == null ? null : login.strip().toLowerCase(Locale.ROOT);
        Official.checkPassword("password", password);
        Official official = Official.create(normalized, profile, unitPathFor(profile.unitCode()),
                passwordEncoder.encode(password), admin.login(), clock.instant());
        if (find(normalized).isPresent()) {
            throw Rejection.conflict("login-taken", "login", "Tên đăng nhập '" + normalized + "' đã được dùng.");
        }
        return official;
    }

    /** Stores an official prepared by {@link #prepare}; a login taken meanwhile is a 409. */
    public void save(Official prepared) {
        store.add(prepared);
    }

    public Official update(Caller admin, String login, long expectedVersion, Official.Profile profile) {
        Official current = get(login);
        requireVersion(current, expectedVersion);
        Official updated = current.withProfile(profile, unitPathFor(profile.unitCode()), admin.login(),
                clock.instant());
        store.update(updated, expectedVersion);
        return updated;
    }

    /** Sets a new password (generated when none is given, and then returned) and lifts a lock. */
    public Optional<String> resetPassword(Caller admin, String login, String password) {
        Official current = get(login);
        String chosen = password == null ? Passwords.generate() : password;
        Official.checkPassword("password", chosen);
        Official updated = current.withPassword(passwordEncoder.encode(chosen), admin.login(), clock.instant());
        store.update(updated, current.version());
        return password == null ? Optional.of(chosen) : Optional.empty();
    }

    /** An official of the administrator's subtree; 404 for one outside it, as for one that does not exist. */
    public Official get(String login) {
        return find(login).filter(official -> scope.isVisible(official.unitPath()))
                .orElseThrow(() -> Rejection.notFound("cán bộ", login));
    }

    public Optional<Official> find(String login) {
        if (login == null || login.isBlank()) {
            return Optional.empty();
        }
        return store.find(login.strip());
    }

    /** The officials of a unit's subtree (the administrator's whole subtree when no unit is named). */
    public OfficialPage list(String unitCode, int page, int size) {
        UnitSelection within = scope.select("unit", unitCode);
        return store.list(within.path(), page, size);
    }

    /**
     * Counts a wrong password for an existing official (unknown logins leave no trace); true when the account is
     * locked now.
     */
    public boolean recordFailedSignIn(String login) {
        return recordSignIn(login, official -> official.afterFailedSignIn(lockout, clock.instant()))
                .map(official -> official.isLocked(clock.instant())).orElse(false);
    }

    public void recordSuccessfulSignIn(String login) {
        recordSignIn(login, official -> official.hasSignInRecord() ? official.afterSuccessfulSignIn() : official);
    }

    /** Sign-ins of one official can race; the optimistic version makes the loser read again and re-apply. */
    private Optional<Official> recordSignIn(String login, UnaryOperator<Official> change) {
        for (int attempt = 1; ; attempt++) {
            Optional<Official> current = find(login);
            if (current.isEmpty()) {
                return current;
            }
            Official changed = change.apply(current.get());
            if (changed.equals(current.get())) {
                return current;
            }
            try {
                store.update(changed, current.get().version());
                return Optional.of(changed);
            } catch (StaleVersion e) {
                if (attempt == SIGN_IN_RECORD_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * The path of an official's home unit: known (422), inside the instance scope and inside the administrator's
     * subtree (403).
     */
    private String unitPathFor(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            throw Rejection.invalid("unitCode", "không được để trống");
        }
        scope.requireWritable("unitCode", unitCode.strip());
        return scope.pathOf(unitCode.strip());
    }

    private static void requireVersion(Official current, long expectedVersion) {
        if (current.version() != expectedVersion) {
            throw new StaleVersion(current.login(), expectedVersion);
        }
    }
}
