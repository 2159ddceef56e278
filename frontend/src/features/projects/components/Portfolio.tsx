import { useQueries } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { HealthBadge } from '@/components/HealthBadge';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { datePart, enumLabel, formatDay } from '@/lib/format';
import { projectScheduleQueryOptions, type ProjectSchedule } from '../api/get-project-schedule';
import { useProjects, type Project } from '../api/get-projects';
import { PortfolioTimeline } from './PortfolioTimeline';

type Props = {
  workspaceId: string;
  /** The next milestone of a project (composed by the app from the milestones feature). */
  renderNextMilestone: (projectId: string) => ReactNode;
};

export type PortfolioEntry = { project: Project; schedule: ProjectSchedule | undefined };

/** Every project of the workspace with its health, forecast finish and next milestone. */
export function Portfolio({ workspaceId, renderNextMilestone }: Props) {
  const projects = useProjects(workspaceId);
  const schedules = useQueries({
    queries: (projects.data ?? []).map((p) => projectScheduleQueryOptions(p.id)),
  });

  if (projects.isPending) return <LoadingState label="Loading projects…" />;
  if (projects.isError)
    return (
      <ErrorState
        error={projects.error}
        title="Projects could not be loaded"
        onRetry={() => void projects.refetch()}
      />
    );
  if (projects.data.length === 0)
    return (
      <EmptyState title="No projects yet">
        <p className="muted">Create the first project of this workspace below.</p>
      </EmptyState>
    );

  const entries: PortfolioEntry[] = projects.data.map((project, i) => ({
    project,
    schedule: schedules[i]?.data,
  }));

  return (
    <div className="stack">
      <div className="table-wrap">
        <table className="table portfolio-table" aria-label="Projects">
          <thead>
            <tr>
              <th scope="col">Project</th>
              <th scope="col">Health</th>
              <th scope="col">Status</th>
              <th scope="col">Forecast finish</th>
              <th scope="col">Target finish</th>
              <th scope="col">Next milestone</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(({ project, schedule }, i) => {
              const finish = datePart(schedule?.finish);
              const late =
                finish !== undefined &&
                project.targetFinishDate !== undefined &&
                project.targetFinishDate !== null &&
                finish > project.targetFinishDate;
              return (
                <tr key={project.id}>
                  <th scope="row">
                    <Link to={`/projects/${project.id}/plan`}>
                      <span className="task-key">{project.key}</span> {project.name}
                    </Link>
                  </th>
                  <td>
                    <HealthBadge health={project.health} />
                  </td>
                  <td>{enumLabel(project.status)}</td>
                  <td className={late ? 'late nowrap' : 'nowrap'}>
                    {schedules[i]?.isError ? (
                      <span className="muted">unavailable</span>
                    ) : schedule ? (
                      <>
                        {formatDay(finish)}
                        {late && <span className="visually-hidden"> (after target)</span>}
                      </>
                    ) : (
                      <span className="muted">…</span>
                    )}
                  </td>
                  <td className="nowrap">{formatDay(project.targetFinishDate)}</td>
                  <td>{renderNextMilestone(project.id)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <section className="card" aria-labelledby="portfolio-timeline-title">
        <h2 id="portfolio-timeline-title">Timeline</h2>
        <PortfolioTimeline entries={entries} />
      </section>
    </div>
  );
}
