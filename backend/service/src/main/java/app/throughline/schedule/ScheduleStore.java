package app.throughline.schedule;

import app.throughline.storedschedule.ScheduleRow;
import app.throughline.storedschedule.StoredSchedules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Writes stored schedule rows, only where the computation changed them ({@link StoredSchedules}
 * reads them). What this replica wrote last is kept in memory: when the project's last computation
 * is still that one, the new rows are compared with the copy instead of being read back.
 */
@ApplicationScoped
public class ScheduleStore {

    private record Written(UUID computation, Map<UUID, ScheduleRow> rows) {}

    private static final int PROJECTS_KEPT = 200;

    private final Map<UUID, Written> written = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Written> eldest) {
            return size() > PROJECTS_KEPT;
        }
    });
    private final EntityManager entityManager;
    private final StoredSchedules reader;
    private final TransactionSynchronizationRegistry transactions;

    ScheduleStore(
            EntityManager entityManager, StoredSchedules reader, TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.reader = reader;
        this.transactions = transactions;
    }

    /**
     * Writes the rows that differ from what is stored; returns how many were written.
     *
     * @param stored which computation wrote the stored rows (empty when unknown)
     * @param computation the id of this computation, saved with the project's schedule by the caller
     */
    public int write(UUID projectId, List<ScheduleRow> rows, Optional<UUID> stored, UUID computation) {
        Map<UUID, ScheduleRow> before = storedRows(projectId, stored);
        Map<UUID, ScheduleRow> after = new HashMap<>(rows.size() * 2);
        rows.forEach(row -> after.put(row.taskId(), row));
        shareAfterCommit(projectId, new Written(computation, after));
        return writeChanged(projectId, rows, before);
    }

    private Map<UUID, ScheduleRow> storedRows(UUID projectId, Optional<UUID> computation) {
        Written copy = written.get(projectId);
        if (copy != null && computation.isPresent() && copy.computation().equals(computation.get())) {
            return copy.rows();
        }
        Map<UUID, ScheduleRow> stored = new HashMap<>();
        for (ScheduleRow row : reader.readProject(projectId)) {
            stored.put(row.taskId(), row);
        }
        return stored;
    }

    private void shareAfterCommit(UUID projectId, Written copy) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    written.put(projectId, copy);
                } else {
                    written.remove(projectId);
                }
            }
        });
    }

    private int writeChanged(UUID projectId, List<ScheduleRow> rows, Map<UUID, ScheduleRow> stored) {
        List<ScheduleRow> changed = rows.stream()
                .filter(row -> !Objects.equals(stored.get(row.taskId()), row))
                .toList();
        if (changed.isEmpty()) {
            return 0;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO task_schedules (project_id, " + StoredSchedules.COLUMNS + ") "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_id) DO UPDATE SET "
                            + "early_start = excluded.early_start, early_finish = excluded.early_finish, late_start = excluded.late_start, "
                            + "late_finish = excluded.late_finish, total_float_minutes = excluded.total_float_minutes, "
                            + "free_float_minutes = excluded.free_float_minutes, critical = excluded.critical, driver_kind = excluded.driver_kind, "
                            + "driver_dependency_id = excluded.driver_dependency_id, driver_summary_id = excluded.driver_summary_id, "
                            + "constraint_conflict = excluded.constraint_conflict, baseline_start = excluded.baseline_start, "
                            + "baseline_finish = excluded.baseline_finish, start_variance_minutes = excluded.start_variance_minutes, "
                            + "finish_variance_minutes = excluded.finish_variance_minutes, "
                            + "leveling_delay_minutes = excluded.leveling_delay_minutes")) {
                int pending = 0;
                for (ScheduleRow row : changed) {
                    upsert.setObject(1, projectId);
                    upsert.setObject(2, row.taskId());
                    upsert.setTimestamp(3, Timestamp.valueOf(row.earlyStart()));
                    upsert.setTimestamp(4, Timestamp.valueOf(row.earlyFinish()));
                    upsert.setTimestamp(5, Timestamp.valueOf(row.lateStart()));
                    upsert.setTimestamp(6, Timestamp.valueOf(row.lateFinish()));
                    upsert.setInt(7, row.totalFloat());
                    upsert.setInt(8, row.freeFloat());
                    upsert.setBoolean(9, row.critical());
                    upsert.setString(10, row.driverKind());
                    upsert.setObject(11, row.driverDependencyId());
                    upsert.setObject(12, row.driverSummaryId());
                    upsert.setBoolean(13, row.constraintConflict());
                    upsert.setTimestamp(
                            14, row.baselineStart() == null ? null : Timestamp.valueOf(row.baselineStart()));
                    upsert.setTimestamp(
                            15, row.baselineFinish() == null ? null : Timestamp.valueOf(row.baselineFinish()));
                    setInteger(upsert, 16, row.startVariance());
                    setInteger(upsert, 17, row.finishVariance());
                    upsert.setInt(18, row.levelingDelay());
                    upsert.addBatch();
                    if (++pending == 1000) {
                        upsert.executeBatch();
                        pending = 0;
                    }
                }
                upsert.executeBatch();
            }
        });
        return changed.size();
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    /** Drops every copy (tests compare the warm path with a cold one). */
    void forgetAll() {
        written.clear();
    }
}
