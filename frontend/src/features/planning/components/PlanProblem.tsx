import { ApiError } from '@/lib/api/problem';
import { developerDetail, userMessage } from '@/lib/api/user-text';

type Props = { error: unknown; title?: string; taskLabel: (taskId: string) => string };

/**
 * The problem detail of a failed planning call; a refused dependency (409) also lists the tasks
 * on the cycle it would close, and a stale edit (412) says someone else changed the task.
 */
export function PlanProblem({ error, title, taskLabel }: Props) {
  if (error === null || error === undefined) return null;
  const cycle =
    error instanceof ApiError && Array.isArray((error.problem as { cycle?: unknown }).cycle)
      ? ((error.problem as { cycle: unknown[] }).cycle.filter(
          (id) => typeof id === 'string',
        ) as string[])
      : [];
  const stale = error instanceof ApiError && error.status === 412;
  return (
    <div role="alert" className="alert alert-error">
      {title && <p className="alert-title">{title}</p>}
      {stale ? (
        <p>
          Someone else changed this task since you loaded it. The row now shows their version; make
          your change again if it is still needed.
        </p>
      ) : (
        <p>{userMessage(error)}</p>
      )}
      {cycle.length > 0 && (
        <>
          <p>The loop would run through:</p>
          <ol aria-label="Tasks on the cycle" className="cycle-list">
            {cycle.map((id) => (
              <li key={id}>{taskLabel(id)}</li>
            ))}
          </ol>
        </>
      )}
      {developerDetail(error) !== undefined && (
        <details className="problem-details">
          <summary>Details</summary>
          <pre>{developerDetail(error)}</pre>
        </details>
      )}
    </div>
  );
}
