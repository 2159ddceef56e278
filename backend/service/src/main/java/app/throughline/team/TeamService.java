package app.throughline.team;

import app.throughline.activity.ActivityLog;
import app.throughline.activity.Changes;
import app.throughline.api.Conflict;
import app.throughline.api.Cursor;
import app.throughline.api.Etags;
import app.throughline.api.Page;
import app.throughline.api.PageRequest;
import app.throughline.api.Versioned;
import app.throughline.team.TeamDtos.CreateTeam;
import app.throughline.team.TeamDtos.TeamPatch;
import app.throughline.team.TeamDtos.TeamView;
import app.throughline.workspace.Role;
import app.throughline.workspace.TenantGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Cross-functional teams: viewers read, admins manage. */
@ApplicationScoped
public class TeamService {

    static final String ENTITY = "team";

    private final TeamRepository teams;
    private final TenantGuard guard;
    private final ActivityLog activity;
    private final Event<TeamDeleting> deleting;

    TeamService(TeamRepository teams, TenantGuard guard, ActivityLog activity, Event<TeamDeleting> deleting) {
        this.teams = teams;
        this.guard = guard;
        this.activity = activity;
        this.deleting = deleting;
    }

    public Page<TeamView> list(UUID workspaceId, PageRequest page) {
        guard.require(workspaceId, Role.viewer);
        Cursor after = page.cursor == null ? null : Cursor.decode(page.cursor, 2);
        List<Team> rows = teams.page(workspaceId, after, page.limit + 1);
        return Page.from(rows, page.limit, TeamView::of, t -> Cursor.of(t.name, t.id));
    }

    public Versioned<TeamView> get(UUID id) {
        Team team = guard.readable(teams.findByIdOptional(id), "Team", id);
        return versioned(team);
    }

    @Transactional
    public Versioned<TeamView> create(UUID workspaceId, CreateTeam request) {
        guard.require(workspaceId, Role.admin);
        return versioned(create(workspaceId, request.name(), request.description()));
    }

    /** Creates a team without a permission check, for callers that did their own (e.g. demo seeding). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Team create(UUID workspaceId, String name, String description) {
        String trimmed = name.trim();
        requireUniqueName(workspaceId, trimmed, null);
        Team team = Team.create(workspaceId, trimmed, blankToNull(description));
        teams.persist(team);
        activity.record(workspaceId, null, ENTITY, team.id, ActivityLog.Action.created, team.snapshot(true));
        return team;
    }

    @Transactional
    public Versioned<TeamView> update(UUID id, TeamPatch patch, String ifMatch) {
        Team team = guard.accessible(teams.findByIdOptional(id), "Team", id, Role.admin);
        Etags.requireCurrent(ifMatch, team.version);
        Changes changes = new Changes();
        if (patch.name() != null) {
            String name = patch.name().trim();
            if (!name.equalsIgnoreCase(team.name)) {
                requireUniqueName(team.workspaceId, name, team.id);
            }
            team.name = changes.set("name", team.name, name);
        }
        if (patch.description() != null) {
            team.description = changes.set(
                    "description",
                    team.description,
                    blankToNull(patch.description().orElse(null)));
        }
        if (!changes.isEmpty()) {
            team.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            activity.record(team.workspaceId, null, ENTITY, team.id, ActivityLog.Action.updated, changes);
        }
        teams.flush();
        return versioned(team);
    }

    /** Deletes a team; its people stay, without a team. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Team team = guard.accessible(teams.findByIdOptional(id), "Team", id, Role.admin);
        Etags.requireCurrent(ifMatch, team.version);
        deleting.fire(new TeamDeleting(team.workspaceId, team.id));
        activity.record(team.workspaceId, null, ENTITY, team.id, ActivityLog.Action.deleted, team.snapshot(false));
        teams.delete(team);
    }

    private void requireUniqueName(UUID workspaceId, String name, UUID exceptId) {
        if (teams.nameTaken(workspaceId, name, exceptId)) {
            throw new Conflict("A team named \"" + name + "\" exists already in this workspace");
        }
    }

    private static Versioned<TeamView> versioned(Team team) {
        return new Versioned<>(TeamView.of(team), team.version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /**
     * Fired inside the transaction that deletes a team, before the row goes: members of the team
     * are taken out of it by the person feature (and logged there).
     */
    public record TeamDeleting(UUID workspaceId, UUID teamId) {}
}
