import { useEffect, useMemo, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { Button } from '@/components/Button';
import { ErrorState, LoadingState } from '@/components/States';
import { useMe } from '@/features/auth/api/get-me';
import { SearchBox } from '@/features/search/components/SearchBox';
import { InvitationsBanner } from '@/features/invitations/components/InvitationsBanner';
import { roleLabel } from '@/lib/format';
import { CurrentWorkspaceContext, type CurrentWorkspace } from '../current-workspace';
import { useSession } from '../session';
import { WorkflowStatusProvider } from '../WorkflowStatuses';
import { ApprovalsNavLink } from './ApprovalsNavLink';
import { NotificationsBell } from './NotificationsBell';
import { WorkspaceSwitcher } from './WorkspaceSwitcher';

export function AppShell() {
  const { signOut, preferredWorkspaceId, setPreferredWorkspaceId } = useSession();
  const me = useMe();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  // After client-side navigation, move focus to the new screen so keyboard and screen-reader
  // users start there, as they would after a full page load.
  useEffect(() => {
    if (pathname !== firstPath.current) {
      firstPath.current = '';
      mainRef.current?.focus();
    }
  }, [pathname]);

  const current = useMemo<CurrentWorkspace>(() => {
    const memberships = me.data?.memberships ?? [];
    const membership =
      memberships.find((m) => m.workspaceId === preferredWorkspaceId) ?? memberships[0] ?? null;
    return { membership, memberships, select: setPreferredWorkspaceId };
  }, [me.data, preferredWorkspaceId, setPreferredWorkspaceId]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <span className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Throughline
          </span>
          <nav aria-label="Main" className="main-nav">
            <NavLink to="/" end>
              Portfolio
            </NavLink>
            <NavLink to="/my-work">My work</NavLink>
            <ApprovalsNavLink />
            <NavLink to="/flow">Flow</NavLink>
            <NavLink to="/dashboard">Dashboard</NavLink>
            <NavLink to="/workload">Workload</NavLink>
            <NavLink to="/escalations">Escalations</NavLink>
            <NavLink to="/people">People</NavLink>
            <NavLink to="/workflows">Workflows</NavLink>
            <NavLink to="/procedures">Procedures</NavLink>
            <NavLink to="/workspace">Workspace</NavLink>
            <NavLink to="/tokens">API tokens</NavLink>
          </nav>
          <div className="topbar-right">
            {current.membership && <SearchBox workspaceId={current.membership.workspaceId} />}
            <NotificationsBell />
            {current.memberships.length > 0 && (
              <WorkspaceSwitcher
                memberships={current.memberships}
                currentId={current.membership?.workspaceId ?? ''}
                onSelect={setPreferredWorkspaceId}
              />
            )}
            {me.data && (
              <span className="user" title={me.data.user.email}>
                {me.data.user.name}
                {current.membership && (
                  <span className="muted"> · {roleLabel(current.membership.role)}</span>
                )}
              </span>
            )}
            <NavLink to="/notifications/preferences" className="topbar-link">
              Preferences
            </NavLink>
            <Button variant="ghost" onClick={signOut}>
              Sign out
            </Button>
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} className="content" tabIndex={-1}>
        {me.isPending ? (
          <LoadingState label="Loading your account…" />
        ) : me.isError ? (
          <ErrorState
            error={me.error}
            title="Your account could not be loaded"
            onRetry={() => void me.refetch()}
          />
        ) : (
          <CurrentWorkspaceContext.Provider value={current}>
            <InvitationsBanner />
            <WorkflowStatusProvider workspaceId={current.membership?.workspaceId}>
              <Outlet />
            </WorkflowStatusProvider>
          </CurrentWorkspaceContext.Provider>
        )}
      </main>
    </div>
  );
}
