import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
      completed: [],
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

describe('Status screen', () => {
  it('shows the draft facts beside the editor and the published history with its changes', async () => {
    planningApi({
      'GET /api/v1/projects/:id/status-reports': {
        status: 200,
        body: {
          items: [
            report('r-2', 'draft', '2026-11-30'),
            report('r-1', 'published', '2026-11-23', {
              rag: { overall: 'amber' },
              narrative: { summary: 'Vendor is slow' },
              changes: [{ field: 'rag.overall', from: 'green', to: 'amber' }],
            }),
          ],
        },
      },
    });
    renderApp('/projects/p-1/status');
    const facts = await screen.findByLabelText('Facts');
    expect(within(facts).getByText(/Beta: on_track/)).toBeInTheDocument();
    expect(screen.getByLabelText('overall RAG')).toHaveValue('green');
    expect(screen.getByText('Vendor is slow')).toBeInTheDocument();
    const changes = screen.getByRole('list', { name: 'Changed since the previous report' });
    expect(within(changes).getByText('rag.overall: green → amber')).toBeInTheDocument();
  });
});
