package vn.dvk.registration.model.domain;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.dvk.contracts.catalog.ModelStatus;
import vn.dvk.platform.domain.Rejection;

/**
 * Which model a replica may be replicated from (nhân rộng): only one the Steering Committee recognised, never the
 * replica itself, and never one that descends from the replica, which would close a cycle (A from B, B from A, or
 * longer). Models are followed through {@code links}, which knows every model of the registry whatever unit it
 * belongs to: replicating another unit's recognised model is the point of the movement.
 */
public final class Lineage {

    /** What lineage needs of a stored model: its status and the model it was replicated from, if any. */
    public record Link(String id, ModelStatus status, String replicatedFrom) {
    }

    private Lineage() {
    }

    /**
     * Checks that {@code replicaId} may be replicated from {@code sourceId}; an {@link Rejection.Unprocessable}
     * naming {@code replicatedFrom} and the reason otherwise.
     */
    public static void check(String replicaId, String sourceId, Function<String, Optional<Link>> links) {
        if (sourceId.equals(replicaId)) {
            throw refused("invalid-replica", "Mô hình không thể nhân rộng từ chính nó.");
        }
        Link source = links.apply(sourceId).orElseThrow(() -> refused("unknown-model",
                "Không có mô hình mã '" + sourceId + "' để nhân rộng."));
        if (source.status() != ModelStatus.RECOGNIZED) {
            throw refused("source-not-recognized", "Chỉ nhân rộng được từ mô hình đã được công nhận; mô hình '"
                    + sourceId + "' đang ở trạng thái '" + source.status().label() + "'.");
        }
        Set<String> followed = new HashSet<>();
        Link ancestor = source;
        while (ancestor.replicatedFrom() != null && followed.add(ancestor.id())) {
            if (ancestor.replicatedFrom().equals(replicaId)) {
                throw refused("replication-cycle", "Mô hình '" + sourceId + "' được nhân rộng (trực tiếp hoặc gián"
                        + " tiếp) từ chính mô hình này; nhân rộng ngược lại sẽ tạo vòng lặp.");
            }
            Optional<Link> next = links.apply(ancestor.replicatedFrom());
            if (next.isEmpty()) {
                return;
            }
            ancestor = next.get();
        }
    }

    private static Rejection refused(String code, String message) {
        return new Rejection.Unprocessable(code, "replicatedFrom", message);
    }
}
