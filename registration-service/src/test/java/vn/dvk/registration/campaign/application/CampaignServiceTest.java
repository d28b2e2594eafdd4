package vn.dvk.registration.campaign.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dvk.registration.campaign.CampaignFixtures.aCommunePlan;
import static vn.dvk.registration.campaign.CampaignFixtures.plan294;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.registration.CampaignSnapshot;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.registration.campaign.InMemoryCampaigns;
import vn.dvk.registration.campaign.domain.Campaign;
import vn.dvk.registration.support.InMemoryRegistry;

/** Publishing and revising campaigns on an in-memory store, as the Yên Châu district instance (scope 124). */
class CampaignServiceTest {

    private static final Instant NOW = Instant.parse("2022-02-10T02:00:00Z");

    private final InMemoryRegistry registry = new InMemoryRegistry(NOW);
    private final InMemoryCampaigns campaigns = registry.campaigns;
    private final CampaignService service = registry.campaignService();

    private static Rejection.FieldIssue onlyIssue(Rejection refused) {
        assertThat(refused.issues()).hasSize(1);
        return refused.issues().get(0);
    }

    @Test
    void given_a_plan_in_scope_when_published_then_it_is_stored_at_version_one_with_its_publisher() {
        Campaign published = service.publishAs("c-1", plan294().draft(), "UBND huyện Yên Châu");

        assertThat(published.version()).isEqualTo(1);
        assertThat(published.issuingUnitPath()).isEqualTo("14/124");
        assertThat(published.createdAt()).isEqualTo(NOW);
        assertThat(campaigns.changesOf("c-1")).singleElement()
                .satisfies(change -> assertThat(change.by()).isEqualTo("UBND huyện Yên Châu"));
    }

    @Test
    void given_no_actor_when_published_then_the_issuing_unit_is_named() {
        service.publishAs("c-1", aCommunePlan().draft(), " ");

        assertThat(campaigns.changesOf("c-1")).extracting(InMemoryCampaigns.Change::by).containsExactly("04096");
    }

    @Test
    void given_a_taken_id_when_published_again_then_already_exists() {
        service.publishAs("c-1", plan294().draft(), null);

        assertThatThrownBy(() -> service.publishAs("c-1", aCommunePlan().draft(), null))
                .isInstanceOf(AlreadyExists.class);
        assertThat(campaigns.changesOf("c-1")).hasSize(1);
    }

    @Test
    void given_a_unit_outside_the_scope_or_an_unknown_parent_then_it_is_refused_naming_the_field() {
        assertThatThrownBy(() -> service.publish(aCommunePlan().issuedBy("125").draft(), null))
                .isInstanceOfSatisfying(Rejection.OutOfScope.class,
                        refused -> assertThat(onlyIssue(refused).field()).isEqualTo("issuingUnitCode"));
        assertThatThrownBy(() -> service.publish(aCommunePlan().under("no-such-plan").draft(), null))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class,
                        refused -> assertThat(onlyIssue(refused).field()).isEqualTo("parentCampaignId"));
        assertThat(campaigns.size()).isZero();
    }

    @Test
    void given_a_district_plan_when_a_commune_plan_names_it_as_parent_then_both_are_listed_in_the_district() {
        service.publishAs("c-294", plan294().draft(), null);
        service.publishAs("c-04096", aCommunePlan().under("c-294").draft(), null);
        service.publishAs("c-04063", aCommunePlan().issuedBy("04063").under("c-294").draft(), null);

        assertThat(service.list("14/124", 2023)).extracting(Campaign::id)
                .containsExactly("c-294", "c-04063", "c-04096");
        assertThat(service.list("14/124", 2025)).extracting(Campaign::id).containsExactly("c-294");
    }

    @Test
    void given_a_district_plan_then_its_communes_list_it_beside_their_own_but_not_a_sibling_communes() {
        service.publishAs("c-294", plan294().draft(), null);
        service.publishAs("c-04096", aCommunePlan().under("c-294").draft(), null);
        service.publishAs("c-04063", aCommunePlan().issuedBy("04063").under("c-294").draft(), null);

        assertThat(service.list("14/124/04096", null)).extracting(Campaign::id).containsExactly("c-294", "c-04096");
        assertThat(service.list("14/124/04096/04096.THCS", 2023)).extracting(Campaign::id)
                .containsExactly("c-294", "c-04096");
    }

    @Test
    void given_a_published_plan_when_updated_at_its_version_then_it_is_revised_and_a_stale_version_is_refused() {
        service.publishAs("c-1", aCommunePlan().draft(), null);

        Campaign revised = service.update("c-1", 1, aCommunePlan().named("Kế hoạch (sửa đổi)").draft(), null);

        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.name()).isEqualTo("Kế hoạch (sửa đổi)");
        assertThatThrownBy(() -> service.update("c-1", 1, aCommunePlan().draft(), null))
                .isInstanceOfSatisfying(StaleVersion.class,
                        refused -> assertThat(onlyIssue(refused).field()).isEqualTo("If-Match"));
        assertThat(service.get("c-1")).isEqualTo(revised);
    }

    @Test
    void given_no_such_campaign_then_not_found() {
        assertThatThrownBy(() -> service.get("no-such-plan")).isInstanceOf(Rejection.NotFound.class);
        assertThatThrownBy(() -> service.update("no-such-plan", 1, aCommunePlan().draft(), null))
                .isInstanceOf(Rejection.NotFound.class);
    }

    @Test
    void given_a_plan_the_province_announced_when_followed_then_the_district_keeps_it_and_its_newer_versions() {
        CampaignSnapshot provincial = plan294().issuedBy("14").published().snapshot();
        Instant revisedAt = NOW.plusSeconds(3600);
        CampaignSnapshot revised = new CampaignSnapshot(provincial.id(), "14", "14", "Dân vận khéo 2021-2025 (sửa)",
                provincial.documentNumber(), provincial.documentDate(), 2021, 2025, null, provincial.phases(),
                provincial.targets(), 2);

        service.follow(provincial, NOW);
        service.follow(revised, revisedAt);
        service.follow(provincial, revisedAt.plusSeconds(60));

        Campaign kept = service.get(provincial.id());
        assertThat(kept.name()).isEqualTo("Dân vận khéo 2021-2025 (sửa)");
        assertThat(kept.version()).isEqualTo(2);
        assertThat(kept.createdAt()).isEqualTo(NOW);
        assertThat(kept.updatedAt()).isEqualTo(revisedAt);
        assertThat(campaigns.changesOf(provincial.id())).isEmpty();
    }

    @Test
    void given_a_plan_of_a_unit_inside_the_scope_when_announced_then_it_is_not_copied() {
        service.follow(aCommunePlan().published().snapshot(), NOW);

        assertThat(campaigns.size()).isZero();
    }
}
