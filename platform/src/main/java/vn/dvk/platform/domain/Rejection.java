package vn.dvk.platform.domain;

import java.util.List;

/**
 * A rule refused what was asked. Domain and application code throw a subtype that says which kind of refusal it is
 * (invalid input, unknown or out-of-scope reference, conflicting state); one web adapter maps the kinds to
 * problem+json. Each carries a stable English {@code code} for programs, a Vietnamese message for the official, and
 * the fields at fault. Services subclass the kinds to name their own rejections (for example a lifecycle's illegal
 * transition), so callers catch a type instead of comparing codes.
 */
public abstract sealed class Rejection extends RuntimeException
        permits Rejection.InvalidInput, Rejection.NotFound, Rejection.OutOfScope, Rejection.Conflict,
        Rejection.PreconditionFailed, Rejection.Unprocessable {

    private final String code;
    private final List<FieldIssue> issues;

    private Rejection(String code, String message, List<FieldIssue> issues) {
        super(message);
        this.code = code;
        this.issues = List.copyOf(issues);
    }

    public String code() {
        return code;
    }

    public List<FieldIssue> issues() {
        return issues;
    }

    /**
     * One field's issue: {@code field} is the JSON property path, e.g. {@code phases[1].endDate}, or a header name;
     * for a row of an imported spreadsheet, {@code row} is its number as the sheet shows it and {@code column} the
     * header the official sees (both null otherwise).
     */
    public record FieldIssue(String field, String message, Integer row, String column) {

        public FieldIssue(String field, String message) {
            this(field, message, null, null);
        }
    }

    private static List<FieldIssue> issue(String field, String message) {
        return field == null ? List.of() : List.of(new FieldIssue(field, message));
    }

    /** The request itself is malformed: a field missing, out of range or badly formatted. */
    public static non-sealed class InvalidInput extends Rejection {
        public InvalidInput(String code, String message, List<FieldIssue> issues) {
            super(code, message, issues);
        }
    }

    /** The thing asked for does not exist (or may not be seen by the caller). */
    public static non-sealed class NotFound extends Rejection {
        public NotFound(String code, String message) {
            super(code, message, List.of());
        }

        /** Something a request's field names is unknown, e.g. a unit on the date it asks about. */
        public NotFound(String code, String field, String message) {
            super(code, message, issue(field, message));
        }
    }

    /** A unit named in the request lies outside the subtree this instance (or caller) may act on. */
    public static non-sealed class OutOfScope extends Rejection {
        public OutOfScope(String code, String field, String message) {
            super(code, message, issue(field, message));
        }
    }

    /** The current state forbids the change: already decided, changed meanwhile, not in a state that allows it. */
    public static non-sealed class Conflict extends Rejection {
        public Conflict(String code, String field, String message) {
            super(code, message, issue(field, message));
        }

        public Conflict(String code, String message, List<FieldIssue> issues) {
            super(code, message, issues);
        }
    }

    /** A precondition the request must state is missing, such as the version it edits. */
    public static non-sealed class PreconditionFailed extends Rejection {
        public PreconditionFailed(String code, String field, String message) {
            super(code, message, issue(field, message));
        }
    }

    /** The request is well-formed but refers to something unknown or breaks a rule between fields or records. */
    public static non-sealed class Unprocessable extends Rejection {
        public Unprocessable(String code, String field, String message) {
            super(code, message, issue(field, message));
        }

        public Unprocessable(String code, String message, List<FieldIssue> issues) {
            super(code, message, issues);
        }
    }

    public static NotFound notFound(String what, String id) {
        return new NotFound("not-found", "Không tìm thấy " + what + " có mã '" + id + "'.");
    }

    public static InvalidInput invalid(String field, String message) {
        return new InvalidInput("invalid-input", "Trường '" + field + "': " + message,
                List.of(new FieldIssue(field, message)));
    }

    public static InvalidInput invalid(List<FieldIssue> issues) {
        return new InvalidInput("invalid-input", "Có " + issues.size() + " trường không hợp lệ.", issues);
    }

    public static Unprocessable unprocessable(String code, String field, String message) {
        return new Unprocessable(code, field, message);
    }

    public static Conflict conflict(String code, String message) {
        return new Conflict(code, null, message);
    }

    /** A conflict caused by one field or header, e.g. a stale {@code If-Match} or a reused {@code Idempotency-Key}. */
    public static Conflict conflict(String code, String field, String message) {
        return new Conflict(code, field, message);
    }

    public static OutOfScope outOfScope(String code, String field, String message) {
        return new OutOfScope(code, field, message);
    }
}
