package vn.dvk.registration.model.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.text.SearchText;

/**
 * A registered model (mô hình) or exemplar (điển hình): the central record, with what its unit stated about it
 * ({@link ModelDetails}) and the path of that unit. Every change returns a new value whose {@code version} is one
 * higher, because each change is announced by exactly one event and the version counts events; {@code history}
 * keeps who did what, when and why.
 */
public record Model(String id, ModelDetails details, String unitPath, ModelStatus status, Instant createdAt,
                    Instant updatedAt, long version, List<Transition> history) {

    public Model {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A new registration, at version 1 (announced by its registered event). */
    public static Model register(String id, ModelDetails details, String unitPath, String by, Instant at) {
        details.check();
        Transition registered = new Transition("REGISTER", null, ModelStatus.REGISTERED, null, by, at, 1,
                RegistrationEvents.MODEL_REGISTERED.name(), newEventId(), null);
        return new Model(id, details, unitPath, ModelStatus.REGISTERED, at, at, 1, List.of(registered));
    }

    /**
     * The unit edits its registration; only while it is registered or returned for changes. An edit into another unit
     * moves the model there and records the path it left, so that the instances of that unit drop it.
     */
    public Model edit(ModelDetails edited, String unitPathOfDetails, String by, Instant at) {
        if (!Lifecycle.EDITABLE.contains(status)) {
            throw new NotEditable(status);
        }
        edited.check();
        String left = unitPath.equals(unitPathOfDetails) ? null : unitPath;
        Transition edit = new Transition("EDIT", status, status, null, by, at, version + 1,
                RegistrationEvents.MODEL_UPDATED.name(), newEventId(), null, left);
        return new Model(id, edited, unitPathOfDetails, status, createdAt, at, version + 1, append(edit));
    }

    /** Moves the model along its lifecycle; {@link IllegalTransition} when the lifecycle forbids the action. */
    public Model apply(ModelAction action, String reason, String by, Instant at, String causedByEventId) {
        return transition(action, reason, by, at, causedByEventId, null);
    }

    /**
     * Sends a returned model the unit has just edited back for review; when the edit moved it to another unit, the
     * resubmission names the unit it left as well, like the edit.
     */
    public Model resubmitEdited(String reason, String by, Instant at) {
        return transition(ModelAction.RESUBMIT, reason, by, at, null, lastTransition().previousUnitPath());
    }

    private Model transition(ModelAction action, String reason, String by, Instant at, String causedByEventId,
                             String previousUnitPath) {
        ModelStatus to = Lifecycle.next(status, action);
        String eventType = action == ModelAction.WITHDRAW
                ? RegistrationEvents.MODEL_WITHDRAWN.name() : RegistrationEvents.MODEL_STATUS_CHANGED.name();
        Transition transition = new Transition(action.name(), status, to, reason, by, at, version + 1, eventType,
                newEventId(), causedByEventId, previousUnitPath);
        return new Model(id, details, unitPath, to, createdAt, at, version + 1, append(transition));
    }

    /**
     * Checks that a decision made on {@code decidedVersion} still concerns this registration: {@link
     * IllegalTransition} when the unit has edited the model since, so the committee decided on details that are no
     * longer the model's. Changes of status (the lifecycle's own steps) do not count; a decision that names no
     * version (published before decisions carried one) passes.
     */
    public void requireUneditedSince(Long decidedVersion) {
        if (decidedVersion == null) {
            return;
        }
        history.stream().filter(entry -> entry.action().equals("EDIT") && entry.sequence() > decidedVersion)
                .reduce((first, last) -> last).ifPresent(edit -> {
                    throw new IllegalTransition("Quyết định được đưa ra trên phiên bản " + decidedVersion
                            + " của mô hình, nhưng đơn vị đã sửa mô hình sau đó (phiên bản " + edit.sequence()
                            + "); cần xem xét lại phiên bản hiện tại.");
                });
    }

    /** The last history entry: the change that produced this value. */
    public Transition lastTransition() {
        return history.get(history.size() - 1);
    }

    /** The folded name and owner that the list's {@code q} searches. */
    public String searchText() {
        return SearchText.fold(details.name()) + " | " + SearchText.fold(details.ownerName());
    }

    public ModelSnapshot snapshot() {
        return new ModelSnapshot(id, details.year(), details.unitCode(), unitPath, details.level(), details.field(),
                details.ownerType(), details.kind(), status, details.name(), details.address(), details.ownerName(),
                details.personInCharge(), details.startDate(), details.endDate(), details.campaignId(),
                details.replicatedFrom(), version, details.ownerPersonId());
    }

    private static String newEventId() {
        return UUID.randomUUID().toString();
    }

    private List<Transition> append(Transition transition) {
        List<Transition> entries = new ArrayList<>(history);
        entries.add(transition);
        return entries;
    }
}
