package app.throughline.importing;

import app.throughline.api.BulkBody;
import app.throughline.api.InvalidRequest;
import app.throughline.importing.CsvImportDtos.CsvImportResult;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/projects/{id}/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class ProjectImportsResource {

    private final CsvImport csv;

    ProjectImportsResource(CsvImport csv) {
        this.csv = csv;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @BulkBody
    @Operation(
            summary = "Import a CSV task list into the project, or check it first (coordinator)",
            description = "Multipart form with a `file`: UTF-8 CSV (a byte order mark is skipped) with a header row."
                    + " Columns (header case and punctuation do not matter; others are ignored and listed): ID, WBS,"
                    + " Outline level, Title, Duration (3d, 4h, 30m, 1w; a bare number is days), Duration minutes,"
                    + " Predecessors the MS Project way (3FS+2d;5SS;1.2FF-4h: whole numbers are IDs - the ID column,"
                    + " else the task's place in the file - numbers with dots are WBS codes), Assignees (names or"
                    + " e-mails of the workspace's people, ';'-separated, units as Ada[50%]), Deadline, Start (a"
                    + " 'start no earlier than' when there is no Constraint column), Constraint, Constraint date,"
                    + " Notes, % Complete (0 to 100, with or without %) and Status (a status of the project's"
                    + " workflow, by name or key, case-insensitive; when empty, % Complete implies it: 100 is the"
                    + " first done status, more than 0 the first in-progress one). dryRun=true checks the whole file and answers every problem by row (the header is"
                    + " row 1) and column, writing nothing. Without it a file with problems is refused with 422"
                    + " listing them (`problems`), and a clean file becomes tasks, links and assignments in one"
                    + " transaction (201).")
    @APIResponse(
            responseCode = "200",
            description = "Dry run: what the file holds and every problem in it; nothing was written",
            content = @Content(schema = @Schema(implementation = CsvImportResult.class)))
    @APIResponse(
            responseCode = "201",
            description = "Imported: the tasks, links and assignments were created",
            content = @Content(schema = @Schema(implementation = CsvImportResult.class)))
    public Response upload(
            @PathParam("id") UUID projectId,
            @QueryParam("dryRun")
                    @Parameter(description = "Check only: list the problems, write nothing")
                    @Schema(defaultValue = "false")
                    boolean dryRun,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw InvalidRequest.field("file", "must be sent as a multipart file part");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CsvImportResult result = csv.run(projectId, content, dryRun);
        if (dryRun) {
            return Response.ok(result).build();
        }
        return Response.created(URI.create("/api/v1/projects/" + projectId + "/tasks"))
                .entity(result)
                .build();
    }
}
