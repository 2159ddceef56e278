import { LoadMore } from '@/components/LoadMore';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { enumLabel, formatDay } from '@/lib/format';
import { Link } from 'react-router';
import { useMyTasks } from '../api/get-my-tasks';

/** The signed-in person's open tasks across projects, soonest deadline first. */
export function MyWorkList() {
  const tasks = useMyTasks();
  if (tasks.isPending) return <LoadingState label="Loading your tasks…" />;
  if (tasks.isError)
    return (
      <ErrorState
        error={tasks.error}
        title="Your tasks could not be loaded"
        onRetry={() => void tasks.refetch()}
      />
    );
  const items = tasks.data.pages.flatMap((p) => p.items);
  if (items.length === 0)
    return (
      <EmptyState title="Nothing on your plate">
        <p className="muted">Tasks assigned to you show up here.</p>
      </EmptyState>
    );
  return (
    <>
      <div className="table-wrap">
        <table className="table" aria-label="My tasks">
          <thead>
            <tr>
              <th scope="col">Task</th>
              <th scope="col">Deadline</th>
              <th scope="col">Start</th>
              <th scope="col">Finish</th>
              <th scope="col">Status</th>
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
                </th>
                <td className="nowrap">{formatDay(t.deadline)}</td>
                <td className="nowrap">{formatDay(t.schedule?.earlyStart)}</td>
                <td className="nowrap">{formatDay(t.schedule?.earlyFinish)}</td>
                <td>{enumLabel(t.status)}</td>
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
