package app.throughline.workflow;

import app.throughline.api.Responses;
import app.throughline.workflow.WorkflowDtos.WorkflowPatch;
import app.throughline.workflow.WorkflowDtos.WorkflowView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One workflow: {@code /workflows/{id}}. */
@Path("/api/v1/workflows")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workflows")
public class WorkflowResource {

    private final WorkflowService service;

    WorkflowResource(WorkflowService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a workflow")
    @APIResponse(
            responseCode = "200",
            description = "The workflow, with its ETag",
            content = @Content(schema = @Schema(implementation = WorkflowView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PATCH
    @Path("/{id}")
    @Operation(
            summary = "Change a workflow (coordinator)",
            description =
                    "Removing a status that tasks use needs reassign (else 409 with taskCount); a category change "
                            + "re-schedules the projects using the workflow.")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = WorkflowView.class)))
    public Response update(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull WorkflowPatch body) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a workflow (coordinator); not the default one, nor one a project uses (409)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }
}
