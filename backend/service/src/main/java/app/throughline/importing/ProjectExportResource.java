package app.throughline.importing;

import app.throughline.api.InvalidRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/projects/{id}/export")
@Tag(name = "Imports")
public class ProjectExportResource {

    private final ProjectExporter exporter;

    ProjectExportResource(ProjectExporter exporter) {
        this.exporter = exporter;
    }

    @GET
    @Produces({"application/xml", "text/csv"})
    @Operation(
            summary = "Export a project as MS Project XML or CSV (any member)",
            description = "format=mspdi: MS Project XML (MSPDI) written by MPXJ: the WBS, exact durations, constraints,"
                    + " deadlines, progress, links with lags, people as work resources with their assignments,"
                    + " the computed start and finish of each task. format=csv: UTF-8 CSV of the tasks in WBS order"
                    + " with a header row: ID, WBS, Outline level, Title, Duration (2d or 30m), Duration minutes,"
                    + " Start, Finish, Predecessors (the MS Project way: 3FS+2d;5SS), Assignees, Constraint,"
                    + " Constraint date, Deadline, % complete.")
    @APIResponse(
            responseCode = "200",
            description = "The file, as an attachment named after the project key",
            content = {
                @Content(
                        mediaType = "application/xml",
                        schema = @Schema(type = SchemaType.STRING, example = "<?xml version=\"1.0\"?><Project/>")),
                @Content(
                        mediaType = "text/csv",
                        schema =
                                @Schema(
                                        type = SchemaType.STRING,
                                        example = "ID,WBS,Outline level,Title\n1,1,1,Design\n"))
            })
    public Response export(
            @PathParam("id") UUID projectId,
            @QueryParam("format")
                    @Parameter(
                            description = "mspdi (MS Project XML) or csv",
                            schema =
                                    @Schema(
                                            enumeration = {"mspdi", "csv"},
                                            defaultValue = "mspdi"))
                    String format) {
        String chosen = format == null || format.isBlank() ? "mspdi" : format;
        byte[] body;
        String type;
        String extension;
        switch (chosen) {
            case "mspdi" -> {
                body = exporter.mspdi(projectId);
                type = "application/xml";
                extension = "xml";
            }
            case "csv" -> {
                body = exporter.csv(projectId);
                type = "text/csv; charset=UTF-8";
                extension = "csv";
            }
            default -> throw InvalidRequest.parameter("format", "must be mspdi or csv");
        }
        String key = exporter.key(projectId);
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + key + "." + extension + "\"")
                .build();
    }
}
