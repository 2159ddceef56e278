/**
 * Every query key in one place, so a mutation in one feature can invalidate exactly what it
 * changes in another (creating a workspace changes `me` memberships) without features importing
 * each other.
 */
export const queryKeys = {
  me: ['me'] as const,
  tokens: ['me', 'tokens'] as const,
  workspaces: ['workspaces'] as const,
  workspace: (workspaceId: string) => ['workspaces', workspaceId] as const,
  members: (workspaceId: string) => ['workspaces', workspaceId, 'members'] as const,
};
