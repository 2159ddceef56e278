import { describe, expect, it } from 'vitest';
import type { Task } from './api/get-tasks';
import { restructurePatch } from './restructure';
import { buildWbs } from './wbs';

const task = (id: string, parentId: string | undefined, position: number) =>
  ({ id, parentId, position, key: id.toUpperCase(), assignments: [] }) as unknown as Task;

// A            (0)
//   A1         (0)
//   A2         (1)
// B            (1)
const rows = buildWbs(
  [task('a', undefined, 0), task('a2', 'a', 1), task('a1', 'a', 0), task('b', undefined, 1)],
  [],
);
function row(id: string) {
  const found = rows.find((r) => r.task.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

describe('restructurePatch', () => {
  it('moves up and down by one place among the siblings', () => {
    expect(restructurePatch('up', row('a2'), rows)).toEqual({ position: 0 });
    expect(restructurePatch('down', row('a1'), rows)).toEqual({ position: 1 });
    expect(restructurePatch('down', row('a'), rows)).toEqual({ position: 1 });
  });

  it('refuses what is not possible: first up, last down, first indent, top-level outdent', () => {
    expect(restructurePatch('up', row('a1'), rows)).toBeNull();
    expect(restructurePatch('down', row('a2'), rows)).toBeNull();
    expect(restructurePatch('indent', row('a1'), rows)).toBeNull();
    expect(restructurePatch('outdent', row('b'), rows)).toBeNull();
  });

  it('indents under the previous sibling and outdents to just after the former parent', () => {
    expect(restructurePatch('indent', row('b'), rows)).toEqual({ parentId: 'a' });
    expect(restructurePatch('outdent', row('a1'), rows)).toEqual({ parentId: null, position: 1 });
  });
});

describe('buildWbs', () => {
  it('orders siblings by position and knows each one’s place', () => {
    expect(rows.map((r) => [r.task.id, r.siblingIndex, r.hasNextSibling])).toEqual([
      ['a', 0, true],
      ['a1', 0, true],
      ['a2', 1, false],
      ['b', 1, false],
    ]);
  });
});
