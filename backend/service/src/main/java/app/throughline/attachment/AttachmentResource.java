package app.throughline.attachment;

import app.throughline.api.BulkBody;
import app.throughline.api.InvalidRequest;
import app.throughline.api.Responses;
import app.throughline.attachment.AttachmentService.Download;
import app.throughline.attachment.AttachmentService.Upload;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Files on tasks. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Attachments")
public class AttachmentResource {

    private final AttachmentService service;

    AttachmentResource(AttachmentService service) {
        this.service = service;
    }

    /** The multipart form of an upload. */
    public static class UploadForm {
        @RestForm("file")
        @PartType(MediaType.APPLICATION_OCTET_STREAM)
        @Schema(
                type = SchemaType.STRING,
                format = "binary",
                description = "The file; its part's Content-Type is checked against the allowed types")
        public FileUpload file;
    }

    @GET
    @Path("/tasks/{id}/attachments")
    @Operation(summary = "List the files on a task, oldest first")
    @APIResponse(responseCode = "200", description = "The task's attachments")
    public List<AttachmentView> list(@PathParam("id") UUID taskId) {
        return service.list(taskId);
    }

    @POST
    @Path("/tasks/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @BulkBody
    @Operation(
            summary = "Attach a file to a task (member)",
            description = "multipart/form-data with the part `file`. The file is checked for size"
                    + " (`throughline.attachments.max-bytes`, 10 MiB by default), type (the part's Content-Type,"
                    + " against `throughline.attachments.allowed-types`) and by the virus scanner before it is stored.")
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "413", description = "The file is larger than the limit; nothing stored")
    @APIResponse(responseCode = "415", description = "The file's type is not allowed; nothing stored")
    @APIResponse(responseCode = "422", description = "No file part, or the virus scanner refused the file")
    public Response upload(@PathParam("id") UUID taskId, UploadForm form) {
        FileUpload file = form == null ? null : form.file;
        if (file == null || file.uploadedFile() == null) {
            throw InvalidRequest.field("file", "send the file as the multipart/form-data part named `file`");
        }
        AttachmentView view =
                service.upload(taskId, new Upload(file.fileName(), file.contentType(), file.size(), () -> {
                    try {
                        return Files.readAllBytes(file.uploadedFile());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
        return Responses.created(URI.create("/api/v1/attachments/" + view.id()), view);
    }

    @GET
    @Path("/attachments/{id}")
    @Operation(summary = "Get an attachment's details")
    @APIResponse(
            responseCode = "200",
            description = "The attachment",
            content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    public AttachmentView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/attachments/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(
            summary = "Download an attachment's file",
            description = "Always as a download (Content-Disposition: attachment) with X-Content-Type-Options: nosniff,"
                    + " so a file is never shown inline in the app's origin")
    @APIResponse(
            responseCode = "200",
            description = "The file's bytes, with the content type it was uploaded with",
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@PathParam("id") UUID id) {
        Download download = service.download(id);
        Attachment a = download.attachment();
        StreamingOutput body = out -> {
            try (InputStream in = download.content()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, a.contentType)
                .header("Content-Disposition", contentDisposition(a.fileName))
                .header("Content-Length", a.sizeBytes)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @DELETE
    @Path("/attachments/{id}")
    @Operation(summary = "Remove an attachment (the person who uploaded it, or a coordinator)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }

    static String contentDisposition(String fileName) {
        String ascii =
                fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
