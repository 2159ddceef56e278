import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { components } from '@/lib/api/schema';

export type ScheduleChange = components['schemas']['ScheduleChange'];
export type SchedulePreview = components['schemas']['SchedulePreview'];

/** What-if: the schedule as it would be after the changes; nothing is saved. */
export function previewSchedule(projectId: string, changes: ScheduleChange[]) {
  return unwrap(
    api.POST('/api/v1/projects/{id}/schedule/preview', {
      params: { path: { id: projectId } },
      body: { changes },
    }),
  );
}

export function usePreviewSchedule(projectId: string) {
  return useMutation({
    mutationFn: (changes: ScheduleChange[]) => previewSchedule(projectId, changes),
  });
}
