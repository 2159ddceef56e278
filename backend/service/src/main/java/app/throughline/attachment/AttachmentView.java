package app.throughline.attachment;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Attachment")
public record AttachmentView(
        UUID id,
        UUID taskId,
        @Schema(example = "wireframes-v2.pdf") String fileName,
        @Schema(example = "application/pdf") String contentType,
        @Schema(example = "482113") long sizeBytes,

        @Schema(description = "The user who uploaded the file (null once that user is deleted)")
        UUID uploadedBy,

        Instant createdAt) {

    static AttachmentView of(Attachment a) {
        return new AttachmentView(a.id, a.taskId, a.fileName, a.contentType, a.sizeBytes, a.uploadedBy, a.createdAt);
    }
}
