import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { milestone } from '@/testing/planning-fixtures';
import { MilestoneTimeline } from './MilestoneTimeline';

/** The x of a diamond's top corner (its centre line). */
function centreX(row: Element, selector: string): number {
  const points = row.querySelector(selector)?.getAttribute('points') ?? '';
  return Number(points.split(',')[0]);
}

function milestoneRow(container: HTMLElement, name: string): Element {
  const row = container.querySelector(`[data-milestone="${name}"]`);
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('Milestone timeline', () => {
  it('puts the forecast after the due date with a late slip line when the milestone slips', () => {
    const late = { ...milestone, dueDate: '2026-12-04', forecastDate: '2026-12-08' };
    const { container } = render(<MilestoneTimeline milestones={[late]} today="2026-12-01" />);
    const row = milestoneRow(container, 'Launch');
    expect(centreX(row, '.forecast')).toBeGreaterThan(centreX(row, '.due'));
    expect(row.querySelector('.forecast')).toHaveClass('health-at_risk');
    expect(row.querySelector('.slip')).toHaveClass('slip-late');
  });

  it('draws an early forecast before the due date without the late colour', () => {
    const early = {
      ...milestone,
      dueDate: '2026-12-10',
      forecastDate: '2026-12-03',
      health: 'on_track',
    };
    const { container } = render(<MilestoneTimeline milestones={[early]} today="2026-12-01" />);
    const row = milestoneRow(container, 'Launch');
    expect(centreX(row, '.forecast')).toBeLessThan(centreX(row, '.due'));
    expect(row.querySelector('.slip')).not.toHaveClass('slip-late');
  });

  it("draws the project's target finish and describes every milestone in words", () => {
    const { container } = render(
      <MilestoneTimeline milestones={[milestone]} targetFinish="2026-12-31" today="2026-12-01" />,
    );
    expect(container.querySelector('.target')).not.toBeNull();
    expect(container.querySelector('desc')?.textContent).toBe(
      'Launch: due 4 Dec 2026, forecast 8 Dec 2026, At risk',
    );
  });

  it('draws months, an axis and the today line for one milestone on a single day', () => {
    const alone = { ...milestone, dueDate: '2026-12-10', forecastDate: '2026-12-10' };
    const { container } = render(<MilestoneTimeline milestones={[alone]} today="2026-12-03" />);
    const labels = [...container.querySelectorAll('.axis-label')].map((t) => t.textContent);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels).toContain('Dec 26');
    expect(container.querySelector('.axis')).not.toBeNull();
    const today = container.querySelector('.today');
    expect(today).not.toBeNull();
    const row = milestoneRow(container, 'Launch');
    expect(Number(today?.getAttribute('x1'))).toBeLessThan(centreX(row, '.due'));
  });

  it('leaves a far-away today out of the axis instead of squashing the milestones', () => {
    const later = { ...milestone, dueDate: '2028-06-10', forecastDate: '2028-06-12' };
    const { container } = render(<MilestoneTimeline milestones={[later]} today="2026-12-03" />);
    expect(container.querySelector('.today')).toBeNull();
    expect(container.querySelectorAll('.axis-label').length).toBeGreaterThanOrEqual(2);
  });
});
