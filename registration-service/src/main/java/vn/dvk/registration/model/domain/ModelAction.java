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
    WITHDRAW,
    /** The year-end verdict was cancelled by its level: the model is being implemented again, awaiting one. */
    CANCEL_VERDICT,
    /** The review was cancelled by its level: the submission awaits a review again. */
    CANCEL_REVIEW
}
