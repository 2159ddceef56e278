package app.throughline.demo;

import app.throughline.demo.DemoRows.TaskProgress;
import app.throughline.task.TaskEnums.TaskStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The moves between statuses that brought a demo task to its reported state, dated from its
 * actual start and finish, so the flow screens show a believable past (work started, reviewed,
 * done) instead of every task appearing in its status on the day of seeding.
 */
final class DemoHistory {

    private DemoHistory() {}

    record Move(String from, String to, OffsetDateTime at) {}

    static List<Move> movesTo(TaskProgress task, LocalDate reportedUpTo) {
        List<Move> moves = new ArrayList<>();
        if (task.status() == TaskStatus.todo || task.actualStart() == null) {
            return moves;
        }
        LocalDate start = task.actualStart();
        moves.add(new Move("todo", "in_progress", at(start, 9)));
        switch (task.status()) {
            case review ->
                moves.add(new Move("in_progress", "review", at(earlier(start.plusDays(2), reportedUpTo), 14)));
            case blocked ->
                moves.add(new Move("in_progress", "blocked", at(earlier(start.plusDays(1), reportedUpTo), 11)));
            case done -> {
                LocalDate finish = task.actualFinish() == null ? start : task.actualFinish();
                moves.add(new Move("in_progress", "review", at(finish, 10)));
                moves.add(new Move("review", "done", at(finish, 16)));
            }
            case cancelled -> moves.add(new Move("in_progress", "cancelled", at(start, 17)));
            default -> {}
        }
        return moves;
    }

    static Optional<OffsetDateTime> lastMove(TaskProgress task, LocalDate reportedUpTo) {
        List<Move> moves = movesTo(task, reportedUpTo);
        return moves.isEmpty()
                ? Optional.empty()
                : Optional.of(moves.get(moves.size() - 1).at());
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static OffsetDateTime at(LocalDate date, int hour) {
        return OffsetDateTime.of(date, LocalTime.of(hour, 0), ZoneOffset.UTC);
    }
}
