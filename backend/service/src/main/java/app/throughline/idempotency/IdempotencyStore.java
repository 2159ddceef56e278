package app.throughline.idempotency;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Remembers POST requests by their {@code Idempotency-Key} for 24 hours. The claim is an insert
 * that commits at once, so two concurrent requests with one key cannot both run.
 */
@ApplicationScoped
public class IdempotencyStore {

    static final String RETENTION = "24 hours";

    private final AgroalDataSource dataSource;

    IdempotencyStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    sealed interface Claim permits Claimed, Replay, InProgress, DifferentRequest {}

    record Claimed() implements Claim {}

    record Replay(int status, String contentType, String location, String etag, String body) implements Claim {}

    record InProgress() implements Claim {}

    record DifferentRequest() implements Claim {}

    Claim claim(String scope, String key, String requestHash) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement expire = c.prepareStatement(
                    "DELETE FROM idempotency_records WHERE scope = ? AND idem_key = ? AND created_at < now() - interval '"
                            + RETENTION + "'")) {
                expire.setString(1, scope);
                expire.setString(2, key);
                expire.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO idempotency_records (scope, idem_key, request_hash, state) VALUES (?, ?, ?, 'in_progress') ON CONFLICT DO NOTHING")) {
                insert.setString(1, scope);
                insert.setString(2, key);
                insert.setString(3, requestHash);
                if (insert.executeUpdate() == 1) {
                    return new Claimed();
                }
            }
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT request_hash, state, status, content_type, location, etag, body FROM idempotency_records WHERE scope = ? AND idem_key = ?")) {
                select.setString(1, scope);
                select.setString(2, key);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return claim(scope, key, requestHash);
                    }
                    if (!row.getString(1).equals(requestHash)) {
                        return new DifferentRequest();
                    }
                    if (row.getString(2).equals("in_progress")) {
                        return new InProgress();
                    }
                    return new Replay(
                            row.getInt(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void complete(String scope, String key, int status, String contentType, String location, String etag, String body) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "UPDATE idempotency_records SET state = 'completed', status = ?, content_type = ?, location = ?, etag = ?, body = ? WHERE scope = ? AND idem_key = ?")) {
            update.setInt(1, status);
            update.setString(2, contentType);
            setNullable(update, 3, location);
            setNullable(update, 4, etag);
            setNullable(update, 5, body);
            update.setString(6, scope);
            update.setString(7, key);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Drops a claim whose request failed, so a retry runs again. */
    void release(String scope, String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM idempotency_records WHERE scope = ? AND idem_key = ? AND state = 'in_progress'")) {
            delete.setString(1, scope);
            delete.setString(2, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM idempotency_records WHERE created_at < now() - interval '" + RETENTION + "'")) {
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
