package app.throughline.api.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents the shared API conventions on every operation, so resources only describe their
 * success: bearer security, the problem responses each kind of operation can give (with
 * examples), {@code Idempotency-Key} on POST and {@code If-Match} on writes.
 */
public class ApiDocumentationFilter implements OASFilter {

    private static final Set<String> PUBLIC_PATHS = Set.of("/api/v1/auth/register", "/api/v1/auth/login");
    private static final String PROBLEM = "application/problem+json";

    private record ErrorResponse(
            String code, String name, String description, String slug, String title, String detail) {}

    private static final Map<String, ErrorResponse> ERRORS = new LinkedHashMap<>();

    static {
        add(
                "400",
                "BadRequest",
                "Malformed JSON, a bad parameter or cursor",
                "malformed-request",
                "Malformed request",
                "The request body is not valid JSON at line 1, column 12");
        add(
                "401",
                "Unauthorized",
                "No valid credentials",
                "unauthorized",
                "Not authenticated",
                "The access token is invalid or has expired");
        add(
                "403",
                "Forbidden",
                "Your role does not allow this",
                "forbidden",
                "Forbidden",
                "This needs the role admin or higher in the workspace; you are member");
        add(
                "404",
                "NotFound",
                "No such object, or it belongs to a workspace you are not in",
                "not-found",
                "Not found",
                "Workspace 6f1c2b1e-8a3d-4c55-9a8e-2f4f7b6f0a11 does not exist");
        add(
                "409",
                "Conflict",
                "Conflicts with the current state (or an Idempotency-Key still in progress)",
                "conflict",
                "Conflict",
                "An account with this e-mail address exists already; sign in instead");
        add(
                "412",
                "PreconditionFailed",
                "If-Match names a version that is no longer current",
                "precondition-failed",
                "Precondition failed",
                "The object has changed since you read it (current ETag \"3\"); fetch it again and retry with the new If-Match");
        add(
                "413",
                "PayloadTooLarge",
                "The request body is over the size limit",
                "payload-too-large",
                "Request body too large",
                "The request body has 2000000 bytes; this endpoint accepts at most 1048576");
        add(
                "415",
                "UnsupportedMediaType",
                "The body is not application/json",
                "unsupported-media-type",
                "Unsupported media type",
                "Send the request body as application/json");
        add(
                "422",
                "UnprocessableContent",
                "Invalid content, with per-field errors (or an Idempotency-Key reused for another request)",
                "validation",
                "Invalid request",
                "email: must be a well-formed email address");
        add(
                "429",
                "TooManyRequests",
                "Rate limited; see Retry-After",
                "rate-limited",
                "Too many requests",
                "Too many failed sign-ins for this account; try again in 840 seconds");
        add(
                "503",
                "ServiceUnavailable",
                "The database is unreachable; retry later",
                "service-unavailable",
                "Service unavailable",
                "The database is not reachable right now; try again shortly");
    }

    private static void add(String code, String name, String description, String slug, String title, String detail) {
        ERRORS.put(code, new ErrorResponse(code, name, description, slug, title, detail));
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components =
                openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSecurityScheme(
                "bearer",
                OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An access token from POST /auth/login or a personal API token (tl_pat_…)"));
        for (ErrorResponse error : ERRORS.values()) {
            components.addResponse(error.name(), problemResponse(error));
        }
        documentProblemExtensions(components);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) ->
                        item.getOperations().forEach((method, operation) -> document(path, method, operation)));
    }

    private void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean secured = !PUBLIC_PATHS.contains(path);
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasPathParams = path.contains("{");
        if (secured) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme("bearer")));
            ref(operation, "401");
            if (!path.startsWith("/api/v1/me")) {
                ref(operation, "403");
            }
        } else {
            ref(operation, "429");
            if (path.endsWith("/login")) {
                ref(operation, "401");
            }
        }
        if (hasPathParams || secured && !path.equals("/api/v1/me")) {
            ref(operation, "404");
        }
        if (hasBody || hasQueryParameters(operation)) {
            ref(operation, "400");
        }
        if (hasBody) {
            ref(operation, "413");
            ref(operation, "415");
            ref(operation, "422");
        }
        if (method == PathItem.HttpMethod.POST) {
            ref(operation, "409");
            ref(operation, "422");
            operation.addParameter(OASFactory.createParameter()
                    .name("Idempotency-Key")
                    .in(Parameter.In.HEADER)
                    .description("Makes a retry safe: the same key with the same request returns the first response")
                    .schema(OASFactory.createSchema()
                            .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                            .maxLength(200))
                    .example("6d0f5c1e-create-task-42"));
        }
        if (method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE) {
            ref(operation, "412");
            if (operation.getParameters() != null) {
                operation.getParameters().stream()
                        .filter(p -> "If-Match".equals(p.getName()))
                        .forEach(p -> p.description(
                                        "The ETag you read; a stale one is refused with 412 and nothing changes")
                                .example("\"3\""));
            }
        }
        ref(operation, "503");
    }

    /** Extension members some problems carry (RFC 9457 §3.2), so typed clients can read them. */
    private static void documentProblemExtensions(Components components) {
        if (components.getSchemas() == null || components.getSchemas().get("Problem") == null) {
            return;
        }
        var problem = components.getSchemas().get("Problem");
        var string = org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING;
        problem.addProperty(
                "cycle",
                OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(string).format("uuid"))
                        .description("409 dependency-cycle: the ids of the tasks on the loop, in order"));
        problem.addProperty(
                "cycleRefs",
                OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(string))
                        .description("409 dependency-cycle in a bulk request: the refs of the tasks on the loop"));
        problem.addProperty(
                "retryAfterSeconds",
                OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)
                        .description("429: seconds until the limit resets (also in Retry-After)"));
    }

    private static boolean hasQueryParameters(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
    }

    private static void ref(Operation operation, String code) {
        if (operation.getResponses().getAPIResponse(code) == null) {
            operation
                    .getResponses()
                    .addAPIResponse(
                            code,
                            OASFactory.createAPIResponse().ref(ERRORS.get(code).name()));
        }
    }

    private static APIResponse problemResponse(ErrorResponse error) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "https://throughline.app/problems/" + error.slug());
        example.put("title", error.title());
        example.put("status", Integer.parseInt(error.code()));
        example.put("detail", error.detail());
        if (error.code().equals("422")) {
            // ordered, so the generated document is the same on every run (Map.of iterates in a random order)
            Map<String, Object> fieldError = new LinkedHashMap<>();
            fieldError.put("field", "email");
            fieldError.put("message", "must be a well-formed email address");
            example.put("errors", List.of(fieldError));
        }
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("Problem"))
                .example(example);
        Content content = OASFactory.createContent().addMediaType(PROBLEM, media);
        return OASFactory.createAPIResponse().description(error.description()).content(content);
    }
}
