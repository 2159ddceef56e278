import type { ElementType } from 'react';
import { SanitisedHtml } from '@/components/SanitisedHtml';
import { userMessage } from '@/lib/api/user-text';
import { useTaskProcedures } from '../api/get-task-procedures';

type Props = { taskId: string; status: string; Sub: ElementType };

/** "How to do this step": the procedure(s) the workflow attaches to the task's current status. */
export function TaskProcedures({ taskId, status, Sub }: Props) {
  const procedures = useTaskProcedures(taskId, status);
  // said quietly (not an alert): the procedure is help beside the task, not the task itself
  if (procedures.isError)
    return (
      <p className="muted">
        The procedure for this status could not be loaded: {userMessage(procedures.error)}
      </p>
    );
  const items = procedures.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`procedures-${taskId}`} className="task-procedures">
      <Sub id={`procedures-${taskId}`}>Procedure for this status</Sub>
      {items.map((p) => (
        <details key={p.id} open={items.length === 1} className="task-procedure">
          <summary>{p.title}</summary>
          <SanitisedHtml html={p.bodyHtml} label={p.title} />
        </details>
      ))}
    </section>
  );
}
