package app.throughline.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure the client can act on. Services throw the subclasses; one mapper turns every one of
 * them into a problem response, so no resource catches anything.
 */
public abstract class ApiException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Problem.FieldError> fieldErrors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    protected ApiException(int status, String slug, String title, String detail, List<Problem.FieldError> fieldErrors) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.fieldErrors = fieldErrors == null ? List.of() : List.copyOf(fieldErrors);
    }

    protected ApiException(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, List.of());
    }

    /** Adds an extension member to the problem body (e.g. {@code cycle}). */
    public ApiException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    /** Adds a response header (e.g. {@code Retry-After}). */
    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Problem toProblem(String instance) {
        return new Problem(
                Problem.TYPE_BASE + slug,
                title,
                status,
                getMessage(),
                instance,
                fieldErrors,
                extensions.isEmpty() ? null : Map.copyOf(extensions));
    }
}
