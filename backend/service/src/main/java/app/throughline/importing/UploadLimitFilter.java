package app.throughline.importing;

import app.throughline.api.PayloadTooLarge;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses an import upload that announces more than {@link #MAX_UPLOAD_BYTES} with 413 before any
 * of it is read: a multipart body is read before the ordinary (post-matching) filters run, so this
 * one runs before matching.
 */
public class UploadLimitFilter {

    /** The largest multipart body an import accepts (the file plus a little form overhead). */
    static final long MAX_UPLOAD_BYTES = 32L * 1024 * 1024;

    private static final Pattern IMPORTS = Pattern.compile("^/api/v1/(workspaces|projects)/[^/]+/imports/?$");

    @ServerRequestFilter(preMatching = true)
    public void limit(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !IMPORTS.matcher(request.getUriInfo().getPath()).matches()) {
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return; // the ordinary body filter answers that
        }
        if (declared > MAX_UPLOAD_BYTES) {
            throw new PayloadTooLarge("The upload has " + declared + " bytes; a plan file may have at most "
                    + PlanFileScreen.MAX_FILE_BYTES + " bytes");
        }
    }
}
