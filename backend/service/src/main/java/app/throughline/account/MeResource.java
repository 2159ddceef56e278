package app.throughline.account;

import app.throughline.account.AccountDtos.Me;
import app.throughline.account.AccountDtos.MembershipView;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.auth.ApiTokenService;
import app.throughline.auth.AuthDtos.ApiTokenView;
import app.throughline.auth.AuthDtos.CreateApiToken;
import app.throughline.auth.AuthDtos.CreatedApiToken;
import app.throughline.auth.AuthDtos.UserView;
import app.throughline.auth.CurrentUser;
import app.throughline.auth.User;
import app.throughline.auth.UserRepository;
import app.throughline.workspace.InvitationService;
import app.throughline.workspace.Membership;
import app.throughline.workspace.MembershipRepository;
import app.throughline.workspace.Workspace;
import app.throughline.workspace.WorkspaceDtos.InvitationView;
import app.throughline.workspace.WorkspaceRepository;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Me")
public class MeResource {

    private final CurrentUser currentUser;
    private final UserRepository users;
    private final MembershipRepository memberships;
    private final WorkspaceRepository workspaces;
    private final ApiTokenService tokens;
    private final InvitationService invitations;

    MeResource(
            CurrentUser currentUser,
            UserRepository users,
            MembershipRepository memberships,
            WorkspaceRepository workspaces,
            ApiTokenService tokens,
            InvitationService invitations) {
        this.currentUser = currentUser;
        this.users = users;
        this.memberships = memberships;
        this.workspaces = workspaces;
        this.tokens = tokens;
        this.invitations = invitations;
    }

    @GET
    @Operation(summary = "The signed-in user and their workspace memberships")
    @APIResponse(
            responseCode = "200",
            description = "You",
            content = @Content(schema = @Schema(implementation = Me.class)))
    public Me me() {
        User user = users.findById(currentUser.id());
        List<Membership> mine = memberships.ofUser(user.id);
        Map<UUID, Workspace> byId = workspaces
                .byIds(mine.stream().map(Membership::workspaceId).toList())
                .stream()
                .collect(Collectors.toMap(w -> w.id, Function.identity()));
        return new Me(
                UserView.of(user),
                mine.stream()
                        .map(m -> new MembershipView(m.workspaceId(), byId.get(m.workspaceId()).name, m.role))
                        .toList());
    }

    @GET
    @Path("/invitations")
    @Operation(summary = "Your open invitations to workspaces (accept or decline them)")
    @APIResponse(responseCode = "200", description = "A page of invitations nobody has answered yet")
    public Page<InvitationView> invitations(@Valid @BeanParam PageRequest page) {
        return invitations.mine(page);
    }

    @POST
    @Path("/tokens")
    @Operation(summary = "Create a personal API token (the secret is shown once)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CreatedApiToken.class)))
    public Response createToken(@Valid @NotNull CreateApiToken body) {
        CreatedApiToken created = tokens.create(body.name(), body.expiresAt());
        return Response.created(URI.create("/api/v1/me/tokens/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/tokens")
    @Operation(summary = "List your API tokens (never their secrets)")
    @APIResponse(responseCode = "200", description = "A page of tokens")
    public Page<ApiTokenView> listTokens(@Valid @BeanParam PageRequest page) {
        return tokens.list(page);
    }

    @GET
    @Path("/tokens/{id}")
    @Operation(summary = "Get one of your API tokens (never its secret)")
    @APIResponse(
            responseCode = "200",
            description = "The token",
            content = @Content(schema = @Schema(implementation = ApiTokenView.class)))
    public ApiTokenView getToken(@PathParam("id") UUID id) {
        return tokens.get(id);
    }

    @DELETE
    @Path("/tokens/{id}")
    @Operation(summary = "Revoke an API token; it stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revokeToken(@PathParam("id") UUID id) {
        tokens.revoke(id);
    }
}
