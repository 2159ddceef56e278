package app.throughline.idempotency;

import app.throughline.api.Conflict;
import app.throughline.api.InvalidRequest;
import app.throughline.api.ShownOnce;
import app.throughline.auth.CurrentUser;
import app.throughline.auth.Secrets;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * {@code Idempotency-Key} on POST: the same key with the same request returns the first response
 * (marked {@code Idempotent-Replayed: true}); the same key with another request is refused (422).
 * Keys are scoped to the caller. A response carrying a secret is stored without it ({@link ShownOnce}).
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    private static final String PENDING = IdempotencyFilters.class.getName() + ".pending";

    private final IdempotencyStore store;
    private final CurrentUser currentUser;
    private final ObjectMapper json;

    IdempotencyFilters(IdempotencyStore store, CurrentUser currentUser, ObjectMapper json) {
        this.store = store;
        this.currentUser = currentUser;
        this.json = json;
    }

    private record Pending(String scope, String key) {}

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 100)
    public Response begin(ContainerRequestContext request, HttpServerRequest http) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null
                || !"POST".equals(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        if (key.isBlank() || key.length() > 200) {
            throw InvalidRequest.parameter(HEADER, "must be 1 to 200 characters");
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String scope = currentUser
                .idIfAuthenticated()
                .map(Object::toString)
                .orElse("anonymous:"
                        + (http.remoteAddress() == null
                                ? "unknown"
                                : http.remoteAddress().hostAddress()));
        java.net.URI uri = request.getUriInfo().getRequestUri();
        String hash = requestHash(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()), body);
        IdempotencyStore.Claim claim = store.claim(scope, key, hash);
        if (claim instanceof IdempotencyStore.Replay replay) {
            return replayed(replay);
        }
        if (claim instanceof IdempotencyStore.InProgress) {
            throw new Conflict("A request with this Idempotency-Key is still being processed; retry in a moment");
        }
        if (claim instanceof IdempotencyStore.DifferentRequest) {
            throw InvalidRequest.field(
                    HEADER, "was already used for a different request; use a new key for a new request");
        }
        request.setProperty(PENDING, new Pending(scope, key));
        return null;
    }

    @ServerResponseFilter
    public void finish(ContainerRequestContext request, ContainerResponseContext response)
            throws JsonProcessingException {
        if (!(request.getProperty(PENDING) instanceof Pending pending)) {
            return;
        }
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            Object entity = response.getEntity();
            if (entity instanceof ShownOnce secret) {
                // a replay shows what was created, never the secret again
                entity = secret.withoutSecret();
            }
            String body = response.hasEntity() ? json.writeValueAsString(entity) : null;
            String contentType = response.getMediaType() == null
                    ? null
                    : response.getMediaType().toString();
            store.complete(
                    pending.scope(),
                    pending.key(),
                    response.getStatus(),
                    contentType,
                    response.getHeaderString(HttpHeaders.LOCATION),
                    response.getHeaderString(HttpHeaders.ETAG),
                    body);
        } else {
            store.release(pending.scope(), pending.key());
        }
    }

    private static Response replayed(IdempotencyStore.Replay replay) {
        Response.ResponseBuilder builder = Response.status(replay.status()).header("Idempotent-Replayed", "true");
        if (replay.body() != null) {
            builder.entity(replay.body())
                    .type(replay.contentType() == null ? "application/json" : replay.contentType());
        }
        if (replay.location() != null) {
            builder.header(HttpHeaders.LOCATION, replay.location());
        }
        if (replay.etag() != null) {
            builder.header(HttpHeaders.ETAG, replay.etag());
        }
        return builder.build();
    }

    private static String requestHash(String path, byte[] body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("POST " + path + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(body);
        return Secrets.sha256Hex(bytes.toByteArray());
    }
}
