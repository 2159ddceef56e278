import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PersonWorkload } from '../api/get-workload';
import { WorkloadHeatmap } from './WorkloadHeatmap';

function period(start: string, capacityHours: number, demandHours: number) {
  return {
    start,
    capacityHours,
    demandHours,
    utilization: capacityHours > 0 ? demandHours / capacityHours : null,
    overallocated: demandHours > capacityHours,
    overallocatedDays: demandHours > capacityHours ? 1 : 0,
  };
}

const priya: PersonWorkload = {
  personId: 'p-1',
  name: 'Priya Shah',
  teamId: 't-design',
  periods: [
    period('2026-11-30', 40, 20),
    period('2026-12-07', 40, 46),
    period('2026-12-14', 40, 32),
    period('2026-12-21', 0, 0),
    period('2026-12-28', 0, 8),
    period('2027-01-04', 40, 60),
  ],
  overallocations: [],
};
const omar: PersonWorkload = {
  personId: 'p-2',
  name: 'Omar Diaz',
  teamId: 't-dev',
  periods: priya.periods.map((p) => period(p.start, 40, 40)),
  overallocations: [],
};
const teams = [
  { id: 't-dev', name: 'Development' },
  { id: 't-design', name: 'Design' },
];

function renderHeatmap(onSelect = vi.fn()) {
  render(
    <WorkloadHeatmap people={[priya, omar]} teams={teams} selected={null} onSelect={onSelect} />,
  );
  return onSelect;
}

describe('WorkloadHeatmap', () => {
  it('labels each cell with the person, week, hours and state', () => {
    renderHeatmap();
    expect(
      screen.getByRole('button', {
        name: 'Priya Shah, week of 7 Dec: 46 of 40 hours, over-allocated',
      }),
    ).toHaveTextContent('115%');
    expect(
      screen.getByRole('button', { name: 'Priya Shah, week of 30 Nov: 20 of 40 hours, available' }),
    ).toHaveTextContent('50%');
    expect(
      screen.getByRole('button', { name: 'Omar Diaz, week of 7 Dec: 40 of 40 hours, well booked' }),
    ).toHaveTextContent('100%');
  });

  it('colours cells by utilisation: light, booked, amber and red over-allocation', () => {
    renderHeatmap();
    const cell = (week: string) =>
      screen.getByRole('button', { name: new RegExp(`^Priya Shah, week of ${week}:`) });
    expect(cell('30 Nov')).toHaveClass('heat-light');
    expect(cell('14 Dec')).toHaveClass('heat-booked');
    expect(cell('7 Dec')).toHaveClass('heat-over');
    expect(cell('4 Jan')).toHaveClass('heat-over-high');
  });

  it('shows weeks without capacity as time off, flagging work booked into them', () => {
    renderHeatmap();
    const off = screen.getByRole('button', {
      name: 'Priya Shah, week of 21 Dec: 0 of 0 hours, not working (time off or holiday)',
    });
    expect(off).toHaveClass('heat-off');
    expect(off).toHaveTextContent('Off');
    const booked = screen.getByRole('button', {
      name: /^Priya Shah, week of 28 Dec: 8 of 0 hours, over-allocated while not working/,
    });
    expect(booked).toHaveClass('heat-off-booked');
  });

  it('groups people under their team, teams by name', () => {
    renderHeatmap();
    const [, design, development] = screen.getAllByRole('rowgroup');
    if (!design || !development) throw new Error('expected a header and two team groups');
    expect(within(design).getByRole('columnheader', { name: /Design/ })).toBeInTheDocument();
    expect(within(design).getByRole('rowheader', { name: 'Priya Shah' })).toBeInTheDocument();
    expect(within(development).getByRole('rowheader', { name: 'Omar Diaz' })).toBeInTheDocument();
  });

  it('reports the clicked person and week', async () => {
    const onSelect = renderHeatmap();
    await userEvent.click(screen.getByRole('button', { name: /^Omar Diaz, week of 14 Dec/ }));
    expect(onSelect).toHaveBeenCalledWith(omar, omar.periods[2]);
  });

  it('says why a week has no capacity: time off with its reason, or a calendar holiday', () => {
    const absences = new Map([
      [
        'p-1',
        {
          timeOff: [{ startDate: '2026-12-28', endDate: '2026-12-30', reason: 'Vacation' }],
          exceptions: [
            { startDate: '2026-12-24', endDate: '2026-12-26', name: 'Christmas', workingTimes: [] },
          ],
        },
      ],
    ]);
    render(
      <WorkloadHeatmap
        people={[priya]}
        teams={teams}
        selected={null}
        absences={absences}
        onSelect={vi.fn()}
      />,
    );
    expect(
      screen.getByRole('button', {
        name: 'Priya Shah, week of 21 Dec: 0 of 0 hours, holiday (Christmas)',
      }),
    ).toHaveTextContent('Holiday');
    expect(
      screen.getByRole('button', {
        name: 'Priya Shah, week of 28 Dec: 8 of 0 hours, over-allocated while on time off (Vacation)',
      }),
    ).toHaveTextContent('Away · 8h');
  });

  it('marks a week that is fine on the whole but has a day over capacity, in its name too', () => {
    const spiky: PersonWorkload = {
      ...priya,
      periods: [{ ...period('2026-11-30', 40, 20), overallocatedDays: 1 }],
    };
    render(<WorkloadHeatmap people={[spiky]} teams={[]} selected={null} onSelect={vi.fn()} />);
    const cell = screen.getByRole('button', { name: /Priya Shah, week of 30 Nov/ });
    expect(cell).toHaveClass('heat-spike');
    expect(cell).toHaveAccessibleName(
      'Priya Shah, week of 30 Nov: 20 of 40 hours, available; over capacity on 1 day',
    );
  });
});
