import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { roleLabel } from '@/lib/format';
import { useAnswerInvitation } from '../api/answer-invitation';
import { useMyInvitations } from '../api/get-my-invitations';

/**
 * Invitations to workspaces waiting for the signed-in user's answer, shown on every screen until
 * answered. A failure to load them leaves the screen alone: the invitations wait on the server and
 * show on the next load, and the screen the user came for matters more.
 */
export function InvitationsBanner() {
  const invitations = useMyInvitations();
  const answer = useAnswerInvitation();
  const items = invitations.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="card invitations" aria-labelledby="invitations-banner-title">
      <h2 id="invitations-banner-title">
        {items.length === 1 ? 'You are invited to a workspace' : 'You are invited to workspaces'}
      </h2>
      <ProblemAlert error={answer.error} />
      <ul>
        {items.map((invitation) => {
          const busy = answer.isPending && answer.variables.invitationId === invitation.id;
          return (
            <li key={invitation.id} className="invitation">
              <span>
                <strong>{invitation.workspaceName}</strong> as {roleLabel(invitation.role)}
              </span>{' '}
              <span className="confirm">
                <Button
                  className="btn-sm"
                  busy={busy && answer.variables.answer === 'accept'}
                  disabled={busy}
                  onClick={() => answer.mutate({ invitationId: invitation.id, answer: 'accept' })}
                  aria-label={`Accept the invitation to ${invitation.workspaceName}`}
                >
                  Accept
                </Button>
                <Button
                  variant="ghost"
                  className="btn-sm"
                  busy={busy && answer.variables.answer === 'decline'}
                  disabled={busy}
                  onClick={() => answer.mutate({ invitationId: invitation.id, answer: 'decline' })}
                  aria-label={`Decline the invitation to ${invitation.workspaceName}`}
                >
                  Decline
                </Button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
