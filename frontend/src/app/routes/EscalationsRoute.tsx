import { PageHeader } from '@/components/PageHeader';
import { EmptyState } from '@/components/States';
import { useQuery } from '@tanstack/react-query';
import { peopleQueryOptions } from '@/features/people/api/get-people';
import { EscalationList } from '@/features/risks/components/EscalationList';
import { EscalationPolicyEditor } from '@/features/risks/components/EscalationPolicyEditor';
import { usePageTitle } from '@/lib/use-page-title';
import { useCurrentWorkspace } from '../current-workspace';

const admins = new Set(['owner', 'admin']);

export function EscalationsRoute() {
  usePageTitle('Escalations');
  const { membership } = useCurrentWorkspace();
  const workspaceId = membership?.workspaceId ?? '';
  const people = useQuery({ ...peopleQueryOptions(workspaceId), enabled: workspaceId !== '' });
  if (!membership)
    return <EmptyState title="No workspace">Join or create a workspace first.</EmptyState>;
  return (
    <div className="stack">
      <PageHeader
        title="Escalations"
        description="Risks raised up the workspace's ladder, by hand or by a rule, and the policy that decides who hears about them."
      />
      <section className="card" aria-labelledby="escalations-title">
        <h2 id="escalations-title">Escalated risks</h2>
        <EscalationList workspaceId={workspaceId} />
      </section>
      <section className="card" aria-labelledby="policy-title">
        <h2 id="policy-title">Escalation policy</h2>
        <EscalationPolicyEditor
          workspaceId={workspaceId}
          people={(people.data ?? []).map((p) => ({ id: p.id, name: p.name }))}
          canEdit={admins.has(membership.role)}
        />
      </section>
    </div>
  );
}
