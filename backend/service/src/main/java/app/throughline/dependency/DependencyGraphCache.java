package app.throughline.dependency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each workspace's dependency graph in memory, for the cycle check on every new link. A version
 * row (bumped by a database trigger on every insert and delete) says when a copy is stale; a link
 * this replica commits is added to its copy directly, so a series of links does not reload.
 */
@ApplicationScoped
public class DependencyGraphCache {

    private record Snapshot(long version, Map<UUID, UUID[]> successors) {

        Snapshot withEdge(UUID from, UUID to) {
            Map<UUID, UUID[]> copy = new HashMap<>(successors);
            UUID[] old = copy.getOrDefault(from, new UUID[0]);
            UUID[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = to;
            copy.put(from, grown);
            return new Snapshot(version + 1, copy);
        }
    }

    /** A locked, current view of one workspace's graph for the rest of the transaction. */
    public final class LockedGraph {
        private final UUID workspaceId;
        private final Snapshot snapshot;

        private LockedGraph(UUID workspaceId, Snapshot snapshot) {
            this.workspaceId = workspaceId;
            this.snapshot = snapshot;
        }

        /** The tasks from {@code from} to {@code to} along dependencies (shortest), or empty when unreachable. */
        public List<UUID> path(UUID from, UUID to) {
            Map<UUID, UUID> cameFrom = new HashMap<>();
            ArrayDeque<UUID> queue = new ArrayDeque<>();
            queue.add(from);
            cameFrom.put(from, from);
            while (!queue.isEmpty()) {
                UUID node = queue.poll();
                if (node.equals(to)) {
                    List<UUID> path = new ArrayList<>();
                    for (UUID step = to; !step.equals(from); step = cameFrom.get(step)) {
                        path.add(step);
                    }
                    path.add(from);
                    Collections.reverse(path);
                    return path;
                }
                for (UUID next : snapshot.successors().getOrDefault(node, new UUID[0])) {
                    if (cameFrom.putIfAbsent(next, node) == null) {
                        queue.add(next);
                    }
                }
            }
            return List.of();
        }

        /** After this transaction commits, the link is in the cached graph too. */
        public void linkAdded(UUID from, UUID to) {
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        snapshots.computeIfPresent(
                                workspaceId,
                                (ws, current) ->
                                        current.version() == snapshot.version() ? current.withEdge(from, to) : current);
                    }
                }
            });
        }
    }

    private final Map<UUID, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final DependencyRepository dependencies;
    private final TransactionSynchronizationRegistry registry;

    DependencyGraphCache(DependencyRepository dependencies, TransactionSynchronizationRegistry registry) {
        this.dependencies = dependencies;
        this.registry = registry;
    }

    /**
     * Locks the workspace's graph until the transaction ends (other link creations wait) and returns
     * it as committed; reloads from the database only when the version moved since the last look.
     */
    public LockedGraph lock(UUID workspaceId) {
        long version = dependencies.lockGraphVersion(workspaceId);
        Snapshot snapshot = snapshots.get(workspaceId);
        if (snapshot == null || snapshot.version() != version) {
            snapshot = load(workspaceId, version);
            snapshots.put(workspaceId, snapshot);
        }
        return new LockedGraph(workspaceId, snapshot);
    }

    private Snapshot load(UUID workspaceId, long version) {
        Map<UUID, List<UUID>> lists = new HashMap<>();
        for (DependencyRepository.Edge edge : dependencies.edgesOfWorkspace(workspaceId)) {
            lists.computeIfAbsent(edge.predecessorId(), k -> new ArrayList<>()).add(edge.successorId());
        }
        Map<UUID, UUID[]> successors = new HashMap<>(lists.size() * 2);
        lists.forEach((k, v) -> successors.put(k, v.toArray(UUID[]::new)));
        return new Snapshot(version, successors);
    }
}
