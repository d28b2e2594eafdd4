package vn.dvk.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a running service over real HTTP, as any other program would, so a test sees exactly what a client sees
 * (status, headers, problem+json) rather than what a mock MVC layer makes of it.
 */
public final class ServiceClient {

    /** Shared so that tests building request bodies or reading event payloads need no mapper of their own. */
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String JSON_TYPE = "application/json";

    private final URI base;
    private final String token;

    /** A client acting as an official with every role at the demo province (see {@link TestTokens#superuser()}). */
    public ServiceClient(int port) {
        this(URI.create("http://127.0.0.1:" + port));
    }

    /** A base with a trailing slash is accepted too, so that paths, which start with one, do not double it. */
    public ServiceClient(URI base) {
        this(base, TestTokens.superuser());
    }

    private ServiceClient(URI base, String token) {
        String text = base.toString();
        this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        this.token = token;
    }

    /** The same service, called with another bearer token (null: none at all). */
    public ServiceClient withToken(String bearerToken) {
        return new ServiceClient(base, bearerToken);
    }

    /** The same service, called as an official of {@code unitCode} with these roles. */
    public ServiceClient as(String login, String unitCode, String... roles) {
        return withToken(TestTokens.forOfficial(login, unitCode, roles));
    }

    /**
     * A response. The body is kept as bytes as well as text because some answers are files (workbooks, PDFs); the
     * JSON tree is parsed only when asked for, for the same reason.
     */
    public record Reply(int status, String body, byte[] bytes, String contentType, HttpHeaders headers) {

        /** The body as a tree; an empty object for an empty body, so {@code path(..)} chains stay safe. */
        public JsonNode json() {
            return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        }

        public String text(String field) {
            return json().path(field).asString();
        }

        /** The fields named in a problem's {@code errors}. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(error -> fields.add(error.path("field").asString()));
            return fields;
        }

        /** Null rather than an Optional, so that an assertion on a missing header reads plainly. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Reply get(String path) {
        return send("GET", path, null, null, Map.of());
    }

    public Reply post(String path, String json) {
        return post(path, json, Map.of());
    }

    public Reply post(String path, String json, Map<String, String> headers) {
        return send("POST", path, bytes(json), JSON_TYPE, headers);
    }

    public Reply put(String path, String json) {
        return put(path, json, Map.of());
    }

    public Reply put(String path, String json, Map<String, String> headers) {
        return send("PUT", path, bytes(json), JSON_TYPE, headers);
    }

    /** Any request; a test of media-type or size handling chooses the body and content type itself. */
    public Reply send(String method, String path, byte[] body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null && !headers.containsKey("Authorization")) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = response.body() == null ? new byte[0] : response.body();
            return new Reply(response.statusCode(), new String(bytes, StandardCharsets.UTF_8), bytes,
                    response.headers().firstValue("Content-Type").orElse(""), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** Posts one file as the multipart part {@code file}, the name every import endpoint expects. */
    public Reply postFile(String path, String filename, byte[] content, String contentType) {
        String boundary = "dvk-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n"));
        body.writeBytes(content);
        body.writeBytes(bytes("\r\n--" + boundary + "--\r\n"));
        return send("POST", path, body.toByteArray(), "multipart/form-data; boundary=" + boundary, Map.of());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
