package app.throughline.report;

import app.throughline.report.ReportDtos.WeekRollup;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The workspace's portfolio report of a week. */
@Path("/api/v1/workspaces/{id}/status-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Status reports")
public class WorkspaceStatusReportsResource {

    private final StatusReportService service;

    WorkspaceStatusReportsResource(StatusReportService service) {
        this.service = service;
    }

    @GET
    @Operation(
            summary = "The portfolio report: the week's published status reports of every project",
            description = "Per project, the latest published report whose period ends in the week (Monday to "
                    + "Sunday) of `week`; counts by overall RAG and the active or planned projects without one.")
    @APIResponse(
            responseCode = "200",
            description = "The roll-up",
            content = @Content(schema = @Schema(implementation = WeekRollup.class)))
    public WeekRollup week(
            @PathParam("id") UUID workspaceId,
            @QueryParam("week") @Parameter(description = "Any day of the week (default: today)", example = "2026-11-30")
                    LocalDate week) {
        return service.week(workspaceId, week);
    }
}
