import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoMe, fakeApi, problem } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';
import { fidelityValue } from './FidelityReport';

const planFile = () =>
  new File(['<Project xmlns="http://schemas.microsoft.com/project"></Project>'], 'launch.xml', {
    type: 'application/xml',
  });

type JobReply = { state: string; progress: number; result?: unknown; problem?: unknown };

/** The service with an import job that answers `replies` in turn (the last one for ever). */
function importApi(replies: JobReply[]) {
  let polls = 0;
  return fakeApi({
    'GET /api/v1/me': { status: 200, body: demoMe },
    'POST /api/v1/workspaces/:id/imports': { status: 202, body: { jobId: 'job-1' } },
    'GET /api/v1/jobs/:id': () => {
      const reply = replies[Math.min(polls, replies.length - 1)] as JobReply;
      polls += 1;
      return { status: 200, body: { id: 'job-1', fileName: 'launch.xml', ...reply } };
    },
  });
}

describe('Import wizard', () => {
  it('uploads the chosen file with name and key, shows the progress, then the fidelity report and a link to the project', async () => {
    const { calls } = importApi([
      { state: 'queued', progress: 0 },
      // held for a few polls so the test sees it on a loaded machine
      { state: 'running', progress: 40 },
      { state: 'running', progress: 40 },
      { state: 'running', progress: 40 },
      {
        state: 'succeeded',
        progress: 100,
        result: {
          projectId: 'p-9',
          fidelity: {
            tasksCompared: 68,
            matched: 67,
            mismatches: [
              {
                taskName: 'Design review',
                field: 'earlyFinish',
                expected: '2025-06-04T17:00',
                actual: '2025-06-05T12:00',
                reason: 'the task is on a calendar shared by its resources',
              },
            ],
          },
        },
      },
    ]);
    const { user } = renderApp('/import');

    const form = await screen.findByRole('form', { name: 'Import a plan' });
    const importButton = within(form).getByRole('button', { name: 'Import' });
    expect(importButton).toBeDisabled();
    await user.upload(within(form).getByLabelText('Plan file'), planFile());
    expect(within(form).getByText('launch.xml')).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Project name'), 'Launch');
    await user.type(within(form).getByLabelText('Key'), 'lau');
    await user.click(importButton);

    const bar = await screen.findByRole('progressbar', { name: 'Import progress' });
    expect(screen.getByRole('heading', { name: 'Importing launch.xml' })).toBeInTheDocument();
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuetext', '40%'));
    const report = await screen.findByRole('region', { name: 'Fidelity to MS Project' });
    expect(bar).toHaveAttribute('aria-valuetext', '100%');
    expect(within(report).getByText('Tasks compared').nextSibling).toHaveTextContent('68');
    expect(within(report).getByText('Same dates as MS Project').nextSibling).toHaveTextContent(
      '67',
    );
    expect(within(report).getByText('1 task differs', { exact: false })).toBeInTheDocument();
    const table = within(report).getByRole('table', { name: 'Tasks that differ from MS Project' });
    const row = within(table).getByRole('row', { name: /Design review/ });
    expect(row).toHaveTextContent(
      'Design reviewEarly finish5 Jun 2025 12:004 Jun 2025 17:00the task is on a calendar shared by its resources',
    );
    expect(screen.getByRole('link', { name: 'Open the project' })).toHaveAttribute(
      'href',
      '/projects/p-9/plan',
    );

    const upload = calls.find((c) => c.method === 'POST');
    expect(upload?.path).toBe('/api/v1/workspaces/w-1/imports');
    expect(upload?.authorization).toBe('Bearer test-access-token');
    const multipart = String(upload?.body);
    // (jsdom's File reaches undici's FormData as a blob, so the file name is not checked here)
    expect(multipart).toMatch(
      /name="file"; filename=.*\r\nContent-Type: application\/xml\r\n\r\n<Project/,
    );
    expect(multipart).toMatch(/name="name"\r\n\r\nLaunch\r\n/);
    expect(multipart).toMatch(/name="key"\r\n\r\nLAU\r\n/);
  });

  it('says when every task matches MS Project', async () => {
    importApi([
      {
        state: 'succeeded',
        progress: 100,
        result: { projectId: 'p-9', fidelity: { tasksCompared: 4, matched: 4, mismatches: [] } },
      },
    ]);
    const { user } = renderApp('/import');
    await user.upload(await screen.findByLabelText('Plan file'), planFile());
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(
      await screen.findByText(/Every task starts and finishes exactly as in MS Project/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('tells a failed job as a sentence and offers another try', async () => {
    importApi([
      { state: 'running', progress: 10 },
      {
        state: 'failed',
        progress: 10,
        problem: {
          type: 'https://throughline.app/problems/not-a-plan',
          title: 'Not a plan',
          status: 422,
          detail: 'The file is not a project plan that Throughline can read.',
        },
      },
    ]);
    const { user } = renderApp('/import');
    await user.upload(await screen.findByLabelText('Plan file'), planFile());
    await user.click(screen.getByRole('button', { name: 'Import' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The import failed; nothing was saved');
    expect(alert).toHaveTextContent('The file is not a project plan that Throughline can read.');
    expect(screen.queryByRole('link', { name: 'Open the project' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try another file' }));
    expect(await screen.findByRole('form', { name: 'Import a plan' })).toBeInTheDocument();
  });

  it('shows a refused upload (too large) without starting a job', async () => {
    const { calls } = fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'POST /api/v1/workspaces/:id/imports': problem(
        413,
        'Payload too large',
        'The upload is larger than 32 MiB.',
      ),
    });
    const { user } = renderApp('/import');
    await user.upload(await screen.findByLabelText('Plan file'), planFile());
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file was not accepted');
    expect(calls.some((c) => c.path.startsWith('/api/v1/jobs'))).toBe(false);
  });

  it('is offered from the portfolio header to coordinators', async () => {
    fakeApi({
      'GET /api/v1/me': { status: 200, body: demoMe },
      'GET /api/v1/workspaces/:id/portfolio': { status: 200, body: { projects: [] } },
    });
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Import plan…' })).toHaveAttribute(
      'href',
      '/import',
    );
  });
});

describe('fidelityValue', () => {
  it('reads date-times, flags and durations as people do', () => {
    expect(fidelityValue('2025-06-04T17:00')).toBe('4 Jun 2025 17:00');
    expect(fidelityValue('true')).toBe('Yes');
    expect(fidelityValue('false')).toBe('No');
    expect(fidelityValue('2d')).toBe('2d');
    expect(fidelityValue(undefined)).toBe('—');
  });
});
