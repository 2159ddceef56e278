package app.throughline.capacity;

import app.throughline.capacity.WorkloadDtos.WorkloadView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Capacity against assigned work, per person: {@code /workspaces/{id}/workload}. */
@Path("/api/v1/workspaces/{id}/workload")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Capacity")
public class WorkloadResource {

    private final WorkloadService service;

    WorkloadResource(WorkloadService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary =
                    "Workload per person and day or week across all projects: capacity, demand, utilisation and over-allocations")
    @APIResponse(
            responseCode = "200",
            description = "The workload",
            content = @Content(schema = @Schema(implementation = WorkloadView.class)))
    public WorkloadView workload(
            @PathParam("id") UUID workspaceId,
            @QueryParam("from")
                    @Parameter(
                            description = "First day (ISO date)",
                            required = true,
                            example = "2026-12-01",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String from,
            @QueryParam("to")
                    @Parameter(
                            description = "Last day, inclusive; at most 366 days after from",
                            required = true,
                            example = "2026-12-31",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String to,
            @QueryParam("granularity")
                    @Parameter(
                            description = "day (default) or week",
                            schema =
                                    @Schema(
                                            enumeration = {"day", "week"},
                                            defaultValue = "day"))
                    String granularity,
            @QueryParam("teamId")
                    @Parameter(description = "Only the members of this team", schema = @Schema(format = "uuid"))
                    String teamId,
            @QueryParam("personId") @Parameter(description = "Only this person", schema = @Schema(format = "uuid"))
                    String personId) {
        return service.workload(workspaceId, WorkloadQuery.parse(from, to, granularity, teamId, personId));
    }
}
