package app.throughline.team;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.api.Versioned;
import app.throughline.team.TeamDtos.CreateTeam;
import app.throughline.team.TeamDtos.TeamView;
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

/** The teams of a workspace: {@code /workspaces/{id}/teams}. */
@Path("/api/v1/workspaces/{id}/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Teams")
public class WorkspaceTeamsResource {

    private final TeamService service;

    WorkspaceTeamsResource(TeamService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "List the teams of a workspace, by name")
    @APIResponse(responseCode = "200", description = "A page of teams")
    public Page<TeamView> list(@PathParam("id") UUID workspaceId, @Valid @BeanParam PageRequest page) {
        return service.list(workspaceId, page);
    }

    @POST
    @Operation(summary = "Create a team (admin)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response create(@PathParam("id") UUID workspaceId, @Valid @NotNull CreateTeam body) {
        Versioned<TeamView> team = service.create(workspaceId, body);
        return Responses.created(URI.create("/api/v1/teams/" + team.body().id()), team);
    }
}
