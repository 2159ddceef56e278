import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '@/components/Button';
import { PageHeader } from '@/components/PageHeader';
import { EmptyState } from '@/components/States';
import { CreateProjectForm } from '@/features/projects/components/CreateProjectForm';
import { Portfolio } from '@/features/projects/components/Portfolio';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';
import { canPlanIn } from '../permissions';

/** The landing screen of a workspace: every project's health, progress, finish, next milestone and over-allocation. */
export function PortfolioRoute() {
  usePageTitle('Portfolio');
  const { membership } = useCurrentWorkspace();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  if (!membership)
    return (
      <div className="stack">
        <PageHeader title="Portfolio" />
        <EmptyState title="You are not in a workspace yet">
          <p className="muted">Create one under Workspace.</p>
        </EmptyState>
      </div>
    );
  const canCreate = canPlanIn([membership], membership.workspaceId);
  return (
    <div className="stack" key={membership.workspaceId}>
      <PageHeader
        title="Portfolio"
        description={`Every project of ${membership.workspaceName}: health, progress, forecast finish, the next milestone and who is over-allocated.`}
        actions={
          canCreate && (
            <>
              <Link className="btn btn-secondary" to="/import">
                Import plan…
              </Link>
              <Link className="btn btn-secondary" to="/templates">
                New from template…
              </Link>
              <Button
                aria-expanded={creating}
                aria-controls={creating ? 'new-project' : undefined}
                onClick={() => setCreating(!creating)}
              >
                New project
              </Button>
            </>
          )
        }
      />
      {canCreate && creating && (
        <section className="card" id="new-project" aria-labelledby="new-project-title">
          <div className="card-head">
            <h2 id="new-project-title">New project</h2>
            <Button variant="ghost" onClick={() => setCreating(false)}>
              Cancel
            </Button>
          </div>
          <CreateProjectForm
            workspaceId={membership.workspaceId}
            onCreated={(projectId) => void navigate(`/projects/${projectId}/plan`)}
          />
        </section>
      )}
      <Portfolio workspaceId={membership.workspaceId} />
    </div>
  );
}
