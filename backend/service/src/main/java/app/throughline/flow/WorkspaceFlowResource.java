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

/** Flow analytics across a workspace: {@code /workspaces/{id}/flow}. */
@Path("/api/v1/workspaces/{id}/flow")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflows")
public class WorkspaceFlowResource {

    private final FlowService service;

    WorkspaceFlowResource(FlowService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "Cumulative flow, time in status and bottlenecks across every project of a workspace",
            description = "Over [from, to] (default: the 28 days ending today; at most 366 days)")
    @APIResponse(responseCode = "200", description = "The workspace's flow")
    public FlowView flow(
            @PathParam("id") UUID workspaceId,
            @QueryParam("from") @Parameter(description = "First day (ISO date)", example = "2026-11-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "Last day (ISO date)", example = "2026-11-30") LocalDate to) {
        return service.ofWorkspace(workspaceId, from, to);
    }
}
