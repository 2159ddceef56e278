package app.throughline.account;

import app.throughline.api.ShownOnce;
import app.throughline.auth.AuthDtos.UserView;
import app.throughline.workspace.Role;
import app.throughline.workspace.WorkspaceDtos.WorkspaceView;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of registration and /me: an account seen together with its workspaces. */
public final class AccountDtos {

    private AccountDtos() {}

    @Schema(name = "Register")
    public record Register(
            @NotBlank @Size(max = 200) @Schema(example = "Ada Lovelace")
            String name,

            @NotBlank @Email @Size(max = 320) @Schema(example = "ada@example.com")
            String email,

            @NotBlank @Size(min = 10, max = 200) @Schema(example = "correct-horse-battery")
            String password,

            @NotBlank @Size(max = 200) @Schema(example = "Analytical Engines Ltd")
            String workspaceName) {}

    @Schema(name = "Registration")
    public record Registration(
            UserView user,
            WorkspaceView workspace,
            @Schema(example = "eyJraWQiOi...") String accessToken,
            @Schema(example = "Bearer") String tokenType,
            @Schema(example = "3600") long expiresIn)
            implements ShownOnce {
        @Override
        public Registration withoutSecret() {
            return new Registration(user, workspace, null, tokenType, expiresIn);
        }
    }

    @Schema(name = "MembershipSummary")
    public record MembershipView(
            @Schema(example = "6f1c2b1e-8a3d-4c55-9a8e-2f4f7b6f0a11")
            UUID workspaceId,

            @Schema(example = "Northwind Agency") String workspaceName,
            @Schema(example = "owner") Role role) {}

    @Schema(name = "Me")
    public record Me(UserView user, List<MembershipView> memberships) {}
}
