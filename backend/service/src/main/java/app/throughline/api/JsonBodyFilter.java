package app.throughline.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A JSON endpoint reads a body only when it says it is JSON in UTF-8: a body without a
 * Content-Type, or in another charset, is refused with 415 instead of being guessed at.
 */
public class JsonBodyFilter {

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 90)
    public void requireJson(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !hasBody(request) || !consumesJson(method)) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type == null) {
            throw unsupported("The request has a body but no Content-Type; send it as application/json");
        }
        boolean json = type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json")
                        || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
        if (!json) {
            throw unsupported(
                    "Send the request body as application/json, not " + type.getType() + "/" + type.getSubtype());
        }
        String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw unsupported("Send the request body in UTF-8, not " + charset);
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            return !length.trim().equals("0");
        }
        return request.getHeaderString("Transfer-Encoding") != null;
    }

    private static boolean consumesJson(Method method) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
        }
        return consumes == null || Arrays.stream(consumes.value()).anyMatch(v -> v.contains("json"));
    }

    private static ApiException unsupported(String detail) {
        return new ProblemMappers.Simple(415, "unsupported-media-type", "Unsupported media type", detail);
    }
}
