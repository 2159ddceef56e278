package app.throughline.template;

import app.throughline.template.TemplateDtos.CreateTemplate;
import app.throughline.template.TemplateDtos.TemplateSummary;
import app.throughline.template.TemplateDtos.TemplateView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The project templates of a workspace: {@code /workspaces/{id}/templates}. */
@Path("/api/v1/workspaces/{id}/templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Templates")
public class WorkspaceTemplatesResource {

    private final TemplateService service;

    WorkspaceTemplatesResource(TemplateService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "List the workspace's project templates",
            description = "The built-in templates (agency campaign, software release, client onboarding) first, "
                    + "then the workspace's own, by name.")
    @APIResponse(
            responseCode = "200",
            description = "The templates",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            implementation = TemplateSummary.class,
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                                            .ARRAY)))
    public List<TemplateSummary> list(@PathParam("id") UUID workspaceId) {
        return service.list(workspaceId);
    }

    @POST
    @Operation(
            summary = "Save a project as a template, or write one (coordinator)",
            description = "With `fromProjectId`: its tasks (WBS, durations), links with lags, milestones as "
                    + "working-day offsets from the start, assignments by team, risks and workflow.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "422", description = "Both or neither of fromProjectId and body; a broken reference")
    public Response create(@PathParam("id") UUID workspaceId, @Valid @NotNull CreateTemplate body) {
        TemplateView template = service.create(workspaceId, body);
        return Response.created(URI.create("/api/v1/templates/" + template.id()))
                .entity(template)
                .build();
    }
}
