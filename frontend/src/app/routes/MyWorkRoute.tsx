import { PageHeader } from '@/components/PageHeader';
import { useState } from 'react';
import { MyWorkList } from '@/features/my-work/components/MyWorkList';
import { TaskDetail } from '@/features/task-detail/components/TaskDetail';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';
import { canPlanIn, canReportIn } from '../permissions';

export function MyWorkRoute() {
  usePageTitle('My work');
  const { memberships } = useCurrentWorkspace();
  const [openTaskId, setOpenTaskId] = useState<string | null>(null);
  return (
    <div className="stack">
      <PageHeader
        title="My work"
        description="Your open tasks across projects, soonest deadline first. Report progress here: status and % complete."
      />
      <section className="card" aria-label="My tasks">
        <MyWorkList
          canReport={(workspaceId) => canReportIn(memberships, workspaceId)}
          openTaskId={openTaskId}
          onOpenTask={(id) => setOpenTaskId(openTaskId === id ? null : id)}
        />
      </section>
      {openTaskId !== null && (
        <aside className="side-panel" aria-label="Task details">
          <TaskDetail
            key={openTaskId}
            taskId={openTaskId}
            headingLevel={2}
            onClose={() => setOpenTaskId(null)}
            canPlanIn={(workspaceId) => canPlanIn(memberships, workspaceId)}
            onOpenTask={setOpenTaskId}
          />
        </aside>
      )}
    </div>
  );
}
