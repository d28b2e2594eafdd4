package vn.dvk.notification.subscription.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dvk.notification.fakes.InMemoryOfficials;
import vn.dvk.notification.fakes.InMemorySubscriptions;
import vn.dvk.notification.notice.domain.NoticeKind;
import vn.dvk.notification.official.application.OfficialDirectory;
import vn.dvk.notification.subscription.domain.Channel;
import vn.dvk.notification.subscription.domain.Subscription;
import vn.dvk.notification.subscription.domain.SubscriptionTerms;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;
import vn.dvk.platform.unit.domain.DemoUnits;
import vn.dvk.notification.support.OfficialFixtures;
import vn.dvk.platform.domain.Caller;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.platform.scope.InstanceScope;
import vn.dvk.platform.scope.UnitSelection;

/** Who may subscribe whom to what, on in-memory ports, as the province instance (14). */
class SubscriptionServiceTest {

    private static final Instant NOW = Instant.parse("2022-03-10T02:00:00Z");
    private static final Caller LONG_PHIENG_CLERK = new Caller("longphieng.canbo", null, "04096",
            Set.of(Role.UNIT_CLERK));
    private static final Caller YEN_CHAU_ADMIN = new Caller("yenchau.admin", null, "124", Set.of(Role.ADMIN));

    private final InMemorySubscriptions subscriptions = new InMemorySubscriptions();
    private final InMemoryOfficials officials = new InMemoryOfficials()
            .with(OfficialFixtures.clerk("longphieng.canbo", "04096"), OfficialFixtures.clerk("hatlot.canbo", "04105"));

