package app.throughline.api;

/** HTTP 503: a dependency (the database) is down; the client may retry. */
public class ServiceUnavailable extends ApiException {

    public ServiceUnavailable(String detail) {
        super(503, "service-unavailable", "Service unavailable", detail);
        withHeader("Retry-After", "5");
    }
}
