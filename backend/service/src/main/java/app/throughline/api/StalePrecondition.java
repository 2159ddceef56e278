package app.throughline.api;

/** HTTP 412: Precondition failed. */
public class StalePrecondition extends ApiException {

    public StalePrecondition(String detail) {
        super(412, "precondition-failed", "Precondition failed", detail);
    }

    protected StalePrecondition(String slug, String title, String detail) {
        super(412, slug, title, detail);
    }
}
