import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { EmptyState } from '@/components/States';
import { ImportWizard } from '@/features/imports/components/ImportWizard';
import { queryKeys } from '@/lib/query-keys';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';
import { canPlanIn } from '../permissions';

/** Import a plan file as a new project of the current workspace. */
export function ImportRoute() {
  usePageTitle('Import a plan');
  const { membership } = useCurrentWorkspace();
  const queryClient = useQueryClient();
  const workspaceId = membership?.workspaceId ?? '';
  const onImported = useCallback(
    () =>
      void Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.projects(workspaceId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.portfolio(workspaceId), exact: true }),
      ]),
    [queryClient, workspaceId],
  );
  return (
    <div className="stack">
      <PageHeader
        title="Import a plan"
        description={
          <>
            A plan file becomes a new project, scheduled by Throughline; for MS Project files you
            see which dates match MS Project&apos;s own. <Link to="/">Back to the portfolio</Link>
          </>
        }
      />
      {!membership ? (
        <EmptyState title="You are not in a workspace yet" />
      ) : !canPlanIn([membership], workspaceId) ? (
        <EmptyState title="Only coordinators can import plans">
          <p className="muted">Ask a coordinator or an admin of {membership.workspaceName}.</p>
        </EmptyState>
      ) : (
        <ImportWizard
          key={workspaceId}
          workspaceId={workspaceId}
          projectHref={(projectId) => `/projects/${projectId}/plan`}
          onImported={onImported}
        />
      )}
    </div>
  );
}
