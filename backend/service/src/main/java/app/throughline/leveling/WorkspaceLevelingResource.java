package app.throughline.leveling;

import app.throughline.leveling.LevelingDtos.LevelingRequest;
import app.throughline.leveling.LevelingDtos.LevelingView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

/** Resource levelling of a whole workspace: {@code /workspaces/{id}/leveling}. */
@Path("/api/v1/workspaces/{id}/leveling")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Capacity")
public class WorkspaceLevelingResource {

    private final LevelingService service;

    WorkspaceLevelingResource(LevelingService service) {
        this.service = service;
    }

    @POST
    @Operation(
            summary =
                    "Level all planned and active projects of a workspace together, removing cross-project over-allocation")
    @APIResponse(
            responseCode = "200",
            description = "The delays",
            content = @Content(schema = @Schema(implementation = LevelingView.class)))
    public LevelingView level(@PathParam("id") UUID id, @Valid @NotNull LevelingRequest body) {
        return service.levelWorkspace(id, body.mode(), body.applying());
    }
}
