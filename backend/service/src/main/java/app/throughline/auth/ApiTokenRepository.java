package app.throughline.auth;

import app.throughline.api.Cursor;
import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, UUID> {

    private final AgroalDataSource dataSource;

    ApiTokenRepository(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<ApiToken> findByHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    /** The user's tokens that are not revoked, oldest first, after the cursor position. */
    public List<ApiToken> pageOfUser(UUID userId, Cursor after, int limitPlusOne) {
        if (after == null) {
            return find("userId = :user and revokedAt is null order by createdAt, id", Parameters.with("user", userId))
                    .page(0, limitPlusOne)
                    .list();
        }
        return find(
                        "userId = :user and revokedAt is null and (createdAt > :at or (createdAt = :at and id > :id)) order by createdAt, id",
                        Parameters.with("user", userId)
                                .and("at", after.instant(0))
                                .and("id", after.uuid(1)))
                .page(0, limitPlusOne)
                .list();
    }

    /**
     * Records that the token was used just now, in a statement of its own, so a read-only request
     * does not become a write transaction.
     */
    public void touchLastUsed(UUID tokenId) {
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
