package app.throughline.schedule;

import app.throughline.storedschedule.ScheduleRow;
import app.throughline.storedschedule.StoredSchedules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;

/** Writes stored schedule rows, only where the computation changed them ({@link StoredSchedules} reads them). */
@ApplicationScoped
public class ScheduleStore {

    private final EntityManager entityManager;
    private final StoredSchedules reader;

    ScheduleStore(EntityManager entityManager, StoredSchedules reader) {
        this.entityManager = entityManager;
        this.reader = reader;
    }

    /** Writes the rows that differ from what is stored; returns how many were written. */
    public int write(UUID projectId, List<ScheduleRow> rows) {
        Map<UUID, ScheduleRow> stored = new HashMap<>();
        for (ScheduleRow row : reader.readProject(projectId)) {
            stored.put(row.taskId(), row);
        }
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
}
