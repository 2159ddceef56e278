import { Link } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { WebhooksPanel } from '@/features/webhooks/components/WebhooksPanel';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';

const managers = new Set(['owner', 'admin']);

/** Workspace settings → webhooks (owners and admins). */
export function WebhooksRoute() {
  usePageTitle('Webhooks');
  const { membership } = useCurrentWorkspace();
  const canManage = membership !== null && managers.has(membership.role);
  return (
    <div className="stack">
      <PageHeader
        title="Webhooks"
        description={
          membership
            ? `Send ${membership.workspaceName}'s events to other systems, signed with a secret.`
            : 'Send the workspace’s events to other systems.'
        }
        actions={<Link to="/workspace">Workspace settings</Link>}
      />
      {membership && canManage && (
        <WebhooksPanel key={membership.workspaceId} workspaceId={membership.workspaceId} />
      )}
      {membership && !canManage && (
        <p className="alert alert-info">
          Only the workspace&apos;s owners and admins manage webhooks.
        </p>
      )}
      {!membership && <p className="muted">Choose or create a workspace first.</p>}
    </div>
  );
}
