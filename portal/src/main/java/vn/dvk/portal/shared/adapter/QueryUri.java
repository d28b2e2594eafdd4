package vn.dvk.portal.shared.adapter;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.web.util.UriBuilder;

/**
 * A service path with query parameters, each value passed as a URI variable so that it is encoded whole (a "+" or
 * "&" in a search stays what the official typed). Blank values are left out: the service's default applies.
 */
public final class QueryUri implements Function<UriBuilder, URI> {

    private final String path;
    private final List<String[]> parameters = new ArrayList<>();
    private final Map<String, Object> values = new HashMap<>();

    private QueryUri(String path) {
        this.path = path;
    }

    public static QueryUri of(String path) {
        return new QueryUri(path);
    }

    public QueryUri param(String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            String variable = "v" + values.size();
            parameters.add(new String[] {name, variable});
            values.put(variable, value);
        }
        return this;
    }

    public QueryUri params(String name, List<?> repeated) {
        repeated.forEach(value -> param(name, value));
        return this;
    }

    @Override
    public URI apply(UriBuilder uri) {
        uri.path(path);
        parameters.forEach(parameter -> uri.queryParam(parameter[0], "{" + parameter[1] + "}"));
        return uri.build(values);
    }
}
