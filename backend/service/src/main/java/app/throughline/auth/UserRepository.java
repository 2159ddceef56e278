package app.throughline.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

    /** E-mail addresses match case-insensitively, as the unique index does. */
    public Optional<User> findByEmail(String email) {
        return find("lower(email) = ?1", email.trim().toLowerCase()).firstResultOptional();
    }

    /** The users among {@code ids}, in no particular order; unknown ids are left out. */
    public List<User> listByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
