import { HealthBadge } from '@/components/HealthBadge';
import { ErrorState, LoadingState } from '@/components/States';
import { ApiError } from '@/lib/api/problem';
import { formatDateTime, formatDay } from '@/lib/format';
import { useSharedProject, type SharedReport } from '../api/shared-report';
import { FeedbackForm } from './FeedbackForm';
import './sharing.css';

const DIMENSIONS = ['overall', 'schedule', 'scope', 'resources'] as const;

function Narrative({ title, text }: { title: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <>
      <h4>{title}</h4>
      <p className="narrative-text">{text}</p>
    </>
  );
}

function Report({ token, report }: { token: string; report: SharedReport }) {
  const headingId = `shared-report-${report.id}`;
  return (
    <article className="shared-report" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Week {formatDay(report.periodStart)} – {formatDay(report.periodEnd)}
      </h3>
      <p className="muted">Published {formatDateTime(report.publishedAt)}</p>
      <dl className="rag-row">
        {DIMENSIONS.map((d) => (
          <div key={d}>
            <dt>{d}</dt>
            <dd>
              {report.rag?.[d] ? (
                <span className={`rag rag-${report.rag[d]}`}>{report.rag[d]}</span>
              ) : (
                '—'
              )}
            </dd>
          </div>
        ))}
      </dl>
      <Narrative title="Summary" text={report.narrative?.summary} />
      <Narrative title="Accomplishments" text={report.narrative?.accomplishments} />
      <Narrative title="Next steps" text={report.narrative?.nextSteps} />
      <Narrative title="Blockers and asks" text={report.narrative?.blockers} />
      {report.finish?.forecastFinish ? (
        <p>Forecast finish {formatDay(report.finish.forecastFinish)}.</p>
      ) : null}
      <FeedbackForm token={token} reportId={report.id} />
    </article>
  );
}

/**
 * The page a stakeholder opens from a share link, without an account: the project's name and
 * health, its milestones and the published reports, and a rating form per report. Nothing about
 * tasks or people beyond milestone owners is sent by the service, so none can show here.
 */
export function SharedReportPage({ token }: { token: string }) {
  const shared = useSharedProject(token);
  if (shared.isPending) return <LoadingState label="Loading the shared report…" />;
  if (shared.isError) {
    if (shared.error instanceof ApiError && shared.error.status === 404)
      return (
        <div className="shared-invalid">
          <h1>This link is not valid</h1>
          <p>
            The link may have been revoked or may have expired, or it was copied incompletely. Ask
            the person who sent it for a new one.
          </p>
        </div>
      );
    return (
      <ErrorState
        error={shared.error}
        title="The shared report could not be loaded"
        onRetry={() => void shared.refetch()}
      />
    );
  }
  const { project, milestones, reports } = shared.data;
  return (
    <div className="shared-page stack">
      <header>
        <p className="muted">Status shared from Throughline</p>
        <h1>{project.name}</h1>
        <p>
          Health: <HealthBadge health={project.health} />
        </p>
      </header>
      <section aria-labelledby="shared-milestones">
        <h2 id="shared-milestones">Milestones</h2>
        {milestones.length === 0 ? (
          <p>No milestones.</p>
        ) : (
          <table className="shared-milestones">
            <thead>
              <tr>
                <th scope="col">Milestone</th>
                <th scope="col">Due</th>
                <th scope="col">Forecast</th>
                <th scope="col">Health</th>
                <th scope="col">Owner</th>
              </tr>
            </thead>
            <tbody>
              {milestones.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>{formatDay(m.dueDate)}</td>
                  <td>{formatDay(m.forecastDate)}</td>
                  <td>
                    <HealthBadge health={m.health} />
                  </td>
                  <td>{m.ownerName ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="shared-reports">
        <h2 id="shared-reports">Status reports</h2>
        {reports.length === 0 ? <p>No report has been published yet.</p> : null}
        {reports.map((r) => (
          <Report key={r.id} token={token} report={r} />
        ))}
      </section>
    </div>
  );
}
