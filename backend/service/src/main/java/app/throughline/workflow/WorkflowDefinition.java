package app.throughline.workflow;

import app.throughline.workflow.WorkflowDtos.Transition;
import app.throughline.workflow.WorkflowDtos.WorkflowStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A workflow as a value: its statuses in board order and the moves it allows. */
public record WorkflowDefinition(UUID id, String name, List<WorkflowStatus> statuses, List<Transition> transitions) {

    public WorkflowDefinition {
        statuses = List.copyOf(statuses);
        transitions = List.copyOf(transitions);
    }

    public Optional<WorkflowStatus> status(String key) {
        return statuses.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public List<String> keys() {
        return statuses.stream().map(WorkflowStatus::key).toList();
    }

    /** Where new tasks start: the first status of the {@code todo} category, else the first status. */
    public WorkflowStatus initialStatus() {
        return statuses.stream()
                .filter(s -> s.category() == StatusCategory.todo)
                .findFirst()
                .orElse(statuses.get(0));
    }

    /** Board order; a later status is "forward". */
    public int order(String key) {
        return keys().indexOf(key);
    }

    /** The statuses a task in {@code from} may move to (every other status when no transitions are listed). */
    public List<String> allowedTargets(String from) {
        if (transitions.isEmpty()) {
            return keys().stream().filter(k -> !k.equals(from)).toList();
        }
        return statuses.stream()
                .map(WorkflowStatus::key)
                .filter(to -> transitions.stream().anyMatch(t -> t.from().equals(from) && t.to().equals(to)))
                .toList();
    }

    public boolean allows(String from, String to) {
        return allowedTargets(from).contains(to);
    }

    /** For a workflow that replaces this one: each status key here → the same key there, else the first of its category. */
    public Map<String, String> mappingOnto(WorkflowDefinition target) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (WorkflowStatus status : statuses) {
            String to = target.status(status.key())
                    .map(WorkflowStatus::key)
                    .orElseGet(() -> target.statuses().stream()
                            .filter(s -> s.category() == status.category())
                            .findFirst()
                            .orElse(target.initialStatus())
                            .key());
            mapping.put(status.key(), to);
        }
        return mapping;
    }
}
