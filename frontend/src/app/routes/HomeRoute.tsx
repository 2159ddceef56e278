import { PageHeader } from '@/components/PageHeader';
import { useMe } from '@/features/auth/api/get-me';
import { MembersPanel } from '@/features/members/components/MembersPanel';
import { CreateWorkspaceForm } from '@/features/workspaces/components/CreateWorkspaceForm';
import { RenameWorkspaceForm } from '@/features/workspaces/components/RenameWorkspaceForm';
import { WorkspaceList } from '@/features/workspaces/components/WorkspaceList';
import { useCurrentWorkspace } from '../current-workspace';
import { usePageTitle } from '@/lib/use-page-title';

const managers = new Set(['owner', 'admin']);

export function HomeRoute() {
  usePageTitle('Home');
  const me = useMe();
  const { membership, select } = useCurrentWorkspace();
  const firstName = me.data?.user.name.split(' ')[0];
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
          <CreateWorkspaceForm onCreated={select} />
        </section>
        {membership ? (
          <div className="stack" key={membership.workspaceId}>
            <MembersPanel
              workspaceId={membership.workspaceId}
              workspaceName={membership.workspaceName}
              canManage={managers.has(membership.role)}
            />
            {managers.has(membership.role) && (
              <section className="card" aria-labelledby="settings-title">
                <h2 id="settings-title">Workspace settings</h2>
                <RenameWorkspaceForm workspaceId={membership.workspaceId} />
              </section>
            )}
          </div>
        ) : (
          <section className="card" aria-labelledby="members-title">
            <h2 id="members-title">Members</h2>
            <p className="muted">Choose or create a workspace to see its members.</p>
          </section>
        )}
      </div>
    </div>
  );
}
