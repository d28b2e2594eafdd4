package vn.dvk.platform.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import vn.dvk.platform.access.CurrentCaller;
import vn.dvk.platform.domain.Caller;
import vn.dvk.contracts.catalog.Role;
import vn.dvk.platform.unit.application.CurrentUnitDirectory;

/**
 * Appends an audit record for every state-changing request to the API (POST, PUT, PATCH, DELETE) that an authenticated
 * official made, whatever its outcome. It runs inside the security filter chain, so the caller is known, and after
 * the request, so the outcome is. Every request gets an {@code X-Request-Id} (the client's, or a new one).
 */
public class AuditFilter extends OncePerRequestFilter {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

    private final AuditTrail trail;
    private final CurrentCaller callers;
    private final CurrentUnitDirectory directory;
    private final Clock clock;

    public AuditFilter(AuditTrail trail, CurrentCaller callers, CurrentUnitDirectory directory, Clock clock) {
        this.trail = trail;
        this.callers = callers;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = Optional.ofNullable(request.getHeader(REQUEST_ID)).filter(id -> id.length() <= 100)
                .orElseGet(() -> UUID.randomUUID().toString());
        response.setHeader(REQUEST_ID, requestId);
        boolean audited = CHANGES.contains(request.getMethod()) && request.getRequestURI().startsWith("/api/");
        if (!audited) {
            chain.doFilter(request, response);
            return;
        }
        int status = 500;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            Optional<Caller> caller = callers.get();
            if (caller.isPresent()) {
                record(request, response, caller.get(), requestId, status);
            }
        }
    }

    private void record(HttpServletRequest request, HttpServletResponse response, Caller caller, String requestId,
                        int status) {
        try {
            trail.append(new AuditRecord.Entry(clock.instant(), caller.login(), caller.name(),
                    caller.roles().stream().map(Role::name).sorted().toList(), caller.unitCode(),
                    directory.get().pathOf(caller.unitCode()).orElse(""), request.getMethod(), request.getRequestURI(),
                    (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE),
                    targetId(request, response), status, requestId, request.getRemoteAddr()));
        } catch (RuntimeException e) {
            log.error("audit record of {} {} by {} (request {}) could not be written", request.getMethod(),
                    request.getRequestURI(), caller.login(), requestId, e);
        }
    }

    /** The record acted on: the path's {@code id}, or the one a create answered with in {@code Location}. */
    private static String targetId(HttpServletRequest request, HttpServletResponse response) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && map.get("id") != null) {
            return map.get("id").toString();
        }
        String location = response.getHeader(HttpHeaders.LOCATION);
        return location == null ? null : location.substring(location.lastIndexOf('/') + 1);
    }
}
