package app.throughline.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Custom methods such as {@code /tasks:bulk} use a colon, which some clients percent-encode
 * ({@code %3A}); both spellings reach the same operation.
 */
public class ColonPathFilter {

    @ServerRequestFilter(preMatching = true)
    public void decodeColons(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        if (path != null && path.startsWith("/api/") && (path.contains("%3A") || path.contains("%3a"))) {
            String decoded = path.replace("%3A", ":").replace("%3a", ":");
            request.setRequestUri(URI.create(decoded + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
        }
    }
}
