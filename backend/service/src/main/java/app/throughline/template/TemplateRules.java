package app.throughline.template;

import app.throughline.api.InvalidRequest;
import app.throughline.api.Problem.FieldError;
import app.throughline.template.TemplateDtos.TemplateBody;
import app.throughline.template.TemplateDtos.TemplateDependency;
import app.throughline.template.TemplateDtos.TemplateMilestone;
import app.throughline.template.TemplateDtos.TemplateTask;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A template body's references hold together: unique refs, parents, links and gates that exist. */
final class TemplateRules {

    private TemplateRules() {}

    static void check(TemplateBody body) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < body.tasks().size(); i++) {
            if (!refs.add(body.tasks().get(i).ref())) {
                errors.add(new FieldError("body.tasks[" + i + "].ref", "is used twice"));
            }
        }
        for (int i = 0; i < body.tasks().size(); i++) {
            TemplateTask t = body.tasks().get(i);
            if (t.parentRef() != null && !refs.contains(t.parentRef())) {
                errors.add(new FieldError("body.tasks[" + i + "].parentRef", "names no task of the template"));
            }
        }
        List<TemplateDependency> links = body.dependencies() == null ? List.of() : body.dependencies();
        for (int i = 0; i < links.size(); i++) {
            if (!refs.contains(links.get(i).predecessorRef())) {
                errors.add(
                        new FieldError("body.dependencies[" + i + "].predecessorRef", "names no task of the template"));
            }
            if (!refs.contains(links.get(i).successorRef())) {
                errors.add(
                        new FieldError("body.dependencies[" + i + "].successorRef", "names no task of the template"));
            }
        }
        List<TemplateMilestone> milestones = body.milestones() == null ? List.of() : body.milestones();
        for (int i = 0; i < milestones.size(); i++) {
            for (String gate : milestones.get(i).gatingRefs() == null
                    ? List.<String>of()
                    : milestones.get(i).gatingRefs()) {
                if (!refs.contains(gate)) {
                    errors.add(new FieldError(
                            "body.milestones[" + i + "].gatingRefs", gate + " names no task of the template"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidRequest.validation(errors);
        }
    }
}
