package app.throughline.decision;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.decision.DecisionDtos.CreateDecision;
import app.throughline.decision.DecisionDtos.DecisionView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The decision log: read and append only; PATCH and DELETE answer 405. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Decisions")
public class DecisionResource {

    private final DecisionService service;

    DecisionResource(DecisionService service) {
        this.service = service;
    }

    @GET
    @Path("/projects/{projectId}/decisions")
    @Operation(summary = "The project's decision log, newest first (superseded decisions included, marked)")
    @APIResponse(responseCode = "200", description = "A page of decisions")
    public Page<DecisionView> list(@PathParam("projectId") UUID projectId, @Valid @BeanParam PageRequest page) {
        return service.list(projectId, page);
    }

    @POST
    @Path("/projects/{projectId}/decisions")
    @Operation(summary = "Record a decision (coordinator), optionally superseding an earlier one")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "409", description = "The decision to supersede is already superseded")
    @APIResponse(responseCode = "422", description = "A link or supersedesId outside the project")
    public Response record(@PathParam("projectId") UUID projectId, @Valid @NotNull CreateDecision body) {
        DecisionView decision = service.record(projectId, body);
        return Responses.created(URI.create("/api/v1/decisions/" + decision.id()), decision);
    }

    @GET
    @Path("/decisions/{id}")
    @Operation(summary = "Get a decision")
    @APIResponse(
            responseCode = "200",
            description = "The decision",
            content = @Content(schema = @Schema(implementation = DecisionView.class)))
    public DecisionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }
}
