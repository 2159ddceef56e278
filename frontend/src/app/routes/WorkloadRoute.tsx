import { PageHeader } from '@/components/PageHeader';
import { ErrorState } from '@/components/States';
import { useTeams } from '@/features/people/api/get-teams';
import { useProjects } from '@/features/projects/api/get-projects';
import { WorkloadScreen } from '@/features/workload/components/WorkloadScreen';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';
import { canPlanIn } from '../permissions';

const levelable = new Set(['planned', 'active']);

export function WorkloadRoute() {
  usePageTitle('Workload');
  const { membership, memberships } = useCurrentWorkspace();
  return (
    <div className="stack">
      <PageHeader
        title="Workload"
        description="Who is booked beyond their capacity, week by week, across every project."
      />
      {membership ? (
        <WorkloadForWorkspace
          key={membership.workspaceId}
          workspaceId={membership.workspaceId}
          canLevel={canPlanIn(memberships, membership.workspaceId)}
        />
      ) : (
        <p className="muted">Choose or create a workspace to see its workload.</p>
      )}
    </div>
  );
}

function WorkloadForWorkspace({
  workspaceId,
  canLevel,
}: {
  workspaceId: string;
  canLevel: boolean;
}) {
  const teams = useTeams(workspaceId);
  const projects = useProjects(workspaceId);
  if (teams.isError) {
    return (
      <ErrorState
        error={teams.error}
        title="The teams could not be loaded"
        onRetry={() => void teams.refetch()}
      />
    );
  }
  return (
    <WorkloadScreen
      workspaceId={workspaceId}
      teams={teams.data ?? []}
      projects={(projects.data ?? []).filter((p) => levelable.has(p.status))}
      canLevel={canLevel}
    />
  );
}
