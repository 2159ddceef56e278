package app.throughline.api;

/** HTTP 429 with the {@code Retry-After} seconds. */
public class TooManyRequests extends ApiException {

    public TooManyRequests(String detail, long retryAfterSeconds) {
        super(429, "rate-limited", "Too many requests", detail);
        withHeader("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
        with("retryAfterSeconds", Math.max(1, retryAfterSeconds));
    }
}
