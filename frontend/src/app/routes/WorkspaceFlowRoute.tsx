import { PageHeader } from '@/components/PageHeader';
import { FlowScreen } from '@/features/flow/components/FlowScreen';
import { defaultRange } from '@/features/flow/flow-series';
import { today } from '@/lib/clock';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';

export function WorkspaceFlowRoute() {
  usePageTitle('Flow');
  const { membership } = useCurrentWorkspace();
  return (
    <div className="stack">
      <PageHeader
        title="Flow"
        description="Where work waits across every project of the workspace: bottlenecks, cumulative flow and time in each status."
      />
      {membership ? (
        <FlowScreen
          key={membership.workspaceId}
          scope={{ kind: 'workspace', id: membership.workspaceId }}
          initialRange={defaultRange(today())}
        />
      ) : (
        <p className="muted">Choose or create a workspace to see its flow.</p>
      )}
    </div>
  );
}
