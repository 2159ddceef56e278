import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api/problem';
import { boardColumns, initials, refusedMove, wipState, wipText } from './board-columns';

const statuses = [
  { key: 'draft', name: 'Draft', category: 'in_progress', wipLimit: 2 },
  { key: 'review', name: 'Review', category: 'review', wipLimit: 1 },
  { key: 'done', name: 'Done', category: 'done' },
];

const task = (id: string, status: string, summary = false) => ({
  id,
  key: `WEB-${id}`,
  status,
  summary,
});

describe('board columns', () => {
  it('puts leaf tasks in their status column, in workflow order, numbered by key', () => {
    const columns = boardColumns(statuses, [
      task('10', 'draft'),
      task('2', 'draft'),
      task('3', 'done'),
      task('4', 'draft', true),
    ]);
    expect(columns.map((c) => c.status.key)).toEqual(['draft', 'review', 'done']);
    expect(columns[0]?.tasks.map((t) => t.key)).toEqual(['WEB-2', 'WEB-10']);
    expect(columns[1]?.tasks).toEqual([]);
    expect(columns[2]?.tasks.map((t) => t.id)).toEqual(['3']);
  });

  it('marks a column at and over its WIP limit', () => {
    const columns = boardColumns(statuses, [
      task('1', 'draft'),
      task('2', 'draft'),
      task('3', 'review'),
      task('4', 'review'),
    ]);
    expect(columns.map((c) => c.wip)).toEqual(['at', 'over', 'none']);
  });

  it('shows a card in the column it is being moved to', () => {
    const columns = boardColumns(statuses, [task('1', 'draft')], new Map([['1', 'review']]));
    expect(columns[0]?.tasks).toEqual([]);
    expect(columns[1]?.tasks.map((t) => t.id)).toEqual(['1']);
  });

  it('keeps a task whose status the workflow lacks in an extra column named by the key', () => {
    const columns = boardColumns(statuses, [task('1', 'blocked')]);
    expect(columns.map((c) => c.status.name)).toEqual(['Draft', 'Review', 'Done', 'blocked']);
    expect(columns[3]?.tasks.map((t) => t.id)).toEqual(['1']);
  });
});

describe('WIP state', () => {
  it('is none without a limit, under, at and over with one', () => {
    expect(wipState(5, undefined)).toBe('none');
    expect(wipState(3, 4)).toBe('under');
    expect(wipState(4, 4)).toBe('at');
    expect(wipState(5, 4)).toBe('over');
    expect(wipText(3, 4)).toBe('3 / 4');
    expect(wipText(3, undefined)).toBe('3');
  });
});

describe('refused move', () => {
  it('reads the detail and allowed targets of a 409 problem', () => {
    const error = new ApiError(409, {
      status: 409,
      detail: 'Draft cannot move to Done',
      allowed: ['review', 7],
    } as never);
    expect(refusedMove(error)).toEqual({
      detail: 'Draft cannot move to Done',
      allowed: ['review'],
    });
    expect(refusedMove(new ApiError(422, { detail: 'x' }))).toBeNull();
  });

  it('makes initials from first and last names', () => {
    expect(initials('Priya Natarajan')).toBe('PN');
    expect(initials('Cher')).toBe('C');
    expect(initials('Ana María de la Cruz')).toBe('AC');
  });
});
