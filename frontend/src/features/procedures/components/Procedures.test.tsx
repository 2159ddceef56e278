import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sanitiseHtml } from '@/components/SanitisedHtml';
import { demoMe, fakeApi } from '@/testing/fake-api';
import { renderApp } from '@/testing/render';

const procedure = {
  id: 'pr-1',
  workspaceId: 'w-1',
  title: 'Client review checklist',
  bodyMarkdown: '1. Send the proof\n2. Chase after **two days**',
  // as if the service's sanitiser had let something through: the page must still drop it
  bodyHtml:
    '<ol><li>Send the proof</li><li>Chase after <strong>two days</strong></li></ol>' +
    '<img src=x onerror="alert(1)"><a href="javascript:alert(2)">bad link</a><script>alert(3)</script>',
  createdAt: '2026-11-30T09:00:00Z',
  updatedAt: '2026-11-30T09:00:00Z',
  version: 3,
};

function proceduresApi() {
  return fakeApi({
    'GET /api/v1/me': { status: 200, body: demoMe },
    'GET /api/v1/workspaces/:id/procedures': {
      status: 200,
      body: { items: [{ id: 'pr-1', title: procedure.title, updatedAt: procedure.updatedAt }] },
    },
    'GET /api/v1/procedures/:id': { status: 200, body: procedure, headers: { ETag: '"3"' } },
    'PATCH /api/v1/procedures/:id': (_req, body) => ({
      status: 200,
      body: { ...procedure, ...(body as object), version: 4 },
      headers: { ETag: '"4"' },
    }),
    'POST /api/v1/workspaces/:id/procedures': (_req, body) => ({
      status: 201,
      body: { ...procedure, ...(body as object), id: 'pr-2' },
    }),
  });
}

describe('Procedure pages', () => {
  it('lists the procedures and shows one as sanitised HTML, with no handler, script or javascript: link', async () => {
    proceduresApi();
    const { user } = renderApp('/procedures');
    const list = await screen.findByRole('list', { name: 'Procedures' });
    await user.click(within(list).getByRole('link', { name: 'Client review checklist' }));
    const steps = await screen.findByLabelText('Procedure steps');
    expect(within(steps).getByText('two days').tagName).toBe('STRONG');
    expect(steps.querySelector('script')).toBeNull();
    expect(steps.innerHTML).not.toMatch(/onerror|javascript:/i);
    expect(within(steps).getByText('bad link')).not.toHaveAttribute('href');
  });

  it('edits the markdown with a preview and sends the ETag it read', async () => {
    const { calls } = proceduresApi();
    const { user } = renderApp('/procedures/pr-1');
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit the procedure' });
    const body = within(form).getByLabelText('Steps (markdown)');
    await user.clear(body);
    await user.type(body, '# Review{enter}{enter}Call the *client*');
    const preview = within(form).getByRole('region', { name: 'Preview' });
    expect(within(preview).getByRole('heading', { name: 'Review' })).toBeInTheDocument();
    expect(within(preview).getByText('client').tagName).toBe('EM');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    await screen.findByRole('button', { name: 'Edit' });
    const patch = calls.find((c) => c.method === 'PATCH');
    expect(patch?.ifMatch).toBe('"3"');
    expect(patch?.body).toEqual({
      title: 'Client review checklist',
      bodyMarkdown: '# Review\n\nCall the *client*',
    });
  });

  it('creates a procedure and opens it', async () => {
    const { calls } = proceduresApi();
    const { user } = renderApp('/procedures');
    await user.click(await screen.findByRole('button', { name: 'New procedure' }));
    const form = screen.getByRole('form', { name: 'New procedure' });
    await user.type(within(form).getByLabelText('Title'), 'Launch day');
    await user.type(within(form).getByLabelText('Steps (markdown)'), 'Go live');
    await user.click(within(form).getByRole('button', { name: 'Create procedure' }));
    expect(await screen.findByLabelText('Procedure steps')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      title: 'Launch day',
      bodyMarkdown: 'Go live',
    });
  });
});

describe('sanitiseHtml', () => {
  it('drops scripts, handlers, frames, styles, svg and script URLs', () => {
    const dirty = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">j</a>',
      '<a href="data:text/html,<script>alert(1)</script>">d</a>',
      '<svg onload=alert(1)><circle/></svg>',
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
      '<p style="background:url(javascript:alert(1))">s</p>',
      '<style>body{x:expression(alert(1))}</style>',
    ].join('');
    const clean = sanitiseHtml(dirty);
    expect(clean).not.toMatch(/<script|onerror|onload|javascript:|data:|<svg|<iframe|style/i);
  });
});
