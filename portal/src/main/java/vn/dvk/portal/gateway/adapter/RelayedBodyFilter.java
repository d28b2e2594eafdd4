package vn.dvk.portal.gateway.adapter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Keeps the body of a call the gateway relays unread until it is relayed. Filters ahead of the gateway ask every
 * request for its parameters (the OAuth2 client's filter looks for an authorization response in each), and the servlet
 * container reads a multipart body to answer them once it may read the pages' uploads: relayed after that, the body
 * would be empty. Here the parameters of an {@code /api/**} request with a form or multipart body are those of its
 * query string; its CSRF token comes as a header.
 */
final class RelayedBodyFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean bodyHasParameters = type.startsWith("multipart/")
                || type.startsWith("application/x-www-form-urlencoded");
        return !bodyHasParameters || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new QueryParametersOnly(request), response);
    }

    /** A request whose parameters are read from its query string, never from its body. */
    private static final class QueryParametersOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        QueryParametersOnly(HttpServletRequest request) {
            super(request);
            Map<String, String[]> read = new LinkedHashMap<>();
            String query = request.getQueryString();
            if (query != null && !query.isEmpty()) {
                MultiValueMap<String, String> raw = UriComponentsBuilder.newInstance().query(query).build()
                        .getQueryParams();
                raw.forEach((name, values) -> read.put(decode(name), values.stream()
                        .map(value -> value == null ? "" : decode(value)).toArray(String[]::new)));
            }
            this.parameters = Collections.unmodifiableMap(read);
        }

        private static String decode(String text) {
            return UriUtils.decode(text.replace('+', ' '), StandardCharsets.UTF_8);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(List.copyOf(parameters.keySet()));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }
    }
}
