package app.throughline.auth;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Records when an API token was last used, at most once a minute per token and in its own
 * statement, so a read-only request does not become a write transaction.
 */
@ApplicationScoped
public class ApiTokenUsage {

    private final AgroalDataSource dataSource;

    ApiTokenUsage(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void touch(UUID tokenId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE api_tokens SET last_used_at = now() WHERE id = ?")) {
            update.setObject(1, tokenId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
