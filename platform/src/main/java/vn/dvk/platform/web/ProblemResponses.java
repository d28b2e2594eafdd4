package vn.dvk.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;
import vn.dvk.platform.domain.Rejection;

/** Writes problem+json from servlet filters, which answer before Spring MVC's exception handling runs. */
public class ProblemResponses {

    private final JsonMapper jsonMapper;

    public ProblemResponses(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, Rejection rejection)
            throws IOException {
        write(request, response, ProblemHandler.problemOf(rejection));
    }

    /** A problem that is no rule's rejection: the request was not authenticated, or the role may not act. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                      String title, String detail) throws IOException {
        write(request, response, ProblemHandler.problem(status, code, title, detail, List.of()));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        jsonMapper.writeValue(response.getOutputStream(), problem);
    }
}
