package vn.dvk.notification.official.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.dvk.contracts.identity.OfficialRegistered;
import vn.dvk.contracts.identity.OfficialSnapshot;
import vn.dvk.contracts.identity.OfficialUpdated;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.notification.official.domain.Officials;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.inbox.InboundEvent;
import vn.dvk.platform.unit.domain.AdministrativeUnit;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;

/**
 * Who the officials are, as identity-service announces them, and who among them holds a role nearest to a unit: a
 * unit without such an official is served by the nearest unit above it that has one.
 */
@Service
public class OfficialDirectory {

    private final Officials officials;
    private final CurrentUnitDirectory units;

    public OfficialDirectory(Officials officials, CurrentUnitDirectory units) {
        this.officials = officials;
        this.units = units;
    }

    public void onRegistered(InboundEvent<OfficialRegistered> event) {
        keep(event.payload().official());
    }

    public void onUpdated(InboundEvent<OfficialUpdated> event) {
        keep(event.payload().official());
    }

    private void keep(OfficialSnapshot snapshot) {
        officials.keep(new Official(snapshot.login(), snapshot.displayName(), snapshot.email(), snapshot.unitCode(),
                snapshot.unitPath(), roles(snapshot.roles()), snapshot.enabled(), snapshot.version()));
    }

    public Optional<Official> find(String login) {
        return officials.find(login);
    }

    /**
     * The enabled officials holding {@code role} at {@code unitCode}, or at the nearest unit above it that has any;
     * empty when no unit up to the province has one.
     */
    public List<Official> nearest(Role role, String unitCode) {
        List<Official> here = withRole(role, unitCode);
        if (!here.isEmpty()) {
            return here;
        }
        for (AdministrativeUnit above : units.get().ancestorsOf(unitCode)) {
            List<Official> found = withRole(role, above.code());
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private List<Official> withRole(Role role, String unitCode) {
        return officials.atUnit(unitCode).stream().filter(official -> official.has(role)).toList();
    }

    /** Role names identity-service may know and this system not (yet) are left out. */
    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
