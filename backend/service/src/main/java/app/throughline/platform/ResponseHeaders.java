package app.throughline.platform;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Headers every response carries, whichever layer answers: a strict Content-Security-Policy for
 * the app (no inline script, no framing), no MIME sniffing, no referrer leaks, and a cache policy
 * by kind — hashed assets forever, the page always revalidated, API answers never stored (some
 * carry tokens).
 */
@ApplicationScoped
public class ResponseHeaders {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String HASHED_ASSET = "public, max-age=31536000, immutable";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::addHeaders);
    }

    private void addHeaders(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        ctx.addHeadersEndHandler(ignored -> {
            MultiMap headers = ctx.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("X-Frame-Options", "DENY");
            if (!path.startsWith("/q/")) {
                // the Swagger UI under /q/ runs inline script of its own; everything else is ours
                headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            }
            headers.set("Cache-Control", cachePolicy(path, headers.get("Cache-Control")));
        });
        ctx.next();
    }

    static String cachePolicy(String path, String current) {
        if (path.startsWith("/assets/")) {
            return HASHED_ASSET;
        }
        if (path.startsWith("/api/")) {
            return "no-store";
        }
        if (current != null && !current.contains("immutable")) {
            return current;
        }
        // the page and anything unhashed: a deploy must reach browsers at once
        return "no-cache";
    }
}
