import { useState } from 'react';
import { Button } from '@/components/Button';
import { ErrorState, LoadingState } from '@/components/States';
import { formatDateTime, formatDay } from '@/lib/format';
import { useRiskImpact } from '../api/get-risk-impact';

type Props = { riskId: string; scheduleImpactDays: number; linkedTasks: number };

/** Runs the what-if on demand: which milestones and which finish move if the risk happens. */
export function RiskImpactPanel({ riskId, scheduleImpactDays, linkedTasks }: Props) {
  const [asked, setAsked] = useState(false);
  const impact = useRiskImpact(riskId, asked);
  if (scheduleImpactDays === 0 || linkedTasks === 0)
    return (
      <p className="muted">
        Link tasks and give a schedule impact in working days to see what this risk would move.
      </p>
    );
  if (!asked)
    return (
      <Button variant="secondary" onClick={() => setAsked(true)}>
        Show impact on schedule
      </Button>
    );
  if (impact.isPending) return <LoadingState label="Running the what-if…" />;
  if (impact.isError)
    return (
      <ErrorState
        error={impact.error}
        title="The impact could not be computed"
        onRetry={() => void impact.refetch()}
      />
    );
  const i = impact.data;
  return (
    <div className="stack risk-impact" aria-live="polite">
      <p>
        If it happens, the linked tasks slip <strong>{i.slipDays} working days</strong>: the project
        finish moves from {formatDateTime(i.finishBefore)} to{' '}
        <strong>{formatDateTime(i.finishAfter)}</strong> (
        {i.finishSlipDays > 0 ? `+${i.finishSlipDays}` : i.finishSlipDays} working days).
      </p>
      {i.milestones.length === 0 ? (
        <p className="muted">No milestone moves: the slip stays within float.</p>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label="Milestones that move">
            <thead>
              <tr>
                <th scope="col">Milestone</th>
                <th scope="col">Due</th>
                <th scope="col">Forecast now</th>
                <th scope="col">Forecast if it happens</th>
                <th scope="col">Slip</th>
              </tr>
            </thead>
            <tbody>
              {i.milestones.map((m) => (
                <tr key={m.milestoneId}>
                  <th scope="row">{m.name}</th>
                  <td className="nowrap">{formatDay(m.dueDate)}</td>
                  <td className="nowrap">{formatDay(m.forecastBefore)}</td>
                  <td className="nowrap late">{formatDay(m.forecastAfter)}</td>
                  <td className="nowrap">+{m.slipDays} working days</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
