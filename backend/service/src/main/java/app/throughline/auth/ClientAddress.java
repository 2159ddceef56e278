package app.throughline.auth;

import io.vertx.core.http.HttpServerRequest;

/** The caller's network address (the proxy's forwarded one when proxy forwarding is configured). */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpServerRequest request) {
        if (request == null || request.remoteAddress() == null) {
            return "unknown";
        }
        return request.remoteAddress().hostAddress();
    }
}
