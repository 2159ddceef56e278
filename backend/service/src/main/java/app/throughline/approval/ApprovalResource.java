package app.throughline.approval;

import app.throughline.api.InvalidRequest;
import app.throughline.approval.ApprovalDtos.ApprovalView;
import app.throughline.approval.ApprovalDtos.DecideApproval;
import app.throughline.workflow.Approval.State;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One approval round and deciding it: {@code /approvals/{id}}. */
@Path("/api/v1/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workflows")
public class ApprovalResource {

    private final ApprovalService service;

    ApprovalResource(ApprovalService service) {
        this.service = service;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An approval round with its decisions")
    @APIResponse(responseCode = "200", description = "The approval round")
    public ApprovalView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/decision")
    @Operation(
            summary = "Approve or reject (an approver of the step)",
            description = "403 when the signed-in user is not an approver; 409 when the round was decided or this user "
                    + "decided already. A rejection moves the task to the step's rejection status with the comment.")
    @APIResponse(responseCode = "200", description = "The approval round after the decision")
    public ApprovalView decide(@PathParam("id") UUID id, @Valid @NotNull DecideApproval body) {
        return service.decide(id, body);
    }

    static State parseState(String state) {
        if (state == null || state.isBlank()) {
            return State.pending;
        }
        try {
            return State.valueOf(state);
        } catch (IllegalArgumentException e) {
            throw InvalidRequest.parameter("state", "must be one of pending, approved, rejected, withdrawn");
        }
    }
}
