package app.throughline.workflow;

import app.throughline.api.Conflict;
import java.util.List;

/** 409: the task cannot move there now; {@code allowed} lists where it can. */
public class MoveRefused extends Conflict {

    public MoveRefused(String detail, List<String> allowed) {
        super("move-not-allowed", "Move not allowed", detail);
        with("allowed", List.copyOf(allowed));
    }
}
