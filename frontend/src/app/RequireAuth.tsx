import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from './session';

/** Sends anyone without a session (never signed in, signed out, or a 401) to sign in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { signedIn, signedOutByUser } = useSession();
  const location = useLocation();
  if (!signedIn) {
    // After an explicit sign-out the next person starts at home, not on the previous user's page.
    const state = signedOutByUser ? undefined : { from: location.pathname + location.search };
    return <Navigate to="/sign-in" replace state={state} />;
  }
  return children;
}
