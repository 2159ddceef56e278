package app.throughline.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document: the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; `errors` lists per-field validation failures.")
public record Problem(
        @Schema(example = "https://throughline.app/problems/validation")
        String type,

        @Schema(example = "Invalid request") String title,
        @Schema(example = "422") int status,

        @Schema(example = "email: must be a well-formed email address")
        String detail,

        @Schema(example = "/api/v1/auth/register") String instance,
        List<FieldError> errors,
        @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://throughline.app/problems/";

    /** One field that failed validation. */
    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(example = "email") String field,

            @Schema(example = "must be a well-formed email address")
            String message) {}

    /** Extension members (RFC 9457 §3.2), written beside the standard ones. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }

    @Override
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Map<String, Object> extensions() {
        return extensions;
    }
}
