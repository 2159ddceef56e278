import { useContext, useState } from 'react';
import { LoadMore } from '@/components/LoadMore';
import { SavedNumberInput } from '@/components/SavedNumberInput';
import { ProblemAlert } from '@/components/ProblemAlert';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { enumLabel, formatDay } from '@/lib/format';
import { Link } from 'react-router';
import { ApiError } from '@/lib/api/problem';
import { StatusCatalogContext, statusLabel } from '@/lib/task-status';
import { useMyTasks, type MyTask } from '../api/get-my-tasks';
import './my-work.css';
import { useReportProgress } from '../api/report-progress';

type Props = {
  /** Whether I may report progress in a task's workspace (members and above). */
  canReport: (workspaceId: string) => boolean;
  /** Opens a task's details beside the list; the screen decides how (a side panel). */
  onOpenTask?: (taskId: string) => void;
  /** The task whose details are open, if any. */
  openTaskId?: string | null;
};

/**
 * The signed-in person's open tasks across projects, soonest deadline first, where they report
 * progress: status and % complete.
 */
export function MyWorkList({ canReport, onOpenTask, openTaskId = null }: Props) {
  const tasks = useMyTasks();
  const report = useReportProgress();
  // each task's own project workflow names its statuses
  const statusesOf = useContext(StatusCatalogContext);
  const [reported, setReported] = useState<MyTask | null>(null);
  if (tasks.isPending) return <LoadingState label="Loading your tasks…" />;
  if (tasks.isError)
    return (
      <ErrorState
        error={tasks.error}
        title="Your tasks could not be loaded"
        onRetry={() => void tasks.refetch()}
      />
    );
  // the order follows scheduled finishes, which progress reports move: a task can come back on a
  // later page, so show each once
  const items = [
    ...new Map(tasks.data.pages.flatMap((p) => p.items).map((t) => [t.id, t])).values(),
  ];
  if (items.length === 0)
    return (
      <EmptyState title="Nothing on your plate">
        <p className="muted">Tasks assigned to you show up here.</p>
      </EmptyState>
    );
  const stale = report.error instanceof ApiError && report.error.status === 412;
  return (
    <>
      {report.error ? (
        <ProblemAlert
          error={report.error}
          title={
            stale
              ? `Someone else changed ${reported?.key ?? 'the task'} since you loaded it; it now shows their version`
              : `The progress on ${reported?.key ?? 'the task'} was not saved`
          }
        />
      ) : null}
      <div className="table-wrap">
        <table className="table" aria-label="My tasks">
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Deadline</th>
              <th scope="col">Start</th>
              <th scope="col">Finish</th>
              <th scope="col">Status</th>
              <th scope="col">Complete</th>
              <th scope="col">Priority</th>
            </tr>
          </thead>
          <tbody>
            {items.map((t) => (
              <tr key={t.id} className={t.schedule?.critical ? 'critical' : undefined}>
                <th scope="row">
                  <Link to={`/projects/${t.projectId}/plan`}>
                    <span className="task-key">{t.key}</span> {t.title}
                  </Link>
                  {onOpenTask && (
                    <>
                      {' '}
                      <button
                        type="button"
                        className="btn btn-ghost btn-small"
                        aria-label={`Details of ${t.key}`}
                        aria-expanded={openTaskId === t.id}
                        onClick={() => onOpenTask(t.id)}
                      >
                        Details
                      </button>
                    </>
                  )}
                </th>
                <td className="nowrap">{formatDay(t.deadline)}</td>
                <td className="nowrap">{formatDay(t.schedule?.earlyStart)}</td>
                <td className="nowrap">{formatDay(t.schedule?.earlyFinish)}</td>
                {canReport(t.workspaceId) ? (
                  <>
                    <td>
                      <select
                        aria-label={`Status of ${t.key}`}
                        value={t.status}
                        onChange={(e) => {
                          setReported(t);
                          report.mutate({
                            task: t,
                            progress: { status: e.target.value as MyTask['status'] },
                          });
                        }}
                      >
                        {statusesOf(t.projectId).map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <span className="my-work-progress">
                        <SavedNumberInput
                          value={t.percentComplete}
                          version={t.version}
                          label={`% complete of ${t.key}`}
                          className="percent-input"
                          min={0}
                          max={100}
                          step={5}
                          onSave={(percentComplete, onFailed) => {
                            setReported(t);
                            report.mutate(
                              { task: t, progress: { percentComplete } },
                              { onError: onFailed },
                            );
                          }}
                        />
                        <span aria-hidden="true">%</span>
                      </span>
                    </td>
                  </>
                ) : (
                  <>
                    <td>{statusLabel(statusesOf(t.projectId), t.status)}</td>
                    <td className="nowrap">{t.percentComplete}%</td>
                  </>
                )}
                <td>{enumLabel(t.priority)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <LoadMore
        hasNextPage={tasks.hasNextPage}
        isFetchingNextPage={tasks.isFetchingNextPage}
        fetchNextPage={tasks.fetchNextPage}
        error={tasks.error}
      />
    </>
  );
}
