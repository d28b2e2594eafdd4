package vn.dvk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may call what, as one table per service that a test runs against the running service. Each row is a request
 * and the home unit of the officials who send it; the columns are the caller: {@code none} sends no token, every other
 * column the token of an official of that unit holding only that role; each cell is the status he must get:
 *
 * <pre>
 * | request                              | unit  | none | CLERK | STEERING | COUNCIL | CHAIRMAN | VIEWER | ADMIN | AUDITOR |
 * |--------------------------------------|-------|------|-------|----------|---------|----------|--------|-------|---------|
 * | GET /api/v1/models/${model-04096}    | 04063 | 401  | 404   | 404      | 404     | 404      | 404    | 404   | 404     |
 * | POST /api/v1/models &lt;model-04096&gt; | 04096 | 401  | 201   | 403      | 403     | 403      | 403    | 403   | 403     |
 * </pre>
 *
 * A request is {@code METHOD path}, every path variable written as a placeholder {@code ${name}} of the test's
 * {@link Fixtures}, then optionally {@code <name>} of one of its {@link Body bodies} (placeholders work inside them
 * too). Rows run in order, each cell once. Besides the statuses, the run fails on any leak: a successful answer that
 * contains a fixture of a unit the caller may not see (outside his subtree, unless it is reference data issued above
 * it). The table must cover the service's OpenAPI: every operation needs rows from at least two units, and every row
 * must name an operation, so that a new endpoint without rows fails the test.
 */
public final class AccessTable {

    /** The caller columns: header name and the role it stands for ({@code null}: no token at all). */
    private static final Map<String, String> CALLERS = callers();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern BODY = Pattern.compile("<([^>]+)>");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private final List<Row> rows;
    private final List<String> columns;

