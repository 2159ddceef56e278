package app.throughline.metrics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Workspace delivery metrics, as JSON or (Accept: text/csv) CSV. */
@Path("/api/v1/workspaces/{id}/metrics")
@Tag(name = "Metrics")
public class WorkspaceMetricsResource {

    private final MetricsService service;

    WorkspaceMetricsResource(MetricsService service) {
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, MetricsResource.CSV})
    @Operation(
            summary = "Delivery metrics of every project of the workspace together",
            description = "The same definitions as the project metrics, over all the workspace's projects.")
    @APIResponse(
            responseCode = "200",
            description = "The metrics",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = MetricsDtos.MetricsView.class)),
                @Content(mediaType = MetricsResource.CSV, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "422", description = "to before from, a range over three years, or a bad granularity")
    public Response workspace(
            @PathParam("id") UUID workspaceId,
            @QueryParam("from")
                    @Parameter(description = "First day (default: 90 days before `to`)", example = "2026-09-01")
                    LocalDate from,
            @QueryParam("to") @Parameter(description = "Last day (default: today)", example = "2026-11-30")
                    LocalDate to,
            @QueryParam("granularity") @Parameter(description = "week (default) or month", example = "week")
                    String granularity,
            @HeaderParam("Accept") String accept) {
        return MetricsResource.respond(service.ofWorkspace(workspaceId, from, to, granularity), accept);
    }
}
