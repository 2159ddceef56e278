package app.throughline.metrics;

import app.throughline.metrics.MetricsDtos.MetricsView;
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

/** Project delivery metrics, as JSON or (Accept: text/csv) CSV. */
@Path("/api/v1/projects/{projectId}/metrics")
@Tag(name = "Metrics")
public class MetricsResource {

    static final String CSV = "text/csv";

    private final MetricsService service;

    MetricsResource(MetricsService service) {
        this.service = service;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(
            summary = "Delivery metrics of a project",
            description = "Each field's description gives its definition. `Accept: text/csv` returns the same "
                    + "figures as rows of metric, period_start, subject, value.")
    @APIResponse(
            responseCode = "200",
            description = "The metrics",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MetricsView.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "422", description = "to before from, a range over three years, or a bad granularity")
    public Response project(
            @PathParam("projectId") UUID projectId,
            @QueryParam("from")
                    @Parameter(description = "First day (default: 90 days before `to`)", example = "2026-09-01")
                    LocalDate from,
            @QueryParam("to") @Parameter(description = "Last day (default: today)", example = "2026-11-30")
                    LocalDate to,
            @QueryParam("granularity") @Parameter(description = "week (default) or month", example = "week")
                    String granularity,
            @HeaderParam("Accept") String accept) {
        return respond(service.ofProject(projectId, from, to, granularity), accept);
    }

    static Response respond(MetricsView metrics, String accept) {
        if (accept != null && accept.contains(CSV) && !accept.contains(MediaType.APPLICATION_JSON)) {
            return Response.ok(MetricsCsv.of(metrics), CSV + "; charset=UTF-8").build();
        }
        return Response.ok(metrics, MediaType.APPLICATION_JSON).build();
    }
}
