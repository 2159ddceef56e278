import { useId } from 'react';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useWorkflows } from '../api/get-workflows';
import { useSwitchProjectWorkflow } from '../api/switch-project-workflow';
import './workflows.css';

type Props = { projectId: string; workspaceId: string; workflowId: string; canEdit: boolean };

/** The workflow the project's tasks move through; coordinators switch it here. */
export function ProjectWorkflowSelect({ projectId, workspaceId, workflowId, canEdit }: Props) {
  const id = useId();
  const workflows = useWorkflows(workspaceId);
  const change = useSwitchProjectWorkflow(projectId, workspaceId);
  const current = workflows.data?.find((w) => w.id === workflowId);
  if (!canEdit) return <span>Workflow: {current?.name ?? '…'}</span>;
  return (
    <span className="project-workflow">
      <label htmlFor={id}>Workflow</label>
      <select
        id={id}
        value={workflowId}
        disabled={change.isPending || !workflows.data}
        onChange={(e) => change.mutate(e.target.value)}
      >
        {!current && <option value={workflowId}>…</option>}
        {(workflows.data ?? []).map((w) => (
          <option key={w.id} value={w.id}>
            {w.name}
          </option>
        ))}
      </select>
      <ProblemAlert error={change.error} title="The workflow was not changed" />
    </span>
  );
}
