import { HealthBadge } from '@/components/HealthBadge';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { formatDay } from '@/lib/format';
import { useMilestones } from '../api/get-milestones';
import { MilestoneTimeline } from './MilestoneTimeline';

type Props = {
  projectId: string;
  personName: (personId: string) => string;
  taskLabel: (taskId: string) => string;
  targetFinish?: string | null;
};

/** The project's milestones in due-date order with their forecast from the schedule. */
export function MilestoneList({ projectId, personName, taskLabel, targetFinish }: Props) {
  const milestones = useMilestones(projectId);
  if (milestones.isPending) return <LoadingState label="Loading milestones…" />;
  if (milestones.isError)
    return (
      <ErrorState
        error={milestones.error}
        title="Milestones could not be loaded"
        onRetry={() => void milestones.refetch()}
      />
    );
  if (milestones.data.length === 0)
    return (
      <EmptyState title="No milestones yet">
        <p className="muted">Add a checkpoint with the tasks that gate it.</p>
      </EmptyState>
    );
  const sorted = [...milestones.data].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return (
    <div className="stack">
      <MilestoneTimeline milestones={sorted} targetFinish={targetFinish} />
      <div className="table-wrap">
        <table className="table" aria-label="Milestones">
          <thead>
            <tr>
              <th scope="col">Milestone</th>
              <th scope="col">Owner</th>
              <th scope="col">Due</th>
              <th scope="col">Forecast</th>
              <th scope="col">Health</th>
              <th scope="col">Gating tasks</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((m) => (
              <tr key={m.id}>
                <th scope="row">
                  {m.name}
                  {m.committed && <span className="badge">Committed</span>}
                </th>
                <td>{m.ownerId ? personName(m.ownerId) : <span className="muted">—</span>}</td>
                <td className="nowrap">{formatDay(m.dueDate)}</td>
                <td
                  className={`nowrap${m.forecastDate && m.forecastDate > m.dueDate ? ' late' : ''}`}
                >
                  {formatDay(m.forecastDate)}
                </td>
                <td>
                  <HealthBadge health={m.health} />
                </td>
                <td>
                  {m.gatingTaskIds.length === 0 ? (
                    <span className="muted">none</span>
                  ) : (
                    <ul className="inline-list">
                      {m.gatingTaskIds.map((id) => (
                        <li key={id}>{taskLabel(id)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
