import { PageHeader } from '@/components/PageHeader';
import { PeopleScreen } from '@/features/people/components/PeopleScreen';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';

const managers = new Set(['owner', 'admin']);

export function PeopleRoute() {
  usePageTitle('People');
  const { membership } = useCurrentWorkspace();
  const canManage = membership !== null && managers.has(membership.role);
  return (
    <div className="stack">
      <PageHeader
        title="People"
        description="The people whose time the plans book: their teams, calendars and time off."
      />
      {membership ? (
        <PeopleScreen
          key={membership.workspaceId}
          workspaceId={membership.workspaceId}
          canManage={canManage}
        />
      ) : (
        <p className="muted">Choose or create a workspace to see its people.</p>
      )}
    </div>
  );
}
