package vn.dvk.registration.model.domain;

/** Everything that can happen to a model's status, whoever causes it. */
public enum ModelAction {
    APPROVE,
    RETURN,
    REJECT,
    RESUBMIT,
    START_IMPLEMENTATION,
    RECOGNIZE,
    NOT_RECOGNIZE,
    WITHDRAW
}
