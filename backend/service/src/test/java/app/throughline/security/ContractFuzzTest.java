package app.throughline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Requests generated from openapi.yaml (valid, boundary and invalid values, wrong types, huge and
 * odd strings, unknown fields, nulls, broken documents, odd parameters and ids) against the real
 * service with the caller's own ids. Whatever the input, the answer is never a 5xx, every 4xx is a
 * problem document whose status matches, and every 2xx is a documented status whose JSON body matches
 * the response schema openapi.yaml gives it ({@link ResponseSchemas}). Seeded, so a failure
 * replays: the report prints the exact request.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 20_000);
    private static final int WORKERS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper ESCAPING =
            JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /**
     * Defects found by this suite and left for the fix, each as "METHOD /path -> status"; a listed
     * defect is reported but does not fail the build. Remove the line with the fix.
     */
    /** Responses that break the contract and are known; each line goes with its fix. None today. */
    private static final Set<String> KNOWN_FAILURES = Set.of();

    record Fuzzed(String operation, String method, String path, Map<String, String> headers, byte[] body) {
        String describe() {
            String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            if (shown.length() > 400) {
                shown = shown.substring(0, 400) + "…(" + body.length + " bytes)";
            }
            String target = path.length() > 300 ? path.substring(0, 300) + "…" : path;
            return method + " " + target + " " + headers + " " + shown;
        }
    }

    record Outcome(Fuzzed request, int status, String problem, boolean schemaChecked) {}

    @Test
    void shouldAnswerEveryGeneratedRequestWithoutA5xxAndWithProblemsFor4xx() throws Exception {
        Contract contract = Contract.load();
        Workspace own = Workspace.build("fuzz");
        Workspace victims = Workspace.populate(own.owner());
        SchemaValues values = new SchemaValues(contract, own);
        List<Contract.Operation> operations = contract.operations();
        Map<String, Contract.Operation> byKey =
                operations.stream().collect(Collectors.toMap(Contract.Operation::key, op -> op));
        ResponseSchemas schemas = new ResponseSchemas(contract);
        java.util.concurrent.atomic.AtomicLong schemaChecked = new java.util.concurrent.atomic.AtomicLong();

        List<Fuzzed> requests = new ArrayList<>(REQUESTS);
        for (int i = 0; i < REQUESTS; i++) {
            Contract.Operation op = operations.get(i % operations.size());
            Random random = new Random(SEED * 31 + i);
            requests.add(generate(op, random, contract, values, own, victims));
        }

        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String base = "http://localhost:" + RestAssured.port;
        AtomicLongArray classes = new AtomicLongArray(6);
        Map<Integer, Long> statuses = new ConcurrentHashMap<>();
        Set<String> covered = ConcurrentHashMap.newKeySet();
        List<Outcome> failures = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<Future<?>> running = new ArrayList<>();
        for (Fuzzed request : requests) {
            running.add(pool.submit(() -> {
                Outcome outcome = send(client, base, request, own, byKey.get(request.operation()), schemas);
                if (outcome.schemaChecked()) {
                    schemaChecked.incrementAndGet();
                }
                classes.incrementAndGet(Math.min(outcome.status() / 100, 5));
                statuses.merge(outcome.status(), 1L, Long::sum);
                covered.add(request.operation());
                if (outcome.problem() != null) {
                    failures.add(outcome);
                }
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        System.out.printf(
                "[contract fuzz] seed=%d requests=%d operations=%d/%d 2xx=%d (schema-checked %d) 3xx=%d 4xx=%d 5xx=%d problems=%d in %ds; by status %s%n",
                SEED,
                requests.size(),
                covered.size(),
                operations.size(),
                classes.get(2),
                schemaChecked.get(),
                classes.get(3),
                classes.get(4),
                classes.get(5),
                failures.size(),
                seconds,
                new TreeMap<>(statuses));
        Map<String, List<Outcome>> byKind = failures.stream()
                .collect(Collectors.groupingBy(
                        f -> f.request().operation() + " -> " + f.status(), TreeMap::new, Collectors.toList()));
        byKind.forEach((kind, outcomes) -> System.out.printf(
                "[contract fuzz] %s ×%d: %s%n    e.g. %s%n",
                kind,
                outcomes.size(),
                outcomes.get(0).problem(),
                outcomes.get(0).request().describe()));
        List<String> unexpected = byKind.keySet().stream()
                .filter(k -> !KNOWN_FAILURES.contains(k))
                .toList();
        assertThat(covered).hasSameSizeAs(operations);
        assertThat(unexpected).as("responses that break the error contract").isEmpty();
    }

    private static Outcome send(
            HttpClient client,
            String base,
            Fuzzed fuzzed,
            Workspace own,
            Contract.Operation op,
            ResponseSchemas schemas) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + fuzzed.path()))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + own.owner().token());
            fuzzed.headers().forEach(builder::header);
            builder.method(
                    fuzzed.method(),
                    fuzzed.body() == null
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(fuzzed.body()));
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            String verdict = verdict(response);
            boolean checked = false;
            if (verdict == null && response.statusCode() >= 200 && response.statusCode() < 300) {
                checked = true;
                verdict = schemas.check(op, response.statusCode(), jsonBody(response));
            }
            return new Outcome(fuzzed, response.statusCode(), verdict, checked);
        } catch (IOException e) {
            return new Outcome(fuzzed, 599, "no response: " + e, false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Null when the response keeps the contract's promises, else what is wrong with it. */
    private static String verdict(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            return "server error " + status + " " + abbreviated(response.body());
        }
        if (status >= 400) {
            if (!contentType.startsWith("application/problem+json")) {
                return "a " + status + " that is not a problem (Content-Type '" + contentType + "')";
            }
            try {
                JsonNode problem = JSON.readTree(response.body());
                if (problem.path("status").asInt() != status) {
                    return "problem status " + problem.path("status") + " differs from HTTP " + status;
                }
            } catch (IOException e) {
                return "unparseable problem body";
            }
            return null;
        }
        if (status >= 200 && status < 300 && contentType.contains("json") && response.body().length > 0) {
            try {
                JSON.readTree(response.body());
            } catch (IOException e) {
                return "unparseable " + status + " body";
            }
        }
        return null;
    }

    /** The body as JSON when it is a JSON body, else null (no schema to check it against). */
    private static JsonNode jsonBody(HttpResponse<byte[]> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (!contentType.contains("json") || response.body().length == 0) {
            return null;
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            return null;
        }
    }

    private static String abbreviated(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private static Fuzzed generate(
            Contract.Operation op,
            Random random,
            Contract contract,
            SchemaValues values,
            Workspace own,
            Workspace victims) {
        // deletions aim at a second set of objects, so the rest of the run keeps valid ids to work on
        Workspace ids = op.method().equals("DELETE") ? victims : own;
        String path = AuthorizationMatrixTest.concrete(op.path(), ids);
        Map<String, String> headers = new TreeMap<>();
        headers.put("Content-Type", "application/json");
        int strategy = random.nextInt(10);
        if (strategy == 0) {
            path = withHostileId(op.path(), path, ids, random);
        }
        String query = query(op, values, random, strategy == 1);
        if (!query.isEmpty()) {
            path += "?" + query;
        }
        if (strategy == 2) {
            headers.put(
                    random.nextBoolean() ? "If-Match" : "Idempotency-Key",
                    List.of("\"0\"", "*", "W/\"999\"", "garbage", "\"" + "9".repeat(40) + "\"", "\"-1\"")
                            .get(random.nextInt(6)));
        }
        JsonNode schema = op.requestSchema(contract);
        byte[] body = null;
        if (schema != null) {
            body = body(schema, values, random, strategy, headers);
        }
        if (op.path().startsWith("/api/v1/auth/login") && strategy > 5) {
            body = json(Map.of("email", own.owner().email(), "password", "wrong-" + random.nextInt(100)));
        }
        return new Fuzzed(op.key(), op.method(), path, headers, body);
    }

    private static byte[] body(
            JsonNode schema, SchemaValues values, Random random, int strategy, Map<String, String> headers) {
        Map<String, Object> object = values.validObject(schema, random);
        switch (strategy) {
            case 3, 4, 5, 6 -> {
                List<String> fields = new ArrayList<>();
                schema.path("properties").fieldNames().forEachRemaining(fields::add);
                if (!fields.isEmpty()) {
                    String field = fields.get(random.nextInt(fields.size()));
                    object.put(field, values.hostile(schema.path("properties").path(field), random));
                }
            }
            case 7 ->
                object.put(
                        random.nextBoolean() ? "unknownField" : "__proto__",
                        random.nextBoolean() ? "x" : Map.of("polluted", true));
            case 8 -> {
                return brokenDocument(object, random, headers);
            }
            default -> {
                // valid
            }
        }
        return random.nextInt(4) == 0 ? escaped(object) : json(object);
    }

    /** Documents that are not one JSON object of the declared type, and declared types that are not JSON. */
    private static byte[] brokenDocument(Map<String, Object> object, Random random, Map<String, String> headers) {
        String valid = new String(json(object), StandardCharsets.UTF_8);
        switch (random.nextInt(12)) {
            case 0 -> {
                return "null".getBytes(StandardCharsets.UTF_8);
            }
            case 1 -> {
                return "[]".getBytes(StandardCharsets.UTF_8);
            }
            case 2 -> {
                return "\"text\"".getBytes(StandardCharsets.UTF_8);
            }
            case 3 -> {
                return valid.substring(0, valid.length() / 2).getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> {
                return (valid + " {}").getBytes(StandardCharsets.UTF_8);
            }
            case 5 -> {
                return new byte[0];
            }
            case 6 -> {
                byte[] prefix = "{\"name\":\"".getBytes(StandardCharsets.UTF_8);
                byte[] broken = new byte[prefix.length + 4];
                System.arraycopy(prefix, 0, broken, 0, prefix.length);
                broken[prefix.length] = (byte) 0xC3;
                broken[prefix.length + 1] = (byte) 0x28;
                broken[prefix.length + 2] = '"';
                broken[prefix.length + 3] = '}';
                return broken;
            }
            case 7 -> {
                headers.put("Content-Type", "text/plain");
                return valid.getBytes(StandardCharsets.UTF_8);
            }
            case 8 -> {
                headers.put("Content-Type", "application/json; charset=utf-16");
                return valid.getBytes(StandardCharsets.UTF_16);
            }
            case 9 -> {
                headers.put("Content-Type", "application/xml");
                return "<a/>".getBytes(StandardCharsets.UTF_8);
            }
            case 10 -> {
                return ("{" + "\"a\":[".repeat(2_000) + "]".repeat(2_000) + "}").getBytes(StandardCharsets.UTF_8);
            }
            default -> {
                headers.remove("Content-Type");
                return valid.getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    private static String query(Contract.Operation op, SchemaValues values, Random random, boolean hostile) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : op.queryParameters()) {
            String name = parameter.path("name").asText();
            boolean required = parameter.path("required").asBoolean(false);
            Object value;
            if (hostile && random.nextBoolean()) {
                value = values.hostile(parameter.path("schema"), random);
                if (value == null) {
                    value = "";
                }
                if (value instanceof String text && text.length() > 2_000) {
                    value = text.substring(0, 2_000);
                }
            } else if (required && parameter.has("example")) {
                value = parameter.get("example").asText();
            } else if (required || random.nextInt(3) == 0) {
                value = name.equals("cursor") ? "" : values.valid(parameter.path("schema"), name, random);
                if (name.equals("cursor")) {
                    continue;
                }
            } else {
                continue;
            }
            pairs.add(name + "=" + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
        }
        return String.join("&", pairs);
    }

    private static String withHostileId(String template, String concrete, Workspace ids, Random random) {
        String replacement = List.of(
                        "00000000-0000-0000-0000-000000000000",
                        new UUID(random.nextLong(), random.nextLong()).toString(),
                        "not-a-uuid",
                        "%00",
                        "..%2F..%2Fetc",
                        "1",
                        "x".repeat(5_000),
                        "%F0%9F%98%80")
                .get(random.nextInt(8));
        String first = AuthorizationMatrixTest.concrete(template, ids);
        int brace = template.indexOf('{');
        if (brace < 0) {
            return concrete;
        }
        int end = first.indexOf('/', brace);
        String prefix = first.substring(0, brace);
        String rest = end < 0 ? "" : first.substring(end);
        return prefix + replacement + rest;
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException | IllegalArgumentException e) {
            // a lone surrogate cannot be written as UTF-8; send it escaped instead
            return escaped(value);
        }
    }

    /** Non-ASCII as \\u escapes, so unpaired surrogates reach the parser as written. */
    private static byte[] escaped(Object value) {
        try {
            return ESCAPING.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
