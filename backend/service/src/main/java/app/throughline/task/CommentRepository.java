package app.throughline.task;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class CommentRepository implements PanacheRepositoryBase<Comment, UUID> {

    /** The conversation on a task, oldest first. */
    public List<Comment> findByTask(UUID taskId) {
        return find("taskId = ?1 order by createdAt, id", taskId).list();
    }

    /** The people of the workspace who can be mentioned. */
    public List<Mentions.Candidate> mentionCandidates(UUID workspaceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("SELECT id, name, email FROM people WHERE workspace_id = ?1 ORDER BY id")
                .setParameter(1, workspaceId)
                .getResultList();
        return rows.stream()
                .map(r -> new Mentions.Candidate((UUID) r[0], (String) r[1], (String) r[2]))
                .toList();
    }

    public void saveMentions(Comment comment, List<UUID> personIds) {
        for (UUID personId : personIds) {
            getEntityManager()
                    .createNativeQuery(
                            "INSERT INTO comment_mentions (comment_id, person_id, workspace_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, comment.id)
                    .setParameter(2, personId)
                    .setParameter(3, comment.workspaceId)
                    .executeUpdate();
        }
    }

    /** Whom each of the comments mentions (comments without mentions are absent). */
    public Map<UUID, List<UUID>> mentionsOf(Collection<UUID> commentIds) {
        Map<UUID, List<UUID>> byComment = new HashMap<>();
        if (commentIds.isEmpty()) {
            return byComment;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery(
                        "SELECT comment_id, person_id FROM comment_mentions WHERE comment_id IN (:ids) ORDER BY person_id")
                .setParameter("ids", commentIds)
                .getResultList();
        for (Object[] r : rows) {
            byComment
                    .computeIfAbsent((UUID) r[0], k -> new java.util.ArrayList<>())
                    .add((UUID) r[1]);
        }
        return byComment;
    }
}
