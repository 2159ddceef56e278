package app.throughline.workspace;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.api.Versioned;
import app.throughline.workspace.WorkspaceDtos.AddMember;
import app.throughline.workspace.WorkspaceDtos.CreateWorkspace;
import app.throughline.workspace.WorkspaceDtos.InvitationView;
import app.throughline.workspace.WorkspaceDtos.MemberPatch;
import app.throughline.workspace.WorkspaceDtos.MemberView;
import app.throughline.workspace.WorkspaceDtos.WorkspacePatch;
import app.throughline.workspace.WorkspaceDtos.WorkspaceView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workspaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workspaces")
public class WorkspaceResource {

    private final WorkspaceService service;
    private final InvitationService invitations;

    WorkspaceResource(WorkspaceService service, InvitationService invitations) {
        this.service = service;
        this.invitations = invitations;
    }

    @GET
    @Operation(summary = "List the workspaces you belong to")
    @APIResponse(responseCode = "200", description = "A page of workspaces")
    public Page<WorkspaceView> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @POST
    @Operation(summary = "Create a workspace (you become its owner)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = WorkspaceView.class)))
    public Response create(@Valid @NotNull CreateWorkspace body) {
        WorkspaceView view = service.createForCaller(body.name());
        return Responses.created(URI.create("/api/v1/workspaces/" + view.id()), new Versioned<>(view, 0));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a workspace")
    @APIResponse(
            responseCode = "200",
            description = "The workspace, with its ETag",
            content = @Content(schema = @Schema(implementation = WorkspaceView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Operation(summary = "Rename a workspace (admin)")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = WorkspaceView.class)))
    public Response update(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull WorkspacePatch body) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @GET
    @Path("/{id}/members")
    @Operation(summary = "List the members of a workspace")
    @APIResponse(responseCode = "200", description = "A page of members")
    public Page<MemberView> members(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return service.members(id, page);
    }

    @POST
    @Path("/{id}/members")
    @Operation(
            summary = "Invite someone by e-mail (admin)",
            description = "The person becomes a member when they accept (POST /invitations/{id}/accept). An address"
                    + " without an account gets one, with the chosen password or a generated one answered once. The"
                    + " answer is the same whether or not the address had an account.")
    @APIResponse(
            responseCode = "202",
            description = "Invited; a member once they accept",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    public Response addMember(@PathParam("id") UUID id, @Valid @NotNull AddMember body) {
        return Response.accepted(invitations.invite(id, body)).build();
    }

    @GET
    @Path("/{id}/invitations")
    @Operation(summary = "List the open invitations of a workspace (admin)")
    @APIResponse(responseCode = "200", description = "A page of invitations nobody has answered yet")
    public Page<InvitationView> invitations(@PathParam("id") UUID id, @Valid @BeanParam PageRequest page) {
        return invitations.pendingInWorkspace(id, page);
    }

    @GET
    @Path("/{id}/members/{userId}")
    @Operation(summary = "Get one member")
    @APIResponse(
            responseCode = "200",
            description = "The member, with its ETag",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    public Response member(@PathParam("id") UUID id, @PathParam("userId") UUID userId) {
        return Responses.ok(service.member(id, userId));
    }

    @PATCH
    @Path("/{id}/members/{userId}")
    @Operation(summary = "Change a member's role (admin; owners only for owner roles)")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    public Response changeRole(
            @PathParam("id") UUID id,
            @PathParam("userId") UUID userId,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull MemberPatch body) {
        return Responses.ok(service.changeRole(id, userId, body.role(), ifMatch));
    }

    @DELETE
    @Path("/{id}/members/{userId}")
    @Operation(summary = "Remove a member (admin); takes effect on their next request")
    @APIResponse(responseCode = "204", description = "Removed")
    public void removeMember(
            @PathParam("id") UUID id, @PathParam("userId") UUID userId, @HeaderParam("If-Match") String ifMatch) {
        service.removeMember(id, userId, ifMatch);
    }
}
