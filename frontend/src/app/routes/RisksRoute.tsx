import { useCallback } from 'react';
import { useOutletContext } from 'react-router';
import { canPlanIn, canReportIn } from '@/app/permissions';
import { useMilestones } from '@/features/milestones/api/get-milestones';
import { useQuery } from '@tanstack/react-query';
import { peopleQueryOptions } from '@/features/people/api/get-people';
import { useTasks } from '@/features/planning/api/get-tasks';
import { useCreateRisk } from '@/features/risks/api/create-risk';
import { RiskForm } from '@/features/risks/components/RiskForm';
import { RiskRegister } from '@/features/risks/components/RiskRegister';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';
import type { ProjectContext } from './ProjectRoute';

export function RisksRoute() {
  const { projectId, workspaceId, projectKey } = useOutletContext<ProjectContext>();
  usePageTitle(`${projectKey} risks`);
  const { memberships } = useCurrentWorkspace();
  const people = useQuery({ ...peopleQueryOptions(workspaceId), enabled: workspaceId !== '' });
  const tasks = useTasks(projectId);
  const milestones = useMilestones(projectId);
  const create = useCreateRisk(projectId);
  const personName = useCallback(
    (id: string) => people.data?.find((p) => p.id === id)?.name ?? '…',
    [people.data],
  );
  const canPlan = canPlanIn(memberships, workspaceId);
  return (
    <div className="stack">
      <section className="card" aria-labelledby="register-title">
        <h2 id="register-title">Risks and issues</h2>
        <RiskRegister projectId={projectId} personName={personName} />
      </section>
      {canReportIn(memberships, workspaceId) && (
        <section className="card" aria-labelledby="add-risk-title">
          <h2 id="add-risk-title">{canPlan ? 'Add a risk or issue' : 'Report an issue'}</h2>
          <RiskForm
            key={create.data?.id ?? 'new'}
            label={canPlan ? 'Add a risk' : 'Report an issue'}
            submitLabel={canPlan ? 'Add' : 'Report issue'}
            tasks={tasks.data ?? []}
            milestones={(milestones.data ?? []).map((m) => ({ id: m.id, name: m.name }))}
            people={(people.data ?? []).map((p) => ({ id: p.id, name: p.name }))}
            canAddRisks={canPlan}
            busy={create.isPending}
            error={create.error}
            onSubmit={(values) => create.mutate(values)}
          />
        </section>
      )}
    </div>
  );
}
