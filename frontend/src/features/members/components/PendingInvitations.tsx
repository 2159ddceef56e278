import { Button } from '@/components/Button';
import { LoadMore } from '@/components/LoadMore';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ErrorState, LoadingState } from '@/components/States';
import { formatDate, roleLabel } from '@/lib/format';
import { useInvitations } from '../api/get-invitations';
import { useWithdrawInvitation } from '../api/withdraw-invitation';

/** Invitations nobody has answered yet: these people are not members until they accept. */
export function PendingInvitations({ workspaceId }: { workspaceId: string }) {
  const invitations = useInvitations(workspaceId);
  const withdraw = useWithdrawInvitation(workspaceId);
  if (invitations.isPending) return <LoadingState label="Loading invitations…" />;
  if (invitations.data === undefined)
    return (
      <ErrorState
        error={invitations.error}
        title="Invitations could not be loaded"
        onRetry={() => void invitations.refetch()}
      />
    );
  const items = invitations.data.pages.flatMap((page) => page.items);
  return (
    <div className="subsection">
      <h3 id="invitations-title">Invited, not yet accepted</h3>
      {items.length === 0 ? (
        <p className="muted">No open invitations.</p>
      ) : (
        <div className="table-wrap">
          <ProblemAlert error={withdraw.error} />
          <table className="table" aria-labelledby="invitations-title">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Invited</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row" className="email">
                    {invitation.email}
                  </th>
                  <td>
                    <span className={`role role-${invitation.role}`}>
                      {roleLabel(invitation.role)}
                    </span>{' '}
                    <span className="muted">· invited</span>
                  </td>
                  <td className="nowrap">{formatDate(invitation.invitedAt)}</td>
                  <td className="actions">
                    <Button
                      variant="ghost"
                      className="btn-sm"
                      busy={withdraw.isPending && withdraw.variables === invitation.id}
                      onClick={() => withdraw.mutate(invitation.id)}
                      aria-label={`Withdraw the invitation of ${invitation.email}`}
                    >
                      Withdraw
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMore
        hasNextPage={invitations.hasNextPage}
        isFetchingNextPage={invitations.isFetchingNextPage}
        fetchNextPage={() => invitations.fetchNextPage()}
        error={invitations.isFetchNextPageError ? invitations.error : null}
      />
    </div>
  );
}
