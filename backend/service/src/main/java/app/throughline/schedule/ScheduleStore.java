package app.throughline.schedule;

import app.throughline.schedule.ScheduleDtos.DriverView;
import app.throughline.schedule.ScheduleDtos.TaskScheduleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;

/** Stored schedule rows: written only where the computation changed them, read by every task view. */
@ApplicationScoped
public class ScheduleStore {

    /** One task's computed schedule as stored. */
    public record Row(
            UUID taskId,
            LocalDateTime earlyStart,
            LocalDateTime earlyFinish,
            LocalDateTime lateStart,
            LocalDateTime lateFinish,
            int totalFloat,
            int freeFloat,
            boolean critical,
            String driverKind,
            UUID driverDependencyId,
            UUID driverSummaryId,
            boolean constraintConflict,
            LocalDateTime baselineStart,
            LocalDateTime baselineFinish,
            Integer startVariance,
            Integer finishVariance) {

        public TaskScheduleView view(int minutesPerDay) {
            return new TaskScheduleView(
                    taskId,
                    earlyStart,
                    earlyFinish,
                    lateStart,
                    lateFinish,
                    days(totalFloat, minutesPerDay),
                    days(freeFloat, minutesPerDay),
                    critical,
                    new DriverView(driverKind, driverDependencyId, driverSummaryId),
                    constraintConflict,
                    baselineStart,
                    baselineFinish,
                    startVariance == null ? null : days(startVariance, minutesPerDay),
                    finishVariance == null ? null : days(finishVariance, minutesPerDay));
        }
    }

    private static final String COLUMNS =
            "task_id, early_start, early_finish, late_start, late_finish, total_float_minutes, "
                    + "free_float_minutes, critical, driver_kind, driver_dependency_id, driver_summary_id, constraint_conflict, "
                    + "baseline_start, baseline_finish, start_variance_minutes, finish_variance_minutes";

    private final EntityManager entityManager;

    ScheduleStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Writes the rows that differ from what is stored; returns how many were written. */
    public int write(UUID projectId, List<Row> rows) {
        Map<UUID, Row> stored = new HashMap<>();
        for (Row row : readProject(projectId)) {
            stored.put(row.taskId(), row);
        }
        List<Row> changed = rows.stream()
                .filter(row -> !Objects.equals(stored.get(row.taskId()), row))
                .toList();
        if (changed.isEmpty()) {
            return 0;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert =
                    connection.prepareStatement("INSERT INTO task_schedules (project_id, " + COLUMNS + ") "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (task_id) DO UPDATE SET "
                            + "early_start = excluded.early_start, early_finish = excluded.early_finish, late_start = excluded.late_start, "
                            + "late_finish = excluded.late_finish, total_float_minutes = excluded.total_float_minutes, "
                            + "free_float_minutes = excluded.free_float_minutes, critical = excluded.critical, driver_kind = excluded.driver_kind, "
                            + "driver_dependency_id = excluded.driver_dependency_id, driver_summary_id = excluded.driver_summary_id, "
                            + "constraint_conflict = excluded.constraint_conflict, baseline_start = excluded.baseline_start, "
                            + "baseline_finish = excluded.baseline_finish, start_variance_minutes = excluded.start_variance_minutes, "
                            + "finish_variance_minutes = excluded.finish_variance_minutes")) {
                int pending = 0;
                for (Row row : changed) {
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

    public List<Row> readProject(UUID projectId) {
        return read("SELECT " + COLUMNS + " FROM task_schedules WHERE project_id = ?", projectId);
    }

    public Map<UUID, Row> readTasks(Collection<UUID> taskIds) {
        Map<UUID, Row> rows = new HashMap<>();
        if (taskIds.isEmpty()) {
            return rows;
        }
        for (Row row : read(
                "SELECT " + COLUMNS + " FROM task_schedules WHERE task_id = ANY (?)", taskIds.toArray(UUID[]::new))) {
            rows.put(row.taskId(), row);
        }
        return rows;
    }

    /** Minutes per working day of each project's calendar, as of its last computation. */
    public Map<UUID, Integer> minutesPerDay(Collection<UUID> projectIds) {
        Map<UUID, Integer> result = new HashMap<>();
        if (projectIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager
                .createNativeQuery(
                        "SELECT project_id, minutes_per_day FROM project_schedules WHERE project_id IN (:ids)")
                .setParameter("ids", projectIds)
                .getResultList();
        rows.forEach(r -> result.put((UUID) r[0], ((Number) r[1]).intValue()));
        return result;
    }

    private List<Row> read(String sql, Object parameter) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                if (parameter instanceof UUID[] ids) {
                    select.setArray(1, connection.createArrayOf("uuid", ids));
                } else {
                    select.setObject(1, parameter);
                }
                try (ResultSet rs = select.executeQuery()) {
                    List<Row> rows = new java.util.ArrayList<>();
                    while (rs.next()) {
                        rows.add(new Row(
                                rs.getObject(1, UUID.class),
                                time(rs, 2),
                                time(rs, 3),
                                time(rs, 4),
                                time(rs, 5),
                                rs.getInt(6),
                                rs.getInt(7),
                                rs.getBoolean(8),
                                rs.getString(9),
                                rs.getObject(10, UUID.class),
                                rs.getObject(11, UUID.class),
                                rs.getBoolean(12),
                                time(rs, 13),
                                time(rs, 14),
                                integer(rs, 15),
                                integer(rs, 16)));
                    }
                    return rows;
                }
            }
        });
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    static double days(int minutes, int minutesPerDay) {
        return Math.round(minutes * 1000.0 / minutesPerDay) / 1000.0;
    }
}
