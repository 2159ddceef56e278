import { useOutletContext } from 'react-router';
import { canPlanIn } from '@/app/permissions';
import { StatusScreen } from '@/features/status/StatusScreen';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';
import type { ProjectContext } from './ProjectRoute';

export function StatusRoute() {
  const { projectId, workspaceId, projectKey } = useOutletContext<ProjectContext>();
  usePageTitle(`${projectKey} status`);
  const { memberships } = useCurrentWorkspace();
  return <StatusScreen projectId={projectId} canWrite={canPlanIn(memberships, workspaceId)} />;
}
