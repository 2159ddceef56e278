package app.throughline.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Values for a contract schema: valid ones (ids drawn from the caller's own workspace, so requests
 * get past the lookups into the real logic) and hostile ones (boundaries, wrong types, huge and odd
 * strings) for one field at a time.
 */
final class SchemaValues {

    static final String HUGE = "x".repeat(100 * 1024);

    static final List<String> ODD_STRINGS = List.of(
            "a\u0000b",
            "\u0000",
            "\uD800",
            "x\uDC00y",
            "\u202Eevil\u202C",
            "\u05E9\u05DC\u05D5\u05DD",
            "\uD83D\uDE00\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
            "' OR 1=1 --",
            "Robert'); DROP TABLE tasks;--",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "${jndi:ldap://example.test/a}",
            "%00%0d%0a",
            "\r\n\t",
            "\\",
            "../../etc/passwd",
            "   ",
            "",
            "\uFEFF",
            "\uFFFF");

    static final List<Object> DATE_EDGES = List.of(
            "1900-01-01",
            "2200-12-31",
            "1899-12-31",
            "2201-01-01",
            "9999-12-31",
            "+99999-01-01",
            "-2027-01-01",
            "0000-01-01",
            "2027-02-30",
            "2027-13-01",
            "2027-1-1",
            "27-01-01",
            20270101,
            "2027-01-01T00:00:00Z");

    private final Contract contract;
    private final Workspace own;

    SchemaValues(Contract contract, Workspace own) {
        this.contract = contract;
        this.own = own;
    }

