import '../risks.css';
import { useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/Button';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { enumLabel, formatDay } from '@/lib/format';
import { useRisks, type Risk } from '../api/get-risks';
import { HeatMap, type Cell } from './HeatMap';
import { SeverityBadge } from './SeverityBadge';

type SortKey = 'score' | 'title' | 'status' | 'dueDate' | 'escalationLevel';
type Sort = { key: SortKey; descending: boolean };

const columns: { key: SortKey; label: string }[] = [
  { key: 'title', label: 'Risk' },
  { key: 'score', label: 'Score' },
  { key: 'status', label: 'Status' },
  { key: 'dueDate', label: 'Due' },
  { key: 'escalationLevel', label: 'Escalation' },
];

function compare(a: Risk, b: Risk, key: SortKey): number {
  const x = a[key] ?? '';
  const y = b[key] ?? '';
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x).localeCompare(String(y));
}

type Props = { projectId: string; personName: (id: string) => string };

/** The register: a heat map to filter by cell and a table sortable by any column (score first). */
export function RiskRegister({ projectId, personName }: Props) {
  const risks = useRisks(projectId);
  const [sort, setSort] = useState<Sort>({ key: 'score', descending: true });
  const [cell, setCell] = useState<Cell | null>(null);
  const [showClosed, setShowClosed] = useState(false);
  if (risks.isPending) return <LoadingState label="Loading risks…" />;
  if (risks.isError)
    return (
      <ErrorState
        error={risks.error}
        title="Risks could not be loaded"
        onRetry={() => void risks.refetch()}
      />
    );
  const visible = risks.data.filter((r) => showClosed || r.status !== 'closed');
  if (risks.data.length === 0)
    return (
      <EmptyState title="No risks yet">
        <p className="muted">Add what could go wrong, with the tasks it would delay.</p>
      </EmptyState>
    );
  const shown = visible
    .filter((r) => !cell || (r.probability === cell.probability && r.impact === cell.impact))
    .sort((a, b) => {
      const order = compare(a, b, sort.key) || b.score - a.score || a.title.localeCompare(b.title);
      return sort.descending ? -order : order;
    });

  function sortBy(key: SortKey) {
    setSort((s) => ({ key, descending: s.key === key ? !s.descending : key === 'score' }));
  }

  return (
    <div className="risk-register">
      <div className="risk-register-side">
        <HeatMap risks={visible} selected={cell} onSelect={setCell} />
        <label className="check">
          <input
            type="checkbox"
            checked={showClosed}
            onChange={(e) => setShowClosed(e.target.checked)}
          />{' '}
          Show closed risks
        </label>
        {cell && (
          <Button variant="ghost" className="btn-sm" onClick={() => setCell(null)}>
            Show all cells
          </Button>
        )}
      </div>
      <div className="table-wrap">
        <table className="table" aria-label="Risk register">
          <thead>
            <tr>
              {columns.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={
                    sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined
                  }
                >
                  <button type="button" className="sort" onClick={() => sortBy(c.key)}>
                    {c.label}
                    <span aria-hidden="true">
                      {sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                    </span>
                  </button>
                </th>
              ))}
              <th scope="col">Owner</th>
              <th scope="col">Impact days</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id} className={r.status === 'closed' ? 'muted' : undefined}>
                <th scope="row">
                  <Link to={r.id}>{r.title}</Link>
                  {r.kind === 'issue' && <span className="badge">Issue</span>}
                </th>
                <td className="nowrap">
                  <SeverityBadge severity={r.severity} score={r.score} />
                </td>
                <td>{enumLabel(r.status)}</td>
                <td className="nowrap">{formatDay(r.dueDate)}</td>
                <td>{r.escalationLevel > 0 ? `Level ${r.escalationLevel}` : '—'}</td>
                <td>{r.ownerId ? personName(r.ownerId) : <span className="muted">—</span>}</td>
                <td>{r.scheduleImpactDays > 0 ? `${r.scheduleImpactDays} d` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 && <p className="muted">No risks in this cell.</p>}
      </div>
    </div>
  );
}
