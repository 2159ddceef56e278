import { planningApi } from './planning-fixtures';

/** A portfolio project in the shape the service returns; `extra` replaces fields. */
export function portfolioProject(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'p-1',
    key: 'WEB',
    name: 'Website relaunch',
    status: 'active',
    health: 'at_risk',
    percentComplete: 62.5,
    startDate: '2026-12-01',
    forecastStart: '2026-12-01',
    forecastFinish: '2026-12-08',
    targetFinishDate: '2026-12-04',
    finishVarianceDays: 2,
    nextMilestone: {
      id: 'm-1',
      name: 'Launch',
      dueDate: '2026-12-04',
      forecastDate: '2026-12-08',
      health: 'at_risk',
      committed: true,
    },
    overallocatedPeople: 2,
    ...extra,
  };
}

/** The workspace's portfolio: the website relaunch, late, and a brochure without tasks yet. */
export const portfolio = {
  workspaceId: 'w-1',
  overallocationFrom: '2026-11-26',
  overallocationTo: '2027-11-26',
  overallocatedPeople: 3,
  projects: [
    portfolioProject(),
    portfolioProject({
      id: 'p-2',
      key: 'PRINT',
      name: 'Spring brochure',
      status: 'planned',
      health: null,
      percentComplete: null,
      startDate: '2027-01-11',
      forecastStart: null,
      forecastFinish: null,
      targetFinishDate: null,
      finishVarianceDays: null,
      nextMilestone: null,
      overallocatedPeople: 0,
    }),
  ],
};

/** The planning service plus the portfolio; `overrides` replace or add routes. */
export function portfolioApi(overrides: Parameters<typeof planningApi>[0] = {}) {
  return planningApi({
    'GET /api/v1/workspaces/:id/portfolio': { status: 200, body: portfolio },
    ...overrides,
  });
}
