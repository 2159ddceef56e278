package app.throughline.dependency;

import app.throughline.api.Cursor;
import app.throughline.platform.ScalarQueries;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

@ApplicationScoped
public class DependencyRepository implements PanacheRepositoryBase<Dependency, UUID> {

    /** One link of a workspace's graph, as the cycle check needs it. */
    public record Edge(UUID predecessorId, UUID successorId) {}

    /**
     * Locks the workspace's graph-version row until the transaction ends (creating it if missing)
     * and returns its version: the database trigger bumps it on every insert and delete of a link.
     */
    public long lockGraphVersion(UUID workspaceId) {
        return ScalarQueries.of(getEntityManager(), """
                INSERT INTO dependency_graph_versions (workspace_id) VALUES (:ws)
                ON CONFLICT (workspace_id) DO UPDATE SET version = dependency_graph_versions.version
                RETURNING version
                """, "version", Long.class)
                .setParameter("ws", workspaceId)
                .getSingleResult();
    }

    public List<Edge> edgesOfWorkspace(UUID workspaceId) {
        return getEntityManager()
                .unwrap(Session.class)
                .createNativeQuery(
                        "SELECT predecessor_id, successor_id FROM dependencies WHERE workspace_id = :ws", Edge.class)
                .setParameter("ws", workspaceId)
                .getResultList();
    }

    public Optional<Dependency> findPair(UUID predecessorId, UUID successorId) {
        return find("predecessorId = ?1 and successorId = ?2", predecessorId, successorId)
                .firstResultOptional();
    }

    /** Dependencies with either end in the project, oldest first. */
    public List<Dependency> pageOfProject(UUID projectId, Cursor after, int limitPlusOne) {
        String inProject =
                "(predecessorId in (select t.id from Task t where t.projectId = :p) or successorId in (select t.id from Task t where t.projectId = :p))";
        if (after == null) {
            return find(inProject + " order by createdAt, id", Parameters.with("p", projectId))
                    .page(0, limitPlusOne)
                    .list();
        }
        return find(
                        inProject + " and (createdAt > :at or (createdAt = :at and id > :id)) order by createdAt, id",
                        Parameters.with("p", projectId)
                                .and("at", after.instant(0))
                                .and("id", after.uuid(1)))
                .page(0, limitPlusOne)
                .list();
    }
}
