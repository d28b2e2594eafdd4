package vn.dvk.registration.model.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.dvk.contracts.catalog.Field;
import vn.dvk.contracts.catalog.ManagementLevel;
import vn.dvk.contracts.catalog.ModelKind;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.contracts.catalog.OwnerType;
import vn.dvk.contracts.registration.ModelSnapshot;
import vn.dvk.contracts.registration.RegistrationEvents;
import vn.dvk.platform.domain.Rejection;

/**
 * A registered model (mô hình) or exemplar (điển hình): the central record. Every change returns a new value whose
 * {@code version} is one higher, because each change is announced by exactly one event and the version counts
 * events; {@code history} keeps who did what, when and why. {@code searchText} is the folded name and owner used by
 * the {@code q} search.
 */
public record Model(String id, int year, String unitCode, String unitPath, ManagementLevel level, Field field,
                    OwnerType ownerType, ModelKind kind, ModelStatus status, String name, String address,
                    String content, String ownerName, String personInCharge, LocalDate startDate, LocalDate endDate,
                    String campaignId, String replicatedFrom, String searchText, Instant createdAt,
                    Instant updatedAt, long version, List<Transition> history) {

    public Model {
        history = history == null ? List.of() : List.copyOf(history);
        searchText = SearchText.fold(name) + " | " + SearchText.fold(ownerName);
    }

    /** A new registration, at version 1 (announced by its registered event). */
    public static Model register(String id, ModelDetails details, String unitPath, String by, Instant at) {
        details.check();
        Transition registered = new Transition("REGISTER", null, ModelStatus.REGISTERED, null, by, at, 1,
                RegistrationEvents.MODEL_REGISTERED.name(), newEventId(), null);
        return new Model(id, details.year(), details.unitCode(), unitPath, details.level(), details.field(),
                details.ownerType(), details.kind(), ModelStatus.REGISTERED, details.name(), details.address(),
                details.content(), details.ownerName(), details.personInCharge(), details.startDate(),
                details.endDate(), details.campaignId(), details.replicatedFrom(), null, at, at, 1,
                List.of(registered));
    }

    public ModelDetails details() {
        return new ModelDetails(year, unitCode, level, field, ownerType, kind, name, address, content, ownerName,
                personInCharge, startDate, endDate, campaignId, replicatedFrom);
    }

    /** The unit edits its registration; only while it is registered or returned for changes. */
    public Model edit(ModelDetails details, String unitPathOfDetails, String by, Instant at) {
        if (!Lifecycle.EDITABLE.contains(status)) {
            throw new Rejection.Conflict("not-editable", "Chỉ sửa được mô hình đang ở trạng thái 'Đã đăng ký' hoặc 'Trả lại để chỉnh sửa'; mô hình này đang"
                            + " ở trạng thái '" + status.label() + "'.",
                    List.of(new Rejection.FieldIssue("status", "trạng thái hiện tại: " + status.label())));
        }
        details.check();
        Transition edited = new Transition("EDIT", status, status, null, by, at, version + 1,
                RegistrationEvents.MODEL_UPDATED.name(), newEventId(), null);
        return new Model(id, details.year(), details.unitCode(), unitPathOfDetails, details.level(),
                details.field(), details.ownerType(), details.kind(), status, details.name(), details.address(),
                details.content(), details.ownerName(), details.personInCharge(), details.startDate(),
                details.endDate(), details.campaignId(), details.replicatedFrom(), null, createdAt, at,
                version + 1, append(edited));
    }

    /** Moves the model along its lifecycle; a 409 {@code illegal-transition} problem when impossible. */
    public Model apply(ModelAction action, String reason, String by, Instant at, String causedByEventId) {
        ModelStatus to = Lifecycle.next(status, action);
        String eventType = action == ModelAction.WITHDRAW
                ? RegistrationEvents.MODEL_WITHDRAWN.name() : RegistrationEvents.MODEL_STATUS_CHANGED.name();
        Transition transition = new Transition(action.name(), status, to, reason, by, at, version + 1, eventType,
                newEventId(), causedByEventId);
        return new Model(id, year, unitCode, unitPath, level, field, ownerType, kind, to, name, address, content,
                ownerName, personInCharge, startDate, endDate, campaignId, replicatedFrom, null, createdAt, at,
                version + 1, append(transition));
    }

    /** The last history entry: the change that produced this value. */
    public Transition lastTransition() {
        return history.get(history.size() - 1);
    }

    public ModelSnapshot snapshot() {
        return new ModelSnapshot(id, year, unitCode, unitPath, level, field, ownerType, kind, status, name, address,
                ownerName, personInCharge, startDate, endDate, campaignId, replicatedFrom, version);
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
