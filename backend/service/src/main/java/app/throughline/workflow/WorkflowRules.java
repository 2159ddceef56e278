package app.throughline.workflow;

import app.throughline.api.InvalidRequest;
import app.throughline.api.Problem.FieldError;
import app.throughline.workflow.WorkflowDtos.ApprovalStep;
import app.throughline.workflow.WorkflowDtos.Transition;
import app.throughline.workflow.WorkflowDtos.WorkflowStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Rules a workflow's statuses and transitions must keep; each problem names the field to fix. */
final class WorkflowRules {

    private WorkflowRules() {}

    static void check(List<WorkflowStatus> statuses, List<Transition> transitions) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < statuses.size(); i++) {
            WorkflowStatus status = statuses.get(i);
            if (!keys.add(status.key())) {
                errors.add(new FieldError("statuses[" + i + "].key", "\"" + status.key() + "\" is used twice"));
            }
            if (!names.add(status.name().trim().toLowerCase(Locale.ROOT))) {
                errors.add(new FieldError(
                        "statuses[" + i + "].name", "\"" + status.name().trim() + "\" is used twice"));
            }
        }
        if (statuses.stream().noneMatch(s -> s.category() == StatusCategory.done)) {
            errors.add(new FieldError("statuses", "needs at least one status of the category done"));
        }
        for (int i = 0; i < statuses.size(); i++) {
            ApprovalStep approval = statuses.get(i).approval();
            if (approval == null) {
                continue;
            }
            String field = "statuses[" + i + "].approval";
            List<?> people = approval.approverPersonIds() == null ? List.of() : approval.approverPersonIds();
            if (people.isEmpty() && approval.approverRole() == null) {
                errors.add(new FieldError(field, "needs approverPersonIds or an approverRole"));
            }
            if (approval.approverRole() == null && approval.required() > new HashSet<>(people).size()) {
                errors.add(new FieldError(
                        field + ".required",
                        "asks for " + approval.required() + " approvals from " + new HashSet<>(people).size()
                                + " approvers"));
            }
            if (!keys.contains(approval.rejectTo())) {
                errors.add(new FieldError(
                        field + ".rejectTo", "\"" + approval.rejectTo() + "\" is not a status of this workflow"));
            } else if (approval.rejectTo().equals(statuses.get(i).key())) {
                errors.add(new FieldError(field + ".rejectTo", "must be another status"));
            }
        }
        for (int i = 0; i < transitions.size(); i++) {
            Transition t = transitions.get(i);
            if (!keys.contains(t.from())) {
                errors.add(new FieldError(
                        "transitions[" + i + "].from", "\"" + t.from() + "\" is not a status of this workflow"));
            }
            if (!keys.contains(t.to())) {
                errors.add(new FieldError(
                        "transitions[" + i + "].to", "\"" + t.to() + "\" is not a status of this workflow"));
            }
            if (t.from().equals(t.to())) {
                errors.add(new FieldError("transitions[" + i + "]", "must move to another status"));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidRequest.validation(errors);
        }
    }

    /** Trimmed names, transitions without duplicates, in the order given. */
    static List<WorkflowStatus> normalise(List<WorkflowStatus> statuses) {
        return statuses.stream()
                .map(s -> new WorkflowStatus(
                        s.key(),
                        s.name().trim(),
                        s.category(),
                        s.wipLimit(),
                        s.approval() == null
                                ? null
                                : new ApprovalStep(
                                        s.approval().approverPersonIds() == null
                                                ? List.of()
                                                : s.approval().approverPersonIds().stream()
                                                        .distinct()
                                                        .toList(),
                                        s.approval().approverRole(),
                                        s.approval().required(),
                                        s.approval().rejectTo()),
                        s.procedureId()))
                .toList();
    }

    static List<Transition> normaliseTransitions(List<Transition> transitions) {
        return transitions == null ? List.of() : transitions.stream().distinct().toList();
    }

    static final List<WorkflowStatus> STANDARD = List.of(
            new WorkflowStatus("todo", "To do", StatusCategory.todo, null, null, null),
            new WorkflowStatus("in_progress", "In progress", StatusCategory.in_progress, null, null, null),
            new WorkflowStatus("review", "In review", StatusCategory.review, null, null, null),
            new WorkflowStatus("blocked", "Blocked", StatusCategory.in_progress, null, null, null),
            new WorkflowStatus("done", "Done", StatusCategory.done, null, null, null),
            new WorkflowStatus("cancelled", "Cancelled", StatusCategory.cancelled, null, null, null));
}
