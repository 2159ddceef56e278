package app.throughline.auth;

import app.throughline.api.TooManyRequests;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Fixed-window counters kept in PostgreSQL, so every replica of the service shares them. Each
 * statement commits on its own: a refused request must still count.
 */
@ApplicationScoped
public class RateLimiter {

    private static final String HIT = """
            INSERT INTO rate_limit_windows (bucket, window_start, hits) VALUES (?, now(), 1)
            ON CONFLICT (bucket) DO UPDATE SET
              hits = CASE WHEN rate_limit_windows.window_start <= now() - make_interval(secs => ?) THEN 1
                          ELSE rate_limit_windows.hits + 1 END,
              window_start = CASE WHEN rate_limit_windows.window_start <= now() - make_interval(secs => ?) THEN now()
                          ELSE rate_limit_windows.window_start END
            RETURNING hits, window_start, now()
            """;
    private static final String PEEK = """
            SELECT hits, window_start, now() FROM rate_limit_windows
            WHERE bucket = ? AND window_start > now() - make_interval(secs => ?)
            """;

    private final AgroalDataSource dataSource;

    RateLimiter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Counts one hit in {@code bucket}; throws 429 once more than {@code limit} hits fall in one window. */
    public void hit(String bucket, int limit, Duration window, String what) {
        Usage usage = run(HIT, bucket, window, true);
        if (usage.hits > limit) {
            throw tooMany(usage, window, what);
        }
    }

    /** Throws 429 if {@code bucket} already holds {@code limit} hits in its current window; counts nothing. */
    public void requireBelow(String bucket, int limit, Duration window, String what) {
        Usage usage = run(PEEK, bucket, window, false);
        if (usage != null && usage.hits >= limit) {
            throw tooMany(usage, window, what);
        }
    }

    public void reset(String bucket) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("DELETE FROM rate_limit_windows WHERE bucket = ?")) {
            statement.setString(1, bucket);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Usage run(String sql, String bucket, Duration window, boolean twice) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, bucket);
            statement.setLong(2, window.toSeconds());
            if (twice) {
                statement.setLong(3, window.toSeconds());
            }
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return new Usage(row.getInt(1), row.getTimestamp(2), row.getTimestamp(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TooManyRequests tooMany(Usage usage, Duration window, String what) {
        Instant resetsAt = usage.windowStart.toInstant().plus(window);
        long seconds =
                Math.max(1, Duration.between(usage.now.toInstant(), resetsAt).toSeconds() + 1);
        return new TooManyRequests("Too many " + what + "; try again in " + seconds + " seconds", seconds);
    }

    private record Usage(int hits, Timestamp windowStart, Timestamp now) {}
}
