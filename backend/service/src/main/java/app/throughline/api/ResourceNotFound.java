package app.throughline.api;

/** HTTP 404: Not found. */
public class ResourceNotFound extends ApiException {

    public ResourceNotFound(String detail) {
        super(404, "not-found", "Not found", detail);
    }

    /** The usual wording: "<kind> <id> does not exist" — also for objects of another workspace. */
    public static ResourceNotFound of(String kind, Object id) {
        return new ResourceNotFound(kind + " " + id + " does not exist");
    }

    protected ResourceNotFound(String slug, String title, String detail) {
        super(404, slug, title, detail);
    }
}
