package vn.dvk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.dvk.platform.domain.Rejection;
import vn.dvk.platform.idempotency.IdempotencyKeys;
import vn.dvk.platform.idempotency.ResourceIds;

/**
 * {@code Idempotency-Key} on every POST: the first request with a key runs and its successful response is kept; the
 * same key with the same body answers that response again without running anything; the same key with another body,
 * or while the first is still running, is a 409. A request refused (4xx) gives its key back; one that failed on the
 * server's side keeps it until a retry reruns it after the lease. Keys are per method and path, so one key may serve
 * different endpoints.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyKeys keys;
    private final ProblemResponses problems;

    public IdempotencyFilter(IdempotencyKeys keys, ProblemResponses problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        return !"POST".equals(request.getMethod()) || key == null || key.isBlank();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.length() > MAX_KEY_LENGTH) {
            problems.write(request, response, Rejection.invalid(HEADER, "không được dài quá " + MAX_KEY_LENGTH
                    + " ký tự"));
            return;
        }
        CachedBodyRequest cached = new CachedBodyRequest(request);
        String scopedKey = request.getMethod() + " " + request.getRequestURI() + "|" + key;
        IdempotencyKeys.Claim claim;
        try {
            claim = keys.claim(scopedKey, hash(cached));
        } catch (DataAccessResourceFailureException storeAway) {
            // Answered here: an exception leaving a filter bypasses the problem handler and becomes a bare 500.
            response.setHeader(HttpHeaders.RETRY_AFTER, ProblemHandler.STORE_RETRY_AFTER_SECONDS);
            problems.write(request, response, ProblemHandler.storeUnavailable());
            return;
        }
        if (claim instanceof IdempotencyKeys.Replay replay) {
            writeStored(replay.response(), response);
        } else if (claim instanceof IdempotencyKeys.Reused) {
            problems.write(request, response, Rejection.conflict("idempotency-key-reused", HEADER,
                    "Khóa Idempotency-Key '" + key + "' đã được dùng cho một yêu cầu khác."));
        } else if (claim instanceof IdempotencyKeys.InProgress) {
            problems.write(request, response, Rejection.conflict("idempotency-key-in-progress", HEADER,
                    "Yêu cầu với khóa Idempotency-Key này đang được xử lý; hãy thử lại sau ít phút."));
        } else if (claim instanceof IdempotencyKeys.Run run) {
            runAndKeep(cached, response, chain, scopedKey, run);
        }
    }

    private void runAndKeep(CachedBodyRequest request, HttpServletResponse response, FilterChain chain,
                            String scopedKey, IdempotencyKeys.Run run) throws IOException, ServletException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try (ResourceIds.Binding ignored = ResourceIds.bind(run.resourceId(), run.rerun())) {
            chain.doFilter(request, recorded);
            int status = recorded.getStatus();
            if (status >= 200 && status < 300) {
                keys.complete(scopedKey, new IdempotencyKeys.StoredResponse(status, recorded.getContentType(),
                        recorded.getHeader(HttpHeaders.LOCATION), recorded.getHeader(HttpHeaders.ETAG),
                        recorded.getContentAsByteArray()));
            } else if (status < 500) {
                keys.release(scopedKey);
            }
            // A server error (the store went away, or its answer was lost after it had stored the write) leaves it
            // unknown what was written: the claim stays, as if the process had died, and the retry after the lease
            // reruns the request under the same ids instead of creating a second resource under new ones.
        } finally {
            recorded.copyBodyToResponse();
        }
    }

    private static void writeStored(IdempotencyKeys.StoredResponse stored, HttpServletResponse response)
            throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, stored.etag());
        }
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    /**
     * The hash a replay must match: the body, with a multipart body's boundary taken out (a client picks a new one
     * for every request it sends), and the content type without that boundary.
     */
    private static String hash(CachedBodyRequest request) {
        byte[] body = request.body();
        String contentType = request.getContentType() == null ? "" : request.getContentType();
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            String boundary = type.getParameter("boundary");
            if (boundary != null) {
                String unquoted = boundary.replace("\"", "");
                body = new String(body, StandardCharsets.ISO_8859_1).replace(unquoted, "")
                        .getBytes(StandardCharsets.ISO_8859_1);
                contentType = type.getType() + "/" + type.getSubtype();
            }
        } catch (RuntimeException unparseable) {
            // An unreadable content type is hashed as sent; the request itself will be refused further on.
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(contentType.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
