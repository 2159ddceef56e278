package app.throughline.dependency;

import app.throughline.api.Conflict;
import java.util.List;
import java.util.UUID;

/** 409 whose {@code cycle} lists the ids of the tasks on the loop, in order. */
public class CycleDetected extends Conflict {

    public CycleDetected(List<?> cycle, String detail) {
        super("dependency-cycle", "Dependency cycle", detail);
        with("cycle", cycle.stream().map(Object::toString).toList());
    }

    public static CycleDetected closing(List<UUID> cycle) {
        return new CycleDetected(
                cycle,
                "This dependency would close a loop through " + cycle.size()
                        + " tasks (their ids are in `cycle`, in order)");
    }
}
