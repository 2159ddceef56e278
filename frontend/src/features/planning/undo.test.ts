import { describe, expect, it } from 'vitest';
import { planTasks, task } from '@/testing/planning-fixtures';
import type { Dependency } from './api/get-dependencies';
import type { Task } from './api/get-tasks';
import { restructurePatch } from './restructure';
import { deletedSubtree, inversePatch } from './undo';
import { buildWbs } from './wbs';

const rows = buildWbs(planTasks() as unknown as Task[], undefined);
const row = (key: string) => {
  const found = rows.find((r) => r.task.key === key);
  if (!found) throw new Error(key);
  return found;
};
const dependency = (id: string, predecessorId: string, successorId: string): Dependency => ({
  id,
  workspaceId: 'w-1',
  predecessorId,
  successorId,
  type: 'fs',
  lagDays: 0,
  lagMinutes: 0,
  createdAt: '2026-11-01T09:00:00Z',
});

describe('undo', () => {
  it('puts a status back to what the row showed', () => {
    expect(inversePatch(row('WEB-3'), { status: 'done' })).toEqual({ status: 'in_progress' });
  });

  it('moves a task back to its old parent and place after a move, indent or outdent', () => {
    const develop = row('WEB-3');
    expect(inversePatch(develop, restructurePatch('up', develop, rows) ?? {})).toEqual({
      parentId: 't-1',
      position: 1,
    });
    const copy = row('WEB-4');
    expect(inversePatch(copy, restructurePatch('indent', copy, rows) ?? {})).toEqual({
      parentId: null,
      position: 1,
    });
  });

  it('has nothing to undo for a change it cannot invert', () => {
    expect(inversePatch(row('WEB-3'), { title: 'Build' })).toBeNull();
    expect(inversePatch(row('WEB-3'), { status: 'in_progress' })).toBeNull();
  });

  it('recreates a deleted summary with its children, assignments and every dependency touching them', () => {
    const deps = [
      dependency('d-1', 't-2', 't-3'),
      dependency('d-2', 't-3', 't-4'),
      dependency('d-3', 't-9', 't-10'),
    ];
    const deleted = deletedSubtree(row('WEB-1'), rows, deps);
    expect(deleted.tasks.map((t) => [t.key, t.oldParentId, t.position])).toEqual([
      ['WEB-1', null, 0],
      ['WEB-2', 't-1', 0],
      ['WEB-3', 't-1', 1],
    ]);
    expect(deleted.tasks[1]?.assignments).toEqual([{ personId: 'pe-1', units: 1 }]);
    expect(deleted.dependencies.map((d) => d.id)).toEqual(['d-1', 'd-2']);
  });

  it('recreates a leaf under its living parent with the same fields and exact duration', () => {
    const withDetails = buildWbs(
      [
        ...planTasks().filter((t) => t.id !== 't-3'),
        task('t-3', 'WEB-3', 'Develop', {
          parentId: 't-1',
          position: 1,
          durationMinutes: 1440,
          status: 'in_progress',
          priority: 'high',
          description: 'Build **it**',
          deadline: '2026-12-20',
          tags: ['web'],
          percentComplete: 40,
        }),
      ] as unknown as Task[],
      undefined,
    );
    const develop = withDetails.find((r) => r.task.key === 'WEB-3');
    if (!develop) throw new Error('WEB-3');
    const deleted = deletedSubtree(develop, withDetails, []);
    expect(deleted.tasks).toEqual([
      {
        oldId: 't-3',
        key: 'WEB-3',
        oldParentId: null,
        position: 1,
        assignments: [],
        input: {
          title: 'Develop',
          status: 'in_progress',
          priority: 'high',
          constraintType: 'asap',
          durationMinutes: 1440,
          parentId: 't-1',
          description: 'Build **it**',
          deadline: '2026-12-20',
          percentComplete: 40,
          tags: ['web'],
        },
      },
    ]);
  });
});
