import { useOutletContext } from 'react-router';
import { canPlanIn } from '@/app/permissions';
import { DecisionLog } from '@/features/risks/components/DecisionLog';
import { today } from '@/lib/clock';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';
import type { ProjectContext } from './ProjectRoute';

export function DecisionsRoute() {
  const { projectId, workspaceId, projectKey } = useOutletContext<ProjectContext>();
  usePageTitle(`${projectKey} decisions`);
  const { memberships } = useCurrentWorkspace();
  return (
    <DecisionLog
      projectId={projectId}
      canRecord={canPlanIn(memberships, workspaceId)}
      today={today()}
    />
  );
}
