package app.throughline.decision;

import app.throughline.api.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

@ApplicationScoped
public class DecisionRepository implements PanacheRepositoryBase<Decision, UUID> {

    /** The project's log, newest decision first. */
    public List<Decision> pageOfProject(UUID projectId, Cursor after, int limitPlusOne) {
        if (after == null) {
            return find(
                            "projectId = :p order by decidedOn desc, createdAt desc, id desc",
                            Parameters.with("p", projectId))
                    .page(0, limitPlusOne)
                    .list();
        }
        return find(
                        """
                        projectId = :p and (decidedOn < :d or (decidedOn = :d and (createdAt < :c
                          or (createdAt = :c and id < :id))))
                        order by decidedOn desc, createdAt desc, id desc
                        """,
                        Parameters.with("p", projectId)
                                .and("d", LocalDate.parse(after.text(0)))
                                .and("c", after.instant(1))
                                .and("id", after.uuid(2)))
                .page(0, limitPlusOne)
                .list();
    }

    /** The decision, locked until the transaction ends, so two new decisions cannot both supersede it. */
    public Optional<Decision> lockForSupersession(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Set<UUID> tasksOfProject(UUID projectId, Collection<UUID> ids) {
        return idsIn("tasks", projectId, ids);
    }

    public Set<UUID> risksOfProject(UUID projectId, Collection<UUID> ids) {
        return idsIn("risks", projectId, ids);
    }

    // the table name is one of the constants above, never client input
    private Set<UUID> idsIn(String table, UUID projectId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager()
                .unwrap(Session.class)
                .createNativeQuery("SELECT id FROM " + table + " WHERE project_id = :p AND id IN (:ids)", UUID.class)
                .setParameter("p", projectId)
                .setParameter("ids", ids)
                .getResultList());
    }
}
