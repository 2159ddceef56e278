package app.throughline.platform;

import app.throughline.api.PageFallback;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The built UI's index.html, served for any non-API page address so the browser app can route
 * client-side (deep links like /projects/42 work after a reload).
 */
@ApplicationScoped
public class SinglePageApp implements PageFallback {

    private volatile byte[] indexHtml;

    /** Whether a request for {@code path} that accepts {@code accept} is a page of the app. */
    private boolean isPageRequest(String method, String path, String accept) {
        return ("GET".equals(method) || "HEAD".equals(method))
                && !path.startsWith("/api/")
                && !path.startsWith("/q/")
                && accept != null
                && accept.contains("text/html");
    }

    public Optional<byte[]> indexHtml() {
        if (indexHtml == null) {
            try (InputStream in = Thread.currentThread()
                    .getContextClassLoader()
                    .getResourceAsStream("META-INF/resources/index.html")) {
                indexHtml = in == null ? new byte[0] : in.readAllBytes();
            } catch (IOException e) {
                indexHtml = new byte[0];
            }
        }
        return indexHtml.length == 0 ? Optional.empty() : Optional.of(indexHtml);
    }

    @Override
    public Optional<byte[]> pageFor(String method, String path, String accept) {
        return isPageRequest(method, path, accept) ? indexHtml() : Optional.empty();
    }
}
