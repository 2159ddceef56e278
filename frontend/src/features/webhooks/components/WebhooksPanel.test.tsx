import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { demoMe, fakeApi, problem } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

const hook = {
  id: 'h-1',
  workspaceId: 'w-1',
  url: 'https://hooks.example.com/tl',
  events: ['task.overdue'],
  format: 'json',
  active: true,
  consecutiveFailures: 0,
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z',
  version: 3,
};

const delivery = {
  id: 'd-1',
  webhookId: 'h-1',
  eventId: 'e-1',
  eventType: 'task.overdue',
  attempt: 1,
  status: 'succeeded',
  responseStatus: 204,
  durationMs: 42,
  responseExcerpt: 'ok thanks',
  at: '2026-11-02T10:00:00Z',
};

function hooksApi(initial = [hook]) {
  let items = [...initial];
  return fakeApi({
    'GET /api/v1/me': { status: 200, body: demoMe },
    'GET /api/v1/workspaces/:id/webhooks': () => ({ status: 200, body: items }),
    'POST /api/v1/workspaces/:id/webhooks': (_req, body) => {
      const { url } = body as { url: string };
      if (url.includes('10.0.0.5'))
        return problem(422, 'Validation', 'url: resolves to a private address 10.0.0.5', [
          { field: 'url', message: 'resolves to a private address 10.0.0.5' },
        ]);
      const created = { ...hook, id: 'h-2', url, events: [], version: 0 };
      items = [...items, created];
      return { status: 201, body: { ...created, secret: 'whsec_only_once_1234567890' } };
    },
    'PATCH /api/v1/webhooks/:id': (_req, body) => {
      items = items.map((w) => (w.id === 'h-1' ? { ...w, ...(body as object), version: 4 } : w));
      return { status: 200, body: items[0] };
    },
    'DELETE /api/v1/webhooks/:id': () => {
      items = items.filter((w) => w.id !== 'h-1');
      return { status: 204 };
    },
    'GET /api/v1/webhooks/:id/deliveries': { status: 200, body: { items: [delivery], next: null } },
    'POST /api/v1/webhook-deliveries/:id/redeliver': {
      status: 202,
      body: { ...delivery, id: 'd-2', status: 'pending' },
    },
  });
}

describe('Webhook administration', () => {
  it('lists the workspace webhooks without secrets', async () => {
    hooksApi();
    renderApp('/workspace/webhooks');
    const row = await screen.findByRole('row', { name: /hooks\.example\.com\/tl/ });
    expect(within(row).getByText('task.overdue')).toBeInTheDocument();
    expect(within(row).getByText('Active')).toBeInTheDocument();
  });

  it('shows the secret of a new webhook once, with a copy button and a warning', async () => {
    const { calls } = hooksApi([]);
    const { user } = renderApp('/workspace/webhooks');
    await screen.findByText('No webhooks yet');
    await user.type(screen.getByLabelText('Receiver URL'), 'https://receiver.example.org/in');
    await user.selectOptions(screen.getByLabelText('Payload format'), 'slack');
    await user.click(screen.getByRole('button', { name: 'Create webhook' }));

    const notice = await screen.findByRole('region', { name: 'Webhook created' });
    expect(notice).toHaveTextContent('it will not be shown again');
    expect(within(notice).getByLabelText('Signing secret')).toHaveTextContent(
      'whsec_only_once_1234567890',
    );
    await user.click(within(notice).getByRole('button', { name: 'Copy secret' }));
    expect(await navigator.clipboard.readText()).toBe('whsec_only_once_1234567890');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      url: 'https://receiver.example.org/in',
      events: [],
      format: 'slack',
      active: true,
    });
    await user.click(within(notice).getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByText('whsec_only_once_1234567890')).not.toBeInTheDocument();
  });

  it('tells an SSRF refusal as a sentence next to the URL', async () => {
    hooksApi([]);
    const { user } = renderApp('/workspace/webhooks');
    await screen.findByText('No webhooks yet');
    await user.type(screen.getByLabelText('Receiver URL'), 'http://10.0.0.5/hook');
    await user.click(screen.getByRole('button', { name: 'Create webhook' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The host points at a private address (10.0.0.5). Webhooks may only go to public addresses',
    );
    expect(screen.getByLabelText('Receiver URL')).toHaveAccessibleDescription(
      /The host points at a private address/,
    );
    expect(screen.queryByRole('region', { name: 'Webhook created' })).not.toBeInTheDocument();
  });

  it('edits a webhook with If-Match of the version shown', async () => {
    const { calls } = hooksApi();
    const { user } = renderApp('/workspace/webhooks');
    await user.click(
      await screen.findByRole('button', { name: 'Edit https://hooks.example.com/tl' }),
    );
    const edit = screen.getByRole('region', { name: 'Edit webhook' });
    await user.click(within(edit).getByRole('checkbox', { name: /Active/ }));
    await user.click(within(edit).getByRole('button', { name: 'Save webhook' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.ifMatch).toBe('"3"');
    expect(patch?.body).toMatchObject({ active: false, url: 'https://hooks.example.com/tl' });
    expect(await screen.findByText('Off')).toBeInTheDocument();
  });

  it('shows the delivery log and redelivers', async () => {
    const { calls } = hooksApi();
    const { user } = renderApp('/workspace/webhooks');
    await user.click(
      await screen.findByRole('button', { name: 'Delivery log of https://hooks.example.com/tl' }),
    );
    const log = await screen.findByRole('region', { name: 'Delivery log' });
    const row = await within(log).findByRole('row', { name: /task\.overdue/ });
    expect(within(row).getByText('Delivered')).toBeInTheDocument();
    expect(within(row).getByText('204')).toBeInTheDocument();
    expect(within(row).getByText('42 ms')).toBeInTheDocument();
    expect(within(row).getByText('ok thanks')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: /^Redeliver task\.overdue/ }));
    expect(await within(log).findByText(/Queued again/)).toBeInTheDocument();
    expect(
      calls.some(
        (c) => c.method === 'POST' && c.path === '/api/v1/webhook-deliveries/d-1/redeliver',
      ),
    ).toBe(true);
  });

  it('deletes a webhook after confirmation', async () => {
    hooksApi();
    const { user } = renderApp('/workspace/webhooks');
    await user.click(
      await screen.findByRole('button', { name: 'Delete https://hooks.example.com/tl' }),
    );
    await user.click(
      screen.getByRole('button', { name: 'Confirm deleting https://hooks.example.com/tl' }),
    );
    expect(await screen.findByText('No webhooks yet')).toBeInTheDocument();
  });

  it('is for admins only', async () => {
    fakeApi({
      'GET /api/v1/me': {
        status: 200,
        body: { ...demoMe, memberships: [demoMe.memberships[1]] },
      },
    });
    renderApp('/workspace/webhooks');
    expect(
      await screen.findByText(/Only the workspace's owners and admins manage webhooks/),
    ).toBeInTheDocument();
  });
});
