package app.throughline.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The published contract, openapi.yaml at the repository root (OpenApiContractTest keeps it current). */
final class Contract {

    private static final Path FILE =
            Path.of(System.getProperty("repo.root", "../..")).resolve("openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    /** One operation: {@code key} is "METHOD /path" as the matrix names it. */
    record Operation(String method, String path, JsonNode node) {
        String key() {
            return method + " " + path;
        }

        JsonNode requestSchema(Contract contract) {
            JsonNode schema = node.path("requestBody")
                    .path("content")
                    .path("application/json")
                    .path("schema");
            return schema.isMissingNode() ? null : contract.resolve(schema);
        }

        List<JsonNode> queryParameters() {
            List<JsonNode> query = new ArrayList<>();
            node.path("parameters").forEach(p -> {
                if ("query".equals(p.path("in").asText())) {
                    query.add(p);
                }
            });
            return query;
        }
    }

    private final JsonNode root;

    private Contract(JsonNode root) {
        this.root = root;
    }

    static Contract load() {
        try {
            return new Contract(new YAMLMapper().readTree(FILE.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                if (METHODS.contains(op.getKey())) {
                    operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                }
            });
        }
        return operations;
    }

    /** Follows a {@code $ref} (sibling keywords such as maxLength next to a ref are kept by the caller). */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10 && current.has("$ref"); depth++) {
            String name = current.get("$ref").asText().replace("#/components/schemas/", "");
            current = root.path("components").path("schemas").path(name);
        }
        return current;
    }
}
