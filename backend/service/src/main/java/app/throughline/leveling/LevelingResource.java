package app.throughline.leveling;

import app.throughline.leveling.LevelingDtos.LevelingRequest;
import app.throughline.leveling.LevelingDtos.LevelingView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
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

/** Resource levelling of one project ({@link WorkspaceLevelingResource} levels a workspace). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Capacity")
public class LevelingResource {

    private final LevelingService service;

    LevelingResource(LevelingService service) {
        this.service = service;
    }

    @POST
    @Path("/projects/{id}/leveling")
    @Operation(
            summary =
                    "Level a project: delays that remove over-allocation (other projects' work stays) and what they do to its "
                            + "finish and milestones; preview, or apply (coordinator) as levelling delays")
    @APIResponse(
            responseCode = "200",
            description = "The delays",
            content = @Content(schema = @Schema(implementation = LevelingView.class)))
    public LevelingView project(@PathParam("id") UUID id, @Valid @NotNull LevelingRequest body) {
        return service.levelProject(id, body.mode(), body.applying());
    }

    @DELETE
    @Path("/projects/{id}/leveling")
    @Operation(
            summary =
                    "Clear levelling (coordinator): remove every levelling delay of the project and recompute its schedule; "
                            + "a project without delays is left as it is")
    @APIResponse(responseCode = "204", description = "No levelling delay is left")
    public Response clear(@PathParam("id") UUID id) {
        service.clearProject(id);
        return Response.noContent().build();
    }
}
