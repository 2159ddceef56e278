import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { problem } from '@/testing/fake-api';
import { defaultCalendar, planningApi, project } from '@/testing/planning-fixtures';
import { renderApp } from '@/testing/render';

const early = [{ from: '07:00', to: '15:00' }];
const sundayToThursday = {
  ...defaultCalendar,
  id: 'cal-2',
  name: 'Sunday to Thursday',
  isDefault: false,
  workWeek: { sun: early, mon: early, tue: early, wed: early, thu: early, fri: [], sat: [] },
};

function axisLabels(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.gantt-header text')].map((t) => t.textContent ?? '');
}

describe('Timeline on the project calendar', () => {
  it('draws the weeks of the project calendar, not the standard week', async () => {
    const { calls } = planningApi({
      'GET /api/v1/projects/:id': { status: 200, body: { ...project, calendarId: 'cal-2' } },
      'GET /api/v1/calendars/:id': { status: 200, body: sundayToThursday },
    });
    const { container } = renderApp('/projects/p-1/timeline');
    await screen.findByRole('list', { name: 'Tasks' });

    await screen.findByText('6 Dec');
    expect(axisLabels(container)).not.toContain('7 Dec');
    expect(calls.some((c) => c.path === '/api/v1/calendars/cal-2')).toBe(true);
    expect(screen.queryByText(/standard week/)).not.toBeInTheDocument();
  });

  it("uses the workspace's default calendar when the project has none", async () => {
    const { calls } = planningApi();
    const { container } = renderApp('/projects/p-1/timeline');
    await screen.findByRole('list', { name: 'Tasks' });

    expect(axisLabels(container)).toContain('7 Dec');
    expect(calls.some((c) => c.path === '/api/v1/workspaces/w-1/calendars')).toBe(true);
  });

  it('falls back to the standard week, and says so, when the calendar cannot be read', async () => {
    planningApi({
      'GET /api/v1/workspaces/:id/calendars': problem(500, 'Server error', 'Calendars are down.'),
    });
    const { container } = renderApp('/projects/p-1/timeline');
    await screen.findByRole('list', { name: 'Tasks' });

    expect(
      await screen.findByText(/calendar could not be read \(Calendars are down\.\)/),
    ).toHaveTextContent('drawn on the standard week');
    expect(axisLabels(container)).toContain('7 Dec');
  });
});
