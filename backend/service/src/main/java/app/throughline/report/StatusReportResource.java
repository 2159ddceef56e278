package app.throughline.report;

import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Responses;
import app.throughline.api.Versioned;
import app.throughline.report.ReportDtos.CreateStatusReport;
import app.throughline.report.ReportDtos.StatusReportPatch;
import app.throughline.report.ReportDtos.StatusReportView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
@Tag(name = "Status reports")
public class StatusReportResource {

    private final StatusReportService service;

    StatusReportResource(StatusReportService service) {
        this.service = service;
    }

    @POST
    @Path("/projects/{projectId}/status-reports")
    @Operation(
            summary = "Draft a status report (coordinator)",
            description = "Generates the facts of the period (default: the 7 days ending at the project's status "
                    + "date, or today when it rolls) and offers the computed RAG; the narrative starts empty.")
    @APIResponse(
            responseCode = "201",
            description = "The draft, with its ETag",
            content = @Content(schema = @Schema(implementation = StatusReportView.class)))
    @APIResponse(responseCode = "422", description = "periodEnd before periodStart, or a period over 366 days")
    public Response create(@PathParam("projectId") UUID projectId, @Valid CreateStatusReport body) {
        Versioned<StatusReportView> created = service.create(projectId, body);
        return Responses.created(
                URI.create("/api/v1/status-reports/" + created.body().id()), created);
    }

    @GET
    @Path("/projects/{projectId}/status-reports")
    @Operation(
            summary = "The project's status reports, newest first",
            description = "Each published report lists what changed since the one published before it; a draft, "
                    + "what changed since the latest published one.")
    @APIResponse(responseCode = "200", description = "A page of reports")
    public Page<StatusReportView> list(@PathParam("projectId") UUID projectId, @Valid @BeanParam PageRequest page) {
        return service.list(projectId, page);
    }

    @GET
    @Path("/status-reports/{id}")
    @Operation(summary = "Get a status report")
    @APIResponse(
            responseCode = "200",
            description = "The report, with its ETag",
            content = @Content(schema = @Schema(implementation = StatusReportView.class)))
    public Response get(@PathParam("id") UUID id) {
        return Responses.ok(service.get(id));
    }

    @PATCH
    @Path("/status-reports/{id}")
    @Operation(
            summary = "Write the narrative and set the RAG of a draft (coordinator)",
            description = "A RAG that differs from the computed one needs ragReason (422 without it).")
    @APIResponse(
            responseCode = "200",
            description = "Updated",
            content = @Content(schema = @Schema(implementation = StatusReportView.class)))
    @APIResponse(responseCode = "409", description = "The report is published")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    @APIResponse(
            responseCode = "422",
            description = "A RAG value other than green, amber or red, or a missing ragReason")
    public Response update(
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull StatusReportPatch body) {
        return Responses.ok(service.update(id, body, ifMatch));
    }

    @POST
    @Path("/status-reports/{id}/publish")
    @Operation(
            summary = "Publish a status report (coordinator)",
            description = "Regenerates the facts as of the publish moment (the draft's were as of its creation), "
                    + "then freezes the report; RAG dimensions left unset take the computed value.")
    @APIResponse(
            responseCode = "200",
            description = "The published report",
            content = @Content(schema = @Schema(implementation = StatusReportView.class)))
    @APIResponse(responseCode = "409", description = "Already published")
    public Response publish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return Responses.ok(service.publish(id, ifMatch));
    }
}
