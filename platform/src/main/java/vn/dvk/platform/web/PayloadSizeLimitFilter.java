package vn.dvk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than the configured limit with 413 problem+json before anything reads them: by the
 * announced length, or, for a chunked body that announces none, by reading no further than one byte past the limit
 * (what it read is handed on, so nothing after this filter ever meets an unbounded body). Multipart uploads
 * (spreadsheet imports) have their own, larger limit.
 */
public class PayloadSizeLimitFilter extends OncePerRequestFilter {

    private final long maxJsonBytes;
    private final long maxMultipartBytes;
    private final ProblemResponses problems;

    public PayloadSizeLimitFilter(long maxJsonBytes, long maxMultipartBytes, ProblemResponses problems) {
        this.maxJsonBytes = maxJsonBytes;
        this.maxMultipartBytes = maxMultipartBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        long limit = multipart ? maxMultipartBytes : maxJsonBytes;
        long length = request.getContentLengthLong();
        if (length > limit) {
            problems.write(request, response, tooLarge());
            return;
        }
        if (length < 0 && hasBody(request)) {
            // A chunked body announces no length: read at most one byte past the limit, and refuse it if there is one.
            byte[] head = request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
            if (head.length > limit) {
                response.setHeader("Connection", "close");
                problems.write(request, response, tooLarge());
                return;
            }
            chain.doFilter(new CachedBodyRequest(request, head), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getHeader("Transfer-Encoding") != null;
    }

    static ProblemDetail tooLarge() {
        return ProblemHandler.problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Nội dung quá lớn",
                "Nội dung yêu cầu vượt quá kích thước cho phép.", List.of());
    }
}
