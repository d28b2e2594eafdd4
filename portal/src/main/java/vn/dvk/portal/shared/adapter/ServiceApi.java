package vn.dvk.portal.shared.adapter;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpRequest;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.core.io.ByteArrayResource;
import vn.dvk.portal.shared.domain.FileContent;
import vn.dvk.portal.shared.domain.Problem;
import vn.dvk.portal.shared.domain.ServiceRefusal;
import vn.dvk.portal.shared.domain.ServiceUnavailable;

/**
 * One service's API as the signed-in official calls it: every request carries his access token, a problem answer
 * becomes a {@link ServiceRefusal} with the service's own words, and an unreachable or failing service a
 * {@link ServiceUnavailable}.
 */
public final class ServiceApi {

    private final String name;
    private final RestClient client;
    private final JsonMapper json;

    ServiceApi(String name, RestClient client, JsonMapper json) {
        this.name = name;
        this.client = client;
        this.json = json;
    }

    public String name() {
        return name;
    }

    public <T> T get(Function<UriBuilder, java.net.URI> uri, Class<T> type) {
        return call(() -> client.get().uri(uri).retrieve().onStatus(status -> status.isError(), this::refuse)
                .body(type));
    }

    public <T> T get(Function<UriBuilder, java.net.URI> uri, ParameterizedTypeReference<T> type) {
        return call(() -> client.get().uri(uri).retrieve().onStatus(status -> status.isError(), this::refuse)
                .body(type));
    }

    public <T> T post(String path, Object body, Class<T> type) {
        return send(client.post().uri(path), body, Map.of(), type);
    }

    public <T> T post(String path, Object body, Map<String, String> headers, Class<T> type) {
        return send(client.post().uri(path), body, headers, type);
    }

    public <T> T put(String path, Object body, Map<String, String> headers, Class<T> type) {
        return send(client.put().uri(path), body, headers, type);
    }

    public void delete(String path) {
        call(() -> client.delete().uri(path).retrieve().onStatus(status -> status.isError(), this::refuse)
                .toBodilessEntity());
    }

    /** A multipart upload of one file under the part name the service expects. */
    public <T> T upload(String path, String part, FileContent file, Map<String, String> fields, Class<T> type) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add(part, new ByteArrayResource(file.content()) {
            @Override
            public String getFilename() {
                return file.filename();
            }
        });
        fields.forEach(parts::add);
        return call(() -> client.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                .onStatus(status -> status.isError(), this::refuse).body(type));
    }

    private <T> T send(RestClient.RequestBodySpec request, Object body, Map<String, String> headers, Class<T> type) {
        return call(() -> {
            RestClient.RequestBodySpec spec = request.contentType(MediaType.APPLICATION_JSON);
            headers.forEach(spec::header);
            if (body != null) {
                spec.body(body);
            }
            return spec.retrieve().onStatus(status -> status.isError(), this::refuse).body(type);
        });
    }

    private <T> T call(java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (ResourceAccessException unreachable) {
            throw new ServiceUnavailable(name, unreachable.getMessage(), unreachable);
        }
    }

    private void refuse(HttpRequest request, ClientHttpResponse response) throws IOException {
        int status = response.getStatusCode().value();
        byte[] body;
        try (InputStream in = response.getBody()) {
            body = in.readAllBytes();
        }
        if (status >= 500 || status == 401) {
            // 401: the token the portal holds was refused; the official has to sign in again.
            throw new ServiceUnavailable(name, request.getMethod() + " " + request.getURI() + " answered " + status,
                    null);
        }
        throw new ServiceRefusal(name, problemOf(status, body));
    }

    private Problem problemOf(int status, byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            List<Problem.FieldIssue> issues = new java.util.ArrayList<>();
            for (JsonNode issue : node.path("errors")) {
                issues.add(new Problem.FieldIssue(text(issue, "field"), text(issue, "message"),
                        issue.hasNonNull("row") ? issue.get("row").asInt() : null, text(issue, "column")));
            }
            return new Problem(status, text(node, "code"), text(node, "title"), text(node, "detail"), issues);
        } catch (RuntimeException notProblemJson) {
            return new Problem(status, "http-" + status, null, null, List.of());
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
