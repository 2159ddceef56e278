import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import {
  clearAccessToken,
  getAccessToken,
  onAccessTokenChange,
  type EndReason,
} from '@/lib/auth/token-storage';

const WORKSPACE_KEY = 'throughline.workspaceId';

type Session = {
  signedIn: boolean;
  /** True after the service refused the session (401) until the user signs in again. */
  sessionExpired: boolean;
  /** True after the user signed out here, until they sign in again. */
  signedOutByUser: boolean;
  signOut: () => void;
  /** The workspace the user chose last; the shell falls back to their first membership. */
  preferredWorkspaceId: string | null;
  setPreferredWorkspaceId: (id: string) => void;
};

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [signedIn, setSignedIn] = useState(() => getAccessToken() !== null);
  const [endReason, setEndReason] = useState<EndReason | null>(null);
  const [preferredWorkspaceId, setPreferred] = useState(() => localStorage.getItem(WORKSPACE_KEY));

  useEffect(
    () =>
      onAccessTokenChange((token, reason) => {
        setSignedIn(token !== null);
        setEndReason(token === null ? (reason ?? 'signed-out') : null);
        // Whatever was cached belongs to the previous session.
        if (token === null) queryClient.clear();
      }),
    [queryClient],
  );

  const setPreferredWorkspaceId = useCallback((id: string) => {
    localStorage.setItem(WORKSPACE_KEY, id);
    setPreferred(id);
  }, []);

  const signOut = useCallback(() => {
    clearAccessToken();
    localStorage.removeItem(WORKSPACE_KEY);
    setPreferred(null);
    queryClient.clear();
    setSignedIn(false);
    setEndReason('signed-out');
  }, [queryClient]);

  const value = useMemo(
    () => ({
      signedIn,
      sessionExpired: endReason === 'expired',
      signedOutByUser: endReason === 'signed-out',
      signOut,
      preferredWorkspaceId,
      setPreferredWorkspaceId,
    }),
    [signedIn, endReason, signOut, preferredWorkspaceId, setPreferredWorkspaceId],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession must be used inside SessionProvider');
  return session;
}
