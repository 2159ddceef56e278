package app.throughline.auth;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** Someone who can sign in. */
@Entity
@Table(name = "users")
public class User extends PanacheEntityBase {

    @Id
    public UUID id;

    public String email;

    public String name;

    public String passwordHash;

    public Instant createdAt;

    @Version
    public long version;

    public static User create(String name, String email, String passwordHash) {
        User user = new User();
        user.id = UUID.randomUUID();
        user.name = name;
        user.email = email;
        user.passwordHash = passwordHash;
        user.createdAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return user;
    }
}
