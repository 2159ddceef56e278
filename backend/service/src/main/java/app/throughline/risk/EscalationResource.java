package app.throughline.risk;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.risk.EscalationDtos.Escalate;
import app.throughline.risk.EscalationDtos.EscalationView;
import app.throughline.risk.EscalationDtos.Policy;
import app.throughline.risk.EscalationDtos.PolicyView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

    @GET
    @Path("/workspaces/{id}/escalation-policy")
    @Operation(summary = "The workspace's escalation levels and rules (empty until set)")
    @APIResponse(
            responseCode = "200",
            description = "The policy, with its ETag",
            content = @Content(schema = @Schema(implementation = PolicyView.class)))
    public Response policy(@PathParam("id") UUID workspaceId) {
        return Responses.ok(service.policy(workspaceId));
    }

    @PUT
    @Path("/workspaces/{id}/escalation-policy")
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

    @GET
    @Path("/workspaces/{id}/escalations")
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
