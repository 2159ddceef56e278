package app.throughline.attachment;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.UUID;

/** Attachments' bytes in the {@code attachment_contents} table (bytea). */
@ApplicationScoped
@DefaultBean
public class DatabaseAttachmentStorage implements AttachmentStorage {

    private final EntityManager entityManager;

    DatabaseAttachmentStorage(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void store(UUID attachmentId, byte[] content) {
        entityManager
                .createNativeQuery("INSERT INTO attachment_contents (attachment_id, content) VALUES (:id, :content)")
                .setParameter("id", attachmentId)
                .setParameter("content", content)
                .executeUpdate();
    }

    @Override
    public InputStream open(UUID attachmentId) {
        byte[] content = (byte[]) entityManager
                .createNativeQuery("SELECT content FROM attachment_contents WHERE attachment_id = :id")
                .setParameter("id", attachmentId)
                .getSingleResult();
        return new ByteArrayInputStream(content);
    }

    @Override
    public void delete(UUID attachmentId) {
        entityManager
                .createNativeQuery("DELETE FROM attachment_contents WHERE attachment_id = :id")
                .setParameter("id", attachmentId)
                .executeUpdate();
    }
}
