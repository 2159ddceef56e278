import { describe, expect, it } from 'vitest';
import { standardCalendar, standardScale, workScale, type WorkCalendar } from './gantt-scale';

const { dateOfIndex, ticks, workIndex } = standardScale;

describe('working-day scale of the standard week', () => {
  it('counts only working days, so a weekend takes no room', () => {
    const friday = workIndex('2026-12-04T08:00:00');
    expect(workIndex('2026-12-07T08:00:00') - friday).toBe(1);
    expect(workIndex('2026-12-05')).toBe(friday + 1);
  });

  it('places working hours inside the day, lunch excluded', () => {
    const start = workIndex('2026-12-01T08:00:00');
    expect(workIndex('2026-12-01T12:00:00') - start).toBe(0.5);
    expect(workIndex('2026-12-01T13:00:00') - start).toBe(0.5);
    expect(workIndex('2026-12-01T17:00:00') - start).toBe(1);
  });

  it('maps an index back to its date', () => {
    expect(dateOfIndex(workIndex('2026-12-07'))).toBe('2026-12-07');
  });

  it('labels Mondays at week zoom', () => {
    const from = workIndex('2026-12-01');
    const labels = ticks(from, from + 10, 'week').map((t) => t.label);
    expect(labels).toEqual(['7 Dec', '14 Dec']);
  });

  it('ends a day at the end of its work, and a day off where the next working day starts', () => {
    expect(standardScale.dayEnd('2026-12-04')).toBe(workIndex('2026-12-04T17:00:00'));
    expect(standardScale.dayEnd('2026-12-05')).toBe(workIndex('2026-12-07'));
  });
});

const early = [{ from: '07:00', to: '15:00' }];

/** Sunday to Thursday, 07:00–15:00 without a break. */
const sundayToThursday: WorkCalendar = {
  workWeek: { sun: early, mon: early, tue: early, wed: early, thu: early, fri: [], sat: [] },
  exceptions: [],
};

describe('working-day scale of a Sunday-to-Thursday calendar, 07:00–15:00', () => {
  const scale = workScale(sundayToThursday);

  it('gives Friday and Saturday no room and makes Sunday a working day', () => {
    const thursday = scale.workIndex('2026-12-03');
    expect(scale.workIndex('2026-12-04')).toBe(thursday + 1);
    expect(scale.workIndex('2026-12-05')).toBe(thursday + 1);
    expect(scale.workIndex('2026-12-06')).toBe(thursday + 1);
    expect(scale.workIndex('2026-12-07')).toBe(thursday + 2);
  });

  it('spreads the day over its own hours', () => {
    const sunday = scale.workIndex('2026-12-06');
    expect(scale.workIndex('2026-12-06T07:00:00')).toBe(sunday);
    expect(scale.workIndex('2026-12-06T11:00:00')).toBe(sunday + 0.5);
    expect(scale.workIndex('2026-12-06T15:00:00')).toBe(sunday + 1);
    expect(scale.workIndex('2026-12-06T17:00:00')).toBe(sunday + 1);
  });

  it('maps indexes back to working dates only', () => {
    const sunday = scale.workIndex('2026-12-06');
    expect(scale.dateOfIndex(sunday)).toBe('2026-12-06');
    expect(scale.dateOfIndex(sunday - 1)).toBe('2026-12-03');
    expect(scale.dateOfIndex(sunday + 4.5)).toBe('2026-12-10');
  });

  it('starts its weeks on Sunday', () => {
    const from = scale.workIndex('2026-12-01');
    const labels = scale.ticks(from, from + 10, 'week').map((t) => t.label);
    expect(labels).toEqual(['6 Dec', '13 Dec']);
  });
});

describe('working-day scale of a four-day week with exceptions', () => {
  const day = [{ from: '08:00', to: '18:00' }];
  const scale = workScale({
    workWeek: { mon: day, tue: day, wed: day, thu: day, fri: [], sat: [], sun: [] },
    exceptions: [
      { startDate: '2026-12-24', endDate: '2026-12-28', name: 'Christmas' },
      {
        startDate: '2027-01-08',
        endDate: '2027-01-08',
        name: 'Stocktake',
        workingTimes: [{ from: '09:00', to: '13:00' }],
      },
    ],
  });

  it('counts four days a week', () => {
    expect(scale.workIndex('2026-12-14') - scale.workIndex('2026-12-07')).toBe(4);
  });

  it('gives holidays no room', () => {
    // Wednesday 23rd, then Thursday 24th and Monday 28th off: Tuesday 29th follows at once
    expect(scale.workIndex('2026-12-29') - scale.workIndex('2026-12-23')).toBe(1);
    expect(scale.dateOfIndex(scale.workIndex('2026-12-23') + 1)).toBe('2026-12-29');
  });

  it('counts a Friday worked by exception, with its own hours', () => {
    const friday = scale.workIndex('2027-01-08');
    expect(friday - scale.workIndex('2027-01-07')).toBe(1);
    expect(scale.workIndex('2027-01-08T11:00:00')).toBe(friday + 0.5);
    expect(scale.workIndex('2027-01-11') - friday).toBe(1);
    expect(scale.dateOfIndex(friday)).toBe('2027-01-08');
  });

  it('puts the week tick on the first working day when Monday is a holiday', () => {
    const from = scale.workIndex('2026-12-21');
    const labels = scale.ticks(from, from + 5, 'week').map((t) => t.label);
    expect(labels).toEqual(['21 Dec', '29 Dec']);
  });
});

it('draws the standard week for a calendar without working days', () => {
  const none: WorkCalendar = {
    workWeek: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
    exceptions: [],
  };
  expect(workScale(none).workIndex('2026-12-07')).toBe(standardScale.workIndex('2026-12-07'));
});

describe('days off', () => {
  it('marks each weekend and names a holiday where it falls', () => {
    const scale = workScale({
      ...standardCalendar,
      exceptions: [{ startDate: '2026-12-25', endDate: '2026-12-25', name: 'Christmas Day' }],
    });
    const from = scale.workIndex('2026-12-21');
    const to = scale.workIndex('2026-12-31');
    const runs = scale.daysOff(from, to);
    expect(runs.map((r) => [r.from, r.to, r.holiday])).toEqual([
      ['2026-12-25', '2026-12-27', 'Christmas Day'],
    ]);
    expect(runs[0]?.index).toBe(scale.workIndex('2026-12-28'));
    const plain = workScale(standardCalendar).daysOff(
      workScale(standardCalendar).workIndex('2026-12-01'),
      workScale(standardCalendar).workIndex('2026-12-10'),
    );
    expect(plain.map((r) => r.from)).toEqual(['2026-12-05']);
    expect(plain[0]?.holiday).toBeUndefined();
  });
});
