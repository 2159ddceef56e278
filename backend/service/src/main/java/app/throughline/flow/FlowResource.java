package app.throughline.flow;

import app.throughline.flow.FlowDtos.FlowView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Flow analytics of one project: {@code /projects/{id}/flow}. */
@Path("/api/v1/projects/{id}/flow")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflows")
public class FlowResource {

    private final FlowService service;

    FlowResource(FlowService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "Cumulative flow, time in status and bottlenecks of a project",
            description = "Over [from, to] (default: the 28 days ending today; at most 366 days)")
    @APIResponse(responseCode = "200", description = "The project's flow")
    public FlowView flow(
            @PathParam("id") UUID projectId,
            @QueryParam("from") @Parameter(description = "First day (ISO date)", example = "2026-11-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "Last day (ISO date)", example = "2026-11-30") LocalDate to) {
        return service.ofProject(projectId, from, to);
    }
}
