package app.throughline.api;

/** HTTP 409: Conflict. */
public class Conflict extends ApiException {

    public Conflict(String detail) {
        super(409, "conflict", "Conflict", detail);
    }

    protected Conflict(String slug, String title, String detail) {
        super(409, slug, title, detail);
    }
}
