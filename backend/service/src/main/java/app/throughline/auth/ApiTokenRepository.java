package app.throughline.auth;

import app.throughline.api.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ApiTokenRepository implements PanacheRepositoryBase<ApiToken, UUID> {

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
}
