package app.throughline.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Finds which query or path parameter of a matched operation could not be converted, so the
 * client hears "dueBefore: expected a date" instead of a bare 404.
 */
final class ParameterDiagnosis {

    private ParameterDiagnosis() {}

    /** The problem for the first unconvertible parameter; path ids that are not UUIDs stay 404 (no such object). */
    static Optional<ApiException> of(Method method, UriInfo uri) {
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                String value = uri.getQueryParameters().getFirst(query.value());
                Optional<String> problem = value == null ? Optional.empty() : mismatch(parameter.getType(), value);
                if (problem.isPresent()) {
                    return Optional.of(InvalidRequest.parameter(query.value(), problem.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> mismatch(Class<?> type, String value) {
        try {
            if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type == LocalDate.class) {
                if (!InputRules.inRange(LocalDate.parse(value))) {
                    return Optional.of(InputRules.DATE_RANGE);
                }
            } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == boolean.class || type == Boolean.class) {
                if (!value.equals("true") && !value.equals("false")) {
                    return Optional.of("must be true or false");
                }
            } else if (type.isEnum()) {
                boolean known = Arrays.stream(type.getEnumConstants())
                        .anyMatch(c -> c.toString().equals(value));
                if (!known) {
                    return Optional.of("'" + value + "' is not one of the allowed values: "
                            + Arrays.stream(type.getEnumConstants())
                                    .map(Object::toString)
                                    .collect(Collectors.joining(", ")));
                }
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of("'" + value + "' is not a valid "
                    + (type == UUID.class ? "UUID" : type == LocalDate.class ? "date (YYYY-MM-DD)" : "number"));
        }
    }
}
