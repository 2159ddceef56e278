package app.throughline.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem: the API never answers with a stack trace or an
 * HTML page.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    Instance<PageFallback> pages;

    /** Fields the server owns; a client that sends one is told so by name. */
    static final Set<String> SERVER_OWNED_FIELDS = Set.of(
            "id",
            "workspaceId",
            "key",
            "createdBy",
            "createdAt",
            "updatedAt",
            "version",
            "health",
            "schedule",
            "summary",
            "forecastDate",
            "projectId",
            "isDefault");

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return ProblemResponses.of(e, path(uri));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        // a bad query parameter is a malformed request (400); bad body content is unprocessable (422)
        boolean queryParameter =
                e.getConstraintViolations().stream().allMatch(v -> v.getLeafBean() instanceof PageRequest);
        if (queryParameter && !errors.isEmpty()) {
            Problem.FieldError first = errors.get(0);
            return ProblemResponses.of(InvalidRequest.parameter(first.field(), first.message()), path(uri));
        }
        return ProblemResponses.of(InvalidRequest.validation(errors), path(uri));
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = SERVER_OWNED_FIELDS.contains(e.getPropertyName())
                ? "is set by the server and cannot be written"
                : "is not a known field" + knownFields(e);
        return ProblemResponses.of(InvalidRequest.field(field, message), path(uri));
    }

    @ServerExceptionMapper
    public Response wrongFormat(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        Class<?> target = e.getTargetType();
        String message;
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            message = "'" + e.getValue() + "' is not one of the allowed values: " + allowed;
        } else {
            message = "'" + e.getValue() + "' is not a valid " + describe(target);
        }
        return ProblemResponses.of(InvalidRequest.field(field, message), path(uri));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        String message = "expected " + describe(e.getTargetType());
        if (field.isEmpty()) {
            return ProblemResponses.of(InvalidRequest.malformed("The request body must be a JSON object"), path(uri));
        }
        return ProblemResponses.of(InvalidRequest.field(field, message), path(uri));
    }

    @ServerExceptionMapper
    public Response rejectedValue(StrictJson.RejectedValue e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return ProblemResponses.of(
                    InvalidRequest.malformed("The request body " + e.getOriginalMessage()), path(uri));
        }
        return ProblemResponses.of(InvalidRequest.field(field, e.getOriginalMessage()), path(uri));
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? "could not be read" : firstLine(cause.getMessage());
        if (field.isEmpty()) {
            return ProblemResponses.of(InvalidRequest.malformed(message), path(uri));
        }
        return ProblemResponses.of(InvalidRequest.field(field, message), path(uri));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return ProblemResponses.of(
                InvalidRequest.malformed(
                        "The request body is not valid JSON" + where + ": " + firstLine(e.getOriginalMessage())),
                path(uri));
    }

    @ServerExceptionMapper
    public Response methodNotAllowed(NotAllowedException e, UriInfo uri) {
        String allowed = String.join(", ", e.getResponse().getAllowedMethods());
        Response response = ProblemResponses.of(
                new Simple(
                        405,
                        "method-not-allowed",
                        "Method not allowed",
                        "This resource does not support that method"
                                + (allowed.isEmpty() ? "" : "; allowed: " + allowed)),
                path(uri));
        return Response.fromResponse(response).header("Allow", allowed).build();
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        return ProblemResponses.of(
                new Simple(
                        415,
                        "unsupported-media-type",
                        "Unsupported media type",
                        "Send the request body as application/json"),
                path(uri));
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, UriInfo uri) {
        return ProblemResponses.of(
                new Simple(406, "not-acceptable", "Not acceptable", "This resource answers with application/json"),
                path(uri));
    }

    @ServerExceptionMapper
    public Response webApplication(
            WebApplicationException e,
            UriInfo uri,
            ContainerRequestContext request,
            jakarta.ws.rs.container.ResourceInfo resource) {
        int status = e.getResponse().getStatus();
        // the JSON reader reports unreadable bodies as a bare 400 wrapping Jackson's exception
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return fromJackson(json, uri);
            }
        }
        if (status == 404 && resource != null && resource.getResourceMethod() != null) {
            // JAX-RS answers 404 when a query parameter cannot be converted; say which one instead
            Optional<ApiException> parameter = ParameterDiagnosis.of(resource.getResourceMethod(), uri);
            if (parameter.isPresent()) {
                return ProblemResponses.of(parameter.get(), path(uri));
            }
        }
        if (status == 404) {
            if (pages.isResolvable()) {
                Optional<byte[]> page =
                        pages.get().pageFor(request.getMethod(), path(uri), request.getHeaderString("Accept"));
                if (page.isPresent()) {
                    return Response.ok(page.get(), "text/html; charset=utf-8").build();
                }
            }
            return ProblemResponses.of(new ResourceNotFound("No resource at this path"), path(uri));
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return ProblemResponses.of(
                    new Simple(status, "internal", title, "The server could not complete the request"), path(uri));
        }
        return ProblemResponses.of(new Simple(status, "http-" + status, title, e.getMessage()), path(uri));
    }

    private Response fromJackson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (e instanceof InvalidFormatException format) {
            return wrongFormat(format, uri);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched, uri);
        }
        if (e instanceof StrictJson.RejectedValue rejected) {
            return rejectedValue(rejected, uri);
        }
        if (e instanceof JsonMappingException mapping) {
            return mapping(mapping, uri);
        }
        return malformedJson(e, uri);
    }

    /** Last resort: database trouble becomes 503 or 409; anything else is logged and hidden behind a 500. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, ContainerRequestContext request) {
        boolean conditional = request != null && request.getHeaderString("If-Match") != null;
        ApiException known = PersistenceFailures.classify(e, conditional);
        if (known != null) {
            if (known.status() >= 500) {
                LOG.warnf("Database unavailable: %s", PersistenceFailures.rootMessage(e));
            }
            return ProblemResponses.of(known, path(uri));
        }
        LOG.error("Unexpected failure", e);
        return ProblemResponses.of(
                new Simple(500, "internal", "Internal server error", "The server could not complete the request"),
                path(uri));
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // "register.body.email" → "email": drop the method and parameter nodes, keep the bean path
        StringBuilder name = new StringBuilder();
        boolean sawParameter = false;
        String parameterName = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                sawParameter = true;
                parameterName = node.getName();
                continue;
            }
            if (node.getName() == null && node.getIndex() == null) {
                continue;
            }
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
                if (node.getName() == null) {
                    continue;
                }
            }
            if (node.getName() != null) {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(node.getName());
            }
        }
        if (name.isEmpty() && sawParameter) {
            return parameterName;
        }
        return name.toString().replace(".[", "[");
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String knownFields(UnrecognizedPropertyException e) {
        if (e.getKnownPropertyIds() == null || e.getKnownPropertyIds().isEmpty()) {
            return "";
        }
        return "; known fields: "
                + e.getKnownPropertyIds().stream()
                        .map(Object::toString)
                        .sorted()
                        .collect(Collectors.joining(", "));
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "LocalDateTime" -> "date-time (YYYY-MM-DDThh:mm:ss)";
            case "OffsetDateTime", "Instant" -> "timestamp (ISO-8601 with offset)";
            case "UUID" -> "UUID";
            case "int", "Integer", "long", "Long" -> "integer";
            case "double", "Double", "BigDecimal", "float", "Float" -> "number";
            case "boolean", "Boolean" -> "boolean (true or false)";
            case "String" -> "string";
            default -> type.isArray() || List.class.isAssignableFrom(type) ? "array" : "object";
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** A problem with an explicit status, for the few cases without a domain exception. */
    static final class Simple extends ApiException {
        Simple(int status, String slug, String title, String detail) {
            super(status, slug, title, detail);
        }
    }
}
