import { useCallback, useMemo, type ReactNode } from 'react';
import { useProjects } from '@/features/projects/api/get-projects';
import { useWorkflows, type Workflow } from '@/features/workflows/api/get-workflows';
import { StatusCatalogContext, statusOptions, type StatusOption } from '@/lib/task-status';

/**
 * Gives every screen the statuses of each project's workflow (Plan, My work), so a status select
 * or label shows the project's own names; the standard six while the workflows load.
 */
export function WorkflowStatusProvider({
  workspaceId,
  children,
}: {
  workspaceId: string | undefined;
  children: ReactNode;
}) {
  if (!workspaceId) return children;
  return <Catalog workspaceId={workspaceId}>{children}</Catalog>;
}

function Catalog({ workspaceId, children }: { workspaceId: string; children: ReactNode }) {
  const workflows = useWorkflows(workspaceId);
  const projects = useProjects(workspaceId);
  const optionsByProject = useMemo(() => {
    const byWorkflow = new Map<string, StatusOption[]>(
      (workflows.data ?? []).map((w: Workflow) => [
        w.id,
        w.statuses.map((s) => ({ value: s.key, label: s.name })),
      ]),
    );
    return new Map(
      (projects.data ?? []).flatMap((p) => {
        const options = byWorkflow.get(p.workflowId);
        return options ? [[p.id, options] as const] : [];
      }),
    );
  }, [workflows.data, projects.data]);
  const catalog = useCallback(
    (projectId: string) => optionsByProject.get(projectId) ?? statusOptions,
    [optionsByProject],
  );
  return <StatusCatalogContext.Provider value={catalog}>{children}</StatusCatalogContext.Provider>;
}
