package app.throughline.workflow;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.api.Versioned;
import app.throughline.workflow.WorkflowDtos.CreateWorkflow;
import app.throughline.workflow.WorkflowDtos.WorkflowView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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

/** The workflows of a workspace: {@code /workspaces/{id}/workflows}. */
@Path("/api/v1/workspaces/{id}/workflows")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workflows")
public class WorkspaceWorkflowsResource {

    private final WorkflowService service;

    WorkspaceWorkflowsResource(WorkflowService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the workflows of a workspace, by name")
    @APIResponse(responseCode = "200", description = "A page of workflows")
    public Page<WorkflowView> list(@PathParam("id") UUID workspaceId, @Valid @BeanParam PageRequest page) {
        return service.list(workspaceId, page);
    }

    @POST
    @Operation(
            summary = "Create a workflow (coordinator)",
            description =
                    "Ordered statuses, each in a category; optional WIP limits, approval steps and allowed transitions. "
                            + "It needs a status of the category done.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = WorkflowView.class)))
    public Response create(@PathParam("id") UUID workspaceId, @Valid @NotNull CreateWorkflow body) {
        Versioned<WorkflowView> workflow = service.create(workspaceId, body);
        return Responses.created(
                URI.create("/api/v1/workflows/" + workflow.body().id()), workflow);
    }
}
