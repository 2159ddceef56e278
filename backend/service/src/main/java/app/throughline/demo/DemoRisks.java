package app.throughline.demo;

import app.throughline.decision.DecisionDtos.CreateDecision;
import app.throughline.decision.DecisionService;
import app.throughline.demo.DemoSeeder.DemoWorkspaceSeeded;
import app.throughline.milestone.Milestone;
import app.throughline.milestone.MilestoneRepository;
import app.throughline.platform.Today;
import app.throughline.project.Project;
import app.throughline.project.ProjectRepository;
import app.throughline.risk.EscalationDtos.Level;
import app.throughline.risk.EscalationDtos.Policy;
import app.throughline.risk.EscalationDtos.Rules;
import app.throughline.risk.EscalationService;
import app.throughline.risk.Risk;
import app.throughline.risk.RiskDtos.CreateRisk;
import app.throughline.risk.RiskKind;
import app.throughline.risk.RiskService;
import app.throughline.risk.RiskStatus;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The demo's risk register, escalation ladder and decision log, added through the same services a
 * coordinator uses, after the projects exist. One risk (late design feedback on the Contoso site)
 * slips the design revisions under way that gate "Design signed off", so its impact preview moves
 * that milestone.
 */
@ApplicationScoped
class DemoRisks {

    private final ProjectRepository projects;
    private final MilestoneRepository milestones;
    private final DemoRows rows;
    private final RiskService risks;
    private final EscalationService escalation;
    private final DecisionService decisions;
    private final Today today;

    DemoRisks(
            ProjectRepository projects,
            MilestoneRepository milestones,
            DemoRows rows,
            RiskService risks,
            EscalationService escalation,
            DecisionService decisions,
            Today today) {
        this.projects = projects;
        this.milestones = milestones;
        this.rows = rows;
        this.risks = risks;
        this.escalation = escalation;
        this.decisions = decisions;
        this.today = today;
    }

    void seed(@Observes @Priority(40) DemoWorkspaceSeeded event) {
        UUID workspace = event.workspaceId();
        Map<String, UUID> people = rows.peopleByFirstName(workspace);
        escalation.replacePolicyAs(
                workspace,
                new Policy(
                        List.of(
                                new Level(1, "Coordinator lead", List.of(people.get("Casey"))),
                                new Level(2, "Account director", List.of(people.get("Olivia"))),
                                new Level(3, "Managing partner", List.of(people.get("Marcus")))),
                        new Rules(16, 5, true)));

        Project web = projects.findByKey(workspace, "WEB").orElseThrow();
        Map<String, UUID> tasks = rows.tasksByTitle(web.id);
        Risk lateFeedback = risks.createAs(
                web,
                new CreateRisk(
                        RiskKind.risk,
                        "Contoso feedback on the design concepts arrives late",
                        "Contoso's marketing lead is also running their spring campaign; last round took 9 days to answer.",
                        4,
                        3,
                        people.get("Priya"),
                        RiskStatus.open,
                        "Book two review slots with Contoso a week ahead; send concepts in two batches.",
                        "Start the design system on the approved components while the rest waits.",
                        today.date().plusDays(7),
                        List.of(tasks.get("Design revisions")),
                        List.of(milestone(web, "Design signed off")),
                        4),
                event.ownerUserId());
        risks.createAs(
                web,
                new CreateRisk(
                        RiskKind.risk,
                        "CRM integration API is undocumented",
                        "Contoso's CRM vendor has no public API reference for the lead endpoints.",
                        3,
                        4,
                        people.get("Tomasz"),
                        RiskStatus.mitigating,
                        "Tomasz pairs with the vendor's engineer on a spike this week.",
                        "Fall back to the nightly CSV export for launch.",
                        today.date().plusDays(10),
                        List.of(tasks.get("Integrations (CRM, search)")),
                        List.of(milestone(web, "Website live")),
                        5),
                event.ownerUserId());
        risks.createAs(
                web,
                new CreateRisk(
                        RiskKind.issue,
                        "Legacy content volume is twice the estimate",
                        "The audit found 1,900 pages instead of 950.",
                        5,
                        4,
                        people.get("Noah"),
                        RiskStatus.occurred,
                        null,
                        "Migrate the top 400 pages by traffic for launch; archive the rest.",
                        null,
                        List.of(tasks.get("Content migration")),
                        List.of(milestone(web, "Content complete")),
                        3),
                event.ownerUserId());
        Project brand = projects.findByKey(workspace, "BRD").orElseThrow();
        risks.createAs(
                brand,
                new CreateRisk(
                        RiskKind.risk,
                        "Font licence costs exceed the budget",
                        null,
                        2,
                        2,
                        people.get("Hannah"),
                        RiskStatus.open,
                        "Shortlist two open-licence alternatives.",
                        null,
                        today.date().plusDays(14),
                        List.of(rows.tasksByTitle(brand.id).get("Type system & font licences")),
                        List.of(),
                        1),
                event.ownerUserId());

        LocalDate decidedOn = today.date().minusDays(3);
        decisions.recordAs(
                web,
                new CreateDecision(
                        "Launch in English only; German follows in phase 2",
                        "German translations are two weeks behind and the go-live date is committed to Contoso.",
                        "Launch in English on the committed date; German pages go live four weeks later.",
                        "Slip go-live by two weeks; machine-translate and review after launch.",
                        "Olivia Bennett with Contoso's marketing lead",
                        decidedOn,
                        List.of(tasks.get("Content migration")),
                        List.of(),
                        null),
                event.ownerUserId());
        decisions.recordAs(
                web,
                new CreateDecision(
                        "Two review rounds for the design concepts",
                        "Late feedback on concepts is the project's top schedule risk.",
                        "Contoso reviews concepts in two batches with fixed slots; silence after three days counts as approval.",
                        null,
                        "Priya and Olivia",
                        decidedOn.plusDays(1),
                        List.of(tasks.get("Visual design concepts")),
                        List.of(lateFeedback.id),
                        null),
                event.ownerUserId());
    }

    private UUID milestone(Project project, String name) {
        return milestones.pageOfProject(project.id, null, 100).stream()
                .filter(m -> m.name.equals(name))
                .map((Milestone m) -> m.id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo milestone " + name));
    }
}
