import { Button } from '@/components/Button';
import { ErrorState, LoadingState } from '@/components/States';
import { formatDay, formatDays } from '@/lib/format';
import { useExplainTask } from '../api/explain-task';
import type { TaskSchedule } from '../api/get-tasks';

type Props = {
  taskId: string;
  title: string;
  schedule: TaskSchedule | undefined;
  onClose: () => void;
  /** Follows the chain: shows another task of it. */
  onSelectTask?: (taskId: string) => void;
  /** Whether a task of the chain can be shown here (a predecessor may be in another project). */
  canSelect?: (taskId: string) => boolean;
};

/** Why a task is where it is: the chain of drivers back to what fixed its start. */
export function ExplainPanel({
  taskId,
  title,
  schedule,
  onClose,
  onSelectTask,
  canSelect = () => true,
}: Props) {
  const explain = useExplainTask(taskId);
  return (
    <aside className="card explain" aria-labelledby="explain-title">
      <div className="explain-head">
        <h2 id="explain-title">Why {title} is scheduled here</h2>
        <Button variant="ghost" className="btn-sm" onClick={onClose}>
          Close
        </Button>
      </div>
      {schedule && (
        <p className="muted">
          {formatDay(schedule.earlyStart)} → {formatDay(schedule.earlyFinish)} · total float{' '}
          {formatDays(schedule.totalFloatDays)}
          {schedule.critical ? ' · critical' : ''}
        </p>
      )}
      {explain.isPending ? (
        <LoadingState label="Tracing the driving chain…" />
      ) : explain.isError ? (
        <ErrorState
          error={explain.error}
          title="The explanation could not be loaded"
          onRetry={() => void explain.refetch()}
        />
      ) : explain.data.chain.length === 0 ? (
        <p className="muted">Nothing drives this task.</p>
      ) : (
        <ol className="explain-chain" aria-label="Driving chain">
          {explain.data.chain.map((step) => (
            <li key={step.taskId}>
              <p>
                {onSelectTask && step.taskId !== taskId && canSelect(step.taskId) ? (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onSelectTask(step.taskId)}
                  >
                    <span className="task-key">{step.key}</span> <strong>{step.title}</strong>
                  </button>
                ) : (
                  <>
                    <span className="task-key">{step.key}</span> <strong>{step.title}</strong>
                  </>
                )}
              </p>
              <p className="muted">
                {formatDay(step.earlyStart)} → {formatDay(step.earlyFinish)}
              </p>
              <p>{step.reason}</p>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
