import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { problem } from '@/testing/fake-api';
import { planningApi } from '@/testing/planning-fixtures';
import { renderApp } from '@/testing/render';

function report(id: string, state: string, periodEnd: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    workspaceId: 'w-1',
    projectId: 'p-1',
    periodStart: '2026-11-24',
    periodEnd,
    state,
    facts: {
      asOf: periodEnd,
      completed: [{ taskId: 't-1', key: 'WEB-1', title: 'Wireframes', on: '2026-11-26' }],
      started: [],
      milestones: [
        {
          milestoneId: 'm-1',
          name: 'Beta',
          dueDate: '2026-12-18',
          forecastDate: '2026-12-16',
          health: 'on_track',
          committed: true,
        },
      ],
      topRisks: [],
      dueSoon: [],
      overallocated: [],
    },
    computedRag: { overall: 'green', schedule: 'green', resources: 'green' },
    narrative: {},
    rag: {},
    changes: [],
    createdAt: '2026-11-30T10:00:00Z',
    updatedAt: '2026-11-30T10:00:00Z',
    ...extra,
  };
}

const draft = report('r-2', 'draft', '2026-11-30', {
  facts: {
    ...report('r-2', 'draft', '2026-11-30').facts,
    criticalPath: {
      tasks: [{ taskId: 't-3', key: 'WEB-3', title: 'Copy' }],
      joined: [{ taskId: 't-3', key: 'WEB-3', title: 'Copy' }],
      left: [{ taskId: 't-2', key: 'WEB-2', title: 'Build' }],
    },
  },
});
const published = report('r-1', 'published', '2026-11-23', {
  rag: { overall: 'amber', schedule: 'amber', scope: 'green', resources: 'green' },
  ragReason: 'Vendor late',
  narrative: { summary: 'Vendor is slow' },
  publishedAt: '2026-11-23T16:00:00Z',
  changes: [
    { field: 'rag.overall', from: 'green', to: 'amber' },
    { field: 'milestone.Beta.forecastDate', from: '2026-12-14', to: '2026-12-16' },
  ],
});

describe('Status screen', () => {
  it('shows the draft facts beside the editor and the published history with readable changes', async () => {
    planningApi({
      'GET /api/v1/projects/:id/status-reports': {
        status: 200,
        body: { items: [draft, published] },
      },
      'GET /api/v1/status-reports/:id': { status: 200, body: draft, headers: { ETag: '"3"' } },
    });
    const { container } = renderApp('/projects/p-1/status');
    const facts = await screen.findByLabelText('Facts');
    expect(within(facts).getByText(/Wireframes/)).toBeInTheDocument();
    expect(within(facts).getByRole('list', { name: 'Milestones' })).toHaveTextContent(
      /Beta:.*On track/,
    );
    const critical = within(facts).getByRole('list', { name: 'Critical path changes' });
    expect(critical).toHaveTextContent('Joined: WEB-3 Copy');
    expect(critical).toHaveTextContent('Left: WEB-2 Build');
    expect(screen.getByLabelText('Overall RAG')).toHaveValue('green');
    expect(screen.getByText('Vendor is slow')).toBeInTheDocument();
    const changes = screen.getByRole('list', { name: 'Changed since the previous report' });
    expect(within(changes).getByText('Overall RAG: green → amber')).toBeInTheDocument();
    expect(
      within(changes).getByText(
        'Milestone Beta forecast: 14 Dec 2026 → 16 Dec 2026 (2 days later)',
      ),
    ).toBeInTheDocument();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('saves with If-Match from the loaded version and, on 412, says so and reloads the other edit', async () => {
    let stored = { ...draft, narrative: {} as Record<string, string> };
    let version = 3;
    const { calls } = planningApi({
      'GET /api/v1/projects/:id/status-reports': () => ({
        status: 200,
        body: { items: [stored] },
      }),
      'GET /api/v1/status-reports/:id': () => ({
        status: 200,
        body: stored,
        headers: { ETag: `"${version}"` },
      }),
      'PATCH /api/v1/status-reports/:id': (request) => {
        if (request.headers.get('If-Match') !== `"${version}"`)
          return problem(412, 'Precondition Failed', 'The report has changed since you read it');
        version += 1;
        return { status: 200, body: stored, headers: { ETag: `"${version}"` } };
      },
    });
    const { user } = renderApp('/projects/p-1/status');
    const summary = await screen.findByLabelText('Summary');
    // Someone else saves a summary while this editor still holds version 3.
    stored = { ...draft, narrative: { summary: 'Their summary' } };
    version = 4;
    await user.type(summary, 'My summary');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(calls.find((c) => c.method === 'PATCH')?.ifMatch).toBe('"3"');
    expect(await screen.findByText('Someone else changed this report')).toBeInTheDocument();
    expect(await screen.findByDisplayValue('Their summary')).toBeInTheDocument();
    // The second try carries the version just read and goes through.
    await user.clear(screen.getByLabelText('Summary'));
    await user.type(screen.getByLabelText('Summary'), 'Merged summary');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const patches = calls.filter((c) => c.method === 'PATCH');
    expect(patches[1]?.ifMatch).toBe('"4"');
    expect(patches[1]?.body).toMatchObject({ narrative: { summary: 'Merged summary' } });
    expect(screen.queryByText('Someone else changed this report')).not.toBeInTheDocument();
  });
});
