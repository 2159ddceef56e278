package app.throughline.attachment;

import app.throughline.workspace.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A file on a task: its name, type and size here; its bytes behind {@link AttachmentStorage}. */
@Entity
@Table(name = "attachments")
public class Attachment extends TenantEntity {

    public UUID projectId;

    public UUID taskId;

    public String fileName;

    public String contentType;

    public long sizeBytes;

    public String sha256;

    public UUID uploadedBy;
}
