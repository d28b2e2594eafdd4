package vn.dvk.platform.error;

import java.util.List;

/**
 * A refusal that reaches the client as RFC 9457 problem+json: a Vietnamese title and detail for the official, a
 * stable English {@code code} for programs, and the offending fields. Plain Java so domain code may throw it.
 */
public class ProblemException extends RuntimeException {

    private final Kind kind;
    private final String title;
    private final String code;
    private final List<FieldProblem> errors;

    public ProblemException(Kind kind, String code, String title, String detail, List<FieldProblem> errors) {
        super(detail);
        this.kind = kind;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** The HTTP status each kind of refusal maps to. */
    public enum Kind {
        INVALID_INPUT(400), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), PRECONDITION_FAILED(412),
        UNPROCESSABLE(422);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /**
     * One field's problem: {@code field} is the JSON property path, e.g. {@code phases[1].endDate}; for a row of an
     * imported spreadsheet, {@code row} is its number as the sheet shows it and {@code column} the header the official
     * sees (both null otherwise).
     */
    public record FieldProblem(String field, String message, Integer row, String column) {

        public FieldProblem(String field, String message) {
            this(field, message, null, null);
        }
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(Kind.NOT_FOUND, "not-found", "Không tìm thấy",
                "Không tìm thấy " + what + " có mã '" + id + "'.", List.of());
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(Kind.INVALID_INPUT, "invalid-input", "Dữ liệu không hợp lệ",
                "Trường '" + field + "': " + message, List.of(new FieldProblem(field, message)));
    }

    public static ProblemException invalid(List<FieldProblem> errors) {
        return new ProblemException(Kind.INVALID_INPUT, "invalid-input", "Dữ liệu không hợp lệ",
                "Có " + errors.size() + " trường không hợp lệ.", errors);
    }

    public static ProblemException unprocessable(String code, String field, String message) {
        return new ProblemException(Kind.UNPROCESSABLE, code, "Không thể xử lý yêu cầu", message,
                field == null ? List.of() : List.of(new FieldProblem(field, message)));
    }

    public static ProblemException conflict(String code, String message) {
        return new ProblemException(Kind.CONFLICT, code, "Xung đột dữ liệu", message, List.of());
    }

    /** A conflict caused by one field or header, e.g. a stale {@code If-Match} or a reused {@code Idempotency-Key}. */
    public static ProblemException conflict(String code, String field, String message) {
        return new ProblemException(Kind.CONFLICT, code, "Xung đột dữ liệu", message,
                List.of(new FieldProblem(field, message)));
    }

    public static ProblemException forbidden(String code, String field, String message) {
        return new ProblemException(Kind.FORBIDDEN, code, "Ngoài phạm vi quản lý", message,
                field == null ? List.of() : List.of(new FieldProblem(field, message)));
    }
}
