import { useCallback, useMemo } from 'react';
import { useTasks } from '@/features/planning/api/get-tasks';

/** `WEB-3 Design` for a task id of the project; the id itself while tasks load. */
export function useTaskLabels(projectId: string) {
  const tasks = useTasks(projectId);
  const byId = useMemo(
    () => new Map((tasks.data ?? []).map((t) => [t.id, `${t.key} ${t.title}`])),
    [tasks.data],
  );
  return useCallback((id: string) => byId.get(id) ?? id.slice(0, 8), [byId]);
}
