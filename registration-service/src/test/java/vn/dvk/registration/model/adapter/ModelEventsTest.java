package vn.dvk.registration.model.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dvk.registration.model.ModelFixtures.aTaiNungPearModel;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelRegistered;
import vn.dvk.contracts.registration.ModelStatusChanged;
import vn.dvk.contracts.registration.ModelUpdated;
import vn.dvk.contracts.registration.ModelWithdrawn;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.ModelAction;

class ModelEventsTest {

    private static final Instant APRIL = Instant.parse("2022-04-01T02:00:00Z");

    @Test
    void given_a_returned_model_edited_and_resubmitted_then_an_updated_event_marked_resubmitted_and_a_status_change() {
        Model returned = aTaiNungPearModel().registered()
                .apply(ModelAction.RETURN, "Bổ sung", "Ban Dân vận", APRIL, "review-1");
        Model edited = returned.edit(aTaiNungPearModel().details(), "14/124/04096", "04096", APRIL);
        Model resubmitted = edited.apply(ModelAction.RESUBMIT, "Đơn vị đã chỉnh sửa và gửi lại", "04096", APRIL,
                null);

        List<OutboundEvent<?>> events = ModelEvents.announce(List.of(edited, resubmitted));

        assertThat(events).extracting(event -> event.type().name())
                .containsExactly(RegistrationEvents.MODEL_UPDATED.name(), RegistrationEvents.MODEL_STATUS_CHANGED.name());
        assertThat(((ModelUpdated) events.get(0).payload()).resubmitted()).isTrue();
        assertThat(((ModelUpdated) events.get(0).payload()).model().version()).isEqualTo(3);
        ModelStatusChanged changed = (ModelStatusChanged) events.get(1).payload();
        assertThat(changed.from()).isEqualTo(ModelStatus.RETURNED);
        assertThat(changed.to()).isEqualTo(ModelStatus.REGISTERED);
        assertThat(changed.model().version()).isEqualTo(4);
        assertThat(events).extracting(OutboundEvent::id).containsExactly(edited.lastTransition().eventId(),
                resubmitted.lastTransition().eventId());
    }

    @Test
    void given_a_registered_model_edited_or_withdrawn_then_the_update_is_no_resubmission_and_the_withdrawal_names_its_reason() {
        Model registered = aTaiNungPearModel().registered();
        Model edited = registered.edit(aTaiNungPearModel().details(), "14/124/04096", "04096", APRIL);
        Model withdrawn = edited.apply(ModelAction.WITHDRAW, "Chủ hộ đề nghị dừng", "04096", APRIL, null);

        List<OutboundEvent<?>> events = ModelEvents.announce(List.of(registered, edited, withdrawn));

        assertThat(events).extracting(event -> event.type().name()).containsExactly(
                RegistrationEvents.MODEL_REGISTERED.name(), RegistrationEvents.MODEL_UPDATED.name(),
                RegistrationEvents.MODEL_WITHDRAWN.name());
        assertThat(events).extracting(OutboundEvent::subject).containsOnly(registered.id());
        assertThat(events).extracting(OutboundEvent::unitPath).containsOnly("14/124/04096");
        assertThat(((ModelUpdated) events.get(1).payload()).resubmitted()).isFalse();
        ModelWithdrawn withdrawal = (ModelWithdrawn) events.get(2).payload();
        assertThat(withdrawal.from()).isEqualTo(ModelStatus.REGISTERED);
        assertThat(withdrawal.reason()).isEqualTo("Chủ hộ đề nghị dừng");
    }

    @Test
    void given_a_returned_model_edited_into_another_unit_then_its_update_and_resubmission_name_the_unit_it_left() {
        Model returned = aTaiNungPearModel().registered()
                .apply(ModelAction.RETURN, "Sai đơn vị", "Ban Dân vận", APRIL, "review-1");
        Model moved = returned.edit(aTaiNungPearModel().inUnit("04063").details(), "14/124/04063", "124", APRIL);
        Model resubmitted = moved.resubmitEdited("Đơn vị đã chỉnh sửa và gửi lại", "124", APRIL);

        List<OutboundEvent<?>> events = ModelEvents.announce(List.of(moved, resubmitted));

        assertThat(events).extracting(OutboundEvent::unitPath).containsOnly("14/124/04063");
        assertThat(events).extracting(OutboundEvent::previousUnitPath).containsOnly("14/124/04096");
        assertThat(((ModelUpdated) events.get(0).payload()).previousUnitPath()).isEqualTo("14/124/04096");
        assertThat(((ModelUpdated) events.get(0).payload()).model().unitPath()).isEqualTo("14/124/04063");
        assertThat(((ModelStatusChanged) events.get(1).payload()).previousUnitPath()).isEqualTo("14/124/04096");
    }

    @Test
    void given_a_moved_model_then_later_changes_and_edits_that_keep_its_unit_name_no_unit_left() {
        Model moved = aTaiNungPearModel().registered()
                .edit(aTaiNungPearModel().inUnit("04063").details(), "14/124/04063", "124", APRIL);
        Model approved = moved.apply(ModelAction.APPROVE, null, "Ban Dân vận", APRIL, "review-2");
        Model editedInPlace = aTaiNungPearModel().registered()
                .edit(aTaiNungPearModel().named("Mô hình trồng lê").details(), "14/124/04096", "04096", APRIL);

        List<OutboundEvent<?>> events = ModelEvents.announce(List.of(approved, editedInPlace));

        assertThat(events).extracting(OutboundEvent::previousUnitPath).containsOnlyNulls();
        assertThat(((ModelStatusChanged) events.get(0).payload()).previousUnitPath()).isNull();
        assertThat(((ModelUpdated) events.get(1).payload()).previousUnitPath()).isNull();
    }

    @Test
    void given_a_model_of_a_registered_person_then_every_event_names_the_owners_person_id() {
        Model registered = aTaiNungPearModel().ownerPerson("p-bong").registered();
        Model withdrawn = registered.apply(ModelAction.WITHDRAW, "Chủ hộ đề nghị dừng", "04096", APRIL, null);

        List<OutboundEvent<?>> events = ModelEvents.announce(List.of(registered, withdrawn));

        assertThat(((ModelRegistered) events.get(0).payload()).model().ownerPersonId()).isEqualTo("p-bong");
        assertThat(((ModelWithdrawn) events.get(1).payload()).model().ownerPersonId()).isEqualTo("p-bong");
        assertThat(((ModelRegistered) ModelEvents.announce(List.of(aTaiNungPearModel().registered())).get(0)
                .payload()).model().ownerPersonId()).isNull();
    }
}
