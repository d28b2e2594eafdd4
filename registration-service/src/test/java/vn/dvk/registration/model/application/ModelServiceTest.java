package vn.dvk.registration.model.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dvk.registration.model.ModelFixtures.aCollectiveModel;
import static vn.dvk.registration.model.ModelFixtures.aTaiNungPearModel;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.award.PersonSnapshot;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.platform.domain.AlreadyExists;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.domain.StaleVersion;
import vn.dvk.registration.campaign.CampaignFixtures;
import vn.dvk.registration.model.InMemoryModels;
import vn.dvk.registration.model.domain.IllegalTransition;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.ModelAction;
import vn.dvk.registration.model.domain.NotEditable;
import vn.dvk.registration.model.domain.Transition;
import vn.dvk.registration.support.InMemoryRegistry;

/** The registry's use cases on in-memory ports, as the Yên Châu district instance (scope 124). */
class ModelServiceTest {

    private static final Instant NOW = Instant.parse("2022-04-01T02:00:00Z");

    private final InMemoryRegistry registry = new InMemoryRegistry(NOW);
    private final InMemoryModels models = registry.models;
    private final ModelService service = registry.modelService();

    ModelServiceTest() {
        registry.campaigns.with(CampaignFixtures.aCommunePlan().withId("plan-04096").published());
    }

    private Model registered(Model model) {
        models.with(model);
        return model;
    }

    @Test
    void given_details_in_scope_when_registered_then_the_model_is_stored_registered_at_version_one() {
        Model model = service.registerAs("m-1", aTaiNungPearModel().details(), null);

        assertThat(model.status()).isEqualTo(ModelStatus.REGISTERED);
        assertThat(model.version()).isEqualTo(1);
        assertThat(model.unitPath()).isEqualTo("14/124/04096");
        assertThat(model.createdAt()).isEqualTo(NOW);
        assertThat(model.lastTransition().by()).as("the unit acts when nobody is named").isEqualTo("04096");
        assertThat(models.changesOf("m-1")).containsExactly(model);
    }

    @Test
    void given_an_individual_owner_as_a_registry_person_of_the_unit_then_the_model_refers_to_him() {
        registry.people.apply(new PersonSnapshot("p-bong", "Nguyễn Hương Bông", null, "04096", "14/124/04096", null,
                "Hộ ông Nguyễn Hương Bông", 1));

        Model model = service.registerAs("m-1", aTaiNungPearModel().ownerPerson("p-bong").details(), null);

        assertThat(model.details().ownerPersonId()).isEqualTo("p-bong");
    }

    @Test
    void given_an_owner_person_unknown_of_another_unit_or_of_a_collective_then_the_field_is_named_and_nothing_stored() {
        registry.people.apply(new PersonSnapshot("p-tam", "Cầm Văn Tâm", null, "04063", "14/124/04063", null, null,
                1));

        assertThatThrownBy(() -> service.registerAs("m-1", aTaiNungPearModel().ownerPerson("no-such").details(),
                null)).isInstanceOfSatisfying(Rejection.Unprocessable.class,
                        refused -> assertThat(refused.issues().get(0).field()).isEqualTo("ownerPersonId"));
        assertThatThrownBy(() -> service.registerAs("m-2", aTaiNungPearModel().ownerPerson("p-tam").details(),
                null)).isInstanceOfSatisfying(Rejection.Unprocessable.class,
                        refused -> assertThat(refused.code()).isEqualTo("owner-of-another-unit"));
        assertThatThrownBy(() -> service.registerAs("m-3", aCollectiveModel().ownerPerson("p-tam").details(),
                null)).isInstanceOfSatisfying(Rejection.InvalidInput.class,
                        refused -> assertThat(refused.issues().get(0).field()).isEqualTo("ownerPersonId"));
        assertThat(models.find("m-1")).isEmpty();
        assertThat(models.find("m-2")).isEmpty();
        assertThat(models.find("m-3")).isEmpty();
    }

    @Test
    void given_a_taken_id_when_registered_again_then_already_exists_and_the_first_stays() {
        Model first = service.registerAs("m-1", aTaiNungPearModel().details(), "UBND xã Lóng Phiêng");

        assertThatThrownBy(() -> service.registerAs("m-1", aCollectiveModel().details(), null))
                .isInstanceOf(AlreadyExists.class);
        assertThat(models.find("m-1")).contains(first);
    }

