package vn.dvk.testsupport;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.concurrent.CopyOnWriteArrayList;
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
    private static final String EVENT_STREAM = "text/event-stream";

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

    /** The same service, called as an official with this display name (what histories record as who acted). */
    public ServiceClient asNamed(String login, String name, String unitCode, String... roles) {
        return withToken(TestTokens.forNamedOfficial(login, name, unitCode, roles));
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
            HttpResponse<InputStream> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String answeredType = response.headers().firstValue("Content-Type").orElse("");
            byte[] bytes;
            try (InputStream answer = response.body()) {
                bytes = answeredType.startsWith(EVENT_STREAM) ? firstEvent(answer) : answer.readAllBytes();
            }
            return new Reply(response.statusCode(), new String(bytes, StandardCharsets.UTF_8), bytes, answeredType,
                    response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** An event stream never ends by itself: its answer is read up to the end of its first event. */
    private static byte[] firstEvent(InputStream body) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        int previous = -1;
        for (int next = body.read(); next >= 0; next = body.read()) {
            read.write(next);
            if (next == '\n' && previous == '\n') {
                break;
            }
            previous = next;
        }
        return read.toByteArray();
    }

    /**
     * Opens a Server-Sent-Events stream and keeps reading it in the background until closed; an answer that is not a
     * stream (a refusal) is read whole.
     */
    public EventStream stream(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Accept", EVENT_STREAM);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return new EventStream(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("GET " + path + " interrupted", e);
        }
    }

    /** One event of a stream: its name and data. */
    public record Event(String name, String data) {
    }

    /** An open event stream: its status, the events received so far, or the body of a refusal. */
    public static final class EventStream implements AutoCloseable {

        private final int status;
        private final String contentType;
        private final String refusal;
        private final InputStream body;
        private final List<Event> events = new CopyOnWriteArrayList<>();

        private EventStream(HttpResponse<InputStream> response) throws IOException {
            this.status = response.statusCode();
            this.contentType = response.headers().firstValue("Content-Type").orElse("");
            this.body = response.body();
            if (contentType.startsWith(EVENT_STREAM)) {
                this.refusal = null;
                Thread reader = new Thread(this::read, "test-event-stream");
                reader.setDaemon(true);
                reader.start();
            } else {
                try (InputStream whole = body) {
                    this.refusal = new String(whole.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String name = null;
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty()) {
                        if (name != null || !data.isEmpty()) {
                            events.add(new Event(name, data.toString()));
                        }
                        name = null;
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                    }
                }
            } catch (IOException closed) {
                // closed by this test or by the server; what was read stays readable
            }
        }

        public int status() {
            return status;
        }

        public String contentType() {
            return contentType;
        }

        /** The problem a refused stream answered with, as a tree; an empty object for an open stream. */
        public JsonNode refusal() {
            return refusal == null || refusal.isBlank() ? JSON.createObjectNode() : JSON.readTree(refusal);
        }

        /** The events received so far, oldest first. */
        public List<Event> events() {
            return List.copyOf(events);
        }

        @Override
        public void close() {
            try {
                body.close();
            } catch (IOException alreadyClosed) {
                // nothing left to release
            }
        }
    }

    /** Posts one file as the multipart part {@code file}, the name every import endpoint expects. */
    public Reply postFile(String path, String filename, byte[] content, String contentType) {
        String boundary = "dvk-" + UUID.randomUUID();
        return send("POST", path, multipart(boundary, filename, content, contentType),
                "multipart/form-data; boundary=" + boundary, Map.of());
    }

    /** A multipart body holding one file as the part {@code file}. */
    static byte[] multipart(String boundary, String filename, byte[] content, String contentType) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n"));
        body.writeBytes(content);
        body.writeBytes(bytes("\r\n--" + boundary + "--\r\n"));
        return body.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
