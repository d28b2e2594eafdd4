package vn.dvk.registration.model.adapter;

import java.util.List;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelRegistered;
import vn.dvk.contracts.registration.ModelStatusChanged;
import vn.dvk.contracts.registration.ModelUpdated;
import vn.dvk.contracts.registration.ModelWithdrawn;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.outbox.OutboundEvent;
import vn.dvk.registration.model.domain.Model;
import vn.dvk.registration.model.domain.Transition;

/**
 * Turns the successive states of a model (each one version higher, each the result of one change) into the events
 * that announce them, one per fact; each event carries the snapshot of its own state, so that
 * {@code snapshot.version == ce_sequence}, and the id its history entry recorded.
 */
final class ModelEvents {

    private ModelEvents() {
    }

    static List<OutboundEvent<?>> announce(List<Model> states) {
        return states.stream().<OutboundEvent<?>>map(ModelEvents::announce).toList();
    }

    private static OutboundEvent<?> announce(Model state) {
        Transition change = state.lastTransition();
        String subject = state.id();
        String path = state.unitPath();
        return switch (change.action()) {
            case "REGISTER" -> new OutboundEvent<>(RegistrationEvents.MODEL_REGISTERED, subject, path,
                    new ModelRegistered(state.snapshot(), change.by(), change.at()), change.eventId());
            // Editing a returned model always sends it back for review: that edit is a resubmission.
            case "EDIT" -> new OutboundEvent<>(RegistrationEvents.MODEL_UPDATED, subject, path,
                    new ModelUpdated(state.snapshot(), change.from() == ModelStatus.RETURNED, change.by(),
                            change.at(), change.previousUnitPath()), change.eventId(), change.previousUnitPath());
            case "WITHDRAW" -> new OutboundEvent<>(RegistrationEvents.MODEL_WITHDRAWN, subject, path,
                    new ModelWithdrawn(state.snapshot(), change.from(), change.reason(), change.by(), change.at()),
                    change.eventId());
            default -> new OutboundEvent<>(RegistrationEvents.MODEL_STATUS_CHANGED, subject, path,
                    new ModelStatusChanged(state.snapshot(), change.from(), change.to(), change.reason(),
                            change.by(), change.causedByEventId(), change.at(), change.previousUnitPath()),
                    change.eventId(), change.previousUnitPath());
        };
    }
}
