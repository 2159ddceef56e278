import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoMe, fakeApi } from '@/testing/fake-api';
import { task } from '@/testing/planning-fixtures';
import { renderApp } from '@/testing/render';

describe('My work', () => {
  it('lists my tasks with deadline and status, linking to their plan', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/me/tasks': {
        status: 200,
        body: {
          items: [
            task('t-9', 'WEB-9', 'Review copy', { deadline: '2026-12-03', status: 'review' }),
          ],
        },
      },
    });
    renderApp('/my-work');
    const row = await screen.findByRole('row', { name: /WEB-9 Review copy/ });
    expect(within(row).getByText('3 Dec 2026')).toBeInTheDocument();
    expect(within(row).getByText('Review')).toBeInTheDocument();
    expect(within(row).getByRole('link')).toHaveAttribute('href', '/projects/p-1/plan');
  });

  it('says so when nothing is assigned', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/me/tasks': { status: 200, body: { items: [] } },
    });
    renderApp('/my-work');
    expect(await screen.findByText('Nothing on your plate')).toBeInTheDocument();
  });
});
