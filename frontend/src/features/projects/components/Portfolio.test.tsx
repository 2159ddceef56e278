import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoMe, fakeApi, problem } from '@/testing/fake-api';
import { project } from '@/testing/planning-fixtures';
import { portfolio, portfolioApi, portfolioProject } from '@/testing/portfolio-fixtures';
import { renderApp } from '@/testing/render';

/** The cells of a project's row, by column. */
function cellsOf(row: HTMLElement) {
  const cells = within(row).getAllByRole('cell');
  const cell = (index: number) => {
    const found = cells[index];
    if (!found) throw new Error(`the row has no cell ${index}`);
    return found;
  };
  return {
    health: cell(0),
    status: cell(1),
    complete: cell(2),
    forecast: cell(3),
    target: cell(4),
    milestone: cell(5),
    overallocated: cell(6),
  };
}

describe('Portfolio', () => {
  it('lists each project with health, % complete, forecast vs target, next milestone and over-allocated people', async () => {
    portfolioApi();
    renderApp('/');

    const row = await screen.findByRole('row', { name: /WEB Website relaunch/ });
    const cells = cellsOf(row);
    expect(cells.health).toHaveTextContent('At risk');
    expect(cells.status).toHaveTextContent('Active');
    const bar = within(cells.complete).getByRole('progressbar', { name: 'WEB complete' });
    expect(bar).toHaveAttribute('aria-valuenow', '62.5');
    expect(bar).toHaveAttribute('aria-valuetext', '62%');
    expect(cells.complete).toHaveTextContent('62%');
    // forecast 8 Dec is two working days after the 4 Dec target
    expect(cells.forecast).toHaveTextContent('8 Dec 2026');
    expect(cells.forecast).toHaveTextContent('2 d late');
    expect(cells.forecast.querySelector('.late')).not.toBeNull();
    expect(cells.target).toHaveTextContent('4 Dec 2026');
    expect(within(cells.milestone).getByText('Launch')).toBeInTheDocument();
    expect(cells.milestone).toHaveTextContent(/forecast 8 Dec 2026 · due 4 Dec 2026/);
    expect(within(cells.milestone).getByText('At risk')).toBeInTheDocument();
    expect(
      within(cells.overallocated).getByRole('link', { name: '2 people over-allocated on WEB' }),
    ).toHaveAttribute('href', '/workload');
    expect(within(row).getByRole('link', { name: /Website relaunch/ })).toHaveAttribute(
      'href',
      '/projects/p-1/plan',
    );
    expect(screen.getByRole('img', { name: /WEB: 1 Dec 2026 to 8 Dec 2026/ })).toBeInTheDocument();
  });

  it('shows dashes and "none" for a project without tasks, target, milestones or over-allocation', async () => {
    portfolioApi();
    renderApp('/');

    const cells = cellsOf(await screen.findByRole('row', { name: /PRINT Spring brochure/ }));
    expect(cells.health).toHaveTextContent('—');
    expect(cells.complete).toHaveTextContent('—');
    expect(within(cells.complete).queryByRole('progressbar')).toBeNull();
    expect(cells.forecast).toHaveTextContent('—');
    expect(cells.target).toHaveTextContent('—');
    expect(cells.milestone).toHaveTextContent('None open');
    expect(cells.overallocated).toHaveTextContent('None');
    expect(within(cells.overallocated).queryByRole('link')).toBeNull();
    // without a schedule the timeline places it at its planned start
    expect(
      screen.getByRole('img', { name: /PRINT: 11 Jan 2027 to 11 Jan 2027/ }),
    ).toBeInTheDocument();
  });

  it('says how early a project is forecast to finish', async () => {
    portfolioApi({
      'GET /api/v1/workspaces/:id/portfolio': {
        status: 200,
        body: {
          ...portfolio,
          projects: [portfolioProject({ health: 'on_track', finishVarianceDays: -4 })],
        },
      },
    });
    renderApp('/');
    const { forecast } = cellsOf(await screen.findByRole('row', { name: /WEB Website relaunch/ }));
    expect(forecast).toHaveTextContent('4 d early');
    expect(forecast.querySelector('.late')).toBeNull();
  });

  it('counts the people over-allocated across the workspace, linking to the workload', async () => {
    portfolioApi();
    renderApp('/');
    const link = await screen.findByRole('link', { name: '3 people' });
    expect(link).toHaveAttribute('href', '/workload');
    expect(link.closest('p')).toHaveTextContent(
      '3 people are over-allocated from 26 Nov 2026 on, across all projects.',
    );
  });

  it('reads everything in one call instead of one schedule and milestone list per project', async () => {
    const { calls } = portfolioApi();
    renderApp('/');
    await screen.findByRole('row', { name: /WEB Website relaunch/ });
    const reads = calls.filter((c) => c.method === 'GET').map((c) => c.path);
    expect(reads).toContain('/api/v1/workspaces/w-1/portfolio');
    expect(reads.filter((p) => p.startsWith('/api/v1/projects/'))).toEqual([]);
  });

  it('shows an empty state for a workspace without projects', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/workspaces/:id/portfolio': {
        status: 200,
        body: { ...portfolio, overallocatedPeople: 0, projects: [] },
      },
    });
    renderApp('/');
    expect(await screen.findByText('No projects yet')).toBeInTheDocument();
  });

  it('shows the problem when the portfolio cannot be loaded', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/workspaces/:id/portfolio': problem(503, 'Unavailable', 'The database is down.'),
    });
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('The database is down.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('creates a project and opens its plan', async () => {
    let created: unknown;
    portfolioApi({
      'POST /api/v1/workspaces/:id/projects': (_req, body) => {
        created = body;
        return { status: 201, body: { ...project, id: 'p-1' } };
      },
    });
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'New project' }));
    const form = await screen.findByRole('form', { name: 'Create a project' });
    await user.type(within(form).getByLabelText('Key'), 'web');
    await user.type(within(form).getByLabelText('Project name'), 'Website relaunch');
    await user.click(within(form).getByRole('button', { name: 'Create project' }));

    expect(await screen.findByRole('grid', { name: 'Work breakdown' })).toBeInTheDocument();
    expect(created).toMatchObject({ key: 'WEB', name: 'Website relaunch', status: 'planned' });
  });

  it('puts a field error next to the key', async () => {
    portfolioApi({
      'POST /api/v1/workspaces/:id/projects': problem(422, 'Invalid request', 'key: taken', [
        { field: 'key', message: 'is already used in this workspace' },
      ]),
    });
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'New project' }));
    const form = await screen.findByRole('form', { name: 'Create a project' });
    await user.type(within(form).getByLabelText('Key'), 'WEB');
    await user.type(within(form).getByLabelText('Project name'), 'Again');
    await user.click(within(form).getByRole('button', { name: 'Create project' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('Key')).toHaveAccessibleDescription(
        /is already used in this workspace/,
      ),
    );
  });
});
