import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { ProblemAlert } from '@/components/ProblemAlert';
import { TextField } from '@/components/TextField';
import { ApiError } from '@/lib/api/problem';
import type { Workflow } from '../api/get-workflows';
import { useSaveWorkflow } from '../api/save-workflow';
import {
  bodyOf,
  changeStatus,
  draftOf,
  moveStatus,
  removeStatus,
  removedKeys,
  type WorkflowDraft,
} from '../workflow-draft';
import { StatusFields } from './StatusFields';
import { TransitionGrid } from './TransitionGrid';
import './workflows.css';

type Props = {
  workspaceId: string;
  /** The workflow to change; none: a new one. */
  workflow?: Workflow;
  people: ReadonlyArray<{ id: string; name: string }>;
  procedures?: ReadonlyArray<{ id: string; title: string }>;
  onDone: (saved: Workflow) => void;
  onCancel: () => void;
};

/** 409 on save: tasks still use statuses the change removes. */
function statusesInUse(error: unknown): { count: number; keys: string[] } | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const problem = error.problem as { taskCount?: number; statuses?: string[] };
  if (typeof problem.taskCount !== 'number') return null;
  return { count: problem.taskCount, keys: problem.statuses ?? [] };
}

/** Creates or changes a workflow: its ordered statuses and the moves allowed between them. */
export function WorkflowEditor({
  workspaceId,
  workflow,
  people,
  procedures = [],
  onDone,
  onCancel,
}: Props) {
  const [draft, setDraft] = useState<WorkflowDraft>(() => draftOf(workflow));
  const [newKeys, setNewKeys] = useState<Set<number>>(new Set());
  const [reassign, setReassign] = useState<Record<string, string>>({});
  const save = useSaveWorkflow(workspaceId);
  const inUse = statusesInUse(save.error);
  const removed = removedKeys(workflow, draft);
  const savedName = (key: string) => workflow?.statuses.find((s) => s.key === key)?.name ?? key;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = bodyOf(draft);
    const input = workflow
      ? {
          kind: 'update' as const,
          workflowId: workflow.id,
          version: workflow.version,
          body,
          ...(inUse ? { reassign } : {}),
        }
      : { kind: 'create' as const, body };
    save.mutate(input, { onSuccess: onDone });
  };

  const title = workflow ? `Edit ${workflow.name}` : 'New workflow';
  return (
    <form
      className="form workflow-editor"
      onSubmit={submit}
      aria-labelledby="workflow-editor-title"
    >
      <h2 id="workflow-editor-title">{title}</h2>
      <TextField
        label="Workflow name"
        value={draft.name}
        required
        maxLength={80}
        onChange={(e) => setDraft({ ...draft, name: e.target.value })}
      />
      <h3>Statuses, in board order</h3>
      {draft.statuses.map((status, index) => (
        <StatusFields
          key={index}
          status={status}
          index={index}
          count={draft.statuses.length}
          statuses={draft.statuses}
          people={people}
          procedures={procedures}
          isNew={newKeys.has(index)}
          onChange={(change) => setDraft(changeStatus(draft, index, change))}
          onMove={(delta) => setDraft(moveStatus(draft, index, delta))}
          onRemove={() => setDraft(removeStatus(draft, index))}
        />
      ))}
      <div>
        <Button
          variant="secondary"
          onClick={() => {
            setNewKeys(new Set([...newKeys, draft.statuses.length]));
            setDraft({
              ...draft,
              statuses: [
                ...draft.statuses,
                { key: '', name: '', category: 'in_progress', hasApproval: false },
              ],
            });
          }}
        >
          Add a status
        </Button>
      </div>
      <h3>Allowed moves</h3>
      <p className="hint">Leave every box empty to allow any move between statuses.</p>
      <TransitionGrid draft={draft} onChange={setDraft} />
      {inUse ? (
        <div role="alert" className="alert alert-error">
          <p className="alert-title">
            {inUse.count === 1 ? '1 task uses' : `${inUse.count} tasks use`} a status you removed
          </p>
          <p>Choose where those tasks move, then save again.</p>
          {(inUse.keys.length ? inUse.keys : removed).map((key) => (
            <div className="field" key={key}>
              <label htmlFor={`reassign-${key}`}>Tasks in {savedName(key)} move to</label>
              <select
                id={`reassign-${key}`}
                value={reassign[key] ?? ''}
                required
                onChange={(e) => setReassign({ ...reassign, [key]: e.target.value })}
              >
                <option value="">Choose a status</option>
                {draft.statuses.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.name || s.key}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      ) : (
        <ProblemAlert error={save.error} title="The workflow was not saved" />
      )}
      <div className="form-actions">
        <Button type="submit" busy={save.isPending}>
          {inUse ? 'Save and move the tasks' : 'Save workflow'}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
