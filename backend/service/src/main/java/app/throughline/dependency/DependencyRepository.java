package app.throughline.dependency;

import app.throughline.api.Cursor;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DependencyRepository implements PanacheRepositoryBase<Dependency, UUID> {

    public Optional<Dependency> findPair(UUID predecessorId, UUID successorId) {
        return find("predecessorId = ?1 and successorId = ?2", predecessorId, successorId).firstResultOptional();
    }

    /** Dependencies with either end in the project, oldest first. */
    public List<Dependency> pageOfProject(UUID projectId, Cursor after, int limitPlusOne) {
        String inProject = "(predecessorId in (select t.id from Task t where t.projectId = :p) or successorId in (select t.id from Task t where t.projectId = :p))";
        if (after == null) {
            return find(inProject + " order by createdAt, id", Parameters.with("p", projectId)).page(0, limitPlusOne).list();
        }
        return find(inProject + " and (createdAt > :at or (createdAt = :at and id > :id)) order by createdAt, id",
                Parameters.with("p", projectId).and("at", after.instant(0)).and("id", after.uuid(1))).page(0, limitPlusOne).list();
    }

    /**
     * The chain of tasks from {@code from} to {@code to} following dependencies forward, or empty.
     * Only the part of the graph reachable from {@code from} is visited (PostgreSQL walks it with
     * a recursive query that visits each task once), so adding one dependency to a big project
     * stays cheap.
     */
    public List<UUID> path(UUID from, UUID to) {
        boolean reachable = (Boolean) getEntityManager().createNativeQuery("""
                WITH RECURSIVE reach(id) AS (
                    SELECT CAST(:from AS uuid)
                    UNION
                    SELECT d.successor_id FROM dependencies d JOIN reach r ON d.predecessor_id = r.id
                ) SELECT EXISTS (SELECT 1 FROM reach WHERE id = :to)
                """).setParameter("from", from).setParameter("to", to).getSingleResult();
        if (!reachable) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> edges = getEntityManager().createNativeQuery("""
                WITH RECURSIVE reach(id) AS (
                    SELECT CAST(:from AS uuid)
                    UNION
                    SELECT d.successor_id FROM dependencies d JOIN reach r ON d.predecessor_id = r.id
                ) SELECT d.predecessor_id, d.successor_id FROM dependencies d WHERE d.predecessor_id IN (SELECT id FROM reach)
                ORDER BY d.predecessor_id, d.successor_id
                """).setParameter("from", from).getResultList();
        return shortestPath(edges, from, to);
    }

    private static List<UUID> shortestPath(List<Object[]> edges, UUID from, UUID to) {
        Map<UUID, List<UUID>> successors = new HashMap<>();
        for (Object[] edge : edges) {
            successors.computeIfAbsent((UUID) edge[0], k -> new ArrayList<>()).add((UUID) edge[1]);
        }
        Map<UUID, UUID> cameFrom = new HashMap<>();
        ArrayDeque<UUID> queue = new ArrayDeque<>(List.of(from));
        cameFrom.put(from, from);
        while (!queue.isEmpty()) {
            UUID node = queue.poll();
            if (node.equals(to)) {
                break;
            }
            for (UUID next : successors.getOrDefault(node, List.of())) {
                if (cameFrom.putIfAbsent(next, node) == null) {
                    queue.add(next);
                }
            }
        }
        List<UUID> path = new ArrayList<>();
        for (UUID node = to; !node.equals(from); node = cameFrom.get(node)) {
            path.add(node);
        }
        path.add(from);
        Collections.reverse(path);
        return path;
    }
}
