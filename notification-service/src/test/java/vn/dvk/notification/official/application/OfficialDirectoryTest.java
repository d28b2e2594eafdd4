package vn.dvk.notification.official.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.identity.IdentityEvents;
import vn.dvk.contracts.identity.OfficialRegistered;
import vn.dvk.contracts.identity.OfficialSnapshot;
import vn.dvk.contracts.identity.OfficialUpdated;
import vn.dvk.notification.fakes.InMemoryOfficials;
import vn.dvk.notification.official.domain.Official;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.notification.support.Events;
import vn.dvk.notification.support.OfficialFixtures;
import vn.dvk.contracts.catalog.Role;

/** The officials identity-service announces, and who among them holds a role nearest to a unit. */
class OfficialDirectoryTest {

    private final InMemoryOfficials officials = new InMemoryOfficials();
    private final OfficialDirectory directory = new OfficialDirectory(officials, CurrentUnitDirectory.fixed(DemoUnits.DIRECTORY));

    private void registered(Official official) {
        directory.onRegistered(Events.inbound(IdentityEvents.OFFICIAL_REGISTERED, official.login(),
                official.unitPath(), new OfficialRegistered(OfficialFixtures.snapshot(official), "sonla.admin",
                        Events.MARCH_2022)));
    }

    private void updated(OfficialSnapshot official) {
        directory.onUpdated(Events.inbound(IdentityEvents.OFFICIAL_UPDATED, official.login(), official.unitPath(),
                new OfficialUpdated(official, "sonla.admin", Events.MARCH_2022)));
    }

    @Test
    void given_an_official_announced_then_he_is_known_with_his_mail_unit_and_roles() {
        registered(OfficialFixtures.clerk("longphieng.canbo", "04096"));

        assertThat(directory.find("longphieng.canbo")).hasValueSatisfying(official -> {
            assertThat(official.email()).isEqualTo("longphieng.canbo@dvk.local");
            assertThat(official.unitPath()).isEqualTo("14/124/04096");
            assertThat(official.roles()).containsExactly(Role.UNIT_CLERK);
        });
    }

    @Test
    void given_an_update_and_then_an_older_announcement_then_the_update_stays() {
        Official clerk = OfficialFixtures.clerk("longphieng.canbo", "04096");
        updated(new OfficialSnapshot(clerk.login(), clerk.displayName(), "moi@dvk.local", "04096", "14/124/04096",
                List.of("UNIT_CLERK", "A_ROLE_FROM_THE_FUTURE"), true, 2));
        registered(clerk);

        assertThat(directory.find("longphieng.canbo")).hasValueSatisfying(official -> {
            assertThat(official.email()).isEqualTo("moi@dvk.local");
            assertThat(official.roles()).containsExactly(Role.UNIT_CLERK);
        });
    }

    @Test
    void given_no_clerk_at_a_commune_then_the_nearest_clerks_above_it_are_found_and_disabled_ones_never() {
        registered(OfficialFixtures.clerk("yenchau.canbo", "124"));
        registered(OfficialFixtures.clerk("yenchau.canbo2", "124"));
        registered(new Official("yenchau.old", "Cán bộ cũ", "old@dvk.local", "124", "14/124",
                Set.of(Role.UNIT_CLERK), false, 1));
        registered(OfficialFixtures.steeringMember("longphieng.bcd", "04096"));

        assertThat(directory.nearest(Role.UNIT_CLERK, "04096")).extracting(Official::login)
                .containsExactlyInAnyOrder("yenchau.canbo", "yenchau.canbo2");
        assertThat(directory.nearest(Role.STEERING_MEMBER, "04096")).extracting(Official::login)
                .containsExactly("longphieng.bcd");
        assertThat(directory.nearest(Role.COUNCIL_MEMBER, "04096")).isEmpty();
    }
}
