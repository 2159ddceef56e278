package app.throughline.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A small JSON-schema check of a response body against the schema openapi.yaml documents for its
 * status: types, required fields, enums, the formats that are cheap to check (uuid, date,
 * date-time), array items, and no fields the schema does not name. Enough to catch a response that
 * drifted from the contract a client was generated from; not a full validator.
 */
final class ResponseSchemas {

    private final Contract contract;

    ResponseSchemas(Contract contract) {
        this.contract = contract;
    }

    /** What is wrong with the 2xx body, or null when it matches (or the contract documents no JSON body). */
    String check(Contract.Operation op, int status, JsonNode body) {
        JsonNode response = op.node().path("responses").path(Integer.toString(status));
        if (response.isMissingNode()) {
            return "status " + status + " is not documented for " + op.key();
        }
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.isMissingNode() || body == null) {
            return null;
        }
        List<String> errors = new ArrayList<>();
        validate(schema, body, "$", errors, 0);
        return errors.isEmpty() ? null : String.join("; ", errors.subList(0, Math.min(3, errors.size())));
    }

    private void validate(JsonNode rawSchema, JsonNode value, String where, List<String> errors, int depth) {
        if (depth > 30) {
            return;
        }
        JsonNode schema = merged(rawSchema);
        if (schema.has("anyOf") || schema.has("oneOf")) {
            JsonNode options = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
            for (JsonNode option : options) {
                List<String> attempt = new ArrayList<>();
                validate(option, value, where, attempt, depth + 1);
                if (attempt.isEmpty()) {
                    return;
                }
            }
            errors.add(where + " matches none of " + options.size() + " alternatives");
            return;
        }
        if (schema.has("allOf")) {
            schema.get("allOf").forEach(part -> validate(part, value, where, errors, depth + 1));
        }
        List<String> types = types(schema);
        if (value.isNull()) {
            if (!types.isEmpty() && !types.contains("null")) {
                errors.add(where + " is null, the schema says " + types);
            }
            return;
        }
        if (!types.isEmpty() && types.stream().noneMatch(type -> matches(type, value))) {
            errors.add(where + " is " + value.getNodeType().toString().toLowerCase() + ", the schema says " + types);
            return;
        }
        if (schema.has("enum") && value.isValueNode()) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.equals(value);
            }
            if (!listed) {
                errors.add(where + " = " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isTextual() && schema.has("format")) {
            String problem = format(schema.get("format").asText(), value.asText());
            if (problem != null) {
                errors.add(where + " = " + value + " " + problem);
            }
        }
        if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode item : value) {
                validate(schema.get("items"), item, where + "[" + i++ + "]", errors, depth + 1);
            }
        }
        if (value.isObject()) {
            JsonNode properties = schema.path("properties");
            schema.path("required").forEach(name -> {
                if (!value.has(name.asText())) {
                    errors.add(where + " lacks the required " + name.asText());
                }
            });
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode fieldSchema = properties.path(field.getKey());
                if (!fieldSchema.isMissingNode()) {
                    validate(fieldSchema, field.getValue(), where + "." + field.getKey(), errors, depth + 1);
                } else if (schema.has("additionalProperties")) {
                    JsonNode additional = schema.get("additionalProperties");
                    if (additional.isObject() && additional.size() > 0) {
                        validate(additional, field.getValue(), where + "." + field.getKey(), errors, depth + 1);
                    }
                } else if (properties.size() > 0) {
                    errors.add(where + "." + field.getKey() + " is not in the schema");
                }
            }
        }
    }

    /** A $ref resolved, with the keywords written next to it kept (3.1 allows siblings). */
    private JsonNode merged(JsonNode schema) {
        if (!schema.has("$ref")) {
            return schema;
        }
        JsonNode target = contract.resolve(schema);
        com.fasterxml.jackson.databind.node.ObjectNode copy = target.deepCopy();
        schema.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("$ref") && !copy.has(field.getKey())) {
                copy.set(field.getKey(), field.getValue());
            }
        });
        return merged(copy);
    }

    private static List<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        List<String> types = new ArrayList<>();
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    private static boolean matches(String type, JsonNode value) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber() || (value.isNumber() && value.asDouble() % 1 == 0);
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static String format(String format, String text) {
        try {
            switch (format) {
                case "uuid" -> UUID.fromString(text);
                case "date" -> LocalDate.parse(text);
                case "date-time" -> {
                    try {
                        OffsetDateTime.parse(text);
                    } catch (RuntimeException notOffset) {
                        LocalDateTime.parse(text);
                    }
                }
                default -> {
                    return null;
                }
            }
            return null;
        } catch (RuntimeException e) {
            return "is not a " + format;
        }
    }
}
