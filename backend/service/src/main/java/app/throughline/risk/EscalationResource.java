package app.throughline.risk;

import app.throughline.risk.EscalationDtos.Escalate;
import app.throughline.risk.EscalationDtos.EscalationView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation")
public class EscalationResource {

    private final EscalationService service;

    EscalationResource(EscalationService service) {
        this.service = service;
    }

    @POST
    @Path("/risks/{id}/escalations")
    @Operation(summary = "Escalate a risk one level up or down with a reason (coordinator)")
    @APIResponse(
            responseCode = "201",
            description = "Escalated",
            content = @Content(schema = @Schema(implementation = EscalationView.class)))
    @APIResponse(responseCode = "409", description = "Already at the top level, or not escalated when going down")
    public Response escalate(@PathParam("id") UUID riskId, @Valid @NotNull Escalate body) {
        EscalationView escalation = service.escalate(riskId, body);
        // an escalation is read in the workspace list; it has no address of its own
        return Response.status(Response.Status.CREATED).entity(escalation).build();
    }
}
