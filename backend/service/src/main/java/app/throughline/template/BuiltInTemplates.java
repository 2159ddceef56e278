package app.throughline.template;

import app.throughline.dependency.DependencyType;
import app.throughline.task.TaskEnums.Priority;
import app.throughline.template.TemplateDtos.TemplateBody;
import app.throughline.template.TemplateDtos.TemplateDependency;
import app.throughline.template.TemplateDtos.TemplateMilestone;
import app.throughline.template.TemplateDtos.TemplateRisk;
import app.throughline.template.TemplateDtos.TemplateTask;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The templates every workspace starts with: kinds of project a coordinator runs again and again. */
final class BuiltInTemplates {

    private BuiltInTemplates() {}

    record BuiltIn(String key, String name, String description, TemplateBody body) {}

    /** A small builder so the plans below read like a plan. */
    private static final class Plan {
        final List<TemplateTask> tasks = new ArrayList<>();
        final List<TemplateDependency> links = new ArrayList<>();
        final List<TemplateMilestone> milestones = new ArrayList<>();
        final List<TemplateRisk> risks = new ArrayList<>();

        Plan phase(String ref, String title) {
            tasks.add(new TemplateTask(ref, null, title, null, null, BigDecimal.ZERO, null, null, null));
            return this;
        }

        Plan task(String ref, String parent, String title, double days, String role) {
            tasks.add(new TemplateTask(
                    ref, parent, title, null, Priority.medium, BigDecimal.valueOf(days), role, null, null));
            return this;
        }

        Plan link(String from, String to) {
            return link(from, to, DependencyType.fs, 0);
        }

        Plan link(String from, String to, DependencyType type, double lag) {
            links.add(new TemplateDependency(from, to, type, BigDecimal.valueOf(lag)));
            return this;
        }

        Plan milestone(String name, int offset, String... gates) {
            milestones.add(new TemplateMilestone(name, offset, List.of(gates), true));
            return this;
        }

        Plan risk(String title, int probability, int impact, String mitigation) {
            risks.add(new TemplateRisk(title, null, probability, impact, mitigation));
            return this;
        }

        TemplateBody body() {
            return new TemplateBody(tasks, links, milestones, risks, List.of(), null);
        }
    }

    static final BuiltIn AGENCY_CAMPAIGN = new BuiltIn(
            "agency_campaign",
            "Agency campaign",
            "An integrated marketing campaign from brief to launch and wrap-up report, with client review rounds.",
            new Plan()
                    .phase("p1", "Brief and strategy")
                    .task("t1", "p1", "Kick-off meeting with the client", 1, "Account lead")
                    .task("t2", "p1", "Write the creative brief", 2, "Strategist")
                    .task("t3", "p1", "Client approves the brief", 2, "Account lead")
                    .phase("p2", "Creative")
                    .task("t4", "p2", "Concepts (three routes)", 5, "Creative director")
                    .task("t5", "p2", "Client concept review", 3, "Account lead")
                    .task("t6", "p2", "Copywriting", 4, "Copywriter")
                    .task("t7", "p2", "Design of key visuals", 5, "Designer")
                    .task("t8", "p2", "Final client sign-off", 2, "Account lead")
                    .phase("p3", "Production and launch")
                    .task("t9", "p3", "Produce assets for all channels", 5, "Designer")
                    .task("t10", "p3", "Media plan and bookings", 4, "Media planner")
                    .task("t11", "p3", "Launch", 1, "Account lead")
                    .task("t12", "p3", "Wrap-up report", 3, "Strategist")
                    .link("t1", "t2")
                    .link("t2", "t3")
                    .link("t3", "t4")
                    .link("t4", "t5")
                    .link("t5", "t6")
                    .link("t5", "t7")
                    .link("t6", "t8")
                    .link("t7", "t8")
                    .link("t8", "t9")
                    .link("t3", "t10", DependencyType.fs, 5)
                    .link("t9", "t11")
                    .link("t10", "t11")
                    .link("t11", "t12", DependencyType.fs, 10)
                    .milestone("Brief approved", 5, "t3")
                    .milestone("Creative sign-off", 20, "t8")
                    .milestone("Campaign live", 26, "t11")
                    .risk("Client feedback arrives late", 4, 3, "Agree review dates at kick-off; chase after two days")
                    .risk("Scope grows after concept review", 3, 4, "Change requests priced before work starts")
                    .body());

