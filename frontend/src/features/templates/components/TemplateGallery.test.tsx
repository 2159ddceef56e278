import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoMe, fakeApi, problem } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

const templates = [
  {
    id: 'tpl-1',
    workspaceId: 'w-1',
    name: 'Agency campaign',
    description: 'Brief, concepts, client review, production and launch.',
    builtIn: true,
    taskCount: 14,
    milestoneCount: 3,
  },
  {
    id: 'tpl-2',
    workspaceId: 'w-1',
    name: 'Our onboarding',
    builtIn: false,
    taskCount: 1,
    milestoneCount: 0,
  },
];

function templatesApi(
  instantiate: Parameters<typeof fakeApi>[0][string] = {
    status: 201,
    body: { id: 'p-9', key: 'SPR' },
  },
) {
  return fakeApi({
    'GET /api/v1/me': { status: 200, body: demoMe },
    'GET /api/v1/workspaces/:id/templates': { status: 200, body: templates },
    'POST /api/v1/templates/:id/instantiate': instantiate,
  });
}

describe('Template gallery', () => {
  it('lists each template with its description and counts', async () => {
    templatesApi();
    renderApp('/templates');
    const list = await screen.findByRole('list', { name: 'Templates' });
    const agency = within(list).getByRole('listitem', { name: 'Agency campaign' });
    expect(agency).toHaveTextContent('Built in');
    expect(agency).toHaveTextContent('14 tasks · 3 milestones');
    expect(agency).toHaveTextContent('Brief, concepts, client review, production and launch.');
    const own = within(list).getByRole('listitem', { name: 'Our onboarding' });
    expect(own).toHaveTextContent('Workspace · 1 task · 0 milestones');
  });

  it('creates a project forwards from a start date and opens it', async () => {
    const { calls } = templatesApi();
    const { user } = renderApp('/templates');
    await user.click(await screen.findByRole('button', { name: 'Use Agency campaign' }));
    const form = screen.getByRole('form', { name: 'New project from the template' });
    await user.type(within(form).getByLabelText('Project name'), 'Spring campaign');
    await user.type(within(form).getByLabelText('Key'), 'spr');
    const start = within(form).getByLabelText('Start date');
    await user.clear(start);
    await user.type(start, '2027-03-01');
    await user.click(within(form).getByRole('button', { name: 'Create project' }));
    // the new project's page opens (its own calls are not faked here)
    expect(await screen.findByText('The project could not be loaded')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe('/api/v1/templates/tpl-1/instantiate');
    expect(post?.body).toEqual({ key: 'SPR', name: 'Spring campaign', startDate: '2027-03-01' });
    expect(calls.some((c) => c.path === '/api/v1/projects/p-9')).toBe(true);
  });

  it('plans backwards from a target finish date, and shows a refused key beside its field', async () => {
    const { calls } = templatesApi(
      problem(422, 'Validation failed', 'The key is taken.', [
        { field: 'key', message: 'SPR is taken in this workspace' },
      ]),
    );
    const { user } = renderApp('/templates');
    await user.click(await screen.findByRole('button', { name: 'Use Our onboarding' }));
    const form = screen.getByRole('form', { name: 'New project from the template' });
    await user.type(within(form).getByLabelText('Project name'), 'Acme onboarding');
    await user.type(within(form).getByLabelText('Key'), 'SPR');
    await user.click(within(form).getByLabelText('Backwards from a target finish date'));
    const finish = within(form).getByLabelText('Target finish date');
    await user.clear(finish);
    await user.type(finish, '2027-04-30');
    await user.click(within(form).getByRole('button', { name: 'Create project' }));
    expect(await within(form).findByText('SPR is taken in this workspace')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.path).toBe('/api/v1/templates/tpl-2/instantiate');
    expect(post?.body).toEqual({ key: 'SPR', name: 'Acme onboarding', finishDate: '2027-04-30' });
  });

  it('is offered from the portfolio header', async () => {
    templatesApi();
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'New from template…' })).toHaveAttribute(
      'href',
      '/templates',
    );
  });
});
