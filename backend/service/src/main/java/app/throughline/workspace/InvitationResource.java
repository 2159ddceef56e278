package app.throughline.workspace;

import app.throughline.workspace.WorkspaceDtos.InvitationView;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workspaces")
public class InvitationResource {

    private final InvitationService invitations;

    InvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @POST
    @Path("/{id}/accept")
    @Operation(summary = "Accept an invitation to you: you become a member with its role")
    @APIResponse(
            responseCode = "200",
            description = "Accepted",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "404", description = "No such invitation to you")
    @APIResponse(responseCode = "409", description = "Answered already, or you are a member already")
    public InvitationView accept(@PathParam("id") UUID id) {
        return invitations.accept(id);
    }

    @POST
    @Path("/{id}/decline")
    @Operation(summary = "Decline an invitation to you")
    @APIResponse(
            responseCode = "200",
            description = "Declined",
            content = @Content(schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "404", description = "No such invitation to you")
    @APIResponse(responseCode = "409", description = "Answered already")
    public InvitationView decline(@PathParam("id") UUID id) {
        return invitations.decline(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Withdraw an open invitation (admin of its workspace)")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Answered already")
    public void revoke(@PathParam("id") UUID id) {
        invitations.revoke(id);
    }
}
