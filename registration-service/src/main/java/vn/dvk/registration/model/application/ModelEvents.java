package vn.dvk.registration.model.application;

import java.util.ArrayList;
import java.util.List;
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
 * {@code snapshot.version == ce_sequence}.
 */
final class ModelEvents {

    private ModelEvents() {
    }

    static List<OutboundEvent<?>> announce(List<Model> states, boolean resubmitted) {
        List<OutboundEvent<?>> events = new ArrayList<>(states.size());
        for (Model state : states) {
            events.add(announce(state, resubmitted));
        }
        return events;
    }

    private static OutboundEvent<?> announce(Model state, boolean resubmitted) {
        Transition change = state.lastTransition();
        String subject = state.id();
        String path = state.unitPath();
        return switch (change.action()) {
            case "REGISTER" -> new OutboundEvent<>(RegistrationEvents.MODEL_REGISTERED, subject, path,
                    new ModelRegistered(state.snapshot(), change.by(), change.at()), change.eventId());
            case "EDIT" -> new OutboundEvent<>(RegistrationEvents.MODEL_UPDATED, subject, path,
                    new ModelUpdated(state.snapshot(), resubmitted, change.by(), change.at()), change.eventId());
            case "WITHDRAW" -> new OutboundEvent<>(RegistrationEvents.MODEL_WITHDRAWN, subject, path,
                    new ModelWithdrawn(state.snapshot(), change.from(), change.reason(), change.by(), change.at()),
                    change.eventId());
            default -> new OutboundEvent<>(RegistrationEvents.MODEL_STATUS_CHANGED, subject, path,
                    new ModelStatusChanged(state.snapshot(), change.from(), change.to(), change.reason(),
                            change.by(), change.causedByEventId(), change.at()), change.eventId());
        };
    }
}
