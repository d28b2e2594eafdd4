package vn.dvk.evaluation.shared.domain;

import vn.dvk.platform.domain.Rejection;

/** A decision (a review of a submission, a year-end verdict) was already taken and is not taken twice. */
public class AlreadyDecided extends Rejection.Conflict {

    public AlreadyDecided(String message) {
        super("already-decided", null, message);
    }
}
