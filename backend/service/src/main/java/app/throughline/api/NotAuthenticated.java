package app.throughline.api;

/** HTTP 401: Not authenticated. */
public class NotAuthenticated extends ApiException {

    public NotAuthenticated(String detail) {
        super(401, "unauthorized", "Not authenticated", detail);
    }

    protected NotAuthenticated(String slug, String title, String detail) {
        super(401, slug, title, detail);
    }
}
