package app.throughline.template;

import app.throughline.api.Responses;
import app.throughline.api.Versioned;
import app.throughline.project.ProjectDtos.ProjectView;
import app.throughline.template.TemplateDtos.InstantiateTemplate;
import app.throughline.template.TemplateDtos.TemplateView;
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

/** One template: {@code /templates/{id}}, and new projects made from it. */
@Path("/api/v1/templates/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Templates")
public class TemplateResource {

    private final TemplateService service;

    TemplateResource(TemplateService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Get a template with everything it holds")
    @APIResponse(
            responseCode = "200",
            description = "The template",
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    public TemplateView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @DELETE
    @Operation(summary = "Delete a template (coordinator); projects made from it stay")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    @POST
    @Path("/instantiate")
    @Operation(
            summary = "Start a new project from the template (coordinator)",
            description = "Give `startDate` to plan forwards from it, or `finishDate` to plan backwards: the plan "
                    + "is scheduled, then its start moved by working days so that its finish lands on that date. "
                    + "Milestones fall their offset in working days after the start.")
    @APIResponse(
            responseCode = "201",
            description = "The new project",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "409", description = "The key is taken")
    @APIResponse(responseCode = "422", description = "Both or neither of startDate and finishDate")
    public Response instantiate(@PathParam("id") UUID id, @Valid @NotNull InstantiateTemplate body) {
        Versioned<ProjectView> project = service.instantiate(id, body);
        return Responses.created(URI.create("/api/v1/projects/" + project.body().id()), project);
    }
}
