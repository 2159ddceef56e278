import { useOutletContext, useParams } from 'react-router';
import { canPlanIn } from '@/app/permissions';
import { useMilestones } from '@/features/milestones/api/get-milestones';
import { useQuery } from '@tanstack/react-query';
import { peopleQueryOptions } from '@/features/people/api/get-people';
import { useTasks } from '@/features/planning/api/get-tasks';
import { RiskDetail } from '@/features/risks/components/RiskDetail';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';
import type { ProjectContext } from './ProjectRoute';

export function RiskRoute() {
  const { projectId, workspaceId, projectKey } = useOutletContext<ProjectContext>();
  const { riskId = '' } = useParams();
  usePageTitle(`${projectKey} risk`);
  const { memberships } = useCurrentWorkspace();
  const people = useQuery({ ...peopleQueryOptions(workspaceId), enabled: workspaceId !== '' });
  const tasks = useTasks(projectId);
  const milestones = useMilestones(projectId);
  return (
    <RiskDetail
      key={riskId}
      projectId={projectId}
      workspaceId={workspaceId}
      riskId={riskId}
      tasks={tasks.data ?? []}
      milestones={(milestones.data ?? []).map((m) => ({ id: m.id, name: m.name }))}
      people={(people.data ?? []).map((p) => ({ id: p.id, name: p.name }))}
      canEdit={canPlanIn(memberships, workspaceId)}
    />
  );
}
