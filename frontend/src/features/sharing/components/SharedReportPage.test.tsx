import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { fakeApi, problem } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

const shared = {
  project: { name: 'Website relaunch', health: 'at_risk' },
  milestones: [
    {
      id: 'm-1',
      name: 'Beta',
      dueDate: '2026-12-18',
      forecastDate: '2026-12-21',
      health: 'at_risk',
      ownerName: 'Priya Natarajan',
    },
  ],
  reports: [
    {
      id: 'r-1',
      periodStart: '2026-11-24',
      periodEnd: '2026-11-30',
      publishedAt: '2026-11-30T16:00:00Z',
      narrative: { summary: 'Design signed off', nextSteps: 'Start the build' },
      rag: { overall: 'amber', schedule: 'amber', scope: 'green', resources: 'green' },
      milestones: [],
    },
  ],
};

describe('Shared report page', () => {
  it('shows the project, milestones and reports signed out, and sends a rating with a comment', async () => {
    const { calls } = fakeApi({
      'GET /api/v1/shared/:token': { status: 200, body: shared },
      'POST /api/v1/shared/:token/feedback': {
        status: 201,
        body: { id: 'f-1', reportId: 'r-1', rating: 4, createdAt: '2026-12-01T10:00:00Z' },
      },
    });
    const { user, container } = renderApp('/shared/secret-token', { signedIn: false });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Website relaunch' }),
    ).toBeInTheDocument();
    // no app chrome, no sign-in redirect
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /sign in/i })).not.toBeInTheDocument();
    expect(within(screen.getByRole('table')).getByText('Beta')).toBeInTheDocument();
    expect(screen.getByText('Design signed off')).toBeInTheDocument();
    const axeResults = await axe.run(container, {
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(axeResults.violations.map((v) => v.id)).toEqual([]);

    const form = screen.getByRole('form', { name: 'Rate this report' });
    expect(within(form).getByRole('button', { name: 'Send feedback' })).toBeDisabled();
    await user.click(within(form).getByRole('radio', { name: '4' }));
    await user.type(within(form).getByLabelText('Comment (optional)'), 'Clear');
    await user.click(within(form).getByRole('button', { name: 'Send feedback' }));
    expect(await screen.findByText('Thank you: your rating of 4 was sent.')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe('/api/v1/shared/secret-token/feedback');
    expect(post?.body).toEqual({ reportId: 'r-1', rating: 4, comment: 'Clear' });
  });

  it('says the link is not valid when the service answers 404', async () => {
    fakeApi({
      'GET /api/v1/shared/:token': problem(404, 'Not Found', 'No such share link'),
    });
    renderApp('/shared/revoked', { signedIn: false });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link is not valid' }),
    ).toBeInTheDocument();
  });
});
