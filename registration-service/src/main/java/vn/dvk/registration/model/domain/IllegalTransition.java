package vn.dvk.registration.model.domain;

import java.util.List;
import vn.dvk.platform.domain.Rejection;

/**
 * The lifecycle does not allow the action from the model's current status. A decision event that meets one is
 * recorded as refused instead of being retried.
 */
public class IllegalTransition extends Rejection.Conflict {

    public IllegalTransition(String message) {
        super("illegal-transition", message, List.of(new FieldIssue("status", message)));
    }
}