    private SubscriptionService as(Caller caller) {
        InstanceScope scope = new InstanceScope(DemoUnits.DIRECTORY, "14", () -> Optional.of(caller));
        return new SubscriptionService(subscriptions, new OfficialDirectory(officials, CurrentUnitDirectory.fixed(DemoUnits.DIRECTORY)), scope,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static SubscriptionTerms terms(String unitCode, Channel... channels) {
        return new SubscriptionTerms(unitCode, Set.of(NoticeKind.MODEL_STATUS_CHANGED), Set.of(channels), false,
                null, null);
    }

    private static SubscriptionTerms webhook(String unitCode, String secret) {
        return new SubscriptionTerms(unitCode, Set.of(NoticeKind.MODEL_STATUS_CHANGED), Set.of(Channel.WEBHOOK),
                false, "https://bot.example/dvk", secret);
    }

    @Test
    void given_a_clerk_when_he_subscribes_to_his_own_commune_then_it_is_stored_as_his() {
        Subscription created = as(LONG_PHIENG_CLERK).create(LONG_PHIENG_CLERK, null, terms("04096", Channel.EMAIL))
                .subscription();

        assertThat(created.login()).isEqualTo("longphieng.canbo");
        assertThat(created.unitPath()).isEqualTo("14/124/04096");
        assertThat(subscriptions.all()).containsExactly(created);
    }

    @Test
    void given_a_clerk_when_he_subscribes_to_a_unit_outside_his_subtree_then_it_is_refused_as_out_of_scope() {
        assertThatThrownBy(() -> as(LONG_PHIENG_CLERK).create(LONG_PHIENG_CLERK, null, terms("124", Channel.EMAIL)))
                .isInstanceOf(Rejection.OutOfScope.class).hasMessageContaining("nằm ngoài phạm vi đơn vị của bạn");
        assertThat(subscriptions.all()).isEmpty();
    }

    @Test
    void given_a_clerk_when_he_subscribes_someone_else_or_a_webhook_then_only_an_administrator_may() {
        assertThatThrownBy(() -> as(LONG_PHIENG_CLERK).create(LONG_PHIENG_CLERK, "hatlot.canbo",
                terms("04096", Channel.EMAIL))).isInstanceOf(Rejection.OutOfScope.class)
                .extracting(refusal -> ((Rejection) refusal).code()).isEqualTo("forbidden-role");
        assertThatThrownBy(() -> as(LONG_PHIENG_CLERK).create(LONG_PHIENG_CLERK, null, webhook("04096", null)))
                .isInstanceOf(Rejection.OutOfScope.class).hasMessageContaining("webhook");
    }

    @Test
    void given_an_administrator_when_he_subscribes_an_official_of_his_subtree_then_it_is_the_officials() {
        Subscription created = as(YEN_CHAU_ADMIN).create(YEN_CHAU_ADMIN, "longphieng.canbo",
                terms("04096", Channel.IN_APP)).subscription();

        assertThat(created.login()).isEqualTo("longphieng.canbo");
        assertThat(created.createdBy()).isEqualTo("yenchau.admin");
    }

    @Test
    void given_an_administrator_when_he_subscribes_an_official_of_another_district_then_it_is_refused() {
        assertThatThrownBy(() -> as(YEN_CHAU_ADMIN).create(YEN_CHAU_ADMIN, "hatlot.canbo",
                terms("04096", Channel.EMAIL))).isInstanceOf(Rejection.OutOfScope.class);
    }

    @Test
    void given_an_administrator_when_he_subscribes_an_official_to_a_unit_beyond_the_officials_then_it_is_refused() {
        assertThatThrownBy(() -> as(YEN_CHAU_ADMIN).create(YEN_CHAU_ADMIN, "longphieng.canbo",
                terms("04063", Channel.EMAIL))).isInstanceOf(Rejection.OutOfScope.class)
                .hasMessageContaining("longphieng.canbo");
    }

    @Test
    void given_a_webhook_without_a_secret_then_one_is_generated_shown_once_and_kept_on_change() {
        SubscriptionService service = as(YEN_CHAU_ADMIN);
        SubscriptionService.Saved created = service.create(YEN_CHAU_ADMIN, null, webhook("124", null));

        SubscriptionService.Saved changed = service.change(YEN_CHAU_ADMIN, created.subscription().id(), 1,
                webhook("124", null));

        assertThat(created.generatedSecret()).hasSizeGreaterThanOrEqualTo(SubscriptionTerms.MIN_SECRET_LENGTH);
        assertThat(created.subscription().webhook().secret()).isEqualTo(created.generatedSecret());
        assertThat(changed.generatedSecret()).isNull();
        assertThat(changed.subscription().webhook().secret()).isEqualTo(created.generatedSecret());
        assertThat(changed.subscription().version()).isEqualTo(2);
    }

    @Test
    void given_a_stale_version_when_changed_then_it_is_refused() {
        SubscriptionService service = as(LONG_PHIENG_CLERK);
        String id = service.create(LONG_PHIENG_CLERK, null, terms("04096", Channel.EMAIL)).subscription().id();

        assertThatThrownBy(() -> service.change(LONG_PHIENG_CLERK, id, 7, terms("04096", Channel.IN_APP)))
                .isInstanceOf(StaleVersion.class);
    }

    @Test
    void given_someone_elses_subscription_then_a_clerk_does_not_find_it_and_may_not_list_a_subtree() {
        String id = as(YEN_CHAU_ADMIN).create(YEN_CHAU_ADMIN, null, terms("124", Channel.EMAIL)).subscription().id();

        assertThatThrownBy(() -> as(LONG_PHIENG_CLERK).get(LONG_PHIENG_CLERK, id))
                .isInstanceOf(Rejection.NotFound.class);
        assertThatThrownBy(() -> as(LONG_PHIENG_CLERK).within(LONG_PHIENG_CLERK,
                new UnitSelection("04096", "14/124/04096"), 0, 20)).isInstanceOf(Rejection.OutOfScope.class);
        assertThat(as(YEN_CHAU_ADMIN).within(YEN_CHAU_ADMIN, new UnitSelection("124", "14/124"), 0, 20).items())
                .hasSize(1);
    }

    @Test
    void terms_that_cannot_be_served_name_every_field_at_fault() {
        SubscriptionTerms nothing = new SubscriptionTerms("04096", Set.of(), Set.of(Channel.IN_APP), true,
                "ftp://bot.example", "short");

        assertThatThrownBy(() -> as(LONG_PHIENG_CLERK).create(LONG_PHIENG_CLERK, null, nothing))
                .isInstanceOf(Rejection.InvalidInput.class)
                .satisfies(refusal -> assertThat(((Rejection) refusal).issues())
                        .extracting(Rejection.FieldIssue::field)
                        .containsExactly("kinds", "digest", "webhookUrl"));
    }
}
