package app.throughline.approval;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.approval.ApprovalDtos.ApprovalView;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A project's approval rounds: {@code /projects/{id}/approvals}. */
@Path("/api/v1/projects/{id}/approvals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Workflows")
public class ProjectApprovalsResource {

    private final ApprovalService service;

    ProjectApprovalsResource(ApprovalService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "A project's approval rounds in one state (pending by default), newest first")
    @APIResponse(responseCode = "200", description = "A page of approval rounds")
    public Page<ApprovalView> ofProject(
            @PathParam("id") UUID projectId,
            @Parameter(
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"pending", "approved", "rejected", "withdrawn"}))
                    @QueryParam("state")
                    String state,
            @Valid @BeanParam PageRequest page) {
        return service.ofProject(projectId, ApprovalResource.parseState(state), page);
    }
}
