import { useMemo, useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { TaskPicker } from '@/components/TaskPicker';
import { HealthBadge } from '@/components/HealthBadge';
import { ProblemAlert } from '@/components/ProblemAlert';
import { TextField } from '@/components/TextField';
import { formatDay, formatDays } from '@/lib/format';
import { usePreviewSchedule } from '../api/preview-schedule';
import type { WbsRow } from '../wbs';

type Change = { taskId: string; durationDays: number };

/**
 * A sandbox: try new durations and see how the finish date and milestones would move.
 * The preview call saves nothing.
 */
export function WhatIfPanel({ projectId, rows }: { projectId: string; rows: WbsRow[] }) {
  const preview = usePreviewSchedule(projectId);
  const [changes, setChanges] = useState<Change[]>([]);
  const [taskId, setTaskId] = useState('');
  const [duration, setDuration] = useState('');
  const leaves = useMemo(() => rows.filter((r) => !r.task.summary).map((r) => r.task), [rows]);
  const byId = useMemo(() => new Map(rows.map((r) => [r.task.id, r.task])), [rows]);

  function add(event: FormEvent) {
    event.preventDefault();
    const days = Number(duration);
    if (!taskId || duration.trim() === '' || !Number.isFinite(days) || days < 0) return;
    setChanges((list) => [
      ...list.filter((c) => c.taskId !== taskId),
      { taskId, durationDays: days },
    ]);
    setDuration('');
    preview.reset();
  }

  const result = preview.data;
  return (
    <div className="stack what-if">
      <p className="muted">
        Try different durations in a sandbox. Nothing is saved until you edit the plan itself.
      </p>
      <form onSubmit={add} noValidate aria-label="Try a new duration" className="form">
        <div className="form-row">
          <TaskPicker
            label="Task to change"
            tasks={leaves}
            value={taskId}
            onChange={(id) => {
              setTaskId(id);
              const task = byId.get(id);
              setDuration(task ? String(task.durationDays) : '');
            }}
          />
          <TextField
            label="New duration (days)"
            type="number"
            min={0}
            step="any"
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
          />
          <div className="form-actions">
            <Button type="submit" variant="secondary" disabled={!taskId}>
              Add to sandbox
            </Button>
          </div>
        </div>
      </form>
      {changes.length > 0 && (
        <>
          <ul className="change-list" aria-label="Sandbox changes">
            {changes.map((c) => {
              const task = byId.get(c.taskId);
              return (
                <li key={c.taskId}>
                  <span>
                    {task?.key} {task?.title}: {formatDays(task?.durationDays)} →{' '}
                    <strong>{formatDays(c.durationDays)}</strong>
                  </span>
                  <Button
                    variant="ghost"
                    className="btn-sm"
                    onClick={() => {
                      setChanges((list) => list.filter((x) => x.taskId !== c.taskId));
                      preview.reset();
                    }}
                  >
                    Remove {task?.key}
                  </Button>
                </li>
              );
            })}
          </ul>
          <div>
            <Button busy={preview.isPending} onClick={() => preview.mutate(changes)}>
              Preview the impact
            </Button>
          </div>
        </>
      )}
      <ProblemAlert error={preview.error} title="The preview failed" />
      {result && (
        <section aria-label="Impact of the changes" className="impact">
          <p>
            Finish <strong>{formatDay(result.finishBefore)}</strong> →{' '}
            <strong>{formatDay(result.finishAfter)}</strong>{' '}
            <span className={result.finishDeltaDays > 0 ? 'late' : 'muted'}>
              ({result.finishDeltaDays > 0 ? '+' : ''}
              {formatDays(result.finishDeltaDays)})
            </span>
          </p>
          {result.milestones.length === 0 ? (
            <p className="muted">No milestone moves.</p>
          ) : (
            <table className="table" aria-label="Milestones that move">
              <thead>
                <tr>
                  <th scope="col">Milestone</th>
                  <th scope="col">Due</th>
                  <th scope="col">Forecast before</th>
                  <th scope="col">Forecast after</th>
                  <th scope="col">Health after</th>
                </tr>
              </thead>
              <tbody>
                {result.milestones.map((m) => (
                  <tr key={m.milestoneId}>
                    <th scope="row">{m.name}</th>
                    <td>{formatDay(m.dueDate)}</td>
                    <td>{formatDay(m.forecastBefore)}</td>
                    <td>{formatDay(m.forecastAfter)}</td>
                    <td>
                      <HealthBadge health={m.healthAfter} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </div>
  );
}
