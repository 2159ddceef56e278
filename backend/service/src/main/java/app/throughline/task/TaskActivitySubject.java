package app.throughline.task;

import app.throughline.activity.ActivitySubject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Lets the history endpoints find a task to check access to its history. */
@ApplicationScoped
class TaskActivitySubject implements ActivitySubject {

    private final TaskRepository tasks;

    TaskActivitySubject(TaskRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public String kind() {
        return "Task";
    }

    @Override
    public Optional<Task> find(UUID id) {
        return tasks.findByIdOptional(id);
    }
}