    static final BuiltIn SOFTWARE_RELEASE = new BuiltIn(
            "software_release",
            "Software release",
            "A release of a software product: scope freeze, build, test, release candidate, go-live and hypercare.",
            new Plan()
                    .phase("p1", "Planning")
                    .task("t1", "p1", "Agree release scope", 2, "Product manager")
                    .task("t2", "p1", "Technical design", 3, "Tech lead")
                    .phase("p2", "Build")
                    .task("t3", "p2", "Implement features", 10, "Developer")
                    .task("t4", "p2", "Write release notes", 2, "Product manager")
                    .task("t5", "p2", "Code freeze", 0, "Tech lead")
                    .phase("p3", "Test")
                    .task("t6", "p3", "Regression testing", 4, "QA engineer")
                    .task("t7", "p3", "Fix release blockers", 3, "Developer")
                    .task("t8", "p3", "Release candidate approval", 1, "Product manager")
                    .phase("p4", "Release")
                    .task("t9", "p4", "Deploy to production", 1, "DevOps engineer")
                    .task("t10", "p4", "Hypercare", 5, "Developer")
                    .link("t1", "t2")
                    .link("t2", "t3")
                    .link("t3", "t4", DependencyType.ff, 0)
                    .link("t3", "t5")
                    .link("t5", "t6")
                    .link("t6", "t7", DependencyType.ss, 2)
                    .link("t7", "t8")
                    .link("t4", "t8")
                    .link("t8", "t9")
                    .link("t9", "t10")
                    .milestone("Code freeze", 15, "t5")
                    .milestone("Release candidate", 22, "t8")
                    .milestone("Go-live", 23, "t9")
                    .risk("Late blockers found in regression", 3, 4, "Test the riskiest areas first")
                    .risk("Deployment fails", 2, 5, "Rehearse the deployment; keep a rollback plan")
                    .body());

    static final BuiltIn CLIENT_ONBOARDING = new BuiltIn(
            "client_onboarding",
            "Client onboarding",
            "Bringing a new client on board: contract, kick-off, access and data set-up, training and first review.",
            new Plan()
                    .phase("p1", "Contract")
                    .task("t1", "p1", "Countersign the contract", 2, "Account lead")
                    .task("t2", "p1", "Set up billing", 1, "Finance")
                    .phase("p2", "Set-up")
                    .task("t3", "p2", "Kick-off call", 1, "Account lead")
                    .task("t4", "p2", "Collect requirements", 3, "Consultant")
                    .task("t5", "p2", "Grant system access", 2, "IT support")
                    .task("t6", "p2", "Import client data", 3, "Consultant")
                    .phase("p3", "Go-live")
                    .task("t7", "p3", "Train the client team", 2, "Trainer")
                    .task("t8", "p3", "Go-live check", 1, "Consultant")
                    .task("t9", "p3", "30-day review", 1, "Account lead")
                    .link("t1", "t2")
                    .link("t1", "t3")
                    .link("t3", "t4")
                    .link("t3", "t5")
                    .link("t4", "t6")
                    .link("t5", "t6")
                    .link("t6", "t7")
                    .link("t7", "t8")
                    .link("t8", "t9", DependencyType.fs, 20)
                    .milestone("Kick-off held", 3, "t3")
                    .milestone("Client live", 14, "t8")
                    .risk("Client data arrives incomplete", 4, 3, "Send the data checklist at kick-off")
                    .risk("Key client contact unavailable", 2, 3, "Name a deputy in the kick-off call")
                    .body());

    static final List<BuiltIn> ALL = List.of(AGENCY_CAMPAIGN, SOFTWARE_RELEASE, CLIENT_ONBOARDING);
}
