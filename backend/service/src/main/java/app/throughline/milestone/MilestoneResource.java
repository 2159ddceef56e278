package app.throughline.milestone;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.api.Versioned;
import app.throughline.milestone.MilestoneDtos.CreateMilestone;
import app.throughline.milestone.MilestoneDtos.MilestonePatch;
import app.throughline.milestone.MilestoneDtos.MilestoneView;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones")
public class MilestoneResource {

    private final MilestoneService service;

    MilestoneResource(MilestoneService service) {
        this.service = service;
    }

    @GET
    @Path("/projects/{projectId}/milestones")
    @Operation(summary = "List a project's milestones by due date")
    @APIResponse(responseCode = "200", description = "A page of milestones")
    public Page<MilestoneView> list(@PathParam("projectId") UUID projectId, @Valid @BeanParam PageRequest page) {
        return service.list(projectId, page);
    }

    @POST
    @Path("/projects/{projectId}/milestones")
    @Operation(summary = "Create a milestone with its owner, due date and gating tasks (coordinator)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public Response create(@PathParam("projectId") UUID projectId, @Valid @NotNull CreateMilestone body) {
        Versioned<MilestoneView> created = service.create(projectId, body);
        return Responses.created(
                URI.create("/api/v1/milestones/" + created.body().id()), created);
    }

    @GET
    @Path("/milestones/{id}")
    @Operation(summary = "Get a milestone with its forecast and health")
    @APIResponse(
            responseCode = "200",
            description = "The milestone, with its ETag",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PATCH
    @Path("/milestones/{id}")
    @Operation(summary = "Change a milestone (coordinator)")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public Response update(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull MilestonePatch body) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/milestones/{id}")
    @Operation(summary = "Delete a milestone (coordinator)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }
}
