import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { demoMe, fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

function metrics(from: string, to: string) {
  return {
    from,
    to,
    granularity: 'month',
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
  };
}

describe('Workspace dashboard', () => {
  it('draws each chart with an accessible name that reads its numbers', async () => {
    const { calls } = fakeApi({
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
        return {
          status: 200,
          body: metrics(url.searchParams.get('from') ?? '', url.searchParams.get('to') ?? ''),
        };
      },
    });
    const { container } = renderApp('/dashboard');
    const onTime = await screen.findByRole('region', { name: 'On-time delivery rate' });
    expect(within(onTime).getByRole('img').getAttribute('aria-label')).toMatch(
      /^On-time delivery rate by month: \w{3} \d{4} 75%/,
    );
    const throughput = screen.getByRole('region', { name: 'Throughput per week' });
    expect(within(throughput).getByRole('img')).toHaveAccessibleName(
      /7 tasks done in 2 weeks; per week starting 2026-11-16 2, 2026-11-23 5/,
    );
    expect(
      within(screen.getByRole('region', { name: 'Utilisation by team' })).getByRole('img'),
    ).toHaveAccessibleName(/Design 90%/);
    expect(
      within(screen.getByRole('region', { name: 'Scope changes' })).getByRole('img'),
    ).toHaveAccessibleName(/3 added, 1 removed, 2 re-estimated/);
    expect(
      screen.getByRole('region', { name: 'Stakeholder satisfaction (1–5)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Cycle and lead time (days)' })).toBeInTheDocument();
    // the range by week, and one call per month for the trends
    const metricCalls = calls.filter((c) => c.path.endsWith('/metrics'));
    expect(metricCalls).toHaveLength(7);
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
