package app.throughline.attachment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AttachmentRepository implements PanacheRepositoryBase<Attachment, UUID> {

    /** A task's files, oldest first. */
    public List<Attachment> findByTask(UUID taskId) {
        return find("taskId = ?1 order by createdAt, id", taskId).list();
    }
}
