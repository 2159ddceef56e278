// Notifications in the browser: a mention written by another member shows in the coordinator's bell
// and inbox; notification preferences are saved (with a time zone, the browser's by default); a webhook created against a receiver this test
// starts on 127.0.0.1 gets the events and its delivery log shows them; a personal calendar feed is
// created and its .ics fetched. axe and a screenshot on every screen.
//   node e2e/notify.mjs   (BASE_URL: a running service started with
//   THROUGHLINE_WEBHOOKS_ALLOW_PRIVATE_TARGETS=127.0.0.1/32, so the local receiver is allowed)
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { browserHarness, demoEmail, demoPassword, unique } from './harness.mjs';

const { baseUrl, start, stop, expectAccessible, snap, step } = browserHarness({
  previewPort: 4183,
  profilePrefix: 'throughline-e2e-notify-',
  permissions: ['clipboard-read', 'clipboard-write'],
  // a zone no server here runs in, so the picker's default is visibly the browser's
  timezoneId: 'America/Sao_Paulo',
});

const received = [];
const receiver = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    received.push({ headers: request.headers, body });
    response.writeHead(200, { 'Content-Type': 'text/plain' });
    response.end('received by the notify e2e receiver');
  });
});

async function call(method, path, token, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

const itemsOf = (body) => (Array.isArray(body) ? body : body.items);

async function waitUntil(what, check, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let page;
let coordinatorToken;
let workspaceId;
let receiverUrl;
before(async () => {
  await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${receiver.address().port}/hook`;
  page = await start();
});
after(async () => {
  await stop();
  receiver.close();
});

describe(
  'Notifications, webhooks and calendar feeds in the browser',
  { concurrency: false },
  () => {
    step('signs in as the coordinator and opens the webhooks of the workspace', async () => {
      const login = await call('POST', '/api/v1/auth/login', null, {
        email: demoEmail,
        password: demoPassword,
      });
      assert.equal(login.status, 200);
      coordinatorToken = login.body.accessToken;
      const me = await call('GET', '/api/v1/me', coordinatorToken);
      workspaceId = me.body.memberships[0].workspaceId;

      await page.goto(`${baseUrl}/sign-in`);
      const form = page.getByRole('form', { name: 'Sign in' });
      await form.getByLabel('Email').fill(demoEmail);
      await form.getByLabel('Password').fill(demoPassword);
      await form.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await page.getByRole('link', { name: 'Workspace', exact: true }).click();
      await page.getByRole('link', { name: 'Webhooks' }).click();
      await page.getByRole('heading', { name: 'Add a webhook' }).waitFor();
      await expectAccessible('webhooks');
    });

    step('refuses a private address with a sentence', async () => {
      await page.getByLabel('Receiver URL').fill('http://10.1.2.3/hook');
      await page.getByRole('button', { name: 'Create webhook' }).click();
      await page
        .getByText(/The host points at a private address \(10\.1\.2\.3\)/)
        .first()
        .waitFor();
      await expectAccessible('webhook refused');
      await snap('n01-webhook-refused');
    });

    step('creates a webhook to the local receiver and shows its secret once', async () => {
      await page.getByLabel('Receiver URL').fill(receiverUrl);
      await page.getByRole('button', { name: 'Create webhook' }).click();
      const notice = page.getByRole('region', { name: 'Webhook created' });
      await notice.waitFor();
      const secret = await notice.getByLabel('Signing secret').textContent();
      assert.ok(secret && secret.length >= 16, `secret: ${secret}`);
      await page
        .getByRole('row', { name: new RegExp(receiverUrl.replace(/[.]/g, '\\.')) })
        .waitFor();
      await expectAccessible('webhook created');
      await snap('n02-webhook-created');
      await notice.getByRole('button', { name: 'I have copied it' }).click();
    });

    step("another member's mention shows in the coordinator's bell and inbox", async () => {
      const email = `mina-${unique}@example.test`;
      const registered = await call('POST', '/api/v1/auth/register', null, {
        name: 'Mina Member',
        email,
        password: 'long-enough-password',
        workspaceName: `Mina's studio ${unique}`,
      });
      assert.equal(registered.status, 201);
      const minaToken = registered.body.accessToken;
      const invited = await call(
        'POST',
        `/api/v1/workspaces/${workspaceId}/members`,
        coordinatorToken,
        {
          email,
          role: 'member',
        },
      );
      assert.equal(invited.status, 202, JSON.stringify(invited.body));
      const mine = await call('GET', '/api/v1/me/invitations', minaToken);
      const invitation = itemsOf(mine.body).find((i) => i.workspaceId === workspaceId);
      assert.equal(
        (await call('POST', `/api/v1/invitations/${invitation.id}/accept`, minaToken)).status,
        200,
      );

      const projects = await call('GET', `/api/v1/workspaces/${workspaceId}/projects`, minaToken);
      const project = itemsOf(projects.body)[0];
      const tasks = await call('GET', `/api/v1/projects/${project.id}/tasks`, minaToken);
      const task = itemsOf(tasks.body)[0];
      const comment = await call('POST', `/api/v1/tasks/${task.id}/comments`, minaToken, {
        body: `@Casey Coordinator could you look at this before Friday? (${unique})`,
      });
      assert.equal(comment.status, 201, JSON.stringify(comment.body));

      let mention;
      await waitUntil('the mention notification', async () => {
        const inbox = await call('GET', '/api/v1/me/notifications?unread=true', coordinatorToken);
        mention = inbox.body.items.find((n) => n.type === 'comment.mention');
        return mention !== undefined;
      });
      await page.reload();
      await page.getByRole('link', { name: /^Notifications, \d+ unread$/ }).click();
      await page.getByRole('heading', { name: 'Notifications', exact: true }).waitFor();
      await page
        .getByRole('list', { name: 'Notifications' })
        .getByText(mention.title)
        .first()
        .waitFor();
      await expectAccessible('notifications');
      await snap('n03-mention-in-inbox');
    });

    step('the delivery log shows what the receiver got', async () => {
      await waitUntil('a delivery at the receiver', () => received.length > 0, 45_000);
      const first = received[0];
      assert.match(String(first.headers['throughline-signature']), /^t=\d+,v1=[0-9a-f]{64}$/);
      const eventType = first.headers['throughline-event'];
      await page.goto(`${baseUrl}/workspace/webhooks`);
      await page.getByRole('button', { name: `Delivery log of ${receiverUrl}` }).click();
      const log = page.getByRole('region', { name: 'Delivery log' });
      await log
        .getByRole('row')
        .filter({ hasText: 'Delivered' })
        .first()
        .waitFor({ timeout: 30_000 });
      if (eventType) await log.getByText(String(eventType)).first().waitFor();
      await log.getByText('received by the notify e2e receiver').first().waitFor();
      await expectAccessible('delivery log');
      await snap('n04-delivery-log');
    });

    step('saves notification preferences', async () => {
      const before = await call('GET', '/api/v1/me/notification-preferences', coordinatorToken);
      await page.getByRole('link', { name: 'Preferences', exact: true }).click();
      await page.getByRole('heading', { name: 'Notification preferences' }).waitFor();
      const zone = page.getByRole('combobox', { name: 'Your time zone' });
      // never chosen: the browser's own zone is suggested
      assert.equal(await zone.inputValue(), before.body.timeZone ?? 'America/Sao_Paulo');
      await page.getByRole('radio', { name: 'Someone mentions you in a comment: E-mail' }).check();
      await page.getByRole('radio', { name: 'A task is created: Off' }).check();
      await page.getByRole('checkbox', { name: /daily digest/ }).check();
      await zone.selectOption('Asia/Tokyo');
      await page.getByRole('button', { name: 'Save preferences' }).click();
      await page.getByText('Preferences saved').waitFor();
      const saved = await call('GET', '/api/v1/me/notification-preferences', coordinatorToken);
      assert.equal(saved.body.types['comment.mention'], 'email');
      assert.equal(saved.body.types['task.created'], 'off');
      assert.equal(saved.body.digest, 'daily');
      assert.equal(saved.body.timeZone, 'Asia/Tokyo');
      await page.reload();
      assert.equal(
        await page.getByRole('combobox', { name: 'Your time zone' }).inputValue(),
        'Asia/Tokyo',
      );
      await expectAccessible('preferences');
      await snap('n05-preferences');
    });

    step('creates a personal calendar feed and fetches its .ics', async () => {
      await page.getByRole('button', { name: 'Create calendar feed' }).click();
      const notice = page.getByRole('region', { name: 'New calendar feed' });
      const address = await notice.getByLabel('Calendar feed address').textContent();
      assert.match(address, /\/api\/v1\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
      const webcal = await notice
        .getByRole('link', { name: 'Open in your calendar application' })
        .getAttribute('href');
      assert.ok(webcal.startsWith('webcal://'), webcal);
      const ics = await fetch(address);
      assert.equal(ics.status, 200);
      assert.match(ics.headers.get('content-type'), /^text\/calendar/);
      assert.match(await ics.text(), /^BEGIN:VCALENDAR/);
      await page
        .getByRole('list', { name: 'Your calendar feeds' })
        .getByRole('listitem')
        .first()
        .waitFor();
      await expectAccessible('calendar feed');
      await snap('n06-calendar-feed');
    });
  },
);
