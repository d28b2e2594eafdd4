package vn.dvk.platform.web;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.dvk.platform.domain.Rejection;

/**
 * Turns every error path into RFC 9457 problem+json with a Vietnamese title and detail, a stable {@code code}, and
 * {@code errors: [{field, message}]} where fields are at fault. No stack trace ever reaches the client.
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    /** When a client should try again once the store is away: long enough for a restart to begin answering. */
    static final String STORE_RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler(Rejection.class)
    ResponseEntity<Object> problem(Rejection e) {
        return ResponseEntity.status(statusOf(e)).body(problemOf(e));
    }

    static ProblemDetail problemOf(Rejection rejection) {
        return problem(statusOf(rejection), rejection.code(), titleOf(rejection), rejection.getMessage(),
                rejection.issues());
    }

    /** The one place where a kind of rejection becomes an HTTP status and a title the official reads. */
    private static HttpStatus statusOf(Rejection rejection) {
        if (rejection instanceof Rejection.InvalidInput) {
            return HttpStatus.BAD_REQUEST;
        } else if (rejection instanceof Rejection.OutOfScope) {
            return HttpStatus.FORBIDDEN;
        } else if (rejection instanceof Rejection.NotFound) {
            return HttpStatus.NOT_FOUND;
        } else if (rejection instanceof Rejection.Conflict) {
            return HttpStatus.CONFLICT;
        } else if (rejection instanceof Rejection.PreconditionFailed) {
            return HttpStatus.PRECONDITION_FAILED;
        }
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }

    private static String titleOf(Rejection rejection) {
        if (rejection instanceof Rejection.InvalidInput) {
            return "Dữ liệu không hợp lệ";
        } else if (rejection instanceof Rejection.OutOfScope) {
            return "Ngoài phạm vi quản lý";
        } else if (rejection instanceof Rejection.NotFound) {
            return "Không tìm thấy";
        } else if (rejection instanceof Rejection.Conflict) {
            return "Xung đột dữ liệu";
        } else if (rejection instanceof Rejection.PreconditionFailed) {
            return "Thiếu điều kiện bắt buộc";
        }
        return "Không thể xử lý yêu cầu";
    }

    @ExceptionHandler(TooManyStreams.class)
    ResponseEntity<Object> tooManyStreams(TooManyStreams e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-streams", "Quá nhiều kết nối",
                        e.getMessage(), List.of()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        List<Rejection.FieldIssue> errors = e.getConstraintViolations().stream()
                .map(v -> new Rejection.FieldIssue(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return problem(Rejection.invalid(errors));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(Rejection.invalid(e.getName(), "giá trị '" + e.getValue() + "' không hợp lệ"));
    }

    /** A multipart body without its boundary, or cut off, fails while the dispatcher parses it: the sender's error. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException e) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-body",
                "Nội dung yêu cầu không hợp lệ",
                "Không đọc được nội dung multipart/form-data (thiếu boundary hoặc nội dung bị cắt); hãy gửi lại tệp.",
                List.of()));
    }

    /**
     * The store did not answer (stopped, restarting, unreachable): a 503 the client can act on, not a 500 claiming
     * that nothing changed, because a write whose answer was lost may have been stored.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, MongoSocketException.class,
            MongoTimeoutException.class})
    ResponseEntity<Object> storeUnavailable(Exception e) {
        log.warn("the store did not answer: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER,
                STORE_RETRY_AFTER_SECONDS).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(storeUnavailable());
    }

    /** What a caller reads while the store is away: retry later, with the same key so that nothing is stored twice. */
    static ProblemDetail storeUnavailable() {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Hệ thống tạm thời gián đoạn",
                "Kho dữ liệu tạm thời không phản hồi; yêu cầu có thể chưa được lưu. Hãy gửi lại sau ít giây, với"
                        + " cùng khóa Idempotency-Key để không tạo bản ghi trùng.", List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("unexpected error while handling a request", e);
        ProblemDetail body = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Lỗi hệ thống",
                "Hệ thống gặp lỗi khi xử lý yêu cầu. Dữ liệu chưa bị thay đổi; vui lòng thử lại sau.", List.of());
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(body);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Rejection.FieldIssue> errors = new ArrayList<>();
        for (FieldError fieldError : e.getBindingResult().getFieldErrors()) {
            errors.add(new Rejection.FieldIssue(fieldError.getField(), fieldError.getDefaultMessage()));
        }
        e.getBindingResult().getGlobalErrors().forEach(error ->
                errors.add(new Rejection.FieldIssue(error.getObjectName(), error.getDefaultMessage())));
        return problem(Rejection.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Rejection.FieldIssue> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error ->
                    errors.add(new Rejection.FieldIssue(name, error.getDefaultMessage())));
        });
        return problem(Rejection.invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof Rejection problem) {
                return problem(problem);
            }
            if (cause instanceof UnrecognizedPropertyException unknown) {
                return problem(Rejection.invalid(unknown.getPropertyName(), "trường không được hỗ trợ"));
            }
            if (cause instanceof InputCoercionException outOfRange && !pathOf(outOfRange).isEmpty()) {
                return problem(Rejection.invalid(pathOf(outOfRange), "số nằm ngoài phạm vi cho phép"));
            }
            if (cause instanceof DatabindException databind && !pathOf(databind).isEmpty()) {
                return problem(Rejection.invalid(pathOf(databind), "giá trị không đúng định dạng"));
            }
        }
        Throwable cause = e.getMostSpecificCause();
        String detail = cause instanceof JacksonException
                ? "Nội dung yêu cầu không phải JSON hợp lệ."
                : "Không đọc được nội dung yêu cầu.";
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "malformed-body",
                "Nội dung yêu cầu không hợp lệ", detail, List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, "no-such-route",
                "Không tìm thấy", "Không có địa chỉ '/" + e.getResourcePath() + "'.", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers).body(problem(
                HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Phương thức không được hỗ trợ",
                "Địa chỉ này không hỗ trợ phương thức " + e.getMethod() + ".", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Kiểu nội dung không được hỗ trợ",
                "Kiểu nội dung '" + e.getContentType() + "' không được hỗ trợ; hãy gửi " + e.getSupportedMediaTypes()
                        + ".", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(Rejection.invalid(e.getParameterName(), "tham số bắt buộc"));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(PayloadSizeLimitFilter.tooLarge());
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Object> missingHeader(MissingRequestHeaderException e) {
        return problem(Rejection.invalid(e.getHeaderName(), "thiếu tiêu đề (header) bắt buộc"));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail detail && detail.getProperties() == null) {
            detail.setTitle(HttpStatus.valueOf(statusCode.value()).is4xxClientError()
                    ? "Yêu cầu không hợp lệ" : "Lỗi hệ thống");
        }
        return super.handleExceptionInternal(e, body, headers, statusCode, request);
    }

    static ProblemDetail problem(HttpStatus status, String code, String title, String detail,
                                 List<Rejection.FieldIssue> errors) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        body.setType(URI.create("urn:dvk:problem:" + code));
        body.setProperty("code", code);
        if (!errors.isEmpty()) {
            body.setProperty("errors", errors.stream().map(ProblemHandler::asJson).toList());
        }
        return body;
    }

    /** A field problem as the client reads it: row and column only where a spreadsheet row is at fault. */
    private static Map<String, Object> asJson(Rejection.FieldIssue problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (problem.row() != null) {
            json.put("row", problem.row());
        }
        if (problem.column() != null) {
            json.put("column", problem.column());
        }
        json.put("field", problem.field());
        json.put("message", problem.message());
        return json;
    }

    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
