package app.throughline.api;

/** HTTP 403: Forbidden. */
public class AccessDenied extends ApiException {

    public AccessDenied(String detail) {
        super(403, "forbidden", "Forbidden", detail);
    }

    protected AccessDenied(String slug, String title, String detail) {
        super(403, slug, title, detail);
    }
}
