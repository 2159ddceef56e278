import { Link } from 'react-router';
import { HealthBadge } from '@/components/HealthBadge';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { enumLabel, formatDay, formatDays } from '@/lib/format';
import { usePortfolio, type PortfolioMilestone, type PortfolioProject } from '../api/get-portfolio';
import { PortfolioTimeline } from './PortfolioTimeline';
import './portfolio.css';

/** The workload screen, where over-allocated people are shown week by week. */
const workloadPath = '/workload';

/**
 * Every project of the workspace with its health, % complete, forecast against target finish,
 * next milestone and over-allocated people, from one call.
 */
export function Portfolio({ workspaceId }: { workspaceId: string }) {
  const portfolio = usePortfolio(workspaceId);

  if (portfolio.isPending) return <LoadingState label="Loading projects…" />;
  if (portfolio.isError)
    return (
      <ErrorState
        error={portfolio.error}
        title="The portfolio could not be loaded"
        onRetry={() => void portfolio.refetch()}
      />
    );
  const { projects, overallocatedPeople, overallocationFrom } = portfolio.data;
  if (projects.length === 0)
    return (
      <EmptyState title="No projects yet">
        <p className="muted">Create the first project of this workspace below.</p>
      </EmptyState>
    );

  return (
    <div className="stack">
      <p className="portfolio-summary">
        {overallocatedPeople === 0 ? (
          'Nobody is over-allocated'
        ) : (
          <>
            <Link to={workloadPath}>{people(overallocatedPeople)}</Link>{' '}
            {overallocatedPeople === 1 ? 'is' : 'are'} over-allocated
          </>
        )}{' '}
        from {formatDay(overallocationFrom)} on, across all projects.
      </p>
      <div className="table-wrap">
        <table className="table portfolio-table" aria-label="Projects">
          <thead>
            <tr>
              <th scope="col">Project</th>
              <th scope="col">Health</th>
              <th scope="col" className="col-status">
                Status
              </th>
              <th scope="col">Complete</th>
              <th scope="col">Forecast finish</th>
              <th scope="col">Target finish</th>
              <th scope="col">Next milestone</th>
              <th scope="col">Over-allocated</th>
              <th scope="col" className="col-risks">
                Top risks
              </th>
            </tr>
          </thead>
          <tbody>
            {projects.map((project) => (
              <tr key={project.id}>
                <th scope="row">
                  <Link to={`/projects/${project.id}/plan`}>
                    <span className="task-key">{project.key}</span> {project.name}
                  </Link>
                  {/* the status column is left out of narrow windows; it shows here instead */}
                  <div className="muted portfolio-status-inline">{enumLabel(project.status)}</div>
                </th>
                <td>
                  <HealthBadge health={project.health} />
                </td>
                <td className="col-status">{enumLabel(project.status)}</td>
                <td>
                  <PercentComplete project={project} />
                </td>
                <td className="nowrap">
                  <ForecastFinish project={project} />
                </td>
                <td className="nowrap">{formatDay(project.targetFinishDate)}</td>
                <td>
                  <NextMilestone milestone={project.nextMilestone} />
                </td>
                <td>
                  <Overallocated project={project} />
                </td>
                <td className="col-risks">
                  <TopRisks project={project} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className="card" aria-labelledby="portfolio-timeline-title">
        <h2 id="portfolio-timeline-title">Timeline</h2>
        <PortfolioTimeline projects={projects} />
      </section>
    </div>
  );
}

function people(count: number) {
  return count === 1 ? '1 person' : `${count} people`;
}

function PercentComplete({ project }: { project: PortfolioProject }) {
  const value = project.percentComplete;
  if (value === null || value === undefined) return <span className="muted">—</span>;
  // rounded down, so 100 % means everything is done
  const label = `${Math.floor(value)}%`;
  return (
    <div className="portfolio-progress">
      <div
        className="portfolio-progress-track"
        role="progressbar"
        aria-label={`${project.key} complete`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={label}
      >
        <div
          className="portfolio-progress-fill"
          style={{ width: `${Math.min(100, Math.max(0, value))}%` }}
        />
      </div>
      <span>{label}</span>
    </div>
  );
}

function ForecastFinish({ project }: { project: PortfolioProject }) {
  const variance = project.finishVarianceDays;
  const late = variance !== null && variance !== undefined && variance > 0;
  return (
    <div className={late ? 'late' : undefined}>
      {formatDay(project.forecastFinish)}
      {variance !== null && variance !== undefined && (
        <div className={late ? 'portfolio-variance' : 'portfolio-variance muted'}>
          {variance > 0
            ? `${formatDays(variance)} late`
            : variance < 0
              ? `${formatDays(-variance)} early`
              : 'on target'}
        </div>
      )}
    </div>
  );
}

function NextMilestone({ milestone }: { milestone: PortfolioMilestone | null | undefined }) {
  if (!milestone) return <span className="muted">None open</span>;
  return (
    <div className="portfolio-milestone">
      <div>
        <span className="milestone-name">{milestone.name}</span>{' '}
        <HealthBadge health={milestone.health} />
      </div>
      <div className="muted">
        <span className="nowrap">forecast {formatDay(milestone.forecastDate)}</span> ·{' '}
        <span className="nowrap">due {formatDay(milestone.dueDate)}</span>
      </div>
    </div>
  );
}

function Overallocated({ project }: { project: PortfolioProject }) {
  if (project.overallocatedPeople === 0) return <span className="muted">None</span>;
  return (
    <Link to={workloadPath} className="nowrap">
      {people(project.overallocatedPeople)}{' '}
      <span className="visually-hidden">over-allocated on {project.key}</span>
    </Link>
  );
}

/** The project's highest live risk and the most days any milestone is exposed to. */
function TopRisks({ project }: { project: PortfolioProject }) {
  // absent from a service older than the risk register
  const summary = project.risks as PortfolioProject['risks'] | undefined;
  const top = summary?.topRisks[0];
  if (!summary || !top) return <span className="muted">None</span>;
  const { liveRisks, milestones } = summary;
  const exposed = milestones.reduce((max, m) => Math.max(max, m.exposureDays), 0);
  return (
    <div>
      <Link to={`/projects/${project.id}/risks/${top.id}`} className="portfolio-risk-title">
        {top.title}
      </Link>{' '}
      <span className="muted">
        (score {top.score}, {top.severity}
        {liveRisks > 1 ? `; ${liveRisks} live` : ''})
      </span>
      {exposed > 0 && <div className="muted">milestones exposed up to {exposed} working days</div>}
    </div>
  );
}
