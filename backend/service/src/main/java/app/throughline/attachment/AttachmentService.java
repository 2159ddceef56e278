package app.throughline.attachment;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.ActivityLog.Action;
import app.throughline.activity.Changes;
import app.throughline.api.InvalidRequest;
import app.throughline.auth.CurrentUser;
import app.throughline.platform.ThroughlineConfig;
import app.throughline.task.Task;
import app.throughline.task.TaskService;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Files on tasks: checked (size, type, virus scanner) before anything is stored. */
@ApplicationScoped
public class AttachmentService {

    /** An upload as the resource received it. */
    public record Upload(String fileName, String contentType, long sizeBytes, ContentSource content) {}

    /** Reads the uploaded bytes only once the upload has passed the size and type checks. */
    @FunctionalInterface
    public interface ContentSource {
        byte[] read();
    }

    /** The bytes of an attachment to stream, with what the response needs to describe them. */
    public record Download(Attachment attachment, InputStream content) {}

    private final AttachmentRepository attachments;
    private final AttachmentStorage storage;
    private final VirusScanner scanner;
    private final TaskService tasks;
    private final TenantGuard guard;
    private final ActivityLog activity;
    private final CurrentUser currentUser;
    private final long maxBytes;
    private final List<String> allowedTypes;

    AttachmentService(
            AttachmentRepository attachments,
            AttachmentStorage storage,
            VirusScanner scanner,
            TaskService tasks,
            TenantGuard guard,
            ActivityLog activity,
            CurrentUser currentUser,
            ThroughlineConfig config) {
        this.attachments = attachments;
        this.storage = storage;
        this.scanner = scanner;
        this.tasks = tasks;
        this.guard = guard;
        this.activity = activity;
        this.currentUser = currentUser;
        this.maxBytes = config.attachments().maxBytes();
        this.allowedTypes = config.attachments().allowedTypes().stream()
                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                .toList();
    }

    public List<AttachmentView> list(UUID taskId) {
        Task task = tasks.readable(taskId);
        return attachments.findByTask(task.id).stream().map(AttachmentView::of).toList();
    }

    public AttachmentView get(UUID id) {
        return AttachmentView.of(readable(id));
    }

    @Transactional
    public AttachmentView upload(UUID taskId, Upload upload) {
        Task task = tasks.writable(taskId, Role.member);
        if (upload.sizeBytes() > maxBytes) {
            throw new AttachmentProblems.TooLarge(upload.sizeBytes(), maxBytes);
        }
        String contentType = baseType(upload.contentType());
        if (!allowedTypes.contains(contentType)) {
            throw new AttachmentProblems.TypeNotAllowed(contentType, allowedTypes);
        }
        String fileName = cleanFileName(upload.fileName());
        byte[] content = upload.content().read();
        if (content.length > maxBytes) {
            throw new AttachmentProblems.TooLarge(content.length, maxBytes);
        }
        VirusScanner.Verdict verdict = scanner.scan(fileName, contentType, content);
        if (!verdict.clean()) {
            throw new AttachmentProblems.Refused(verdict.reason());
        }
        Attachment attachment = new Attachment();
        attachment.id = UUID.randomUUID();
        attachment.workspaceId = task.workspaceId;
        attachment.projectId = task.projectId;
        attachment.taskId = task.id;
        attachment.fileName = fileName;
        attachment.contentType = contentType;
        attachment.sizeBytes = content.length;
        attachment.sha256 = sha256(content);
        attachment.uploadedBy = currentUser.id();
        attachment.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        attachments.persist(attachment);
        attachments.flush(); // the content row refers to it
        storage.store(attachment.id, content);
        activity.record(
                task.workspaceId,
                task.projectId,
                "attachment",
                attachment.id,
                Action.created,
                new Changes()
                        .snapshot("taskId", task.id, true)
                        .snapshot("fileName", fileName, true)
                        .snapshot("sizeBytes", attachment.sizeBytes, true));
        return AttachmentView.of(attachment);
    }

    /** The attachment and its bytes; the caller streams and closes them. */
    @Transactional
    public Download download(UUID id) {
        Attachment attachment = readable(id);
        return new Download(attachment, storage.open(attachment.id));
    }

    /** Removes a file: the person who uploaded it, or a coordinator. */
    @Transactional
    public void delete(UUID id) {
        Attachment attachment = guard.accessible(attachments.findByIdOptional(id), "Attachment", id, Role.member);
        if (!currentUser.id().equals(attachment.uploadedBy)) {
            guard.require(attachment.workspaceId, Role.coordinator);
        }
        storage.delete(attachment.id);
        activity.record(
                attachment.workspaceId,
                attachment.projectId,
                "attachment",
                attachment.id,
                Action.deleted,
                new Changes()
                        .snapshot("taskId", attachment.taskId, false)
                        .snapshot("fileName", attachment.fileName, false)
                        .snapshot("sizeBytes", attachment.sizeBytes, false));
        attachments.delete(attachment);
    }

    private Attachment readable(UUID id) {
        return guard.readable(attachments.findByIdOptional(id), "Attachment", id);
    }

    static String baseType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "application/octet-stream";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    /** The last path segment, without control characters, at most 255 characters. */
    static String cleanFileName(String name) {
        if (name == null) {
            throw InvalidRequest.field("file", "must have a file name");
        }
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = last.replaceAll("\\p{Cntrl}", "").strip();
        if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
            throw InvalidRequest.field("file", "must have a file name");
        }
        return clean.length() > 255 ? clean.substring(clean.length() - 255) : clean;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
