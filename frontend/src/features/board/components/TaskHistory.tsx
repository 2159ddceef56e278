import { ErrorState, LoadingState } from '@/components/States';
import { formatDateTime } from '@/lib/format';
import { useTransitions } from '../api/get-transitions';

type Props = {
  taskId: string;
  statusName: (key: string) => string;
  userName: (userId: string) => string;
};

/** A task's moves, newest first: from → to, who, when and the comment. */
export function TaskHistory({ taskId, statusName, userName }: Props) {
  const history = useTransitions(taskId);
  if (history.isPending) return <LoadingState label="Loading the history…" />;
  if (history.isError)
    return (
      <ErrorState
        error={history.error}
        title="The history could not be loaded"
        onRetry={() => void history.refetch()}
      />
    );
  if (history.data.items.length === 0) return <p className="muted">No moves yet.</p>;
  return (
    <ol className="task-history">
      {history.data.items.map((t) => (
        <li key={`${t.at}-${t.to}`}>
          <span>
            {t.from ? statusName(t.from) : 'Created'} → {statusName(t.to)}
          </span>
          <span className="muted">
            {' '}
            · {userName(t.byUserId)} · {formatDateTime(t.at)}
            {t.wipExceeded && ' · over WIP limit'}
          </span>
          {t.comment && <q className="history-comment">{t.comment}</q>}
        </li>
      ))}
    </ol>
  );
}
