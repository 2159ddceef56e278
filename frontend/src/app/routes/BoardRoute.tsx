import { useCallback, useMemo } from 'react';
import { useOutletContext } from 'react-router';
import { ErrorState, LoadingState } from '@/components/States';
import { useProjectApprovals } from '@/features/approvals/api/get-approvals';
import { ApprovalBadge } from '@/features/approvals/components/ApprovalBadge';
import { Board } from '@/features/board/components/Board';
import { peopleQueryOptions } from '@/features/people/api/get-people';
import { useTasks } from '@/features/planning/api/get-tasks';
import { useWorkflows } from '@/features/workflows/api/get-workflows';
import { useQuery } from '@tanstack/react-query';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';
import { canReportIn } from '../permissions';
import type { ProjectContext } from './ProjectRoute';

export function BoardRoute() {
  const { projectId, workspaceId, projectKey, workflowId } = useOutletContext<ProjectContext>();
  usePageTitle(`${projectKey} board`);
  const { memberships } = useCurrentWorkspace();
  const tasks = useTasks(projectId);
  const workflows = useWorkflows(workspaceId);
  const approvals = useProjectApprovals(projectId);
  const people = useQuery(peopleQueryOptions(workspaceId));
  const personName = useCallback(
    (id: string) => people.data?.find((p) => p.id === id)?.name ?? '…',
    [people.data],
  );
  const userName = useCallback(
    (id: string) => people.data?.find((p) => p.userId === id)?.name ?? 'Someone',
    [people.data],
  );
  const statuses = useMemo(
    () => workflows.data?.find((w) => w.id === workflowId)?.statuses ?? [],
    [workflows.data, workflowId],
  );
  const roundByTask = useMemo(
    () => new Map((approvals.data ?? []).map((a) => [a.taskId, a])),
    [approvals.data],
  );
  const approvalFor = useCallback(
    (taskId: string) => {
      const round = roundByTask.get(taskId);
      return round ? <ApprovalBadge approval={round} /> : null;
    },
    [roundByTask],
  );

  if (tasks.isPending || workflows.isPending) return <LoadingState label="Loading the board…" />;
  const failed = tasks.error ?? workflows.error;
  if (failed)
    return (
      <ErrorState
        error={failed}
        title="The board could not be loaded"
        onRetry={() => void Promise.all([tasks.refetch(), workflows.refetch()])}
      />
    );
  return (
    <section className="card" aria-labelledby="board-title">
      <h2 id="board-title">Board</h2>
      {approvals.isError && (
        <ErrorState
          error={approvals.error}
          title="Approvals could not be loaded"
          onRetry={() => void approvals.refetch()}
        />
      )}
      <Board
        projectId={projectId}
        statuses={statuses}
        tasks={tasks.data ?? []}
        canMove={canReportIn(memberships, workspaceId)}
        personName={personName}
        userName={userName}
        approvalFor={approvalFor}
      />
    </section>
  );
}
