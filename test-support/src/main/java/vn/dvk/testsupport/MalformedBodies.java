package vn.dvk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends what a careless or hostile client sends to every {@code POST}, {@code PUT} and {@code PATCH} operation of a
 * service's OpenAPI ({@code /v3/api-docs}), so that an operation added later is covered without a line of test:
 * <ul>
 * <li>a {@code multipart/form-data} body without its boundary, and one cut off after its first part: 400;</li>
 * <li>to an operation that takes JSON, JSON cut off in the middle: 400 problem+json; the same body as
 * {@code text/plain}: 415;</li>
 * <li>to an operation that takes JSON, for every numeric field of its request schema (nested ones too), a body
 * holding only that field set to {@code 1e308}, {@code -1}, {@code 2^63} and {@code "NaN"}: 400 naming the field;</li>
 * <li>to an operation that takes only a file, a {@code text/plain} body: 400 or 415.</li>
 * </ul>
 * No answer may be a 5xx. The caller's token should pass the operations' access rules (every role of the
 * instance's unit), so that the requests reach the reading of their bodies. Path variables get a value no record
 * has; bodies are read before any record is looked up, so nothing is ever stored.
 */
public final class MalformedBodies {

    private static final Set<String> METHODS = Set.of("post", "put", "patch");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final String BOUNDARY = "dvk-probe-boundary";
    private static final String TRUNCATED_JSON = "{\"name\": \"Mô hình trồng lê Tai nung\", \"year\": 20";
    private static final int MAX_DEPTH = 6;

    /** An out-of-range value for a numeric field, as it appears in the JSON. */
    private record OutOfRange(String label, Function<JsonNodeFactory, JsonNode> value) {
    }

    private static final List<OutOfRange> OUT_OF_RANGE = List.of(
            new OutOfRange("1e308", nodes -> nodes.numberNode(1e308)),
            new OutOfRange("-1", nodes -> nodes.numberNode(-1)),
            new OutOfRange("2^63", nodes -> nodes.numberNode(BigInteger.ONE.shiftLeft(63))),
            new OutOfRange("\"NaN\"", nodes -> nodes.stringNode("NaN")));

    /**
     * A numeric field of a request body as a dotted path ({@code a[].b}; {@code m.probe} for a map's values when its
     * keys are not listed); {@code signed} when its schema allows negative numbers.
     */
    private record NumericField(String path, boolean signed) {
    }

    /** One operation: what it accepts and the numeric fields of its JSON body. */
    private record Operation(String method, String path, boolean json, boolean multipart,
                             List<NumericField> numericFields) {

        String name() {
            return method + " " + path;
        }
    }

    private final List<Operation> operations;
    private final Set<String> signedByOwner;

    private MalformedBodies(List<Operation> operations, Set<String> signedByOwner) {
        this.operations = operations;
        this.signedByOwner = signedByOwner;
    }

    /** Reads the operations from the service's OpenAPI. */
    public static MalformedBodies of(ServiceClient service) {
        ServiceClient.Reply docs = service.withToken(null).get("/v3/api-docs");
        assertThat(docs.status()).as("the service's OpenAPI").isEqualTo(200);
        JsonNode api = docs.json();
        List<Operation> found = new ArrayList<>();
        api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (!METHODS.contains(method.getKey())) {
                return;
            }
            JsonNode operation = method.getValue();
            JsonNode content = operation.path("requestBody").path("content");
            boolean json = false;
            boolean multipart = false;
            List<NumericField> numeric = new ArrayList<>();
            for (var type : content.properties()) {
                if (type.getKey().contains("json")) {
                    json = true;
                    collectNumeric(api, type.getValue().path("schema"), "", numeric, new HashSet<>(), 0);
                } else if (type.getKey().startsWith("multipart/")) {
                    multipart = true;
                }
            }
            found.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), concrete(path.getKey(), operation),
                    json, multipart, List.copyOf(numeric)));
        }));
        assertThat(found).as("POST, PUT and PATCH operations in the OpenAPI").isNotEmpty();
        return new MalformedBodies(found, Set.of());
    }

    /**
     * The same probes, but fields named here ({@code a[].b}) are not sent {@code -1}: negative values are theirs
     * although their schemas declare no minimum yet. Each use says why, so that it can go once the schema does.
     */
    public MalformedBodies allowingNegative(String... fields) {
        Set<String> signed = new HashSet<>(signedByOwner);
        signed.addAll(List.of(fields));
        return new MalformedBodies(operations, Set.copyOf(signed));
    }

    /**
     * Sends every probe as {@code caller} and asserts the answers listed above; all mismatches are reported
     * together.
     */
    public void assertRefusedWithoutServerErrors(ServiceClient caller) {
        List<String> mismatches = new ArrayList<>();
        int sent = 0;
        for (Operation operation : operations) {
            expect(mismatches, operation, "multipart without boundary", send(caller, operation,
                    "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc".getBytes(StandardCharsets.UTF_8),
                    "multipart/form-data"), 400);
            expect(mismatches, operation, "multipart cut off", send(caller, operation,
                    ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n"
                            + "Content-Type: application/octet-stream\r\n\r\nPK\u0003\u0004")
                            .getBytes(StandardCharsets.UTF_8), "multipart/form-data; boundary=" + BOUNDARY), 400);
            sent += 2;
            if (operation.json()) {
                ServiceClient.Reply truncated = send(caller, operation,
                        TRUNCATED_JSON.getBytes(StandardCharsets.UTF_8), "application/json");
                expect(mismatches, operation, "truncated JSON", truncated, 400);
                if (truncated.status() == 400 && !String.valueOf(truncated.contentType())
                        .startsWith("application/problem+json")) {
                    mismatches.add(operation.name() + " truncated JSON: answered " + truncated.contentType()
                            + ", not application/problem+json");
                }
                expect(mismatches, operation, "text/plain body", send(caller, operation,
                        TRUNCATED_JSON.getBytes(StandardCharsets.UTF_8), "text/plain"), 415);
                sent += 2;
                for (NumericField numeric : operation.numericFields()) {
                    String field = numeric.path();
                    for (OutOfRange value : OUT_OF_RANGE) {
                        if ((numeric.signed() || signedByOwner.contains(field)) && value.label().equals("-1")) {
                            continue;
                        }
                        ServiceClient.Reply reply = send(caller, operation, bodyWith(field, value), "application/json");
                        sent++;
                        String probe = field + " = " + value.label();
                        if (reply.status() != 400) {
                            mismatches.add(operation.name() + " " + probe + ": expected 400, got " + reply.status()
                                    + " " + excerpt(reply.body()));
                        } else if (reply.errorFields().stream().noneMatch(named -> names(named, field))) {
                            mismatches.add(operation.name() + " " + probe + ": 400 does not name the field: "
                                    + excerpt(reply.body()));
                        }
                    }
                }
            } else if (operation.multipart()) {
                ServiceClient.Reply plain = send(caller, operation, "abc".getBytes(StandardCharsets.UTF_8),
                        "text/plain");
                sent++;
                if (plain.status() != 400 && plain.status() != 415) {
                    mismatches.add(operation.name() + " text/plain body: expected 400 or 415, got " + plain.status()
                            + " " + excerpt(plain.body()));
                }
            }
        }
        assertThat(mismatches).as("%d malformed requests to %d operations", sent, operations.size()).isEmpty();
    }

    private static ServiceClient.Reply send(ServiceClient caller, Operation operation, byte[] body,
                                            String contentType) {
        return caller.send(operation.method(), operation.path(), body, contentType, Map.of());
    }

    private static void expect(List<String> mismatches, Operation operation, String probe,
                               ServiceClient.Reply reply, int status) {
        if (reply.status() != status) {
            mismatches.add(operation.name() + " " + probe + ": expected " + status + ", got " + reply.status() + " "
                    + excerpt(reply.body()));
        }
    }

    /**
     * Whether a problem's field names the probed field: {@code a[0].b} and {@code a.b} both name {@code a[].b}; a map
     * probed under a made-up key is named by the map.
     */
    private static boolean names(String named, String field) {
        String bare = named.replaceAll("\\[\\d*]", "");
        String probed = field.replace("[]", "");
        return bare.equals(probed) || bare.endsWith("." + probed) || probed.endsWith("." + bare)
                || probed.equals(bare + ".probe");
    }

    /** {@code a[].b} = v → {@code {"a": [{"b": v}]}}. */
    private static byte[] bodyWith(String field, OutOfRange value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        ObjectNode current = root;
        String[] steps = field.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            boolean array = steps[i].endsWith("[]");
            String name = array ? steps[i].substring(0, steps[i].length() - 2) : steps[i];
            if (i == steps.length - 1) {
                if (array) {
                    current.putArray(name).add(value.value().apply(nodes));
                } else {
                    current.set(name, value.value().apply(nodes));
                }
            } else if (array) {
                ArrayNode items = current.putArray(name);
                current = items.addObject();
            } else {
                current = current.putObject(name);
            }
        }
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The numeric fields of a schema, following references, array items and maps' values. */
    private static void collectNumeric(JsonNode api, JsonNode schema, String prefix, List<NumericField> into,
                                       Set<String> followed, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        JsonNode resolved = schema;
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asString();
            if (!followed.add(ref)) {
                return;
            }
            resolved = api.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : resolved.path(combinator)) {
                collectNumeric(api, part, prefix, into, new HashSet<>(followed), depth + 1);
            }
        }
        if (isNumeric(resolved)) {
            if (!prefix.isEmpty()) {
                JsonNode minimum = resolved.path("minimum");
                into.add(new NumericField(prefix, minimum.isNumber() && minimum.asDouble() < 0));
            }
            return;
        }
        if (hasType(resolved, "array")) {
            collectNumeric(api, resolved.path("items"), prefix + "[]", into, new HashSet<>(followed), depth + 1);
            return;
        }
        resolved.path("properties").properties().forEach(property -> collectNumeric(api, property.getValue(),
                prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey(), into,
                new HashSet<>(followed), depth + 1));
        JsonNode values = resolved.path("additionalProperties");
        if (values.isObject() && !prefix.isEmpty()) {
            JsonNode keys = resolved.path("propertyNames").path("enum");
            String key = keys.isArray() && !keys.isEmpty() ? keys.get(0).asString() : "probe";
            collectNumeric(api, values, prefix + "." + key, into, new HashSet<>(followed), depth + 1);
        }
    }

    private static boolean isNumeric(JsonNode schema) {
        return hasType(schema, "integer") || hasType(schema, "number");
    }

    /** OpenAPI 3.0 writes {@code "type": "integer"}, 3.1 may write {@code "type": ["integer", "null"]}. */
    private static boolean hasType(JsonNode schema, String type) {
        JsonNode declared = schema.path("type");
        if (declared.isArray()) {
            for (JsonNode one : declared) {
                if (type.equals(one.asString())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(declared.asString());
    }

    /** The path with each variable given a value no record has: a number where the variable is one. */
    private static String concrete(String path, JsonNode operation) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asString())) {
                values.put(parameter.path("name").asString(),
                        isNumeric(parameter.path("schema")) ? "987654" : "malformed-body-probe");
            }
        }
        Matcher variables = PATH_VARIABLE.matcher(path);
        StringBuilder concrete = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(concrete, Matcher.quoteReplacement(
                    values.getOrDefault(variables.group(1), "malformed-body-probe")));
        }
        variables.appendTail(concrete);
        return concrete.toString();
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() <= 300 ? flat : flat.substring(0, 300) + "…";
    }
}
