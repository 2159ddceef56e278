package app.throughline.schedule;

import app.throughline.schedule.PlanChangeLog.Moment;
import app.throughline.schedule.PlanChangeLog.PlanChange;
import app.throughline.schedule.PlanRepository.LinkRow;
import app.throughline.schedule.PlanRepository.TaskRow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Each project's tasks and dependencies as the scheduler reads them, kept in memory so that an
 * edit reads only what changed since (see {@link PlanChangeLog}) instead of the whole project.
 * A copy is shared only once the transaction that read it commits: until then it may hold that
 * transaction's own changes, which a rollback would take back. Answers are always those of a full
 * read (WarmPlansTest compares them after random edits).
 */
@ApplicationScoped
public class WarmPlans {

    /**
     * The tasks in key order and the dependencies in the order they were made; the stored dates of
     * predecessors in other projects may be older than this transaction (read them with the plan).
     */
    public record PlanRows(List<TaskRow> tasks, List<LinkRow> links) {}

    private record Copy(Moment readAt, List<TaskRow> tasks, List<LinkRow> links) {}

    /** A copy older than this is read again in full: the change log keeps 15 minutes (V16). */
    private static final Duration FRESH_FOR = Duration.ofMinutes(10);

    private static final int PROJECTS_KEPT = 200;

    /** Past this many changes (a bulk import) one read of the whole plan is cheaper than by ids. */
    private static final int READ_IN_FULL_ABOVE = 2_000;

    private static final Comparator<TaskRow> KEY_ORDER = Comparator.comparingInt(TaskRow::number);
    private static final Comparator<LinkRow> MADE_ORDER =
            Comparator.comparing(LinkRow::createdAt).thenComparing(LinkRow::id);

    private final Map<UUID, Copy> copies = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Copy> eldest) {
            return size() > PROJECTS_KEPT;
        }
    });
    private final PlanRepository repository;
    private final PlanChangeLog changeLog;
    private final TransactionSynchronizationRegistry transactions;

    WarmPlans(PlanRepository repository, PlanChangeLog changeLog, TransactionSynchronizationRegistry transactions) {
        this.repository = repository;
        this.changeLog = changeLog;
        this.transactions = transactions;
    }

    /** The project's plan rows as this transaction sees them. */
    public PlanRows rows(UUID projectId) {
        // the moment is taken before anything is read: whatever commits later is read again next time
        Moment now = changeLog.now();
        Copy copy = copies.get(projectId);
        Copy current;
        if (copy == null || Duration.between(copy.readAt().at(), now.at()).compareTo(FRESH_FOR) > 0) {
            current = new Copy(now, List.copyOf(repository.tasks(projectId)), List.copyOf(repository.links(projectId)));
        } else {
            current = refreshed(projectId, copy, now);
        }
        share(projectId, current);
        return new PlanRows(current.tasks(), current.links());
    }

    private Copy refreshed(UUID projectId, Copy copy, Moment now) {
        List<PlanChange> changes = changeLog.since(projectId, copy.readAt().snapshot());
        if (changes.isEmpty()) {
            return new Copy(now, copy.tasks(), copy.links());
        }
        if (changes.size() > READ_IN_FULL_ABOVE) {
            return new Copy(now, List.copyOf(repository.tasks(projectId)), List.copyOf(repository.links(projectId)));
        }
        Set<UUID> taskIds = new HashSet<>();
        Set<UUID> linkIds = new HashSet<>();
        for (PlanChange change : changes) {
            (change.task() ? taskIds : linkIds).add(change.entityId());
        }
        List<TaskRow> tasks = copy.tasks();
        List<LinkRow> links = copy.links();
        if (!taskIds.isEmpty()) {
            Map<UUID, TaskRow> fresh = new HashMap<>();
            repository.tasks(projectId, taskIds).forEach(row -> fresh.put(row.id(), row));
            Set<UUID> removed = new HashSet<>(taskIds);
            removed.removeAll(fresh.keySet());
            tasks = merge(tasks, taskIds, fresh, TaskRow::id, KEY_ORDER);
            if (!removed.isEmpty()) {
                // their dependencies went with them (ON DELETE CASCADE), unlogged
                links = links.stream()
                        .filter(link ->
                                !removed.contains(link.successorId()) && !removed.contains(link.predecessorId()))
                        .toList();
            }
        }
        if (!linkIds.isEmpty()) {
            Map<UUID, LinkRow> fresh = new HashMap<>();
            repository.links(projectId, linkIds).forEach(row -> fresh.put(row.id(), row));
            links = merge(links, linkIds, fresh, LinkRow::id, MADE_ORDER);
        }
        return new Copy(now, tasks, links);
    }

    /** The rows without the changed ones, plus the changed ones that still exist, in order. */
    private static <R> List<R> merge(
            List<R> rows,
            Set<UUID> changed,
            Map<UUID, R> fresh,
            java.util.function.Function<R, UUID> idOf,
            Comparator<R> order) {
        List<R> merged = new ArrayList<>(rows.size() + fresh.size());
        for (R row : rows) {
            if (!changed.contains(idOf.apply(row))) {
                merged.add(row);
            }
        }
        List<R> added = new ArrayList<>(fresh.values());
        added.sort(order);
        // both lists are in order: merge them rather than sorting the whole plan
        List<R> result = new ArrayList<>(merged.size() + added.size());
        int i = 0;
        int j = 0;
        while (i < merged.size() || j < added.size()) {
            if (j == added.size() || (i < merged.size() && order.compare(merged.get(i), added.get(j)) <= 0)) {
                result.add(merged.get(i++));
            } else {
                result.add(added.get(j++));
            }
        }
        return List.copyOf(result);
    }

    private void share(UUID projectId, Copy copy) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            copies.put(projectId, copy);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    copies.merge(projectId, copy, WarmPlans::newer);
                }
            }
        });
    }

    /** Of two copies, the one read later (a slower transaction may commit after a faster one). */
    private static Copy newer(Copy a, Copy b) {
        return a.readAt().at().isAfter(b.readAt().at()) ? a : b;
    }

    /** Drops every copy (tests compare the warm path with a cold one). */
    void forgetAll() {
        copies.clear();
    }
}
