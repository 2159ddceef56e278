import { Link } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { useMe } from '@/features/auth/api/get-me';
import { MembersPanel } from '@/features/members/components/MembersPanel';
import { CreateWorkspaceForm } from '@/features/workspaces/components/CreateWorkspaceForm';
import { RenameWorkspaceForm } from '@/features/workspaces/components/RenameWorkspaceForm';
import { WorkspaceList } from '@/features/workspaces/components/WorkspaceList';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';

const managers = new Set(['owner', 'admin']);

export function WorkspaceRoute() {
  usePageTitle('Workspace');
  const me = useMe();
  const { membership, select } = useCurrentWorkspace();
  const firstName = me.data?.user.name.split(' ')[0];
  const canManage = membership !== null && managers.has(membership.role);
  return (
    <div className="stack">
      <PageHeader
        title={firstName ? `Welcome, ${firstName}` : 'Welcome'}
        description="Your workspaces and the people in them."
      />
      <div className="grid-2">
        <section className="card" aria-labelledby="workspaces-title">
          <h2 id="workspaces-title">Your workspaces</h2>
          <WorkspaceList currentWorkspaceId={membership?.workspaceId ?? null} onSelect={select} />
        </section>
        <div className="stack">
          {membership && canManage && (
            <section className="card" aria-labelledby="settings-title" key={membership.workspaceId}>
              <h2 id="settings-title">Workspace settings</h2>
              <RenameWorkspaceForm workspaceId={membership.workspaceId} />
              <p>
                <Link to="/workspace/webhooks">Webhooks</Link>{' '}
                <span className="muted">— send this workspace&apos;s events to other systems</span>
              </p>
            </section>
          )}
          <section className="card" aria-labelledby="new-workspace-title">
            <h2 id="new-workspace-title">New workspace</h2>
            <CreateWorkspaceForm onCreated={select} />
          </section>
        </div>
      </div>
      {membership ? (
        <MembersPanel
          key={membership.workspaceId}
          workspaceId={membership.workspaceId}
          workspaceName={membership.workspaceName}
          canManage={canManage}
        />
      ) : (
        <section className="card" aria-labelledby="members-title">
          <h2 id="members-title">Members</h2>
          <p className="muted">Choose or create a workspace to see its members.</p>
        </section>
      )}
    </div>
  );
}
