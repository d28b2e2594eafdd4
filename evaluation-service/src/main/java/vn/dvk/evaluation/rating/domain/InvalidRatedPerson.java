package vn.dvk.evaluation.rating.domain;

import java.util.List;
import vn.dvk.platform.domain.Rejection;

/** A rating names a person where it must not, or names none where it must; an import reports it under the person. */
public class InvalidRatedPerson extends Rejection.InvalidInput {

    private static final String FIELD = "personName";

    InvalidRatedPerson(String message) {
        super("invalid-input", "Trường '" + FIELD + "': " + message, List.of(new FieldIssue(FIELD, message)));
    }
}
