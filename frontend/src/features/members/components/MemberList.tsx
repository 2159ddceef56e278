import { LoadMore } from '@/components/LoadMore';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { useMembers } from '../api/get-members';
import { MemberRow } from './MemberRow';

type Props = { workspaceId: string; canManage: boolean };

export function MemberList({ workspaceId, canManage }: Props) {
  const members = useMembers(workspaceId);
  if (members.isPending) return <LoadingState label="Loading members…" />;
  if (members.data === undefined)
    return (
      <ErrorState
        error={members.error}
        title="Members could not be loaded"
        onRetry={() => void members.refetch()}
      />
    );
  const items = members.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <EmptyState title="No members yet" />;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Workspace members</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Joined</th>
            {canManage && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <MemberRow key={m.userId} workspaceId={workspaceId} member={m} canManage={canManage} />
          ))}
        </tbody>
      </table>
      <LoadMore
        hasNextPage={members.hasNextPage}
        isFetchingNextPage={members.isFetchingNextPage}
        fetchNextPage={() => members.fetchNextPage()}
        error={members.isFetchNextPageError ? members.error : null}
      />
    </div>
  );
}
