import { AddMemberForm } from './AddMemberForm';
import { MemberList } from './MemberList';
import { PendingInvitations } from './PendingInvitations';

type Props = { workspaceId: string; workspaceName: string; canManage: boolean };

export function MembersPanel({ workspaceId, workspaceName, canManage }: Props) {
  return (
    <section className="card" aria-labelledby="members-title">
      <h2 id="members-title">Members of {workspaceName}</h2>
      {canManage ? (
        <div className="subsection">
          <h3>Invite a member</h3>
          <AddMemberForm workspaceId={workspaceId} />
        </div>
      ) : (
        <p className="muted">Only owners and admins can invite members.</p>
      )}
      <MemberList workspaceId={workspaceId} canManage={canManage} />
      {canManage && <PendingInvitations workspaceId={workspaceId} />}
    </section>
  );
}
