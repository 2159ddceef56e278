package app.throughline.idempotency;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/**
 * Idempotency records. Every statement commits on its own connection, outside the request's
 * transaction: a claim must be visible to a concurrent request before the work is done.
 */
@ApplicationScoped
public class IdempotencyRepository {

    static final String RETENTION = "24 hours";

    /** A stored record; {@code status} and the response fields are set once it is completed. */
    record IdempotencyRecord(
            String requestHash,
            boolean inProgress,
            int status,
            String contentType,
            String location,
            String etag,
            String body) {}

    private final AgroalDataSource dataSource;

    IdempotencyRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Drops the key's record if it is past retention, so the key can be claimed again. */
    void deleteIfExpired(String scope, String key) {
        update(
                "DELETE FROM idempotency_records WHERE scope = ? AND idem_key = ? AND created_at < now() - interval '"
                        + RETENTION + "'",
                scope,
                key);
    }

    /** Inserts an in-progress record; false when the key already has one. */
    boolean insertInProgress(String scope, String key, String requestHash) {
        return update(
                        "INSERT INTO idempotency_records (scope, idem_key, request_hash, state) VALUES (?, ?, ?, 'in_progress') ON CONFLICT DO NOTHING",
                        scope,
                        key,
                        requestHash)
                == 1;
    }

    Optional<IdempotencyRecord> find(String scope, String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(
                        "SELECT request_hash, state, status, content_type, location, etag, body FROM idempotency_records WHERE scope = ? AND idem_key = ?")) {
            select.setString(1, scope);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new IdempotencyRecord(
                        row.getString(1),
                        row.getString(2).equals("in_progress"),
                        row.getInt(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6),
                        row.getString(7)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void complete(String scope, String key, int status, String contentType, String location, String etag, String body) {
        update(
                "UPDATE idempotency_records SET state = 'completed', status = ?, content_type = ?, location = ?, etag = ?, body = ? WHERE scope = ? AND idem_key = ?",
                status,
                contentType,
                location,
                etag,
                body,
                scope,
                key);
    }

    void deleteInProgress(String scope, String key) {
        update(
                "DELETE FROM idempotency_records WHERE scope = ? AND idem_key = ? AND state = 'in_progress'",
                scope,
                key);
    }

    void deleteExpired() {
        update("DELETE FROM idempotency_records WHERE created_at < now() - interval '" + RETENTION + "'");
    }

    private int update(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                bind(statement, i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else if (value instanceof Integer number) {
            statement.setInt(index, number);
        } else {
            statement.setString(index, (String) value);
        }
    }
}
