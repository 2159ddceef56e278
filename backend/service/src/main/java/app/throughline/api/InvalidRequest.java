package app.throughline.api;

import java.util.List;

/** 400 (unreadable request) or 422 (well-formed but invalid content), with per-field errors. */
public class InvalidRequest extends ApiException {

    private InvalidRequest(int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        super(status, slug, title, detail, errors);
    }

    /** The body or a parameter could not be read at all (400). */
    public static InvalidRequest malformed(String detail) {
        return new InvalidRequest(400, "malformed-request", "Malformed request", detail, List.of());
    }

    /** A query or path parameter is wrong (400), naming it. */
    public static InvalidRequest parameter(String name, String message) {
        return new InvalidRequest(
                400,
                "invalid-parameter",
                "Invalid parameter",
                name + ": " + message,
                List.of(new Problem.FieldError(name, message)));
    }

    /** Content that breaks a rule (422), naming each offending field. */
    public static InvalidRequest validation(List<Problem.FieldError> errors) {
        String detail = errors.stream()
                .map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("invalid");
        return new InvalidRequest(422, "validation", "Invalid request", detail, errors);
    }

    public static InvalidRequest field(String field, String message) {
        return validation(List.of(new Problem.FieldError(field, message)));
    }
}
