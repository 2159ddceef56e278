import { useOutletContext } from 'react-router';
import { FlowScreen } from '@/features/flow/components/FlowScreen';
import { defaultRange } from '@/features/flow/flow-series';
import { today } from '@/lib/clock';
import { usePageTitle } from '@/lib/use-page-title';
import type { ProjectContext } from './ProjectRoute';

export function ProjectFlowRoute() {
  const { projectId, projectKey } = useOutletContext<ProjectContext>();
  usePageTitle(`${projectKey} flow`);
  return (
    <FlowScreen
      key={projectId}
      scope={{ kind: 'project', id: projectId }}
      initialRange={defaultRange(today())}
    />
  );
}
