package app.throughline.auth;

import app.throughline.api.TooManyRequests;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/** Fixed-window rate limits, answered with 429 and how long to wait. */
@ApplicationScoped
public class RateLimiter {

    private final RateLimitRepository windows;

    RateLimiter(RateLimitRepository windows) {
        this.windows = windows;
    }

    /** Counts one hit in {@code bucket}; throws 429 once more than {@code limit} hits fall in one window. */
    public void hit(String bucket, int limit, Duration window, String what) {
        RateLimitRepository.Window usage = windows.hit(bucket, window);
        if (usage.hits() > limit) {
            throw tooMany(usage, window, what);
        }
    }

    /** Throws 429 if {@code bucket} already holds {@code limit} hits in its current window; counts nothing. */
    public void requireBelow(String bucket, int limit, Duration window, String what) {
        windows.current(bucket, window).filter(usage -> usage.hits() >= limit).ifPresent(usage -> {
            throw tooMany(usage, window, what);
        });
    }

    public void reset(String bucket) {
        windows.reset(bucket);
    }

    private static TooManyRequests tooMany(RateLimitRepository.Window usage, Duration window, String what) {
        Instant resetsAt = usage.start().plus(window);
        long seconds = Math.max(1, Duration.between(usage.now(), resetsAt).toSeconds() + 1);
        return new TooManyRequests("Too many " + what + "; try again in " + seconds + " seconds", seconds);
    }
}
