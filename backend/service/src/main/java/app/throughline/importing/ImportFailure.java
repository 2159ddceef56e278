package app.throughline.importing;

/** Why an import job failed, as the problem the job reports (the slug names the kind). */
final class ImportFailure extends RuntimeException {

    private final String slug;

    ImportFailure(String slug, String detail) {
        super(detail, null, false, false);
        this.slug = slug;
    }

    String slug() {
        return slug;
    }
}
