import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { explainDevelop, planningApi } from '@/testing/planning-fixtures';
import { renderApp } from '@/testing/render';

describe('Plan: why a task starts when it does', () => {
  it('shows the driving chain when the start date is clicked', async () => {
    const { calls } = planningApi(explainDevelop);
    const { user } = renderApp('/projects/p-1/plan');
    await user.click(await screen.findByRole('button', { name: 'Why WEB-3 starts on 3 Dec 2026' }));

    const panel = await screen.findByRole('complementary', {
      name: 'Why WEB-3 Develop is scheduled here',
    });
    expect(await within(panel).findByText('Starts after WEB-2 finishes (fs)')).toBeInTheDocument();
    expect(
      calls.some((c) => c.method === 'GET' && c.path.endsWith('/tasks/t-3/schedule/explain')),
    ).toBe(true);
  });

  it('opens the same chain from the keyboard with W on any cell of the row', async () => {
    planningApi(explainDevelop);
    const { user } = renderApp('/projects/p-1/plan');
    const row = await screen.findByRole('row', { name: /WEB-3 Develop/ });
    await user.click(within(row).getByText(/WEB-3/));
    await user.keyboard('w');
    expect(
      await screen.findByRole('complementary', { name: 'Why WEB-3 Develop is scheduled here' }),
    ).toBeInTheDocument();
  });
});
