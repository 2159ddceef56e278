import { enumLabel, formatDay, formatDays } from '@/lib/format';
import type { TaskLabel } from '../api/get-project-task-labels';
import type { Leveling } from '../api/level-resources';
import { formatHours } from '../utilization';

type Props = {
  result: Leveling;
  taskLabel: (taskId: string) => TaskLabel | undefined;
  personName: (personId: string) => string;
};

/**
 * Before/after of a levelling run: the finish, what it does to each project (finish and the
 * milestones that move) before the tasks that start later, and what is left.
 */
export function LevelingDiff({ result, taskLabel, personName }: Props) {
  const finishMoves = result.finishAfter.slice(0, 10) !== result.finishBefore.slice(0, 10);
  return (
    <div className="stack leveling-diff">
      <dl className="facts">
        <dt>Finish before</dt>
        <dd>{formatDay(result.finishBefore)}</dd>
        <dt>Finish after</dt>
        <dd className={finishMoves ? 'late' : undefined}>
          {formatDay(result.finishAfter)}
          {finishMoves ? ' (later)' : ' (unchanged)'}
        </dd>
        <dt>Tasks delayed</dt>
        <dd>{result.changes.length}</dd>
        <dt>Over-allocations left</dt>
        <dd>{result.remainingOverallocations.length}</dd>
      </dl>
      {result.projects.length > 0 && (
        <div className="table-wrap">
          <table className="table leveling-impact">
            <caption>What the delays do to each project</caption>
            <thead>
              <tr>
                <th scope="col">Project</th>
                <th scope="col">Finish now</th>
                <th scope="col">Finish levelled</th>
                <th scope="col">Milestones that move</th>
              </tr>
            </thead>
            <tbody>
              {result.projects.map((p) => {
                const moves = p.finishDeltaDays !== 0;
                return (
                  <tr key={p.projectId}>
                    <th scope="row">
                      <span className="task-key">{p.key}</span> {p.name}
                    </th>
                    <td>{formatDay(p.finishBefore)}</td>
                    <td className={p.finishDeltaDays > 0 ? 'late' : undefined}>
                      {formatDay(p.finishAfter)}
                      {moves
                        ? ` (${p.finishDeltaDays > 0 ? '+' : ''}${formatDays(p.finishDeltaDays)})`
                        : ' (unchanged)'}
                    </td>
                    <td>
                      {p.milestones.length === 0 ? (
                        <span className="muted">None</span>
                      ) : (
                        <ul className="plain-list">
                          {p.milestones.map((m) => (
                            <li key={m.milestoneId}>
                              {m.name}: {formatDay(m.forecastBefore)} → {formatDay(m.forecastAfter)}
                              {m.healthAfter !== m.healthBefore &&
                                ` (${enumLabel(m.healthBefore)} → ${enumLabel(m.healthAfter)})`}
                              , due {formatDay(m.dueDate)}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {result.changes.length === 0 ? (
        <p className="muted">Nothing to move: no task can start later to remove over-allocation.</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Tasks that start later</caption>
            <thead>
              <tr>
                <th scope="col">Task</th>
                <th scope="col">Start before</th>
                <th scope="col">Start after</th>
                <th scope="col">Delay</th>
              </tr>
            </thead>
            <tbody>
              {result.changes.map((change) => {
                const label = taskLabel(change.taskId);
                return (
                  <tr key={change.taskId}>
                    <th scope="row">
                      {label ? (
                        <>
                          <span className="task-key">{label.key}</span> {label.title}
                        </>
                      ) : (
                        <span className="muted">Task {change.taskId.slice(0, 8)}</span>
                      )}
                    </th>
                    <td>{formatDay(change.oldStart)}</td>
                    <td>{formatDay(change.newStart)}</td>
                    <td>{formatDays(change.delayDays)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {result.remainingOverallocations.length > 0 && (
        <details>
          <summary>
            {result.remainingOverallocations.length} over-allocations levelling cannot remove
            {result.mode === 'within_float' && ' without moving the finish'}
          </summary>
          <ul>
            {result.remainingOverallocations.map((o, i) => (
              <li key={`${o.personId}-${o.startDate}-${i}`}>
                {personName(o.personId)}: {formatDay(o.startDate)}
                {o.endDate !== o.startDate && ` – ${formatDay(o.endDate)}`},{' '}
                {formatHours(o.excessHours)} h over
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
