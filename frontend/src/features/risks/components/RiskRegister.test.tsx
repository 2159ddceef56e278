import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planningApi } from '@/testing/planning-fixtures';
import { renderApp } from '@/testing/render';

function risk(id: string, title: string, probability: number, impact: number, severity: string) {
  return {
    id,
    workspaceId: 'w-1',
    projectId: 'p-1',
    kind: 'risk',
    title,
    description: null,
    probability,
    impact,
    score: probability * impact,
    severity,
    ownerId: null,
    status: 'open',
    mitigation: null,
    contingency: null,
    dueDate: null,
    taskIds: [],
    milestoneIds: [],
    scheduleImpactDays: 0,
    escalationLevel: 0,
    scoreHistory: [],
    createdAt: '2026-11-30T10:00:00Z',
    updatedAt: '2026-11-30T10:00:00Z',
  };
}

const risks = [
  risk('r-1', 'Printer late', 2, 2, 'low'),
  risk('r-2', 'Vendor bankrupt', 4, 4, 'critical'),
  risk('r-3', 'Scope creep', 3, 3, 'medium'),
];

function api() {
  return planningApi({
    'GET /api/v1/projects/:id/risks': { status: 200, body: { items: risks } },
    'GET /api/v1/projects/:id/risk-summary': {
      status: 200,
      body: { projectId: 'p-1', topRisks: [], liveRisks: 0, milestones: [] },
    },
  });
}

describe('Risk register', () => {
  it('sorts by score, highest first, and the other way on a second click', async () => {
    api();
    const { user } = renderApp('/projects/p-1/risks');
    const table = await screen.findByRole('table', { name: 'Risk register' });
    await within(table).findByRole('link', { name: 'Vendor bankrupt' });
    const titles = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent);
    expect(titles()).toEqual(['Vendor bankrupt', 'Scope creep', 'Printer late']);
    await user.click(within(table).getByRole('button', { name: /Score/ }));
    expect(titles()).toEqual(['Printer late', 'Scope creep', 'Vendor bankrupt']);
    expect(within(table).getByRole('columnheader', { name: /Score/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('filters the table to the heat map cell chosen', async () => {
    api();
    const { user } = renderApp('/projects/p-1/risks');
    const cell = await screen.findByRole('button', { name: 'Probability 4, impact 4: 1 risk' });
    await user.click(cell);
    const table = screen.getByRole('table', { name: 'Risk register' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Vendor bankrupt']);
    expect(cell).toHaveAttribute('aria-pressed', 'true');
    expect(within(table).getByText('Critical')).toBeInTheDocument();
  });
});
