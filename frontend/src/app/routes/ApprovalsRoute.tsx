import { useCallback, useContext } from 'react';
import { PageHeader } from '@/components/PageHeader';
import { ApprovalsScreen } from '@/features/approvals/components/ApprovalsScreen';
import { StatusCatalogContext, statusLabel } from '@/lib/task-status';
import { usePageTitle } from '@/lib/use-page-title';

export function ApprovalsRoute() {
  usePageTitle('Approvals');
  const catalog = useContext(StatusCatalogContext);
  const statusName = useCallback(
    (projectId: string, key: string) => statusLabel(catalog(projectId), key),
    [catalog],
  );
  return (
    <div className="stack">
      <PageHeader
        title="Approvals"
        description="Tasks waiting for your decision. Approve to let them move on; reject with a comment to send them back."
      />
      <ApprovalsScreen statusName={statusName} />
    </div>
  );
}
