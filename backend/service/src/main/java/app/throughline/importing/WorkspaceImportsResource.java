package app.throughline.importing;

import app.throughline.api.BulkBody;
import app.throughline.api.InvalidRequest;
import app.throughline.importing.ImportDtos.ImportAccepted;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/v1/workspaces/{id}/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
public class WorkspaceImportsResource {

    private static final Pattern KEY = Pattern.compile("^[A-Z][A-Z0-9]{1,9}$");

    private final ImportJobs jobs;

    WorkspaceImportsResource(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @BulkBody
    @Operation(
            summary = "Import a plan file as a new project (coordinator)",
            description = "Multipart form: `file` (MS Project .xml/.mpp/.mpx, Primavera XER/PMXML, GanttProject,"
                    + " Planner; the format is detected; not ProjectLibre .pod, whose serialised Java objects cannot"
                    + " be read: save it from ProjectLibre as MS Project XML), optional `name` and `key` of the new"
                    + " project. Answers 202 with a job to follow at GET /api/v1/jobs/{jobId}; the job reads the"
                    + " file, writes the project in one go (nothing when it fails) and, for MS Project files,"
                    + " reports how faithfully Throughline reproduces MS Project's dates. The project's status"
                    + " date is the file's, else the project start. Bodies over 32 MiB get 413 before they"
                    + " are read.")
    @APIResponse(
            responseCode = "202",
            description = "The import job was started",
            content = @Content(schema = @Schema(implementation = ImportAccepted.class)))
    public Response upload(
            @PathParam("id") UUID workspaceId,
            @RestForm("file")
                    @Schema(
                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            format = "binary")
                    FileUpload file,
            @RestForm("name") @Schema(example = "Website relaunch", maxLength = 200) String name,
            @RestForm("key") @Schema(example = "WEB", pattern = "^[A-Z][A-Z0-9]{1,9}$") String key) {
        if (file == null || file.uploadedFile() == null) {
            throw InvalidRequest.field("file", "must be sent as a multipart file part");
        }
        String projectName = name == null || name.isBlank() ? null : name.trim();
        if (projectName != null && projectName.length() > 200) {
            throw InvalidRequest.field("name", "size must be between 1 and 200");
        }
        String projectKey = key == null || key.isBlank() ? null : key.trim();
        if (projectKey != null && !KEY.matcher(projectKey).matches()) {
            throw InvalidRequest.field("key", "must be 2 to 10 capital letters or digits, starting with a letter");
        }
        String fileName = file.fileName() == null || file.fileName().isBlank() ? "plan" : file.fileName();
        if (fileName.length() > 255) {
            fileName = fileName.substring(fileName.length() - 255);
        }
        java.nio.file.Path copy;
        try {
            copy = Files.createTempFile("throughline-import-", ".upload");
            Files.copy(file.uploadedFile(), copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UUID jobId;
        try {
            jobId = jobs.start(workspaceId, copy, fileName, projectName, projectKey);
        } catch (RuntimeException e) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException ignored) {
                // a temporary file
            }
            throw e;
        }
        return Response.accepted(new ImportAccepted(jobId))
                .location(URI.create("/api/v1/jobs/" + jobId))
                .build();
    }
}
