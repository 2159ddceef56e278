package app.throughline.workspace;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A user's role in a workspace. */
@Entity
@Table(name = "memberships")
public class Membership extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    public Role role;

    public Instant joinedAt;

    @Version
    public long version;

    public static Membership of(UUID workspaceId, UUID userId, Role role) {
        Membership membership = new Membership();
        membership.key = new Key(workspaceId, userId);
        membership.role = role;
        membership.joinedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return membership;
    }

    public UUID workspaceId() {
        return key.workspaceId;
    }

    public UUID userId() {
        return key.userId;
    }

    @Embeddable
    public static class Key implements Serializable {
        public UUID workspaceId;

        public UUID userId;

        public Key() {}

        public Key(UUID workspaceId, UUID userId) {
            this.workspaceId = workspaceId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.workspaceId.equals(workspaceId) && k.userId.equals(userId);
        }

        @Override
        public int hashCode() {
            return workspaceId.hashCode() * 31 + userId.hashCode();
        }
    }
}
