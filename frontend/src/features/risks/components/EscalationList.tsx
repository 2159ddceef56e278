import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { enumLabel, formatDateTime } from '@/lib/format';
import { useEscalations } from '../api/get-escalations';

type Props = { workspaceId: string };

/** Escalations across the workspace: by default the risks still escalated, newest first. */
export function EscalationList({ workspaceId }: Props) {
  const [open, setOpen] = useState(true);
  const escalations = useEscalations(workspaceId, open);
  return (
    <div className="stack">
      <label className="check">
        <input type="checkbox" checked={open} onChange={(e) => setOpen(e.target.checked)} /> Only
        risks still escalated
      </label>
      {escalations.isPending ? (
        <LoadingState label="Loading escalations…" />
      ) : escalations.isError ? (
        <ErrorState
          error={escalations.error}
          title="Escalations could not be loaded"
          onRetry={() => void escalations.refetch()}
        />
      ) : escalations.data.length === 0 ? (
        <EmptyState title="Nothing escalated">
          <p className="muted">Risks raised by hand or by a rule appear here.</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table" aria-label="Escalations">
            <thead>
              <tr>
                <th scope="col">Risk</th>
                <th scope="col">Step</th>
                <th scope="col">Level</th>
                <th scope="col">Why</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {escalations.data.map((e) => (
                <tr key={e.id}>
                  <th scope="row">
                    <Link to={`/projects/${e.projectId}/risks/${e.riskId}`}>{e.riskTitle}</Link>
                  </th>
                  <td>{e.direction === 'up' ? 'Escalated' : 'De-escalated'}</td>
                  <td>
                    {e.level === 0
                      ? 'Not escalated'
                      : `${e.level}${e.levelName ? ` · ${e.levelName}` : ''}`}
                  </td>
                  <td>
                    {e.reason}
                    {e.rule && <span className="badge">Rule: {enumLabel(e.rule)}</span>}
                  </td>
                  <td className="nowrap">{formatDateTime(e.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
