import { LoadMore } from '@/components/LoadMore';
import { EmptyState, ErrorState, LoadingState } from '@/components/States';
import { formatDate, roleLabel } from '@/lib/format';
import { useMembers } from '../api/get-members';

export function MemberList({ workspaceId }: { workspaceId: string }) {
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
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.userId}>
              <th scope="row">{m.name}</th>
              <td className="email">{m.email}</td>
              <td>
                <span className={`role role-${m.role}`}>{roleLabel(m.role)}</span>
              </td>
              <td className="nowrap">{formatDate(m.joinedAt)}</td>
            </tr>
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
