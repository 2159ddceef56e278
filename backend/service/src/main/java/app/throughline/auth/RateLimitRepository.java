package app.throughline.auth;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Fixed-window hit counters in PostgreSQL, shared by every replica. Each statement runs on its own
 * connection outside the caller's transaction, so a refused request still counts.
 */
@ApplicationScoped
public class RateLimitRepository {

    /** A bucket's hits in its current window, and the database's clock when they were read. */
    public record Window(int hits, Instant start, Instant now) {}

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

    RateLimitRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Counts one hit, starting a new window if the current one is over; returns the window after it. */
    public Window hit(String bucket, Duration window) {
        return run(HIT, bucket, window, true).orElseThrow();
    }

    /** The bucket's current window, if it has one; counts nothing. */
    public Optional<Window> current(String bucket, Duration window) {
        return run(PEEK, bucket, window, false);
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

    private Optional<Window> run(String sql, String bucket, Duration window, boolean twice) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, bucket);
            statement.setLong(2, window.toSeconds());
            if (twice) {
                statement.setLong(3, window.toSeconds());
            }
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Window(
                        row.getInt(1),
                        row.getTimestamp(2).toInstant(),
                        row.getTimestamp(3).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
