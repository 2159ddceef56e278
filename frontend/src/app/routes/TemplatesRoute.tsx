import { Link, useNavigate } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { EmptyState } from '@/components/States';
import { TemplateGallery } from '@/features/templates/components/TemplateGallery';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';
import { canPlanIn } from '../permissions';

/** "New project from template": the gallery of built-in and workspace templates. */
export function TemplatesRoute() {
  usePageTitle('New project from template');
  const { membership } = useCurrentWorkspace();
  const navigate = useNavigate();
  return (
    <div className="stack">
      <PageHeader
        title="New project from template"
        description={
          <>
            Start from a plan that has worked before: its tasks, links, milestones and workflow,
            planned forwards from a start date or backwards from a target finish.{' '}
            <Link to="/">Back to the portfolio</Link>
          </>
        }
      />
      {!membership ? (
        <EmptyState title="You are not in a workspace yet" />
      ) : !canPlanIn([membership], membership.workspaceId) ? (
        <EmptyState title="Only coordinators can start projects">
          <p className="muted">Ask a coordinator or an admin of {membership.workspaceName}.</p>
        </EmptyState>
      ) : (
        <TemplateGallery
          key={membership.workspaceId}
          workspaceId={membership.workspaceId}
          onCreated={(projectId) => void navigate(`/projects/${projectId}/plan`)}
        />
      )}
    </div>
  );
}
