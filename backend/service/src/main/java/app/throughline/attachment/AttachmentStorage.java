package app.throughline.attachment;

import java.io.InputStream;
import java.util.UUID;

/**
 * Where the bytes of attachments live. The default keeps them in PostgreSQL
 * ({@link DatabaseAttachmentStorage}); an S3-compatible store can replace it by providing another
 * bean of this type. Calls happen inside the transaction that writes the attachment's row.
 */
public interface AttachmentStorage {

    void store(UUID attachmentId, byte[] content);

    /** The stored bytes; the caller closes the stream. */
    InputStream open(UUID attachmentId);

    void delete(UUID attachmentId);
}
