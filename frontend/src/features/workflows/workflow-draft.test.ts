import { describe, expect, it } from 'vitest';
import type { Workflow } from './api/get-workflows';
import {
  bodyOf,
  changeStatus,
  draftOf,
  keyOf,
  moveStatus,
  removeStatus,
  removedKeys,
  toggleTransition,
} from './workflow-draft';

const saved = {
  id: 'w1',
  name: 'Content',
  statuses: [
    { key: 'brief', name: 'Brief', category: 'todo' },
    { key: 'draft', name: 'Draft', category: 'in_progress', wipLimit: 3 },
    {
      key: 'review',
      name: 'Review',
      category: 'review',
      approval: { approverPersonIds: ['p1'], required: 1, rejectTo: 'draft' },
    },
    { key: 'done', name: 'Done', category: 'done' },
  ],
  transitions: [
    { from: 'brief', to: 'draft' },
    { from: 'draft', to: 'review' },
  ],
  version: 4,
} as unknown as Workflow;

describe('workflow draft', () => {
  it('moves a status up and down, never past either end', () => {
    const draft = draftOf(saved);
    expect(moveStatus(draft, 1, -1).statuses.map((s) => s.key)).toEqual([
      'draft',
      'brief',
      'review',
      'done',
    ]);
    expect(moveStatus(draft, 3, 1)).toBe(draft);
  });

  it('removes a status with its allowed moves, and reports it as removed', () => {
    const draft = removeStatus(draftOf(saved), 1);
    expect(draft.statuses.map((s) => s.key)).toEqual(['brief', 'review', 'done']);
    expect(draft.transitions).toEqual([]);
    expect(removedKeys(saved, draft)).toEqual(['draft']);
  });

  it('carries allowed moves along when a key changes', () => {
    const draft = changeStatus(draftOf(saved), 1, { key: 'writing' });
    expect(draft.transitions).toEqual([
      { from: 'brief', to: 'writing' },
      { from: 'writing', to: 'review' },
    ]);
  });

  it('toggles an allowed move on and off', () => {
    const on = toggleTransition(draftOf(saved), 'review', 'done');
    expect(on.transitions).toContainEqual({ from: 'review', to: 'done' });
    expect(toggleTransition(on, 'review', 'done').transitions).toHaveLength(2);
  });

  it('sends approval steps only where switched on, without an empty role', () => {
    const off = changeStatus(draftOf(saved), 2, { hasApproval: false });
    const body = bodyOf(off);
    expect(body.statuses[2]).toEqual({ key: 'review', name: 'Review', category: 'review' });
    expect(bodyOf(draftOf(saved)).statuses[2]?.approval).toEqual({
      approverPersonIds: ['p1'],
      required: 1,
      rejectTo: 'draft',
    });
    expect(body.statuses[1]).toEqual({
      key: 'draft',
      name: 'Draft',
      category: 'in_progress',
      wipLimit: 3,
    });
  });

  it('switching approval on starts an empty step', () => {
    const on = changeStatus(draftOf(saved), 0, { hasApproval: true });
    expect(on.statuses[0]?.approval).toEqual({ approverPersonIds: [], required: 1, rejectTo: '' });
  });

  it('makes a key from a name', () => {
    expect(keyOf('Client review')).toBe('client_review');
    expect(keyOf('  Ready / QA!  ')).toBe('ready_qa');
  });
});
