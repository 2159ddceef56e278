package app.throughline.auth;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

    /** E-mail addresses match case-insensitively, as the unique index does. */
    public Optional<User> findByEmail(String email) {
        return find("lower(email) = ?1", email.trim().toLowerCase()).firstResultOptional();
    }
}
