import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';
import { queryKeys } from '@/lib/query-keys';

export type Leveling = components['schemas']['Leveling'];
export type LevelingMode = components['schemas']['Mode'];

/** What to level: one project, or every planned and active project of the workspace together. */
export type LevelingScope =
  { kind: 'workspace'; workspaceId: string } | { kind: 'project'; projectId: string };

export type LevelRequest = { scope: LevelingScope; mode: LevelingMode; apply: boolean };

export function levelResources({ scope, mode, apply }: LevelRequest): Promise<Leveling> {
  const body = { mode, apply };
  return scope.kind === 'workspace'
    ? unwrap(
        api.POST('/api/v1/workspaces/{id}/leveling', {
          params: { path: { id: scope.workspaceId } },
          body,
        }),
      )
    : unwrap(
        api.POST('/api/v1/projects/{id}/leveling', {
          params: { path: { id: scope.projectId } },
          body,
        }),
      );
}

/**
 * Previews (apply: false) or applies levelling. Applying delays tasks, so it changes the workload
 * of the workspace and the plan (tasks, schedule, milestones, health) of every project it touched.
 */
export function useLevelResources(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: levelResources,
    onSuccess: async (result) => {
      if (!result.applied) return;
      const projectIds = new Set(result.changes.map((c) => c.projectId));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.workload(workspaceId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.projects(workspaceId) }),
        ...[...projectIds].map((id) =>
          queryClient.invalidateQueries({ queryKey: queryKeys.project(id) }),
        ),
        ...result.changes.map((c) =>
          queryClient.invalidateQueries({ queryKey: queryKeys.task(c.taskId) }),
        ),
      ]);
    },
  });
}
