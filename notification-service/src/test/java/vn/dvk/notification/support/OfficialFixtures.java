package vn.dvk.notification.support;

import vn.dvk.platform.unit.domain.DemoUnits;
import java.util.Set;
import vn.dvk.contracts.identity.OfficialSnapshot;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.contracts.catalog.Role;

/**
 * Officials for tests, as identity-service announces them: {@code OfficialFixtures.clerk("longphieng.canbo", "04096")},
 * mail at {@code <login>@dvk.local} as the demo's.
 */
public final class OfficialFixtures {

    private OfficialFixtures() {
    }

    public static Official clerk(String login, String unitCode) {
        return official(login, unitCode, Role.UNIT_CLERK);
    }

    public static Official steeringMember(String login, String unitCode) {
        return official(login, unitCode, Role.STEERING_MEMBER);
    }

    public static Official admin(String login, String unitCode) {
        return official(login, unitCode, Role.ADMIN);
    }

    public static Official official(String login, String unitCode, Role... roles) {
        return new Official(login, "Cán bộ " + login, login + "@dvk.local", unitCode, DemoUnits.pathOf(unitCode),
                Set.of(roles), true, 1);
    }

    /** The official as the payload of identity-service's events carries him. */
    public static OfficialSnapshot snapshot(Official official) {
        return new OfficialSnapshot(official.login(), official.displayName(), official.email(), official.unitCode(),
                official.unitPath(), official.roles().stream().map(Role::name).sorted().toList(),
                official.enabled(), official.version());
    }
}
