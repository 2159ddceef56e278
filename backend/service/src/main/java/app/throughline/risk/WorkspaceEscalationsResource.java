package app.throughline.risk;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.risk.EscalationDtos.EscalationView;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/workspaces/{id}/escalations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation")
public class WorkspaceEscalationsResource {

    private final EscalationService service;

    WorkspaceEscalationsResource(EscalationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The workspace's escalations, newest first")
    @APIResponse(responseCode = "200", description = "A page of escalations")
    public Page<EscalationView> list(
            @PathParam("id") UUID workspaceId,
            @QueryParam("open")
                    @Parameter(
                            description = "true: only the latest step of each risk still escalated and not closed",
                            example = "true")
                    boolean open,
            @Valid @BeanParam PageRequest page) {
        return service.list(workspaceId, open, page);
    }
}
