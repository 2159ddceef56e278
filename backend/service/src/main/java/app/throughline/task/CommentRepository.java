package app.throughline.task;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CommentRepository implements PanacheRepositoryBase<Comment, UUID> {

    /** The conversation on a task, oldest first. */
    public List<Comment> findByTask(UUID taskId) {
        return find("taskId = ?1 order by createdAt, id", taskId).list();
    }
}
