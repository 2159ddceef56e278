import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Leveling } from '../api/level-resources';
import { LevelingDiff } from './LevelingDiff';

const result: Leveling = {
  mode: 'within_float',
  applied: false,
  projects: [
    {
      projectId: 'p-1',
      key: 'WEB',
      name: 'Website relaunch',
      finishBefore: '2027-01-29T17:00:00',
      finishAfter: '2027-02-02T17:00:00',
      finishDeltaDays: 2,
      milestones: [
        {
          milestoneId: 'm-1',
          name: 'Design sign-off',
          dueDate: '2026-12-18',
          forecastBefore: '2026-12-15',
          forecastAfter: '2026-12-21',
          healthBefore: 'on_track',
          healthAfter: 'at_risk',
        },
      ],
    },
  ],
  changes: [
    {
      taskId: 't-1',
      projectId: 'p-1',
      oldStart: '2026-12-07T08:00:00',
      newStart: '2026-12-10T08:00:00',
      delayDays: 3,
      levelingDelayDays: 3,
    },
    {
      taskId: 't-2',
      projectId: 'p-2',
      oldStart: '2026-12-08T13:00:00',
      newStart: '2026-12-15T08:00:00',
      delayDays: 5,
      levelingDelayDays: 5,
    },
  ],
  finishBefore: '2027-01-29T17:00:00',
  finishAfter: '2027-01-29T17:00:00',
  remainingOverallocations: [
    {
      personId: 'p-priya',
      startDate: '2026-12-21',
      endDate: '2026-12-22',
      excessHours: 9.6,
      taskIds: ['t-1'],
    },
  ],
};

const labels = new Map([
  ['t-1', { key: 'WEB-4', title: 'Build pages' }],
  ['t-2', { key: 'APP-2', title: 'Wireframes' }],
]);

function renderDiff(overrides: Partial<Leveling> = {}) {
  render(
    <LevelingDiff
      result={{ ...result, ...overrides }}
      taskLabel={(id) => labels.get(id)}
      personName={(id) => (id === 'p-priya' ? 'Priya Shah' : '?')}
    />,
  );
}

describe('LevelingDiff', () => {
  it('lists each delayed task with its old and new start and the delay', () => {
    renderDiff();
    const table = screen.getByRole('table', { name: 'Tasks that start later' });
    const row = within(table).getByRole('row', { name: /WEB-4 Build pages/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['7 Dec 2026', '10 Dec 2026', '3 d']);
    expect(within(table).getByRole('row', { name: /APP-2 Wireframes/ })).toHaveTextContent('5 d');
  });

  it('shows the finish before and after, and whether it moves', () => {
    renderDiff();
    expect(screen.getByText('Finish after').nextElementSibling).toHaveTextContent(
      '29 Jan 2027 (unchanged)',
    );
    renderDiff({ mode: 'allow_slip', finishAfter: '2027-02-05T17:00:00' });
    expect(screen.getByText('5 Feb 2027 (later)')).toHaveClass('late');
  });

  it('names the over-allocations levelling leaves behind', () => {
    renderDiff();
    expect(
      screen.getByText(/1 over-allocations levelling cannot remove without moving the finish/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Priya Shah: 21 Dec 2026 – 22 Dec 2026, 9.6 h over'),
    ).toBeInTheDocument();
  });

  it('shows the impact per project before the task list', () => {
    renderDiff();
    const impact = screen.getByRole('table', { name: 'What the delays do to each project' });
    const row = within(impact).getByRole('row', { name: /WEB Website relaunch/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      '29 Jan 2027',
      '2 Feb 2027 (+2 d)',
      'Design sign-off: 15 Dec 2026 → 21 Dec 2026 (On track → At risk), due 18 Dec 2026',
    ]);
    const tables = screen.getAllByRole('table');
    expect(tables.indexOf(impact)).toBeLessThan(
      tables.indexOf(screen.getByRole('table', { name: 'Tasks that start later' })),
    );
  });

  it('says so when nothing moves', () => {
    renderDiff({ changes: [], projects: [], remainingOverallocations: [] });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/Nothing to move/)).toBeInTheDocument();
  });
});
