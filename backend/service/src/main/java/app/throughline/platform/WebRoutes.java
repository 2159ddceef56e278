package app.throughline.platform;

import app.throughline.api.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * HTTP plumbing below the REST layer: request logging, the single-page app's fallback to
 * index.html for client-side routes, and problem+json for whatever no one else answered.
 */
@ApplicationScoped
public class WebRoutes {

    private static final Logger REQUEST_LOG = Logger.getLogger("app.throughline.platform.RequestLog");

    /** Longer addresses get a 414 problem here; the HTTP layer's own, bare 414 starts far above. */
    static final int MAX_URI_LENGTH = 8192;

    /**
     * The search endpoint reads its text from the address, so an overlong search string reaches it and
     * gets its own 422 problem (naming `q`) instead of a 414; still below the HTTP layer's limit.
     */
    static final int MAX_SEARCH_URI_LENGTH = 49152;

    private static final java.util.regex.Pattern SEARCH_PATH =
            java.util.regex.Pattern.compile("^/api/v1/workspaces/[^/?]+/search(\\?.*)?$");

    private final ObjectMapper json;
    private final SinglePageApp app;
    private final long maxBodyBytes;

    WebRoutes(
            ObjectMapper json,
            SinglePageApp app,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.json = json;
        this.app = app;
        this.maxBodyBytes = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::logRequest);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        router.route().last().handler(this::fallback);
    }

    private void logRequest(RoutingContext ctx) {
        int uriLength = ctx.request().uri().length();
        int maxLength = uriLength > MAX_URI_LENGTH
                        && SEARCH_PATH.matcher(ctx.request().uri()).matches()
                ? MAX_SEARCH_URI_LENGTH
                : MAX_URI_LENGTH;
        if (uriLength > maxLength) {
            problem(
                    ctx,
                    414,
                    "uri-too-long",
                    "URI too long",
                    "The request address has " + ctx.request().uri().length()
                            + " characters; this server accepts at most " + maxLength);
            return;
        }
        long started = System.nanoTime();
        String requestId = ctx.request().getHeader("X-Request-Id");
        if (requestId == null || requestId.length() > 100) {
            requestId = UUID.randomUUID().toString();
        }
        String id = requestId;
        ctx.response().putHeader("X-Request-Id", id);
        if (announcesTooLargeABody(ctx)) {
            // the HTTP layer would answer a bare 413 next; answer the problem here, before any of the body is read
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            problem(
                    ctx,
                    413,
                    "payload-too-large",
                    "Request body too large",
                    "The request body has " + ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH)
                            + " bytes; this server accepts at most " + maxBodyBytes);
            return;
        }
        ctx.addEndHandler(done -> {
            // the path only: query strings and headers may carry secrets
            REQUEST_LOG.infof(
                    "request method=%s path=%s status=%d durationMs=%.1f client=%s requestId=%s",
                    ctx.request().method(),
                    ctx.request().path(),
                    ctx.response().getStatusCode(),
                    (System.nanoTime() - started) / 1e6,
                    ctx.request().remoteAddress() == null
                            ? "-"
                            : ctx.request().remoteAddress().hostAddress(),
                    id);
        });
        ctx.next();
    }

    private boolean announcesTooLargeABody(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return false;
        }
        try {
            return Long.parseLong(length.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false; // the REST layer answers that
        }
    }

    private void failure(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (status == 413) {
            problem(
                    ctx,
                    413,
                    "payload-too-large",
                    "Request body too large",
                    "The request body exceeds the size this server accepts");
        } else if (status == 400 && ctx.failure() == null) {
            problem(ctx, 400, "malformed-request", "Malformed request", "The request could not be read");
        } else {
            ctx.next();
        }
    }

    private void fallback(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        byte[] page = app.pageFor(
                        ctx.request().method().name(), path, ctx.request().getHeader(HttpHeaders.ACCEPT))
                .orElse(null);
        if (page != null) {
            // the cache policy for pages is ResponseHeaders', like every other response's
            ctx.response()
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                    .end(io.vertx.core.buffer.Buffer.buffer(page));
            return;
        }
        problem(ctx, 404, "not-found", "Not found", "No resource at " + path);
    }

    private void problem(RoutingContext ctx, int status, String slug, String title, String detail) {
        if (ctx.response().ended()) {
            return;
        }
        try {
            Problem problem = new Problem(
                    Problem.TYPE_BASE + slug,
                    title,
                    status,
                    detail,
                    ctx.request().path(),
                    null,
                    Map.of());
            ctx.response()
                    .setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (IOException e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}
