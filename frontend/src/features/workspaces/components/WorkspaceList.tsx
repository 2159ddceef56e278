import { Button } from '@/components/Button';
import { LoadMore } from '@/components/LoadMore';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { formatDate, roleLabel } from '@/lib/format';
import { useWorkspaces } from '../api/get-workspaces';

type Props = {
  currentWorkspaceId: string | null;
  onSelect: (workspaceId: string) => void;
};

export function WorkspaceList({ currentWorkspaceId, onSelect }: Props) {
  const workspaces = useWorkspaces();
  if (workspaces.isPending) return <LoadingState label="Loading workspaces…" />;
  if (workspaces.data === undefined)
    return (
      <ErrorState
        error={workspaces.error}
        title="Your workspaces could not be loaded"
        onRetry={() => void workspaces.refetch()}
      />
    );
  const items = workspaces.data.pages.flatMap((page) => page.items);
  if (items.length === 0)
    return (
      <EmptyState title="You are not in any workspace yet">
        <p>Create one below, or ask a workspace admin to add you.</p>
      </EmptyState>
    );
  return (
    <>
      <ul className="workspace-list" aria-label="Your workspaces">
        {items.map((w) => {
          const current = w.id === currentWorkspaceId;
          return (
            <li key={w.id} className={current ? 'workspace-item current' : 'workspace-item'}>
              <div>
                <p className="workspace-name">{w.name}</p>
                <p className="muted">
                  <span className={`role role-${w.role}`}>{roleLabel(w.role)}</span> · since{' '}
                  {formatDate(w.createdAt)}
                </p>
              </div>
              {current ? (
                <span className="badge" aria-label={`${w.name} is the current workspace`}>
                  Current
                </span>
              ) : (
                <Button
                  variant="secondary"
                  onClick={() => onSelect(w.id)}
                  aria-label={`Switch to ${w.name}`}
                >
                  Switch
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      <LoadMore
        hasNextPage={workspaces.hasNextPage}
        isFetchingNextPage={workspaces.isFetchingNextPage}
        fetchNextPage={() => workspaces.fetchNextPage()}
        error={workspaces.isFetchNextPageError ? workspaces.error : null}
      />
    </>
  );
}
