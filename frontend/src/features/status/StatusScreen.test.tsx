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

  it('lists the share links with created, expires and last used, and revokes one after a confirmation', async () => {
    let links: Array<Record<string, string | null>> = [
      {
        id: 'l-2',
        projectId: 'p-1',
        state: 'active',
        createdAt: '2026-11-30T09:00:00Z',
        createdByName: 'Ada Lovelace',
        expiresAt: '2027-01-31T00:00:00Z',
        revokedAt: null,
        lastUsedAt: null,
      },
      {
        id: 'l-1',
        projectId: 'p-1',
        state: 'active',
        createdAt: '2026-11-02T09:00:00Z',
        createdByName: 'Ada Lovelace',
        expiresAt: null,
        revokedAt: null,
        lastUsedAt: '2026-11-28T15:30:00Z',
      },
    ];
    const { calls } = planningApi({
      'GET /api/v1/projects/:id/status-reports': { status: 200, body: { items: [published] } },
      'GET /api/v1/projects/:id/share-links': () => ({ status: 200, body: { items: links } }),
      'DELETE /api/v1/share-links/:id': () => {
        links = links.map((l) =>
          l.id === 'l-1' ? { ...l, state: 'revoked', revokedAt: '2026-11-30T10:00:00Z' } : l,
        );
        return { status: 204 };
      },
    });
    const { container, user } = renderApp('/projects/p-1/status');
    const table = await screen.findByRole('table', { name: 'Share links' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(/Ada Lovelace.*Not yet.*Active/);
    expect(rows[1]).toHaveTextContent(/Never.*Active/);
    const revokeButtons = within(table).getAllByRole('button', {
      name: /^Revoke the link created/,
    });
    expect(revokeButtons).toHaveLength(2);
    await user.click(revokeButtons[1] as HTMLElement);
    // nothing is revoked until confirmed
    expect(calls.filter((c) => c.method === 'DELETE')).toHaveLength(0);
    await user.click(within(table).getByRole('button', { name: /^Revoke now the link created/ }));
    expect(calls.find((c) => c.method === 'DELETE')?.path).toBe('/api/v1/share-links/l-1');
    await within(table).findByText('Revoked');
    expect(within(table).getAllByRole('button', { name: /^Revoke the link created/ })).toHaveLength(
      1,
    );
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
