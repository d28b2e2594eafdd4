package vn.dvk.portal.official.adapter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in while the provider is down answers the portal's 503 page instead of a server error: the provider's
 * endpoints are read here, before Spring Security's redirect filter, which would turn any failure into a 500.
 */
final class ProviderUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ProviderUnavailableFilter.class);

    private final ClientRegistrationRepository registrations;
    private final String signInPath;

    ProviderUnavailableFilter(ClientRegistrationRepository registrations, String signInPath) {
        this.registrations = registrations;
        this.signInPath = signInPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !signInPath.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            registrations.findByRegistrationId(DiscoveredClientRegistrations.REGISTRATION_ID);
        } catch (ProviderUnavailable unavailable) {
            log.warn("{}", unavailable.getMessage());
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
