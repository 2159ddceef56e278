package app.throughline.api;

import java.util.Optional;

/**
 * The browser app's page for an address the API does not know, so a reloaded deep link shows the
 * app rather than a problem document. Implemented where the UI is served; absent in API-only use.
 */
public interface PageFallback {

    /** The page to answer a 404 with, when the request is a browser page request. */
    Optional<byte[]> pageFor(String method, String path, String accept);
}
