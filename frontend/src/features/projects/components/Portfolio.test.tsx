import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoMe, fakeApi, problem } from '@/testing/fake-api';
import { planningApi, project } from '@/testing/planning-fixtures';
import { renderApp } from '@/testing/render';

describe('Portfolio', () => {
  it('lists each project with health, forecast vs target finish and the next milestone', async () => {
    planningApi();
    renderApp('/');

    const row = await screen.findByRole('row', { name: /WEB Website relaunch/ });
    const [health, status] = within(row).getAllByRole('cell');
    expect(health).toHaveTextContent('At risk');
    expect(status).toHaveTextContent('Active');
    // forecast 8 Dec is after the 4 Dec target
    expect(await within(row).findByText('8 Dec 2026')).toBeInTheDocument();
    expect(within(row).getByText('(after target)')).toBeInTheDocument();
    expect(await within(row).findByText('Launch')).toBeInTheDocument();
    expect(within(row).getByText(/forecast 8 Dec 2026 · due 4 Dec 2026/)).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: /Website relaunch/ })).toHaveAttribute(
      'href',
      '/projects/p-1/plan',
    );
    expect(screen.getByRole('img', { name: /WEB: 1 Dec 2026 to 8 Dec 2026/ })).toBeInTheDocument();
  });

  it('shows an empty state for a workspace without projects', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/workspaces/:id/projects': { status: 200, body: { items: [] } },
    });
    renderApp('/');
    expect(await screen.findByText('No projects yet')).toBeInTheDocument();
  });

  it('shows the problem when projects cannot be loaded', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/workspaces/:id/projects': problem(503, 'Unavailable', 'The database is down.'),
    });
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('The database is down.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('creates a project and opens its plan', async () => {
    let created: unknown;
    planningApi({
      'POST /api/v1/workspaces/:id/projects': (_req, body) => {
        created = body;
        return { status: 201, body: { ...project, id: 'p-1' } };
      },
    });
    const { user } = renderApp('/');
    const form = await screen.findByRole('form', { name: 'Create a project' });
    await user.type(within(form).getByLabelText('Key'), 'web');
    await user.type(within(form).getByLabelText('Project name'), 'Website relaunch');
    await user.click(within(form).getByRole('button', { name: 'Create project' }));

    expect(await screen.findByRole('grid', { name: 'Work breakdown' })).toBeInTheDocument();
    expect(created).toMatchObject({ key: 'WEB', name: 'Website relaunch', status: 'planned' });
  });

  it('puts a field error next to the key', async () => {
    planningApi({
      'POST /api/v1/workspaces/:id/projects': problem(422, 'Invalid request', 'key: taken', [
        { field: 'key', message: 'is already used in this workspace' },
      ]),
    });
    const { user } = renderApp('/');
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
