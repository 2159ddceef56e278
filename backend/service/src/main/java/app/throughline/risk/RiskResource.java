package app.throughline.risk;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.api.Versioned;
import app.throughline.risk.RiskDtos.CreateRisk;
import app.throughline.risk.RiskDtos.ImpactView;
import app.throughline.risk.RiskDtos.RiskPatch;
import app.throughline.risk.RiskDtos.RiskSummary;
import app.throughline.risk.RiskDtos.RiskView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Risks")
public class RiskResource {

    private final RiskService service;
    private final RiskImpacts impacts;
    private final RiskSummaries summaries;

    RiskResource(RiskService service, RiskImpacts impacts, RiskSummaries summaries) {
        this.service = service;
        this.impacts = impacts;
        this.summaries = summaries;
    }

    @GET
    @Path("/projects/{projectId}/risks")
    @Operation(summary = "List a project's risks and issues, oldest first")
    @APIResponse(responseCode = "200", description = "A page of risks")
    public Page<RiskView> list(@PathParam("projectId") UUID projectId, @Valid @BeanParam PageRequest page) {
        return service.list(projectId, page);
    }

    @POST
    @Path("/projects/{projectId}/risks")
    @Operation(summary = "Add a risk (coordinator) or report an issue (member) with its links to tasks and milestones")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "422", description = "Probability or impact outside 1–5, a link outside the project")
    public Response create(@PathParam("projectId") UUID projectId, @Valid @NotNull CreateRisk body) {
        Versioned<RiskView> created = service.create(projectId, body);
        return Responses.created(URI.create("/api/v1/risks/" + created.body().id()), created);
    }

    @GET
    @Path("/projects/{projectId}/risk-summary")
    @Operation(summary = "Top live risks and days of exposure per milestone, for the project header")
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            content = @Content(schema = @Schema(implementation = RiskSummary.class)))
    public RiskSummary summary(@PathParam("projectId") UUID projectId) {
        return summaries.ofProject(projectId);
    }

    @GET
    @Path("/risks/{id}")
    @Operation(summary = "Get a risk with its score history")
    @APIResponse(
            responseCode = "200",
            description = "The risk, with its ETag",
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PATCH
    @Path("/risks/{id}")
    @Operation(summary = "Change a risk (coordinator); status occurred turns it into an issue")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = RiskView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response update(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull RiskPatch body) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @DELETE
    @Path("/risks/{id}")
    @Operation(summary = "Delete a risk (coordinator)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("/risks/{id}/impact")
    @Operation(
            summary =
                    "What the risk would do to the schedule: its linked tasks slip by scheduleImpactDays; nothing is saved")
    @APIResponse(
            responseCode = "200",
            description = "Finish and milestones before and after",
            content = @Content(schema = @Schema(implementation = ImpactView.class)))
    public ImpactView impact(@PathParam("id") UUID id) {
        return impacts.of(service.readable(id));
    }
}
