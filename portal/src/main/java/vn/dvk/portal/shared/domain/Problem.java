package vn.dvk.portal.shared.domain;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A service's refusal as its RFC 9457 problem tells it: status, code, Vietnamese title and detail, and the fields
 * (or spreadsheet cells) at fault.
 */
public record Problem(int status, String code, String title, String detail, List<FieldIssue> errors)
        implements Serializable {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One field at fault; {@code row} and {@code column} name a spreadsheet cell in an import. */
    public record FieldIssue(String field, String message, Integer row, String column) implements Serializable {
    }

    /** The message for a form field, if the service named it. */
    public Optional<String> messageFor(String field) {
        return errors.stream().filter(issue -> Objects.equals(issue.field(), field)).map(FieldIssue::message)
                .findFirst();
    }

    public boolean isFieldProblem() {
        return !errors.isEmpty();
    }
}
