import { PageHeader } from '@/components/PageHeader';
import { MyWorkList } from '@/features/my-work/components/MyWorkList';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';
import { canReportIn } from '../permissions';

export function MyWorkRoute() {
  usePageTitle('My work');
  const { memberships } = useCurrentWorkspace();
  return (
    <div className="stack">
      <PageHeader
        title="My work"
        description="Your open tasks across projects, soonest deadline first. Report progress here: status and % complete."
      />
      <section className="card" aria-label="My tasks">
        <MyWorkList canReport={(workspaceId) => canReportIn(memberships, workspaceId)} />
      </section>
    </div>
  );
}
