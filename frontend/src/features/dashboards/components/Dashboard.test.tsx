import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { demoMe, fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

function bucket(periodStart: string, periodEnd: string, done: number, onTime: number | null) {
  return {
    periodStart,
    periodEnd,
    done,
    onTimeDeliveryRate: onTime,
    onTimeDeliveryRateBaseline: null,
    milestoneCompletion: onTime,
    milestonesDue: onTime === null ? 0 : 2,
    scopeChanges: { added: 3, removed: 1, reestimated: 2 },
    ...(onTime === null ? { ratings: 0 } : { stakeholderSatisfaction: 4.2, ratings: 5 }),
  };
}

function metrics(from: string, to: string, granularity: string) {
  return {
    from,
    to,
    granularity,
    onTimeDeliveryRate: 0.75,
    onTimeDeliveryRateBaseline: 0.5,
    milestoneCompletion: 0.8,
    cycleTimeDays: { p50: 3.5, p85: 8, count: 12 },
    leadTimeDays: { p50: 6, p85: 14, count: 12 },
    throughput: [
      { periodStart: '2026-11-16', done: 2 },
      { periodStart: '2026-11-23', done: 5 },
    ],
    utilization: {
      overall: 0.82,
      people: [],
      teams: [{ teamId: 'team-1', utilization: 0.9 }],
    },
    scheduleVarianceDays: 2,
    scopeChanges: { added: 3, removed: 1, reestimated: 2 },
    estimateAccuracy: 0.85,
    stakeholderSatisfaction: 4.2,
    ratings: 5,
    series:
      granularity === 'month'
        ? [bucket('2026-10-01', '2026-10-31', 2, null), bucket('2026-11-01', '2026-11-30', 5, 0.75)]
        : [
            bucket('2026-11-16', '2026-11-22', 2, null),
            bucket('2026-11-23', '2026-11-29', 5, 0.75),
          ],
  };
}

describe('Workspace dashboard', () => {
  it('draws each chart with an accessible name that reads its numbers', async () => {
    const asked: string[] = [];
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/me/invitations': { status: 200, body: { items: [] } },
      'GET /api/v1/me/notifications': { status: 200, body: { items: [], unreadCount: 0 } },
      'GET /api/v1/me/approvals': { status: 200, body: { items: [] } },
      'GET /api/v1/workspaces/:id/workflows': { status: 200, body: { items: [] } },
      'GET /api/v1/workspaces/:id/teams': {
        status: 200,
        body: { items: [{ id: 'team-1', name: 'Design' }] },
      },
      'GET /api/v1/workspaces/:id/metrics': (request) => {
        const url = new URL(request.url);
        asked.push(url.searchParams.get('granularity') ?? '');
        return {
          status: 200,
          body: metrics(
            url.searchParams.get('from') ?? '',
            url.searchParams.get('to') ?? '',
            url.searchParams.get('granularity') ?? 'week',
          ),
        };
      },
    });
    const { container } = renderApp('/dashboard');
    const onTime = await screen.findByRole('region', { name: 'On-time delivery rate' });
    expect(within(onTime).getByRole('img')).toHaveAccessibleName(
      'On-time delivery rate by month: Oct 2026 no data, Nov 2026 75%.',
    );
    const throughput = screen.getByRole('region', { name: 'Throughput per month' });
    expect(within(throughput).getByRole('img')).toHaveAccessibleName(
      /7 tasks done in 2 months; per month Oct 2026 2, Nov 2026 5/,
    );
    expect(
      within(screen.getByRole('region', { name: 'Utilisation by team' })).getByRole('img'),
    ).toHaveAccessibleName(/Design 90%/);
    expect(
      within(screen.getByRole('region', { name: 'Scope changes' })).getByRole('img'),
    ).toHaveAccessibleName(/Nov 2026 3 added, 1 removed, 2 re-estimated/);
    // a month without ratings reads "no data" (the service leaves the mean out), never NaN
    expect(
      within(screen.getByRole('region', { name: 'Stakeholder satisfaction (1–5)' })).getByRole(
        'img',
      ),
    ).toHaveAccessibleName(
      'Stakeholder satisfaction, mean rating out of 5 by month (5 ratings): Oct 2026 no data, Nov 2026 4.2.',
    );
    expect(screen.getByRole('region', { name: 'Cycle and lead time (days)' })).toBeInTheDocument();
    // one call draws every chart: the range's figures with the series per month
    expect(asked).toEqual(['month']);

    await userEvent.click(screen.getByRole('radio', { name: 'Week' }));
    const weekly = await screen.findByRole('region', { name: 'Throughput per week' });
    expect(within(weekly).getByRole('img')).toHaveAccessibleName(
      /7 tasks done in 2 weeks; per week 16 Nov 2, 23 Nov 5/,
    );
    expect(asked).toEqual(['month', 'week']);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
