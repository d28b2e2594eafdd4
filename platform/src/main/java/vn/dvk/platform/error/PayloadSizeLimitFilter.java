package vn.dvk.platform.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies larger than the configured limit with 413 problem+json before anything reads them.
 * Multipart uploads (spreadsheet imports) have their own, larger limit.
 */
public class PayloadSizeLimitFilter extends OncePerRequestFilter {

    private final long maxJsonBytes;
    private final long maxMultipartBytes;
    private final JsonMapper jsonMapper;

    public PayloadSizeLimitFilter(long maxJsonBytes, long maxMultipartBytes, JsonMapper jsonMapper) {
        this.maxJsonBytes = maxJsonBytes;
        this.maxMultipartBytes = maxMultipartBytes;
        this.jsonMapper = jsonMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        long limit = multipart ? maxMultipartBytes : maxJsonBytes;
        long length = request.getContentLengthLong();
        if (length > limit) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            ProblemDetail body = tooLarge();
            body.setInstance(java.net.URI.create(request.getRequestURI()));
            jsonMapper.writeValue(response.getOutputStream(), body);
            return;
        }
        chain.doFilter(request, response);
    }

    static ProblemDetail tooLarge() {
        return ProblemHandler.problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Nội dung quá lớn",
                "Nội dung yêu cầu vượt quá kích thước cho phép.", List.of());
    }
}
