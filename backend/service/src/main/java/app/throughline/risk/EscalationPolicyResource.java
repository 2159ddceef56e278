package app.throughline.risk;

import app.throughline.api.Responses;
import app.throughline.risk.EscalationDtos.Policy;
import app.throughline.risk.EscalationDtos.PolicyView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/workspaces/{id}/escalation-policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Escalation")
public class EscalationPolicyResource {

    private final EscalationService service;

    EscalationPolicyResource(EscalationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "The workspace's escalation levels and rules (empty until set)")
    @APIResponse(
            responseCode = "200",
            description = "The policy, with its ETag",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    public Response policy(@PathParam("id") UUID workspaceId) {
        return Responses.ok(service.policy(workspaceId));
    }

    @PUT
    @Operation(summary = "Replace the escalation policy (admin); its rules run over the live risks at once")
    @APIResponse(
            responseCode = "200",
            description = "The new policy",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response replacePolicy(
            @PathParam("id") UUID workspaceId, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull Policy body) {
        return Responses.ok(service.replacePolicy(workspaceId, body, ifMatch));
    }
}
