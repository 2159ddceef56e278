package app.throughline.platform;

import app.throughline.api.BulkBody;
import app.throughline.api.InvalidRequest;
import app.throughline.api.PayloadTooLarge;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses bodies over the limit with 413 before they are read: ordinary endpoints accept
 * {@code throughline.api.max-body-bytes}, those marked {@link BulkBody} the larger bulk limit.
 */
public class BodyLimitFilter {

    private final ThroughlineConfig config;

    BodyLimitFilter(ThroughlineConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public void limit(ContainerRequestContext request, ResourceInfo resource) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || resource.getResourceMethod() == null) {
            return;
        }
        boolean bulk = resource.getResourceMethod().isAnnotationPresent(BulkBody.class);
        long max = bulk ? config.api().maxBulkBodyBytes() : config.api().maxBodyBytes();
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw InvalidRequest.parameter("Content-Length", "is not a number");
        }
        if (declared > max) {
            throw new PayloadTooLarge(
                    "The request body has " + declared + " bytes; this endpoint accepts at most " + max);
        }
    }
}
