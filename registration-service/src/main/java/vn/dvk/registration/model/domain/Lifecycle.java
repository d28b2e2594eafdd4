package vn.dvk.registration.model.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dvk.contracts.catalog.ModelStatus;

/**
 * The model's lifecycle (plan 26-KH/BCĐ, six steps): a registration is reviewed (approved, returned for changes or
 * rejected), a returned one is resubmitted, an approved one is implemented and at year end recognised or not; any
 * open model can be withdrawn. A level that decided by mistake cancels its decision: a cancelled review puts the
 * submission back to be reviewed, a cancelled verdict the model back to implementation. Everything else is refused.
 */
public final class Lifecycle {

    private static final Map<ModelStatus, Map<ModelAction, ModelStatus>> TRANSITIONS = build();

    /** Statuses from which the unit can still edit the registration's content. */
    public static final Set<ModelStatus> EDITABLE = Set.of(ModelStatus.REGISTERED, ModelStatus.RETURNED);

    private Lifecycle() {
    }

    private static Map<ModelStatus, Map<ModelAction, ModelStatus>> build() {
        Map<ModelStatus, Map<ModelAction, ModelStatus>> table = new EnumMap<>(ModelStatus.class);
        for (ModelStatus status : ModelStatus.values()) {
            table.put(status, new EnumMap<>(ModelAction.class));
        }
        table.get(ModelStatus.REGISTERED).put(ModelAction.APPROVE, ModelStatus.APPROVED);
        table.get(ModelStatus.REGISTERED).put(ModelAction.RETURN, ModelStatus.RETURNED);
        table.get(ModelStatus.REGISTERED).put(ModelAction.REJECT, ModelStatus.REJECTED);
        table.get(ModelStatus.RETURNED).put(ModelAction.RESUBMIT, ModelStatus.REGISTERED);
        table.get(ModelStatus.APPROVED).put(ModelAction.START_IMPLEMENTATION, ModelStatus.IN_PROGRESS);
        table.get(ModelStatus.IN_PROGRESS).put(ModelAction.RECOGNIZE, ModelStatus.RECOGNIZED);
        table.get(ModelStatus.IN_PROGRESS).put(ModelAction.NOT_RECOGNIZE, ModelStatus.NOT_RECOGNIZED);
        table.get(ModelStatus.RECOGNIZED).put(ModelAction.CANCEL_VERDICT, ModelStatus.IN_PROGRESS);
        table.get(ModelStatus.NOT_RECOGNIZED).put(ModelAction.CANCEL_VERDICT, ModelStatus.IN_PROGRESS);
        for (ModelStatus reviewed : new ModelStatus[] {ModelStatus.APPROVED, ModelStatus.RETURNED,
                ModelStatus.REJECTED}) {
            table.get(reviewed).put(ModelAction.CANCEL_REVIEW, ModelStatus.REGISTERED);
        }
        for (ModelStatus open : new ModelStatus[] {ModelStatus.REGISTERED, ModelStatus.RETURNED,
                ModelStatus.APPROVED, ModelStatus.IN_PROGRESS}) {
            table.get(open).put(ModelAction.WITHDRAW, ModelStatus.WITHDRAWN);
        }
        return table;
    }

    /** The status the action leads to, or empty when the action is impossible from {@code from}. */
    public static Optional<ModelStatus> target(ModelStatus from, ModelAction action) {
        return Optional.ofNullable(TRANSITIONS.get(from).get(action));
    }

    /** The status the action leads to; {@link IllegalTransition} when it is impossible. */
    public static ModelStatus next(ModelStatus from, ModelAction action) {
        return target(from, action).orElseThrow(() -> illegal(from, action));
    }

    public static boolean isOpen(ModelStatus status) {
        return target(status, ModelAction.WITHDRAW).isPresent();
    }

    private static IllegalTransition illegal(ModelStatus from, ModelAction action) {
        return new IllegalTransition("Không thể " + describe(action) + " khi mô hình đang ở trạng thái '"
                + from.label() + "'.");
    }

    private static String describe(ModelAction action) {
        return switch (action) {
            case APPROVE -> "phê duyệt";
            case RETURN -> "trả lại";
            case REJECT -> "không phê duyệt";
            case RESUBMIT -> "gửi lại";
            case START_IMPLEMENTATION -> "bắt đầu triển khai";
            case RECOGNIZE -> "công nhận";
            case NOT_RECOGNIZE -> "không công nhận";
            case WITHDRAW -> "rút";
            case CANCEL_VERDICT -> "hủy kết quả công nhận";
            case CANCEL_REVIEW -> "hủy quyết định xét duyệt";
        };
    }
}
