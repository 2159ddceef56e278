package app.throughline.report;

import app.throughline.auth.PublicEndpoint;
import app.throughline.report.ReportDtos.CreateShareLink;
import app.throughline.report.ReportDtos.Feedback;
import app.throughline.report.ReportDtos.FeedbackReceipt;
import app.throughline.report.ReportDtos.ShareLinkList;
import app.throughline.report.ReportDtos.ShareLinkView;
import app.throughline.report.ReportDtos.SharedView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Share links")
public class ShareLinkResource {

    private final ShareLinkService service;

    ShareLinkResource(ShareLinkService service) {
        this.service = service;
    }

    @POST
    @Path("/projects/{projectId}/share-links")
    @Operation(
            summary = "Create a stakeholder share link (coordinator)",
            description = "The token is shown once; only its SHA-256 hash is stored. Without expiresAt the link "
                    + "works until revoked.")
    @APIResponse(
            responseCode = "201",
            description = "The link with its token",
            content = @Content(schema = @Schema(implementation = ShareLinkView.class)))
    @APIResponse(responseCode = "422", description = "expiresAt not in the future")
    public Response create(@PathParam("projectId") UUID projectId, @Valid CreateShareLink body) {
        ShareLinkView link = service.create(projectId, body);
        return Response.created(URI.create("/api/v1/share-links/" + link.id()))
                .entity(link)
                .build();
    }

    @GET
    @Path("/projects/{projectId}/share-links")
    @Operation(
            summary = "List a project's share links (coordinator)",
            description = "Newest first, live or not: state (active, expired, revoked), who created it, when it "
                    + "expires and when the shared page was last opened or rated through it. The secret is never "
                    + "shown again.")
    @APIResponse(
            responseCode = "200",
            description = "The links",
            content = @Content(schema = @Schema(implementation = ShareLinkList.class)))
    public ShareLinkList list(@PathParam("projectId") UUID projectId) {
        return service.list(projectId);
    }

    @DELETE
    @Path("/share-links/{id}")
    @Operation(summary = "Revoke a share link (coordinator); it stops working at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    public void revoke(@PathParam("id") UUID id) {
        service.revoke(id);
    }

    @GET
    @Path("/shared/{token}")
    @PublicEndpoint
    @Operation(
            summary = "The shared page of a project (no account needed)",
            description = "Project name and health, milestones with health and owner, and the published reports "
                    + "with narrative, RAG and milestone facts; no tasks, no people other than milestone owners. "
                    + "Unknown, revoked and expired tokens all answer 404.")
    @APIResponse(
            responseCode = "200",
            description = "The shared view",
            content = @Content(schema = @Schema(implementation = SharedView.class)))
    public SharedView shared(@PathParam("token") String token) {
        return service.shared(token);
    }

    @POST
    @Path("/shared/{token}/feedback")
    @PublicEndpoint
    @Operation(
            summary = "Rate a published report from its share link (no account needed)",
            description = "A rating from 1 to 5 and an optional comment: the stakeholder satisfaction metric.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = FeedbackReceipt.class)))
    @APIResponse(responseCode = "422", description = "Rating outside 1–5, or not a published report of the project")
    @APIResponse(responseCode = "429", description = "Too many ratings through this link in an hour")
    public Response feedback(@PathParam("token") String token, @Valid @NotNull Feedback body) {
        return Response.status(Response.Status.CREATED)
                .entity(service.feedback(token, body))
                .build();
    }
}
