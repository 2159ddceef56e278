import { Link } from 'react-router';
import { useRiskSummary } from '../api/get-risk-summary';
import { SeverityBadge } from './SeverityBadge';

/** For the project header: the top live risks and how many days each milestone is exposed to. */
export function RiskSummaryBar({ projectId }: { projectId: string }) {
  const summary = useRiskSummary(projectId);
  if (!summary.data || summary.data.liveRisks === 0) return null;
  const s = summary.data;
  return (
    <div className="risk-summary" aria-label="Top risks and exposure">
      <span>
        <Link to={`/projects/${projectId}/risks`}>
          {s.liveRisks} live {s.liveRisks === 1 ? 'risk' : 'risks'}
        </Link>
        {s.topRisks.slice(0, 3).map((r) => (
          <span key={r.id} className="risk-summary-item">
            <SeverityBadge severity={r.severity} score={r.score} />{' '}
            <Link to={`/projects/${projectId}/risks/${r.id}`}>{r.title}</Link>
          </span>
        ))}
      </span>
      {s.milestones.length > 0 && (
        <span>
          Exposure:{' '}
          {s.milestones.map((m, i) => (
            <span key={m.milestoneId}>
              {i > 0 && ', '}
              {m.name} <strong>+{m.exposureDays} d</strong>
            </span>
          ))}
        </span>
      )}
    </div>
  );
}
