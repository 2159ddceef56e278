package app.throughline.api;

/** HTTP 413: Request body too large. */
public class PayloadTooLarge extends ApiException {

    public PayloadTooLarge(String detail) {
        super(413, "payload-too-large", "Request body too large", detail);
    }

    protected PayloadTooLarge(String slug, String title, String detail) {
        super(413, slug, title, detail);
    }
}
