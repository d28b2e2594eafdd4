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
 * Refuses request bodies larger than the configured limit with 413 problem+json before anything reads them.
 * Multipart uploads (spreadsheet imports) have their own, larger limit.
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
        chain.doFilter(request, response);
    }

    static ProblemDetail tooLarge() {
        return ProblemHandler.problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Nội dung quá lớn",
                "Nội dung yêu cầu vượt quá kích thước cho phép.", List.of());
    }
}
