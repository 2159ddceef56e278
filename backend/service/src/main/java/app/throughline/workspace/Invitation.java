package app.throughline.workspace;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An offer of a role in a workspace; the person becomes a member only when they accept it. */
@Entity
@Table(name = "invitations")
public class Invitation extends VersionedTenantEntity {

    @Schema(name = "InvitationState")
    public enum State {
        pending,
        accepted,
        declined
    }

    public UUID userId;

    public String email;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Enumerated(EnumType.STRING)
    public State state;

    public UUID invitedBy;

    public Instant answeredAt;

    static Invitation of(UUID workspaceId, UUID userId, String email, Role role, UUID invitedBy) {
        Invitation invitation = new Invitation();
        invitation.id = UUID.randomUUID();
        invitation.workspaceId = workspaceId;
        invitation.userId = userId;
        invitation.email = email;
        invitation.role = role;
        invitation.state = State.pending;
        invitation.invitedBy = invitedBy;
        invitation.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return invitation;
    }

    void answer(State answer) {
        state = answer;
        answeredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
