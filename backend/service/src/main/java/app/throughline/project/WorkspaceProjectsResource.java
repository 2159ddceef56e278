package app.throughline.project;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.api.Versioned;
import app.throughline.project.ProjectDtos.CreateProject;
import app.throughline.project.ProjectDtos.ProjectView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workspaces/{workspaceId}/projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Projects")
public class WorkspaceProjectsResource {

    private final ProjectService service;

    WorkspaceProjectsResource(ProjectService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the projects of a workspace, sorted by key")
    @APIResponse(responseCode = "200", description = "A page of projects")
    public Page<ProjectView> list(
            @PathParam("workspaceId") UUID workspaceId,
            @QueryParam("status") ProjectStatus status,
            @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("ownerId") UUID ownerId,
            @Valid @BeanParam PageRequest page) {
        return service.list(workspaceId, status, q, ownerId, page);
    }

    @POST
    @Operation(summary = "Create a project (coordinator)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response create(@PathParam("workspaceId") UUID workspaceId, @Valid @NotNull CreateProject body) {
        Versioned<ProjectView> created = service.create(workspaceId, body);
        return Responses.created(URI.create("/api/v1/projects/" + created.body().id()), created);
    }
}
