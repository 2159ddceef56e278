import { useOutletContext } from 'react-router';
import { Dashboard } from '@/features/dashboards/components/Dashboard';
import { usePageTitle } from '@/lib/use-page-title';
import type { ProjectContext } from './ProjectRoute';

export function ProjectDashboardRoute() {
  const { projectId, workspaceId, projectKey } = useOutletContext<ProjectContext>();
  usePageTitle(`${projectKey} dashboard`);
  return <Dashboard scope={{ kind: 'project', id: projectId }} workspaceId={workspaceId} />;
}