    @Test
    void given_a_unit_outside_the_scope_when_registered_then_out_of_scope_and_nothing_is_stored() {
        assertThatThrownBy(() -> service.register(aTaiNungPearModel().inUnit("04105").details(), null))
                .isInstanceOfSatisfying(Rejection.OutOfScope.class, refused -> assertThat(refused.issues())
                        .extracting(Rejection.FieldIssue::field).containsExactly("unitCode"));
        assertThat(models.size()).isZero();
    }

    @Test
    void given_a_campaign_when_a_model_names_it_then_its_year_must_lie_in_the_campaign_period() {
        assertThat(service.register(aTaiNungPearModel().inYear(2023).inCampaign("plan-04096").details(), null)
                .details().campaignId()).isEqualTo("plan-04096");

        assertThatThrownBy(() -> service.register(
                aTaiNungPearModel().inYear(2024).inCampaign("plan-04096").details(), null))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class, refused -> assertThat(refused.issues())
                        .extracting(Rejection.FieldIssue::field).containsExactly("year"));
        assertThatThrownBy(() -> service.register(aTaiNungPearModel().inCampaign("no-such-plan").details(), null))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class, refused -> assertThat(refused.issues())
                        .extracting(Rejection.FieldIssue::field).containsExactly("campaignId"));
        assertThat(models.size()).isEqualTo(1);
    }

    @Test
    void given_a_replica_then_its_source_must_be_another_registered_model() {
        Model source = registered(recognized(aTaiNungPearModel().withId("source").registered()));

        Model replica = service.register(aTaiNungPearModel().inUnit("04093").replicating(source.id()).details(), null);

        assertThat(replica.details().replicatedFrom()).isEqualTo("source");
        assertThatThrownBy(() -> service.register(aTaiNungPearModel().replicating("no-such-model").details(), null))
                .isInstanceOf(Rejection.Unprocessable.class);
        assertThatThrownBy(() -> service.registerAs("self", aTaiNungPearModel().replicating("self").details(), null))
                .isInstanceOf(Rejection.Unprocessable.class);
    }

    @Test
    void given_a_replica_of_a_model_not_recognized_then_422_names_the_status_and_nothing_is_stored() {
        registered(aTaiNungPearModel().withId("merely-registered").registered());

        assertThatThrownBy(() -> service.register(aTaiNungPearModel().inUnit("04093")
                .replicating("merely-registered").details(), null))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class, refused -> {
                    assertThat(refused.code()).isEqualTo("source-not-recognized");
                    assertThat(refused.issues()).singleElement().satisfies(issue -> {
                        assertThat(issue.field()).isEqualTo("replicatedFrom");
                        assertThat(issue.message()).contains("Đã đăng ký");
                    });
                });
        assertThat(models.size()).isEqualTo(1);
    }

    @Test
    void given_a_returned_model_whose_source_descends_from_it_when_edited_to_replicate_it_then_a_cycle_is_refused() {
        Model original = registered(aTaiNungPearModel().withId("a").registered()
                .apply(ModelAction.RETURN, "Bổ sung số liệu", "Ban Dân vận Huyện ủy", NOW, "review-1"));
        registered(recognized(aTaiNungPearModel().withId("b").inUnit("04093").replicating("a").registered()));

        assertThatThrownBy(() -> service.update("a", original.version(),
                aTaiNungPearModel().replicating("b").details(), null))
                .isInstanceOfSatisfying(Rejection.Unprocessable.class, refused ->
                        assertThat(refused.code()).isEqualTo("replication-cycle"));
        assertThat(models.changesOf("a")).isEmpty();
    }

    /** The model after its review approved it and its year-end evaluation recognised it. */
    private static Model recognized(Model model) {
        return model.apply(ModelAction.APPROVE, null, "Ban Dân vận", NOW, "review-1")
                .apply(ModelAction.START_IMPLEMENTATION, null, "Ban Chỉ đạo", NOW, "evaluation-1")
                .apply(ModelAction.RECOGNIZE, "Hiệu quả", "Ban Chỉ đạo", NOW, "evaluation-1");
    }

    @Test
    void given_a_registered_model_when_edited_then_one_change_is_stored_and_it_stays_registered() {
        Model model = registered(aTaiNungPearModel().registered());

        Model edited = service.update(model.id(), 1, aTaiNungPearModel().about("Mở rộng lên 60 ha").details(),
                "UBND xã Lóng Phiêng");

        assertThat(edited.status()).isEqualTo(ModelStatus.REGISTERED);
        assertThat(edited.version()).isEqualTo(2);
        assertThat(edited.details().content()).isEqualTo("Mở rộng lên 60 ha");
        assertThat(models.changesOf(model.id())).extracting(change -> change.lastTransition().action())
                .containsExactly("EDIT");
    }

    @Test
    void given_a_returned_model_when_edited_then_it_is_resubmitted_as_a_second_change() {
        Model returned = registered(aTaiNungPearModel().registered()
                .apply(ModelAction.RETURN, "Bổ sung số liệu", "Ban Dân vận Huyện ủy", NOW, "review-1"));

        Model resubmitted = service.update(returned.id(), 2, aTaiNungPearModel().details(), null);

        assertThat(resubmitted.status()).isEqualTo(ModelStatus.REGISTERED);
        assertThat(resubmitted.version()).isEqualTo(4);
        List<Transition> changes = models.changesOf(returned.id()).stream().map(Model::lastTransition).toList();
        assertThat(changes).extracting(Transition::action).containsExactly("EDIT", "RESUBMIT");
        assertThat(changes).extracting(Transition::to).containsExactly(ModelStatus.RETURNED, ModelStatus.REGISTERED);
        assertThat(changes).extracting(Transition::sequence).containsExactly(3L, 4L);
        assertThat(changes).extracting(Transition::by).containsOnly("04096");
    }

    @Test
    void given_a_stale_version_when_edited_or_withdrawn_then_stale_version_and_nothing_changes() {
        Model model = registered(aTaiNungPearModel().registered().apply(ModelAction.APPROVE, null, "Ban Dân vận",
                NOW, "review-1"));

        assertThatThrownBy(() -> service.update(model.id(), 1, aTaiNungPearModel().details(), null))
                .isInstanceOfSatisfying(StaleVersion.class, refused -> assertThat(refused.issues())
                        .extracting(Rejection.FieldIssue::field).containsExactly("If-Match"));
        assertThatThrownBy(() -> service.withdraw(model.id(), 1L, "Dừng", null)).isInstanceOf(StaleVersion.class);
        assertThat(models.find(model.id())).contains(model);
    }

    @Test
    void given_an_approved_model_when_edited_then_not_editable() {
        Model approved = registered(aTaiNungPearModel().registered().apply(ModelAction.APPROVE, null, "Ban Dân vận",
                NOW, "review-1"));

        assertThatThrownBy(() -> service.update(approved.id(), 2, aTaiNungPearModel().details(), null))
                .isInstanceOf(NotEditable.class);
        assertThat(models.changesOf(approved.id())).isEmpty();
    }

    @Test
    void given_an_open_model_when_withdrawn_then_it_is_withdrawn_with_the_reason_and_cannot_be_withdrawn_again() {
        Model model = registered(aTaiNungPearModel().registered());

        Model withdrawn = service.withdraw(model.id(), null, "Hộ gia đình chuyển đi nơi khác", "UBND xã Lóng Phiêng");

        assertThat(withdrawn.status()).isEqualTo(ModelStatus.WITHDRAWN);
        assertThat(withdrawn.lastTransition().reason()).isEqualTo("Hộ gia đình chuyển đi nơi khác");
        assertThat(withdrawn.lastTransition().by()).isEqualTo("UBND xã Lóng Phiêng");
        assertThatThrownBy(() -> service.withdraw(model.id(), null, "Lần nữa", null))
                .isInstanceOf(IllegalTransition.class);
        assertThat(models.changesOf(model.id())).hasSize(1);
    }

    @Test
    void given_an_approved_model_when_recognised_then_it_passes_through_in_progress_as_two_changes() {
        Model approved = registered(aTaiNungPearModel().registered().apply(ModelAction.APPROVE, null, "Ban Dân vận",
                NOW, "review-1"));

        Model recognized = service.decide(approved, List.of(ModelAction.START_IMPLEMENTATION, ModelAction.RECOGNIZE),
                "Hiệu quả", "Ban Chỉ đạo huyện", "evaluation-1");

        assertThat(recognized.status()).isEqualTo(ModelStatus.RECOGNIZED);
        assertThat(models.changesOf(approved.id())).extracting(Model::status)
                .containsExactly(ModelStatus.IN_PROGRESS, ModelStatus.RECOGNIZED);
        assertThat(models.changesOf(approved.id())).extracting(change -> change.lastTransition().causedByEventId())
                .containsOnly("evaluation-1");
    }

    @Test
    void given_an_impossible_decision_then_illegal_transition_and_none_of_its_steps_is_stored() {
        Model registered = registered(aTaiNungPearModel().registered());

        assertThatThrownBy(() -> service.decide(registered, List.of(ModelAction.APPROVE, ModelAction.RECOGNIZE),
                null, "Ban Chỉ đạo huyện", "evaluation-2")).isInstanceOf(IllegalTransition.class);
        assertThat(models.find(registered.id())).contains(registered);
    }
}
