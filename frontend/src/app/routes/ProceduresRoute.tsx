import { Link, useNavigate, useParams } from 'react-router';
import { PageHeader } from '@/components/PageHeader';
import { EmptyState } from '@/components/States';
import { ProcedureList } from '@/features/procedures/components/ProcedureList';
import { ProcedurePage } from '@/features/procedures/components/ProcedurePage';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';
import { canPlanIn } from '../permissions';

/** The workspace's procedures (standard operating procedures): the list, or one of them. */
export function ProceduresRoute() {
  const { procedureId } = useParams();
  usePageTitle('Procedures');
  const { membership, memberships } = useCurrentWorkspace();
  const navigate = useNavigate();
  return (
    <div className="stack">
      <PageHeader
        title="Procedures"
        description={
          procedureId ? (
            <Link to="/procedures">All procedures</Link>
          ) : (
            'How recurring work is done, step by step. Attach a procedure to a workflow status and it shows on every task in that status.'
          )
        }
      />
      {!membership ? (
        <EmptyState title="You are not in a workspace yet" />
      ) : procedureId ? (
        <ProcedurePage
          key={procedureId}
          workspaceId={membership.workspaceId}
          procedureId={procedureId}
          canEdit={canPlanIn(memberships, membership.workspaceId)}
        />
      ) : (
        <ProcedureList
          key={membership.workspaceId}
          workspaceId={membership.workspaceId}
          canEdit={canPlanIn(memberships, membership.workspaceId)}
          procedureHref={(id) => `/procedures/${id}`}
          onCreated={(id) => void navigate(`/procedures/${id}`)}
        />
      )}
    </div>
  );
}