    /** A value the schema accepts; {@code field} picks a real id of the right kind. */
    Object valid(JsonNode raw, String field, Random random) {
        JsonNode schema = nonNull(raw);
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size())).asText();
        }
        String type = type(schema);
        String format = schema.path("format").asText("");
        return switch (type) {
            case "object" -> validObject(schema, random);
            case "array" -> {
                int min = schema.path("minItems").asInt(0);
                int count = Math.max(min, random.nextInt(3));
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    items.add(valid(schema.path("items"), singular(field), random));
                }
                yield items;
            }
            case "integer" -> (int) Math.round(number(schema, random));
            case "number" ->
                BigDecimal.valueOf(number(schema, random))
                        .setScale(scale(schema), RoundingMode.DOWN)
                        .stripTrailingZeros();
            case "boolean" -> random.nextBoolean();
            default -> validString(schema, field, format, random);
        };
    }

    Map<String, Object> validObject(JsonNode raw, Random random) {
        JsonNode schema = contract.resolve(raw);
        Map<String, Object> object = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Iterator<Map.Entry<String, JsonNode>> properties =
                schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (required.contains(property.getKey()) || random.nextInt(3) == 0) {
                object.put(property.getKey(), valid(property.getValue(), property.getKey(), random));
            }
        }
        return object;
    }

    /** Something the schema refuses or that sits on its edge: the service must answer it with a 4xx problem or accept it. */
    Object hostile(JsonNode raw, Random random) {
        JsonNode schema = nonNull(raw);
        String type = schema.has("enum") ? "enum" : type(schema);
        boolean date = "date".equals(schema.path("format").asText());
        return switch (random.nextInt(6)) {
            case 0 -> wrongType(type, random);
            case 1 -> null;
            case 2 -> type.equals("string") || type.equals("enum") ? HUGE : wrongType(type, random);
            case 3 -> ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size()));
            default -> date ? DATE_EDGES.get(random.nextInt(DATE_EDGES.size())) : boundary(schema, type, random);
        };
    }

    private Object boundary(JsonNode schema, String type, Random random) {
        switch (type) {
            case "string" -> {
                int max = schema.path("maxLength").asInt(-1);
                int min = schema.path("minLength").asInt(0);
                List<Object> edges = new ArrayList<>(List.of("", " ", "a"));
                if (max > 0) {
                    edges.add("a".repeat(max));
                    edges.add("a".repeat(max + 1));
                    edges.add(" ".repeat(max));
                }
                if (min > 1) {
                    edges.add("a".repeat(min - 1));
                }
                return edges.get(random.nextInt(edges.size()));
            }
            case "number", "integer" -> {
                List<Object> edges = new ArrayList<>(List.of(0, -1, 1, Long.MAX_VALUE, -0.0, 1e308, "1e999", 0.0001));
                if (schema.has("minimum")) {
                    edges.add(schema.get("minimum").decimalValue());
                    edges.add(schema.get("minimum").decimalValue().subtract(new BigDecimal("0.001")));
                }
                if (schema.has("maximum")) {
                    edges.add(schema.get("maximum").decimalValue());
                    edges.add(schema.get("maximum").decimalValue().add(new BigDecimal("0.001")));
                }
                if (schema.has("exclusiveMinimum")) {
                    edges.add(schema.get("exclusiveMinimum").decimalValue());
                }
                edges.add(Integer.MAX_VALUE);
                edges.add(Integer.MIN_VALUE);
                edges.add(new BigDecimal("2147483648"));
                return edges.get(random.nextInt(edges.size()));
            }
            case "array" -> {
                int max = schema.path("maxItems").asInt(3);
                int count = random.nextBoolean() ? 0 : Math.min(max + 1, 1_001);
                List<Object> items = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    items.add(valid(schema.path("items"), "", random));
                }
                return items;
            }
            case "enum" -> {
                List<Object> edges = List.of("", "TODO", " todo", 1, "owner ", "__proto__");
                return edges.get(random.nextInt(edges.size()));
            }
            default -> {
                return wrongType(type, random);
            }
        }
    }

    private static Object wrongType(String type, Random random) {
        List<Object> candidates = new ArrayList<>(
                List.of("not-a-" + type, 12, 1.5, true, List.of("a", 1), Map.of("k", "v"), 20270101, List.of()));
        if (type.equals("string")) {
            candidates.remove(0);
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private String validString(JsonNode schema, String field, String format, Random random) {
        if (format.equals("uuid") || schema.path("pattern").asText().startsWith("[a-fA-F0-9]{8}")) {
            return idFor(field, random).toString();
        }
        if (format.equals("date")) {
            return LocalDate.of(2027, 1, 4).plusDays(random.nextInt(400)).toString();
        }
        if (format.equals("date-time")) {
            return "2027-06-01T12:00:00Z";
        }
        String pattern = schema.path("pattern").asText("");
        if (pattern.startsWith("^[A-Z][A-Z0-9]")) {
            return "F" + Integer.toString(random.nextInt(1_000_000), 36).toUpperCase();
        }
        if (pattern.startsWith("^(([01][0-9]")) {
            return random.nextBoolean() ? "08:00" : "17:30";
        }
        if (field.equals("email")) {
            return "fuzz-" + random.nextInt(1_000_000) + "@example.test";
        }
        if (field.toLowerCase().contains("password")) {
            return "password-" + random.nextInt(1_000_000);
        }
        if (pattern.startsWith("^[\\p{L}")) {
            return "tag" + random.nextInt(50);
        }
        int max = Math.min(schema.path("maxLength").asInt(40), 40);
        int min = Math.max(schema.path("minLength").asInt(1), 1);
        int length = min + random.nextInt(Math.max(1, max - min + 1));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }

    private UUID idFor(String field, Random random) {
        return switch (field) {
            case "personId", "ownerId" -> own.person();
            case "predecessorId", "taskId", "parentId", "gatingTaskId" -> own.task();
            case "successorId" -> own.otherTask();
            case "calendarId" -> own.calendar();
            case "workflowId" -> own.workflow();
            case "approverPersonId" -> own.person();
            case "teamId" -> own.team();
            case "userId" -> own.memberUser();
            case "workspaceId" -> own.workspace();
            default -> random.nextBoolean() ? own.task() : new UUID(random.nextLong(), random.nextLong());
        };
    }

    private static String singular(String field) {
        return field.endsWith("Ids") ? field.substring(0, field.length() - 1) : field;
    }

    private JsonNode nonNull(JsonNode raw) {
        JsonNode schema = contract.resolve(raw);
        if (schema.has("anyOf")) {
            for (JsonNode option : schema.get("anyOf")) {
                if (!"null".equals(option.path("type").asText())) {
                    return contract.resolve(option);
                }
            }
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private static double number(JsonNode schema, Random random) {
        double min = schema.has("minimum")
                ? schema.get("minimum").asDouble()
                : schema.has("exclusiveMinimum")
                        ? schema.get("exclusiveMinimum").asDouble() + 0.01
                        : 0;
        double max = schema.has("maximum") ? Math.min(schema.get("maximum").asDouble(), 1_000) : 100;
        if (min < -1_000) {
            min = -1_000;
        }
        return min + random.nextDouble() * (max - min);
    }

    private static int scale(JsonNode schema) {
        if (!schema.has("multipleOf")) {
            return 2;
        }
        return Math.max(
                0, schema.get("multipleOf").decimalValue().stripTrailingZeros().scale());
    }
}
