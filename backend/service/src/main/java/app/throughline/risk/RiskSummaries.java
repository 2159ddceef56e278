package app.throughline.risk;

import app.throughline.project.ProjectService;
import app.throughline.risk.RiskDtos.ImpactView;
import app.throughline.risk.RiskDtos.MilestoneExposure;
import app.throughline.risk.RiskDtos.MilestoneImpact;
import app.throughline.risk.RiskDtos.RiskBrief;
import app.throughline.risk.RiskDtos.RiskSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Top risks and days of exposure per milestone, for the project header and the portfolio. A
 * milestone's exposure is the largest slip any one live risk would cause it (risks are alternatives,
 * not a sum); only risks that can move anything run the what-if.
 */
@ApplicationScoped
public class RiskSummaries {

    static final int TOP = 5;

    private final RiskRepository risks;
    private final RiskImpacts impacts;
    private final ProjectService projects;

    RiskSummaries(RiskRepository risks, RiskImpacts impacts, ProjectService projects) {
        this.risks = risks;
        this.impacts = impacts;
        this.projects = projects;
    }

    /** The summary of a project the caller may read. */
    public RiskSummary ofProject(UUID projectId) {
        projects.readable(projectId);
        return summary(projectId, risks.liveOfProject(projectId));
    }

    /** Summaries of every project of the workspace that has live risks; the caller's access is checked by the caller. */
    public Map<UUID, RiskSummary> ofWorkspace(UUID workspaceId) {
        Map<UUID, List<Risk>> byProject = new LinkedHashMap<>();
        for (Risk risk : risks.liveOfWorkspace(workspaceId)) {
            byProject.computeIfAbsent(risk.projectId, p -> new ArrayList<>()).add(risk);
        }
        Map<UUID, RiskSummary> summaries = new LinkedHashMap<>();
        byProject.forEach((project, live) -> summaries.put(project, summary(project, live)));
        return summaries;
    }

    /** The summary of a project without live risks. */
    public static RiskSummary none(UUID projectId) {
        return new RiskSummary(projectId, List.of(), 0, List.of());
    }

    private RiskSummary summary(UUID projectId, List<Risk> live) {
        List<RiskBrief> top = live.stream().limit(TOP).map(RiskSummaries::brief).toList();
        Map<UUID, Exposure> exposures = new LinkedHashMap<>();
        for (Risk risk : live) {
            if (!RiskImpacts.canSlip(risk)) {
                continue;
            }
            ImpactView impact = impacts.of(risk);
            for (MilestoneImpact m : impact.milestones()) {
                if (m.slipDays() > 0) {
                    exposures
                            .computeIfAbsent(m.milestoneId(), id -> new Exposure(m))
                            .add(risk.id, m.slipDays());
                }
            }
        }
        List<MilestoneExposure> milestones = exposures.values().stream()
                .map(Exposure::view)
                .sorted(Comparator.comparing(MilestoneExposure::dueDate).thenComparing(MilestoneExposure::milestoneId))
                .toList();
        return new RiskSummary(projectId, top, live.size(), milestones);
    }

    static RiskBrief brief(Risk r) {
        int score = r.score();
        return new RiskBrief(
                r.id, r.projectId, r.kind, r.title, score, RiskScore.severity(score), r.status, r.escalationLevel);
    }

    private static final class Exposure {
        private final MilestoneImpact milestone;
        private final List<UUID> riskIds = new ArrayList<>();
        private int days;

        Exposure(MilestoneImpact milestone) {
            this.milestone = milestone;
        }

        void add(UUID riskId, int slipDays) {
            riskIds.add(riskId);
            days = Math.max(days, slipDays);
        }

        MilestoneExposure view() {
            return new MilestoneExposure(
                    milestone.milestoneId(), milestone.name(), milestone.dueDate(), days, List.copyOf(riskIds));
        }
    }
}
