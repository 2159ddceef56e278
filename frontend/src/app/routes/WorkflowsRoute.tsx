import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { PageHeader } from '@/components/PageHeader';
import { peopleQueryOptions } from '@/features/people/api/get-people';
import { proceduresQueryOptions } from '@/features/procedures/api/get-procedures';
import { WorkflowsScreen } from '@/features/workflows/components/WorkflowsScreen';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';
import { canPlanIn } from '../permissions';

export function WorkflowsRoute() {
  usePageTitle('Workflows');
  const { membership, memberships } = useCurrentWorkspace();
  return (
    <div className="stack">
      <PageHeader
        title="Workflows"
        description="The statuses tasks move through, with WIP limits, approval steps and the moves allowed. Each project picks one."
      />
      {membership ? (
        <WorkflowsForWorkspace
          key={membership.workspaceId}
          workspaceId={membership.workspaceId}
          canEdit={canPlanIn(memberships, membership.workspaceId)}
        />
      ) : (
        <p className="muted">Choose or create a workspace to see its workflows.</p>
      )}
    </div>
  );
}

function WorkflowsForWorkspace({
  workspaceId,
  canEdit,
}: {
  workspaceId: string;
  canEdit: boolean;
}) {
  const people = useQuery(peopleQueryOptions(workspaceId));
  const procedures = useQuery(proceduresQueryOptions(workspaceId));
  const sorted = useMemo(
    () =>
      (people.data ?? [])
        .map((p) => ({ id: p.id, name: p.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [people.data],
  );
  return (
    <WorkflowsScreen
      workspaceId={workspaceId}
      people={sorted}
      procedures={procedures.data ?? []}
      canEdit={canEdit}
    />
  );
}
