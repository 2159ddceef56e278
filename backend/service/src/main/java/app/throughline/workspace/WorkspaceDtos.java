package app.throughline.workspace;

import app.throughline.api.NotBlankWhenSent;
import app.throughline.api.ShownOnce;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of workspaces and members. */
public final class WorkspaceDtos {

    private WorkspaceDtos() {}

    @Schema(name = "Workspace")
    public record WorkspaceView(
            @Schema(example = "6f1c2b1e-8a3d-4c55-9a8e-2f4f7b6f0a11")
            UUID id,

            @Schema(example = "Northwind Agency") String name,

            @Schema(description = "The caller's role in this workspace", example = "owner")
            Role role,

            Instant createdAt,
            Instant updatedAt) {

        public static WorkspaceView of(Workspace workspace, Role role) {
            return new WorkspaceView(workspace.id, workspace.name, role, workspace.createdAt, workspace.updatedAt);
        }
    }

    @Schema(name = "CreateWorkspace")
    public record CreateWorkspace(
            @NotBlank @Size(max = 200) @Schema(example = "Contoso Studio")
            String name) {}

    @Schema(name = "WorkspacePatch", description = "Fields to change; absent fields stay as they are.")
    public record WorkspacePatch(
            @NotBlankWhenSent @Size(min = 1, max = 200) @Schema(example = "Northwind Agency GmbH")
            String name) {}

    @Schema(name = "Member")
    public record MemberView(
            @Schema(example = "1b7e3c52-4d0e-4b8f-a1b2-9a3c5d7e9f01")
            UUID userId,

            @Schema(example = "Ada Lovelace") String name,
            @Schema(example = "ada@example.com") String email,
            @Schema(example = "coordinator") Role role,
            Instant joinedAt,

            @Schema(
                    description =
                            "Only when the member was created as a new user without a chosen password: their first password, shown once",
                    example = "kT3vQ9xLm2Pz")
            String initialPassword) {}

    @Schema(
            name = "Invitation",
            description =
                    "An offer of a role in a workspace; the person becomes a member when they accept it. It never says"
                            + " whether the address already had an account.")
    public record InvitationView(
            @Schema(example = "0c3f1a6e-5b7d-4e2a-9c81-6d2f4b8a1e55")
            UUID id,

            @Schema(example = "6f1c2b1e-8a3d-4c55-9a8e-2f4f7b6f0a11")
            UUID workspaceId,

            @Schema(example = "Northwind Agency") String workspaceName,
            @Schema(example = "ada@example.com") String email,
            @Schema(example = "coordinator") Role role,
            @Schema(example = "pending") Invitation.State state,
            Instant invitedAt,

            @Schema(
                    description = "Only in the answer to adding a member without a chosen password, shown once: the"
                            + " password to sign in with if the address had no account yet. An existing account"
                            + " keeps its own password; the answer does not say which applies.",
                    example = "kT3vQ9xLm2Pz")
            String initialPassword)
            implements ShownOnce {

        static InvitationView of(Invitation invitation, String workspaceName, String initialPassword) {
            return new InvitationView(
                    invitation.id,
                    invitation.workspaceId,
                    workspaceName,
                    invitation.email,
                    invitation.role,
                    invitation.state,
                    invitation.createdAt,
                    initialPassword);
        }

        @Override
        public InvitationView withoutSecret() {
            return new InvitationView(id, workspaceId, workspaceName, email, role, state, invitedAt, null);
        }
    }

    @Schema(name = "AddMember")
    public record AddMember(
            @NotBlank @Email @Size(max = 320) @Schema(example = "ada@example.com")
            String email,

            @NotNull @Schema(example = "coordinator") Role role,

            @Size(max = 200)
            @Schema(
                    description =
                            "Name of the account if the address has none yet (an existing account keeps its name)",
                    example = "Ada Lovelace")
            String name,

            @Size(min = 10, max = 200)
            @Schema(
                    description = "Password of the account if the address has none yet; generated (and answered once)"
                            + " when absent")
            String initialPassword) {}

    @Schema(name = "MemberPatch")
    public record MemberPatch(
            @NotNull @Schema(example = "admin") Role role) {}
}
