import { createContext, useContext } from 'react';
import type { Membership } from '@/features/auth/api/get-me';

export type CurrentWorkspace = {
  membership: Membership | null;
  memberships: Membership[];
  select: (workspaceId: string) => void;
};

export const CurrentWorkspaceContext = createContext<CurrentWorkspace | null>(null);

export function useCurrentWorkspace(): CurrentWorkspace {
  const current = useContext(CurrentWorkspaceContext);
  if (current === null) throw new Error('useCurrentWorkspace must be used inside the app shell');
  return current;
}
