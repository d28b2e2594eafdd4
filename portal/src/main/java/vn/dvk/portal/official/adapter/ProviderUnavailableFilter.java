package vn.dvk.portal.official.adapter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/** Sign-in while the provider is down answers the portal's 503 page instead of a server error. */
final class ProviderUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ProviderUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ProviderUnavailable unavailable) {
            log.warn("{}", unavailable.getMessage());
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }
}
