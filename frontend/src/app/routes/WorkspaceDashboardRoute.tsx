import { PageHeader } from '@/components/PageHeader';
import { Dashboard } from '@/features/dashboards/components/Dashboard';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';

export function WorkspaceDashboardRoute() {
  usePageTitle('Dashboard');
  const { membership } = useCurrentWorkspace();
  return (
    <div className="stack">
      <PageHeader
        title="Dashboard"
        description="Delivery across every project of the workspace over the last six months."
      />
      {membership ? (
        <Dashboard
          key={membership.workspaceId}
          scope={{ kind: 'workspace', id: membership.workspaceId }}
          workspaceId={membership.workspaceId}
        />
      ) : (
        <p className="muted">Choose or create a workspace to see its dashboard.</p>
      )}
    </div>
  );
}
