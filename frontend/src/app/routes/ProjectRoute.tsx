import { useState } from 'react';
import { NavLink, Outlet, useParams } from 'react-router';
import { HealthBadge } from '@/components/HealthBadge';
import { ErrorState, LoadingState } from '@/components/States';
import { CalendarFeedsPanel } from '@/features/notifications/components/CalendarFeedsPanel';
import { ExportButtons } from '@/features/exports/components/ExportButtons';
import { useProject } from '@/features/projects/api/get-project';
import { RiskSummaryBar } from '@/features/risks/components/RiskSummaryBar';
import { SaveAsTemplate } from '@/features/templates/components/SaveAsTemplate';
import { ProjectWorkflowSelect } from '@/features/workflows/components/ProjectWorkflowSelect';
import { enumLabel, formatDay } from '@/lib/format';
import { useCurrentWorkspace } from '../current-workspace';
import { canPlanIn } from '../permissions';

export type ProjectContext = {
  projectId: string;
  workspaceId: string;
  projectKey: string;
  /** The project's own working calendar; null: the workspace's default. */
  calendarId: string | null;
  /** The workflow whose statuses the project's tasks move through. */
  workflowId: string;
};

/** A project's frame: its name, health and dates, its workflow, and tabs for plan, timeline, milestones, board and flow. */
export function ProjectRoute() {
  const { projectId = '' } = useParams();
  const project = useProject(projectId);
  const { memberships } = useCurrentWorkspace();
  if (project.isPending) return <LoadingState label="Loading the project…" />;
  if (project.isError)
    return (
      <ErrorState
        error={project.error}
        title="The project could not be loaded"
        onRetry={() => void project.refetch()}
      />
    );
  const p = project.data;
  const context: ProjectContext = {
    projectId,
    workspaceId: p.workspaceId,
    projectKey: p.key,
    calendarId: p.calendarId ?? null,
    workflowId: p.workflowId,
  };
  return (
    <div className="stack">
      <header className="page-header project-header">
        <h1>
          <span className="task-key">{p.key}</span> {p.name}
        </h1>
        <p className="page-description">
          <HealthBadge health={p.health} /> · {enumLabel(p.status)} · starts{' '}
          {formatDay(p.startDate)}
          {p.targetFinishDate && <> · target finish {formatDay(p.targetFinishDate)}</>} ·{' '}
          <ProjectWorkflowSelect
            projectId={projectId}
            workspaceId={p.workspaceId}
            workflowId={p.workflowId}
            canEdit={canPlanIn(memberships, p.workspaceId)}
          />
        </p>
        <RiskSummaryBar projectId={projectId} />
        <div className="project-header-actions">
          <ExportButtons projectId={projectId} projectKey={p.key} />
          {canPlanIn(memberships, p.workspaceId) && (
            <SaveAsTemplate
              workspaceId={p.workspaceId}
              projectId={projectId}
              projectName={p.name}
            />
          )}
        </div>
        <ProjectCalendarSubscribe projectId={projectId} />
      </header>
      <nav aria-label="Project views" className="tabs">
        <NavLink to="plan">Plan</NavLink>
        <NavLink to="timeline">Timeline</NavLink>
        <NavLink to="milestones">Milestones</NavLink>
        <NavLink to="risks">Risks</NavLink>
        <NavLink to="decisions">Decisions</NavLink>
        <NavLink to="status">Status</NavLink>
        <NavLink to="board">Board</NavLink>
        <NavLink to="flow">Flow</NavLink>
        <NavLink to="dashboard">Dashboard</NavLink>
      </nav>
      <Outlet context={context} />
    </div>
  );
}

/** The project's calendar feeds load only once someone opens the disclosure. */
function ProjectCalendarSubscribe({ projectId }: { projectId: string }) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="calendar-subscribe"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>Subscribe in your calendar</summary>
      {opened && <CalendarFeedsPanel scope={{ kind: 'project', projectId }} />}
    </details>
  );
}
