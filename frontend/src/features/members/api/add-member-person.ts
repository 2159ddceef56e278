import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';
import { queryKeys } from '@/lib/query-keys';

/** What became of the new member's person record (the resource planners assign work to). */
export type PersonOutcome = { kind: 'created'; name: string } | { kind: 'existing' };

/**
 * Members and people are one idea for the user: with the invitation, the member gets a person
 * record with the same e-mail. A person who already has that e-mail (409 duplicate-email) is
 * kept as their record rather than added twice.
 */
export async function addMemberPerson(
  workspaceId: string,
  email: string,
  name: string,
): Promise<PersonOutcome> {
  try {
    await unwrap(
      api.POST('/api/v1/workspaces/{id}/people', {
        params: { path: { id: workspaceId } },
        body: { name, email },
      }),
    );
    return { kind: 'created', name };
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) return { kind: 'existing' };
    throw error;
  }
}

export function useAddMemberPerson(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ email, name }: { email: string; name: string }) =>
      addMemberPerson(workspaceId, email, name),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.people(workspaceId), exact: true }),
        queryClient.invalidateQueries({ queryKey: queryKeys.workload(workspaceId) }),
      ]),
  });
}