    private AccessTable(List<String> columns, List<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    private static Map<String, String> callers() {
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("none", null);
        callers.put("CLERK", "UNIT_CLERK");
        callers.put("STEERING", "STEERING_MEMBER");
        callers.put("COUNCIL", "COUNCIL_MEMBER");
        callers.put("CHAIRMAN", "CHAIRMAN");
        callers.put("VIEWER", "VIEWER");
        callers.put("ADMIN", "ADMIN");
        callers.put("AUDITOR", "AUDITOR");
        return callers;
    }

    /** One row: the request as written, the callers' home unit, and the status expected per caller column. */
    private record Row(int line, String method, String path, String body, String unit, List<Integer> expected) {

        String request() {
            return method + " " + path + (body == null ? "" : " <" + body + ">");
        }
    }

    /** Reads a Markdown table whose header is {@code request | unit} followed by caller columns. */
    public static AccessTable parse(String markdown) {
        List<String> columns = null;
        List<Row> rows = new ArrayList<>();
        int line = 0;
        for (String text : markdown.split("\n")) {
            line++;
            String trimmed = text.strip();
            if (!trimmed.startsWith("|") || trimmed.matches("\\|[-|: ]+\\|")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : trimmed.substring(1, trimmed.length() - 1).split("\\|", -1)) {
                cells.add(cell.strip());
            }
            if (columns == null) {
                assertThat(cells.subList(0, 2)).as("header of the access table").containsExactly("request", "unit");
                columns = List.copyOf(cells.subList(2, cells.size()));
                assertThat(CALLERS.keySet()).as("caller columns").containsAll(columns);
                continue;
            }
            assertThat(cells).as("line %d of the access table has a cell per column", line)
                    .hasSize(columns.size() + 2);
            rows.add(row(line, cells));
        }
        assertThat(columns).as("the access table has a header").isNotNull();
        return new AccessTable(columns, rows);
    }

    private static Row row(int line, List<String> cells) {
        String request = cells.get(0);
        Matcher body = BODY.matcher(request);
        String bodyName = null;
        if (body.find()) {
            bodyName = body.group(1);
            request = request.substring(0, body.start()).strip();
        }
        String[] parts = request.split(" ", 2);
        assertThat(parts).as("line %d: a request is METHOD path", line).hasSize(2);
        List<Integer> expected = new ArrayList<>();
        for (String cell : cells.subList(2, cells.size())) {
            expected.add(Integer.parseInt(cell));
        }
        return new Row(line, parts[0].toUpperCase(Locale.ROOT), parts[1].strip(), bodyName, cells.get(1),
                List.copyOf(expected));
    }

    /** How many cases (row × caller) the table holds. */
    public int cases() {
        return rows.size() * columns.size();
    }

    /**
     * Checks the table against the service's OpenAPI ({@code /v3/api-docs}): every operation has rows from at least
     * two units, and every row names an operation.
     */
    public AccessTable assertCovers(ServiceClient service) {
        ServiceClient.Reply docs = service.withToken(null).get("/v3/api-docs");
        assertThat(docs.status()).as("the service's OpenAPI").isEqualTo(200);
        Set<String> operations = new LinkedHashSet<>();
        docs.json().path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.add(method.getKey().toUpperCase(Locale.ROOT) + " " + shape(path.getKey()));
            }
        }));
        Map<String, Set<String>> unitsByOperation = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (Row row : rows) {
            String operation = row.method() + " " + shape(row.path());
            if (operations.contains(operation)) {
                unitsByOperation.computeIfAbsent(operation, any -> new LinkedHashSet<>()).add(row.unit());
            } else {
                unknown.add("line " + row.line() + ": " + row.request());
            }
        }
        assertThat(unknown).as("rows that name no operation of the OpenAPI").isEmpty();
        List<String> uncovered = operations.stream()
                .filter(operation -> unitsByOperation.getOrDefault(operation, Set.of()).size() < 2).toList();
        assertThat(uncovered).as("operations of the OpenAPI without rows from two units of the access table")
                .isEmpty();
        return this;
    }

    /**
     * A path with its query left out and every variable, {@code {id}} or {@code ${name}}, written {@code {}}, also
     * inside a segment ({@code {id}:submit}, {@code {nomineeId}.pdf}).
     */
    private static String shape(String path) {
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        return bare.replaceAll("\\$?\\{[^}/]+}", "{}");
    }

    /**
     * Sends every cell's request and asserts its status and that no successful answer leaks a fixture the caller may
     * not see; all mismatches are reported together. {@code unitPaths} gives the path of a unit code.
     */
    public void assertAnswers(ServiceClient service, Fixtures fixtures, Map<String, Body> bodies,
                              Function<String, String> unitPaths) {
        assertAnswers(service, fixtures, bodies, unitPaths, ServiceClient::as);
    }

    /**
     * The same, with the callers' tokens from {@code callers}: for a service that trusts only tokens of its own,
     * such as the OIDC provider, whose callers sign in.
     */
    public void assertAnswers(ServiceClient service, Fixtures fixtures, Map<String, Body> bodies,
                              Function<String, String> unitPaths, Callers callers) {
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            String path = fixtures.fill(row.path());
            Body body = row.body() == null ? null : bodies.get(row.body());
            assertThat(row.body() == null || body != null).as("line %d: body <%s> is defined", row.line(), row.body())
                    .isTrue();
            for (int column = 0; column < columns.size(); column++) {
                String caller = columns.get(column);
                String role = CALLERS.get(caller);
                ServiceClient client = role == null ? service.withToken(null)
                        : callers.as(service, "acl." + caller.toLowerCase(Locale.ROOT) + "." + row.unit(), row.unit(),
                                role);
                ServiceClient.Reply reply = body == null ? client.send(row.method(), path, null, null, Map.of())
                        : body.sendWith(client, row.method(), path, fixtures);
                String who = caller + " of " + row.unit();
                int expected = row.expected().get(column);
                if (reply.status() != expected) {
                    mismatches.add("line " + row.line() + ": " + row.request() + " as " + who + ": expected "
                            + expected + ", got " + reply.status() + " " + excerpt(reply.body()));
                }
                if (reply.status() / 100 == 2) {
                    String callerPath = role == null ? null : unitPaths.apply(row.unit());
                    for (String leaked : fixtures.hiddenFrom(callerPath, reply.body())) {
                        mismatches.add("line " + row.line() + ": " + row.request() + " as " + who + " leaks "
                                + leaked);
                    }
                }
            }
        }
        assertThat(mismatches).as("%d cases of the access table", cases()).isEmpty();
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }

    /** The client of a caller column: an official with this login, home unit and only this role. */
    @FunctionalInterface
    public interface Callers {
        ServiceClient as(ServiceClient service, String login, String unitCode, String role);
    }

    /**
     * The values the table's placeholders stand for, each (but plain values) with the unit it belongs to: facts of a
     * unit only its subtree may see; reference data issued by a unit its subtree and the units below it may see.
     */
    public static final class Fixtures {

        private record Fixture(String value, String unitPath, boolean visibleFromBelow) {
        }

        private final Map<String, Fixture> byName = new LinkedHashMap<>();

        /** A record about the unit at {@code unitPath}, e.g. a model: only that subtree may see it. */
        public Fixtures fact(String name, String value, String unitPath) {
            return put(name, new Fixture(value, unitPath, false));
        }

        /** What the unit at {@code unitPath} issued for its subtree, e.g. a campaign: the units below may see it. */
        public Fixtures reference(String name, String value, String unitPath) {
            return put(name, new Fixture(value, unitPath, true));
        }

        /** A value that belongs to no unit, e.g. an id nothing has. */
        public Fixtures value(String name, String value) {
            return put(name, new Fixture(value, null, false));
        }

        private Fixtures put(String name, Fixture fixture) {
            assertThat(byName.put(name, fixture)).as("fixture %s is defined once", name).isNull();
            return this;
        }

        public String get(String name) {
            Fixture fixture = byName.get(name);
            assertThat(fixture).as("fixture ${%s}", name).isNotNull();
            return fixture.value();
        }

        /** The text with every {@code ${name}} replaced by its fixture's value. */
        public String fill(String text) {
            Matcher placeholder = PLACEHOLDER.matcher(text);
            StringBuilder filled = new StringBuilder();
            while (placeholder.find()) {
                placeholder.appendReplacement(filled, Matcher.quoteReplacement(get(placeholder.group(1))));
            }
            placeholder.appendTail(filled);
            return filled.toString();
        }

        /** The fixtures an answer to a caller of {@code callerPath} (null: anonymous) shows but may not. */
        List<String> hiddenFrom(String callerPath, String body) {
            List<String> hidden = new ArrayList<>();
            byName.forEach((name, fixture) -> {
                if (fixture.unitPath() != null && body.contains(fixture.value())
                        && !visible(callerPath, fixture)) {
                    hidden.add("${" + name + "} of " + fixture.unitPath());
                }
            });
            return hidden;
        }

        private static boolean visible(String callerPath, Fixture fixture) {
            if (callerPath == null) {
                return false;
            }
            return within(fixture.unitPath(), callerPath)
                    || fixture.visibleFromBelow() && within(callerPath, fixture.unitPath());
        }

        private static boolean within(String path, String ancestor) {
            return ancestor.isEmpty() || path.equals(ancestor) || path.startsWith(ancestor + "/");
        }
    }

    /** A request body a row names: JSON or one uploaded file, with the headers it needs (e.g. {@code If-Match}). */
    public static final class Body {

        private final String contentType;
        private final String text;
        private final byte[] file;
        private final String filename;
        private final Map<String, String> headers;

        private Body(String contentType, String text, byte[] file, String filename, Map<String, String> headers) {
            this.contentType = contentType;
            this.text = text;
            this.file = file;
            this.filename = filename;
            this.headers = headers;
        }

        /** A JSON body; {@code ${name}} placeholders are filled from the fixtures. */
        public static Body json(String text) {
            return new Body("application/json", text, null, null, Map.of());
        }

        /** One file uploaded as the multipart part {@code file}. */
        public static Body file(String filename, byte[] content, String contentType) {
            return new Body(contentType, null, content, filename, Map.of());
        }

        /** The same body sent with one more header; its value may hold placeholders. */
        public Body header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Body(contentType, text, file, filename, Map.copyOf(more));
        }

        ServiceClient.Reply sendWith(ServiceClient client, String method, String path, Fixtures fixtures) {
            Map<String, String> filledHeaders = new LinkedHashMap<>();
            headers.forEach((name, value) -> filledHeaders.put(name, fixtures.fill(value)));
            if (file != null) {
                String boundary = "acl-" + UUID.randomUUID();
                return client.send(method, path, ServiceClient.multipart(boundary, filename, file, contentType),
                        "multipart/form-data; boundary=" + boundary, filledHeaders);
            }
            return client.send(method, path, fixtures.fill(text).getBytes(StandardCharsets.UTF_8), contentType,
                    filledHeaders);
        }
    }

    @Override
    public String toString() {
        return rows.size() + " rows × " + columns.size() + " callers";
    }
}
