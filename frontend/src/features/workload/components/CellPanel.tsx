import { useEffect, useRef } from 'react';
import { Button } from '@/components/Button';
import { ErrorState, LoadingState } from '@/components/States';
import { enumLabel, formatDay } from '@/lib/format';
import type { Absence } from '../absence';
import { useTaskSummaries } from '../api/get-task-summaries';
import { useWorkload, type PersonWorkload } from '../api/get-workload';
import { cellLabel, formatHours, type WorkloadPeriod } from '../utilization';
import { addDays, formatDayMonth, formatWeekday } from '../weeks';

type Props = {
  workspaceId: string;
  person: PersonWorkload;
  period: WorkloadPeriod;
  absence?: Absence | undefined;
  onClose: () => void;
};

/**
 * The tasks behind one person-week. The workload names tasks only for over-allocated runs, so the
 * panel asks for that person's days in that week: the runs then cover exactly this week.
 */
export function CellPanel({ workspaceId, person, period, absence, onClose }: Props) {
  const weekEnd = addDays(period.start, 6);
  const days = useWorkload({
    workspaceId,
    from: period.start,
    to: weekEnd,
    granularity: 'day',
    personId: person.personId,
  });
  const taskIds = [
    ...new Set(
      (days.data?.people ?? []).flatMap((p) => p.overallocations.flatMap((o) => o.taskIds)),
    ),
  ];
  const tasks = useTaskSummaries(taskIds);
  const summary = cellLabel(person.name, formatDayMonth(period.start), period, absence);
  const headingId = `cell-panel-${person.personId}-${period.start}`;
  const panelRef = useRef<HTMLElement>(null);
  // On narrow screens the panel opens below the heatmap; bring it into view (a no-op when it is).
  useEffect(() => {
    panelRef.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, []);
  return (
    <section ref={panelRef} className="card side-panel" aria-labelledby={headingId}>
      <div className="side-panel-head">
        <h2 id={headingId}>
          {person.name}, week of {formatDayMonth(period.start)}
        </h2>
        <Button variant="ghost" className="btn-sm" onClick={onClose}>
          Close
        </Button>
      </div>
      <p>{summary.slice(summary.indexOf(': ') + 2)}</p>
      {days.data && (days.data.people[0]?.periods.length ?? 0) > 0 && (
        <table className="table day-table">
          <caption className="visually-hidden">Booked and available hours per day</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Booked</th>
              <th scope="col">Capacity</th>
            </tr>
          </thead>
          <tbody>
            {days.data.people[0]?.periods.map((day) => (
              <tr key={day.start} className={day.overallocated ? 'day-over' : undefined}>
                <th scope="row">{formatWeekday(day.start)}</th>
                <td>{formatHours(day.demandHours)} h</td>
                <td>
                  {day.capacityHours > 0 ? `${formatHours(day.capacityHours)} h` : 'Not working'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>Over-allocating tasks</h3>
      {days.isPending ? (
        <LoadingState label="Loading the tasks…" />
      ) : days.isError ? (
        <ErrorState
          error={days.error}
          title="The tasks could not be loaded"
          onRetry={() => void days.refetch()}
        />
      ) : taskIds.length === 0 ? (
        <p className="muted">No over-allocation this week, so no tasks to untangle.</p>
      ) : (
        <ul className="cell-tasks" aria-label="Tasks in this week">
          {tasks.map((t, i) => (
            <li key={taskIds[i]}>
              {t.data ? (
                <>
                  <span className="task-key">{t.data.key}</span> {t.data.title}
                  <span className="muted">
                    {' '}
                    · {enumLabel(t.data.status)} · {formatDay(t.data.schedule?.earlyStart)} →{' '}
                    {formatDay(t.data.schedule?.earlyFinish)}
                  </span>
                </>
              ) : t.isError ? (
                <span className="field-error">This task could not be loaded.</span>
              ) : (
                <span className="muted">Loading…</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
