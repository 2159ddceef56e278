import type {
  StatusCategory,
  Workflow,
  WorkflowStatus,
  WorkflowTransition,
} from './api/get-workflows';
import type { WorkflowDraftBody } from './api/save-workflow';

export const categoryOptions: ReadonlyArray<{ value: StatusCategory; label: string }> = [
  { value: 'todo', label: 'To do' },
  { value: 'in_progress', label: 'In progress' },
  { value: 'review', label: 'Review' },
  { value: 'done', label: 'Done' },
  { value: 'cancelled', label: 'Cancelled' },
];

/** A status as the editor holds it: the approval step is kept while switched off. */
export type DraftStatus = WorkflowStatus & { hasApproval: boolean };

export type WorkflowDraft = {
  name: string;
  statuses: DraftStatus[];
  transitions: WorkflowTransition[];
};

const emptyApproval = { approverPersonIds: [], required: 1, rejectTo: '' };

export function draftOf(workflow: Workflow | undefined): WorkflowDraft {
  if (!workflow) {
    return {
      name: '',
      statuses: [
        { key: 'todo', name: 'To do', category: 'todo', hasApproval: false },
        { key: 'doing', name: 'Doing', category: 'in_progress', hasApproval: false },
        { key: 'done', name: 'Done', category: 'done', hasApproval: false },
      ],
      transitions: [],
    };
  }
  return {
    name: workflow.name,
    statuses: workflow.statuses.map((s) => ({ ...s, hasApproval: s.approval !== undefined })),
    transitions: [...workflow.transitions],
  };
}

/** The statuses with the one at `index` moved by `delta` places (kept inside the list). */
export function moveStatus(draft: WorkflowDraft, index: number, delta: -1 | 1): WorkflowDraft {
  const target = index + delta;
  if (target < 0 || target >= draft.statuses.length) return draft;
  const statuses = [...draft.statuses];
  const [moved] = statuses.splice(index, 1);
  if (!moved) return draft;
  statuses.splice(target, 0, moved);
  return { ...draft, statuses };
}

/** Drops a status and every allowed move from or to it. */
export function removeStatus(draft: WorkflowDraft, index: number): WorkflowDraft {
  const key = draft.statuses[index]?.key;
  return {
    ...draft,
    statuses: draft.statuses.filter((_, i) => i !== index),
    transitions: draft.transitions.filter((t) => t.from !== key && t.to !== key),
  };
}

/** A changed key carries its allowed moves along. */
export function changeStatus(
  draft: WorkflowDraft,
  index: number,
  change: Partial<DraftStatus>,
): WorkflowDraft {
  const before = draft.statuses[index];
  if (!before) return draft;
  const after: DraftStatus = { ...before, ...change };
  if (after.hasApproval && !after.approval) after.approval = { ...emptyApproval };
  const rename = (key: string) => (key === before.key ? after.key : key);
  return {
    ...draft,
    statuses: draft.statuses.map((s, i) => (i === index ? after : s)),
    transitions:
      change.key === undefined
        ? draft.transitions
        : draft.transitions.map((t) => ({ from: rename(t.from), to: rename(t.to) })),
  };
}

export function isAllowed(draft: WorkflowDraft, from: string, to: string): boolean {
  return draft.transitions.some((t) => t.from === from && t.to === to);
}

export function toggleTransition(draft: WorkflowDraft, from: string, to: string): WorkflowDraft {
  return {
    ...draft,
    transitions: isAllowed(draft, from, to)
      ? draft.transitions.filter((t) => !(t.from === from && t.to === to))
      : [...draft.transitions, { from, to }],
  };
}

/** The body the API takes: approval steps only where switched on, no empty approver role. */
export function bodyOf(draft: WorkflowDraft): WorkflowDraftBody {
  return {
    name: draft.name.trim(),
    statuses: draft.statuses.map(({ hasApproval, approval, wipLimit, ...status }) => ({
      ...status,
      ...(wipLimit !== undefined && !Number.isNaN(wipLimit) ? { wipLimit } : {}),
      ...(hasApproval && approval
        ? {
            approval: {
              required: approval.required,
              rejectTo: approval.rejectTo,
              approverPersonIds: approval.approverPersonIds ?? [],
              ...(approval.approverRole ? { approverRole: approval.approverRole } : {}),
            },
          }
        : {}),
    })),
    transitions: draft.transitions,
  };
}

/** Keys of the saved workflow that the draft no longer has (their tasks need a new status). */
export function removedKeys(saved: Workflow | undefined, draft: WorkflowDraft): string[] {
  if (!saved) return [];
  const kept = new Set(draft.statuses.map((s) => s.key));
  return saved.statuses.map((s) => s.key).filter((key) => !kept.has(key));
}

/** A key from a name: `Client review` → `client_review`. */
export function keyOf(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
}
