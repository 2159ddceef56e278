import { PageHeader } from '@/components/PageHeader';
import { ErrorState } from '@/components/States';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { calendarsQueryOptions } from '@/features/people/api/get-calendars';
import { peopleQueryOptions } from '@/features/people/api/get-people';
import { useTeams } from '@/features/people/api/get-teams';
import { useTimeOffOfPeople } from '@/features/people/api/get-time-off';
import { useProjects } from '@/features/projects/api/get-projects';
import type { AbsenceSources } from '@/features/workload/absence';
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
  const absences = useAbsences(workspaceId);
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
      absences={absences}
    />
  );
}

/** Each person's time off and their calendar's holidays, so empty weeks can say why. */
function useAbsences(workspaceId: string): ReadonlyMap<string, AbsenceSources> {
  const people = useQuery(peopleQueryOptions(workspaceId));
  const calendars = useQuery(calendarsQueryOptions(workspaceId));
  const personIds = useMemo(() => (people.data ?? []).map((p) => p.id), [people.data]);
  const timeOff = useTimeOffOfPeople(personIds);
  return useMemo(() => {
    const byId = new Map((calendars.data ?? []).map((c) => [c.id, c]));
    const fallback = (calendars.data ?? []).find((c) => c.isDefault);
    return new Map(
      (people.data ?? []).map((p) => [
        p.id,
        {
          timeOff: timeOff.get(p.id) ?? [],
          exceptions: ((p.calendarId && byId.get(p.calendarId)) || fallback)?.exceptions ?? [],
        },
      ]),
    );
  }, [people.data, calendars.data, timeOff]);
}
