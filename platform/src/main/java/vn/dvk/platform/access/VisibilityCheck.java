package vn.dvk.platform.access;

import org.bson.Document;
import org.springframework.data.mongodb.core.mapping.event.AfterConvertCallback;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.scope.InstanceScope;

/**
 * The check on every loaded record that belongs to a unit: while a request runs, a record outside the caller's
 * subtree (intersected with the instance's) reads as not found, so that no endpoint can leak it by id, whatever its
 * code forgot. Lists are narrowed by their query and never meet this check unless a query is wrong, in which case the
 * request fails closed. Event consumers and background work have no caller and see everything in the instance.
 */
public final class VisibilityCheck implements AfterConvertCallback<UnitScoped> {

    private final InstanceScope scope;

    public VisibilityCheck(InstanceScope scope) {
        this.scope = scope;
    }

    @Override
    public UnitScoped onAfterConvert(UnitScoped record, Document document, String collection) {
        if (scope.isVisible(record.unitPath()) || record.visibleFromBelow() && scope.isIssuedAbove(record.unitPath())) {
            return record;
        }
        throw new Rejection.NotFound("not-found", "Không tìm thấy bản ghi bạn yêu cầu.");
    }
}
