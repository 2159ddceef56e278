package app.throughline.schedule;

import app.throughline.schedule.PlanRepository.Link;
import app.throughline.schedule.PlanRepository.TaskLabel;
import app.throughline.schedule.ScheduleDtos.ExplainStep;
import app.throughline.schedule.ScheduleDtos.Explanation;
import app.throughline.storedschedule.DriverView;
import app.throughline.storedschedule.ScheduleRow;
import app.throughline.storedschedule.StoredSchedules;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Walks a task's driving chain back to what fixed it: each step's driver is a dependency whose
 * predecessor is the next step, until the project start, a constraint, an actual date or the
 * status date.
 */
@ApplicationScoped
public class ScheduleExplainer {

    private static final int MAX_STEPS = 10_000;

    private final StoredSchedules store;
    private final PlanRepository plans;

    ScheduleExplainer(StoredSchedules store, PlanRepository plans) {
        this.store = store;
        this.plans = plans;
    }

    public Explanation explain(UUID taskId) {
        List<ExplainStep> chain = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        UUID current = taskId;
        while (current != null && seen.add(current) && chain.size() < MAX_STEPS) {
            Map<UUID, ScheduleRow> rows = store.readTasks(List.of(current));
            ScheduleRow row = rows.get(current);
            Optional<TaskLabel> task = plans.taskLabel(current);
            if (row == null || task.isEmpty()) {
                break;
            }
            DriverView driver = new DriverView(row.driverKind(), row.driverDependencyId(), row.driverSummaryId());
            UUID next = null;
            String reason;
            boolean delayed = "leveling_delay".equals(row.driverKind());
            String delay = delayed ? ", then its levelling delay of " + workingTime(row.levelingDelay()) : "";
            if (row.driverDependencyId() != null) {
                Link link = plans.link(row.driverDependencyId());
                next = link.predecessorId();
                String predecessorKey =
                        plans.taskLabel(next).map(TaskLabel::key).orElse("?");
                reason = describe(link.type(), link.lagDays(), predecessorKey)
                        + (row.driverSummaryId() != null ? " (inherited from its summary task)" : "")
                        + delay;
            } else if (delayed) {
                reason = "Delayed by levelling: " + workingTime(row.levelingDelay()) + " after what placed it";
            } else {
                reason = switch (row.driverKind()) {
                    case "constraint" ->
                        "Fixed by its date constraint"
                                + (row.driverSummaryId() != null ? " (of its summary task)" : "");
                    case "actual" -> "Fixed by its actual start";
                    case "status_date" -> "Remaining work cannot start before the status date";
                    default -> "Starts at the project start";
                };
            }
            chain.add(new ExplainStep(
                    current,
                    task.get().key(),
                    task.get().title(),
                    row.earlyStart(),
                    row.earlyFinish(),
                    driver,
                    reason));
            current = next;
        }
        return new Explanation(taskId, chain);
    }

    private static String workingTime(int minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " working hours" : minutes + " working minutes";
    }

    private static String describe(String type, BigDecimal lagDays, String predecessorKey) {
        String relation = switch (type) {
            case "ss" -> "Starts after " + predecessorKey + " starts";
            case "ff" -> "Must finish after " + predecessorKey + " finishes";
            case "sf" -> "Must finish after " + predecessorKey + " starts";
            default -> "Starts after " + predecessorKey + " finishes";
        };
        if (lagDays != null && lagDays.signum() != 0) {
            BigDecimal days = lagDays.stripTrailingZeros();
            relation += lagDays.signum() > 0
                    ? " + " + days.toPlainString() + " working days lag"
                    : " − " + days.negate().toPlainString() + " working days lead";
        }
        return relation + " (" + type + ")";
    }
}
