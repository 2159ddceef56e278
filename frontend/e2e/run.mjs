// Browser tests: click through the real app against the real service, scan every screen with
// axe and save a screenshot of it. Run with `npm run e2e`.
// Over 400 lines on purpose: one coordinator's journey whose steps build on each other (the project
// made in one step is planned in the next), so splitting it would mean repeating the set-up per file.
//
// Settings (BASE_URL, E2E_API_TARGET, E2E_PREVIEW_PORT, CHROMIUM_PATH, DEMO_EMAIL/DEMO_PASSWORD,
// E2E_HEADED): see harness.mjs.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { browserHarness, demoEmail, demoPassword, unique } from './harness.mjs';

const { baseUrl, start, stop, expectAccessible, snap, step } = browserHarness({
  previewPort: 4173,
  profilePrefix: 'throughline-e2e-',
  permissions: ['clipboard-read', 'clipboard-write'],
});
let page;
before(async () => {
  page = await start();
});
after(stop);

const newUser = {
  name: 'Erin Endtoend',
  email: `e2e-${unique}@example.com`,
  password: `e2e-password-${unique}`,
  workspaceName: `E2E Workspace ${unique}`,
};

async function apiStatus(path, token) {
  const response = await fetch(`${baseUrl}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return response.status;
}

async function acceptInvitation(email, password) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  assert.equal(login.status, 200, 'the invited person signs in with the shown password');
  const { accessToken } = await login.json();
  const invitations = await fetch(`${baseUrl}/api/v1/me/invitations`, {
    headers: { Authorization: `Bearer ${accessToken}` },
  }).then((r) => r.json());
  const accepted = await fetch(`${baseUrl}/api/v1/invitations/${invitations.items[0].id}/accept`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  assert.ok(accepted.ok, `the invitation is accepted (${accepted.status})`);
}

describe('Throughline in the browser', { concurrency: false }, () => {
  step('shows the sign-in screen, and the problem detail for a wrong password', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Sign in to Throughline' }).waitFor();
    await expectAccessible('sign in');
    await snap('01-sign-in');

    await page.getByLabel('Email').fill(demoEmail);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.ok((await alert.innerText()).trim().length > 0, 'the 401 problem detail is shown');
    await expectAccessible('sign in with error');
    await snap('02-sign-in-error');
  });

  step('registers a new user who lands in their new workspace', async () => {
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await expectAccessible('register');
    await snap('03-register');

    await page.getByLabel('Your name').fill(newUser.name);
    await page.getByLabel('Email').fill(newUser.email);
    await page.getByLabel('Password').fill(newUser.password);
    await page.getByLabel('Workspace name').fill(newUser.workspaceName);
    await page.getByRole('button', { name: 'Create account' }).click();

    // A new workspace lands on its (empty) portfolio; people and settings are under Workspace.
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page.getByText('No projects yet').waitFor();
    await expectAccessible('portfolio (empty)');
    await snap('04a-portfolio-empty');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Workspace' })
      .click();
    await page.getByRole('heading', { name: 'Welcome, Erin' }).waitFor();
    await page.getByRole('heading', { name: `Members of ${newUser.workspaceName}` }).waitFor();
    await page.getByRole('row', { name: new RegExp(newUser.email) }).waitFor();
    const switcher = page.getByRole('combobox', { name: 'Workspace' });
    assert.equal(await switcher.locator('option:checked').innerText(), newUser.workspaceName);
    await expectAccessible('home (new user)');
    await snap('04-home-new-user');
  });

  let tokenValue;

  step('creates a personal API token, shown once, that works against the API', async () => {
    await page.getByRole('link', { name: 'API tokens' }).click();
    await page.getByRole('heading', { name: 'Personal API tokens' }).waitFor();
    await page.getByText('No tokens yet').waitFor();
    await expectAccessible('tokens (empty)');
    await snap('05-tokens-empty');

    await page.getByLabel('Token name').fill('E2E script');
    await page.getByRole('button', { name: 'Create token' }).click();
    const notice = page.getByRole('region', { name: 'Token “E2E script” created' });
    await notice.waitFor();
    tokenValue = (await notice.getByLabel('New token value').innerText()).trim();
    assert.ok(tokenValue.length >= 16, 'the secret is shown');
    await notice.getByRole('button', { name: 'Copy token' }).click();
    await notice.getByText('Copied to clipboard').waitFor();
    await page.getByRole('row', { name: /E2E script/ }).waitFor();
    await expectAccessible('tokens (created)');
    await snap('06-token-created');

    assert.equal(await apiStatus('/api/v1/me', tokenValue), 200, 'the new token authenticates');
  });

  step('revokes the token, which stops working at once', async () => {
    await page.getByRole('button', { name: 'I have copied it' }).click();
    assert.equal(await page.getByText(tokenValue).count(), 0, 'the secret is not shown again');
    await page.getByRole('button', { name: 'Revoke E2E script' }).click();
    await page.getByRole('button', { name: 'Confirm revoking E2E script' }).click();
    await page.getByText('No tokens yet').waitFor();
    await snap('07-token-revoked');
    assert.equal(await apiStatus('/api/v1/me', tokenValue), 401, 'the revoked token is refused');
  });

  step('signs out and signs in with the demo login, then adds a member', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Throughline' }).waitFor();

    // Keyboard only: Tab into the form, type, Enter submits.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'email');
    await page.keyboard.type(demoEmail);
    await page.keyboard.press('Tab');
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('name')),
      'password',
    );
    await page.keyboard.type(demoPassword);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Workspace' })
      .click();
    await page.getByRole('list', { name: 'Your workspaces' }).waitFor();
    await page
      .getByRole('list', { name: 'Your workspaces' })
      .getByText('Northwind Agency')
      .waitFor();
    await page
      .getByRole('combobox', { name: 'Workspace' })
      .selectOption({ label: 'Northwind Agency' });
    await page.getByRole('heading', { name: 'Members of Northwind Agency' }).waitFor();
    await page.getByRole('table').first().waitFor();
    await expectAccessible('home (demo)');
    await snap('08-home-demo');

    const form = page.getByRole('form', { name: 'Invite a member' });
    const email = `member-${unique}@example.com`;
    const memberName = `Morgan ${unique}`;
    await form.getByLabel('Email').fill(email);
    await form.getByLabel('Name (if they have no account)').fill(memberName);
    await form.getByLabel('Role').selectOption('coordinator');
    await form.getByRole('button', { name: 'Invite' }).click();
    await form.getByText(`${email} was invited as Coordinator.`).waitFor();
    // the invited person signs in with the password shown once and accepts; then they are a member
    const initialPassword = (await form.locator('code').innerText()).trim();
    await acceptInvitation(email, initialPassword);
    await page.reload();
    await page.getByRole('row', { name: new RegExp(email) }).waitFor();
    await expectAccessible('home (member added)');
    await snap('09-member-added');

    await page.getByRole('button', { name: `Change role of ${memberName}` }).click();
    await page.getByRole('combobox', { name: `Role of ${memberName}` }).selectOption('viewer');
    await expectAccessible('home (changing a role)');
    await snap('10-member-role-editing');
    await page.getByRole('button', { name: `Save role of ${memberName}` }).click();
    await page.getByRole('row', { name: new RegExp(`${email}.*Viewer`) }).waitFor();

    await page.getByRole('button', { name: `Remove ${memberName}` }).click();
    await page.getByRole('button', { name: `Confirm removing ${memberName}` }).click();
    await page.getByRole('row', { name: new RegExp(email) }).waitFor({ state: 'detached' });

    // The same screen on a phone-sized viewport.
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await expectAccessible('home (narrow)');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px on a narrow screen`);
      await snap('11-home-narrow');
    } finally {
      // later steps expect a desktop window, also when this check fails
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
  const mainNav = () => page.getByRole('navigation', { name: 'Main' });
  const projectKey = `E${unique
    .replace(/[^a-z0-9]/gi, '')
    .slice(-6)
    .toUpperCase()}`;
  const isoDay = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

  step('the portfolio lists the demo projects with their health', async () => {
    await mainNav().getByRole('link', { name: 'Portfolio' }).click();
    const table = page.getByRole('table', { name: 'Projects' });
    await table.waitFor();
    const rows = table.locator('tbody tr');
    assert.ok((await rows.count()) >= 5, 'the five demo projects are listed');
    const healths = await table
      .locator('tbody [data-health]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-health')));
    assert.ok(
      healths.some((h) => ['on_track', 'at_risk', 'off_track'].includes(h)),
      `project health is shown (${healths.join(', ')})`,
    );
    // one portfolio call brings % complete, the forecast finish and over-allocated people
    const first = rows.first();
    await first.getByRole('progressbar').waitFor();
    await first.locator('td').nth(3).filter({ hasText: /\d{4}/ }).waitFor();
    const overallocatedColumn = await table
      .locator('thead th')
      .evaluateAll((cells) => cells.findIndex((c) => c.textContent.trim() === 'Over-allocated'));
    const overallocated = await table
      .locator(`tbody tr > :nth-child(${overallocatedColumn + 1})`)
      .evaluateAll((cells) => cells.map((c) => c.textContent.trim()));
    assert.ok(
      overallocated.every((text) => /^(None|\d+ (person|people)\b)/.test(text)),
      `every project says who is over-allocated (${overallocated.join(', ')})`,
    );
    await page.getByRole('img', { name: /./ }).first().waitFor();
    await expectAccessible('portfolio (demo)');
    await snap('12-portfolio');

    await page.setViewportSize({ width: 390, height: 844 });
    try {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(
        overflow <= 0,
        `the portfolio scrolls sideways by ${overflow}px on a narrow screen`,
      );
      await snap('12a-portfolio-narrow');
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  step("opens a demo project's plan and moves through it with the keyboard", async () => {
    await page.getByRole('table', { name: 'Projects' }).getByRole('link').first().click();
    const grid = page.getByRole('grid', { name: 'Work breakdown' });
    await grid.waitFor();
    assert.ok((await grid.locator('tbody tr[aria-rowindex]').count()) > 10, 'tasks are listed');
    await grid.locator('td.cell-title').first().click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const editor = page.getByRole('textbox', { name: /^Title of / });
    await editor.waitFor();
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await expectAccessible('plan (demo)');
    await snap('13-plan-demo');

    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.locator('.gantt-chart .gantt-row').first().waitFor();
    await page.locator('.gantt-chart .gantt-row[data-critical]').first().waitFor();
    await expectAccessible('timeline (demo)');
    await snap('14-timeline-demo');
    await page.locator('.gantt-chart .gantt-row[data-critical]').last().click();
    const explain = page.getByRole('complementary', { name: /Why .* is scheduled here/ });
    await explain.getByRole('list', { name: 'Driving chain' }).waitFor();
    await expectAccessible('timeline explain (demo)');
    await snap('15-timeline-explain');

    await page.getByRole('link', { name: 'Milestones' }).click();
    await page.getByRole('table', { name: 'Milestones' }).waitFor();
    await expectAccessible('milestones (demo)');
    await snap('16-milestones-demo');

    await mainNav().getByRole('link', { name: 'My work' }).click();
    await page.getByRole('heading', { name: 'My work' }).waitFor();
    await page.locator('.state, table').first().waitFor();
    await expectAccessible('my work');
    await snap('17-my-work');
  });

  step('creates a project with two linked tasks; the Gantt shows the critical path', async () => {
    await mainNav().getByRole('link', { name: 'Portfolio' }).click();
    await page.getByRole('button', { name: 'New project' }).click();
    const form = page.getByRole('form', { name: 'Create a project' });
    await form.getByLabel('Key').fill(projectKey);
    await form.getByLabel('Project name').fill(`E2E launch ${unique}`);
    await form.getByLabel('Start date').fill(isoDay(0));
    await form.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('heading', { name: new RegExp(`${projectKey} E2E launch`) }).waitFor();
    await page.getByText('No tasks yet').waitFor();

    const addTask = page.getByRole('form', { name: 'Add a task' });
    for (const [title, days] of [
      ['Design', '3'],
      ['Build', '5'],
    ]) {
      await addTask.getByLabel('Task title').fill(title);
      await addTask.getByLabel('Duration (working days)').fill(days);
      await addTask.getByRole('button', { name: 'Add task' }).click();
      await page
        .getByRole('grid')
        .getByRole('row', { name: new RegExp(title) })
        .waitFor();
    }
    const link = page.getByRole('form', { name: 'Add a dependency' });
    await link.getByLabel('Predecessor').fill(`${projectKey}-1 Design`);
    await link.getByLabel('Successor').fill(`${projectKey}-2`);
    await link.getByRole('button', { name: 'Add dependency' }).click();
    await link.getByText('Dependency added').waitFor();
    const build = page.getByRole('grid').getByRole('row', { name: /Build/ });
    // the chain that sets the finish is flagged as the driving path
    await build.getByText('Driving').waitFor();

    // Inline edit of the duration (PATCH with If-Match); the dates follow.
    const finishBefore = await build.locator('td').nth(3).innerText();
    await build.locator('td.cell-durationDays').click();
    await page.keyboard.press('Enter');
    await page.getByRole('spinbutton', { name: `Duration (days) of ${projectKey}-2` }).fill('8');
    await page.keyboard.press('Enter');
    await build.locator('td.cell-durationDays').getByText('8 d').waitFor();
    await page.waitForFunction(
      ([before]) =>
        [...document.querySelectorAll('.plan-table tbody tr')].some(
          (r) => r.textContent.includes('Build') && !r.textContent.includes(before),
        ),
      [finishBefore],
    );

    // A link back would close a cycle: refused, and the cycle is listed.
    await link.getByLabel('Predecessor').fill(`${projectKey}-2 Build`);
    await link.getByLabel('Successor').fill(`${projectKey}-1 Design`);
    await link.getByRole('button', { name: 'Add dependency' }).click();
    const cycle = link.getByRole('list', { name: 'Tasks on the cycle' });
    await cycle.waitFor();
    assert.match(await cycle.innerText(), /Design[\s\S]*Build|Build[\s\S]*Design/);
    await expectAccessible('plan (new project)');
    await snap('18-plan-new-project');

    // What-if: nothing is saved, the finish moves in the preview only.
    const whatIf = page.getByRole('form', { name: 'Try a new duration' });
    await whatIf.getByLabel('Task to change').fill(`${projectKey}-2 Build`);
    await whatIf.getByLabel('New duration (days)').fill('20');
    await whatIf.getByRole('button', { name: 'Add to sandbox' }).click();
    await page.getByRole('button', { name: 'Preview the impact' }).click();
    await page.getByRole('region', { name: 'Impact of the changes' }).getByText(/\+/).waitFor();
    await expectAccessible('plan what-if');
    await snap('19-what-if');

    await page.getByRole('link', { name: 'Timeline' }).click();
    const critical = page.locator('.gantt-chart .gantt-row[data-critical]');
    await critical.nth(1).waitFor();
    assert.equal(await critical.count(), 2, 'both linked tasks are on the critical path');
    assert.ok(
      (await page.locator('.gantt-chart path.dep.critical').count()) >= 1,
      'the link is drawn',
    );
    // Save a baseline, then drag the end of Build three days later: the ghost shows the baseline.
    await page.getByRole('button', { name: 'Save baseline' }).click();
    await page.getByText('Baseline saved.').waitFor();
    const buildBar = page.locator(`.gantt-chart [data-task-key="${projectKey}-2"] rect.bar`);
    const box = await buildBar.boundingBox();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width + 18, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width + 34, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(
      ([selector, width]) =>
        Number(document.querySelector(selector)?.getAttribute('width')) > width + 20,
      [`.gantt-chart [data-task-key="${projectKey}-2"] rect.bar`, box.width],
    );
    await page.locator('.gantt-chart rect.baseline').first().waitFor();
    await expectAccessible('timeline (new project)');
    await snap('20-timeline-new-project');

    // Dragging the body of Build shows the start the drop would save; Escape calls it off.
    const patches = [];
    const onRequest = (request) => request.method() === 'PATCH' && patches.push(request.url());
    page.on('request', onRequest);
    const xBefore = await buildBar.getAttribute('x');
    const moving = await buildBar.boundingBox();
    await page.mouse.move(moving.x + 4, moving.y + moving.height / 2);
    await page.mouse.down();
    await page.mouse.move(moving.x + 40, moving.y + moving.height / 2, { steps: 6 });
    await page
      .locator('.gantt-chart .drag-tip')
      .filter({ hasText: /^Start no earlier than .* \(\+3 d\) · Esc cancels$/ })
      .waitFor();
    await expectAccessible('timeline (moving a bar)');
    await snap('20a-timeline-move-drag');
    await page.keyboard.press('Escape');
    await page.locator('.gantt-chart .drag-ghost').waitFor({ state: 'detached' });
    await page.mouse.up();
    await page.waitForTimeout(300);
    page.off('request', onRequest);
    assert.deepEqual(patches, [], 'a cancelled move saves nothing');
    assert.equal(await buildBar.getAttribute('x'), xBefore);
  });

  step('a milestone due before its forecast is at risk', async () => {
    await page.getByRole('link', { name: 'Milestones' }).click();
    await page.getByText('No milestones yet').waitFor();
    const form = page.getByRole('form', { name: 'Add a milestone' });
    await form.getByLabel('Milestone name').fill('Client demo');
    await form.getByLabel('Due date').fill(isoDay(2));
    await form.getByLabel('Gating task').fill(`${projectKey}-2`);
    await form.getByRole('button', { name: 'Add gating task' }).click();
    await form.getByRole('button', { name: 'Add milestone' }).click();
    const row = page.getByRole('row', { name: /Client demo/ });
    await row.waitFor();
    assert.equal(await row.locator('[data-health]').getAttribute('data-health'), 'at_risk');
    await row.getByText(`${projectKey}-2 Build`).waitFor();
    await expectAccessible('milestones (new project)');
    await snap('21-milestone-at-risk');

    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.locator('.gantt-header .milestone-at_risk').waitFor();
  });

  step('links two bars on the Timeline by dragging from a finish to a start', async () => {
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    const addTask = page.getByRole('form', { name: 'Add a task' });
    await addTask.getByLabel('Task title').fill('Write copy');
    await addTask.getByLabel('Duration (working days)').fill('2');
    await addTask.getByRole('button', { name: 'Add task' }).click();
    await page
      .getByRole('grid')
      .getByRole('row', { name: /Write copy/ })
      .waitFor();

    await page.getByRole('link', { name: 'Timeline' }).click();
    const row = (n) => page.locator(`.gantt-chart [data-task-key="${projectKey}-${n}"]`);
    await row(3).locator('rect.bar').waitFor();
    const arrows = page.locator('.gantt-chart path.dep');
    const arrowsBefore = await arrows.count();
    const copyX = Number(await row(3).locator('rect.bar').getAttribute('x'));
    const center = (box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

    // Hovering Design shows its handles; drag from its finish handle onto the start of Write copy.
    const designBar = await row(1).locator('rect.bar').boundingBox();
    await page.mouse.move(designBar.x + 4, designBar.y + designBar.height / 2);
    const handle = row(1).locator('.link-handle-finish .link-dot');
    await page.waitForFunction(
      (el) => getComputedStyle(el.parentElement).opacity === '1',
      await handle.elementHandle(),
    );
    const from = center(await handle.boundingBox());
    const copyBar = await row(3).locator('rect.bar').boundingBox();
    const to = { x: copyBar.x + copyBar.width * 0.25, y: copyBar.y + copyBar.height / 2 };

    // Escape cancels a drag and sends nothing.
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 6 });
    await page.locator('.gantt-chart .link-target').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.gantt-chart .link-band').waitFor({ state: 'detached' });
    await page.mouse.up();

    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.locator('.gantt-chart .link-target').waitFor();
    assert.equal(
      await page.locator('.gantt-chart .link-tip').textContent(),
      `FS link: ${projectKey}-1 finish → ${projectKey}-3 start`,
    );
    await expectAccessible('timeline (linking)');
    await snap('22-timeline-link-drag');
    await page.mouse.up();

    await page
      .getByRole('status')
      .filter({ hasText: `Linked ${projectKey}-1 Design → ${projectKey}-3 Write copy (FS)` })
      .waitFor();
    await page.waitForFunction(
      ([selector, count]) => document.querySelectorAll(selector).length > count,
      ['.gantt-chart path.dep', arrowsBefore],
    );
    // Write copy now starts after Design finishes: its bar moved right.
    await page.waitForFunction(
      ([selector, x]) => Number(document.querySelector(selector)?.getAttribute('x')) > x,
      [`.gantt-chart [data-task-key="${projectKey}-3"] rect.bar`, copyX],
    );
    await expectAccessible('timeline (linked)');
    await snap('23-timeline-linked');
  });

  step(
    'edits a constraint and the assignees in the plan, and moves a task with the keyboard',
    async () => {
      await page.getByRole('link', { name: 'Plan', exact: true }).click();
      const grid = page.getByRole('grid', { name: 'Work breakdown' });
      const build = grid.getByRole('row', { name: new RegExp(`${projectKey}-2 Build`) });
      const design = grid.getByRole('row', { name: new RegExp(`${projectKey}-1 Design`) });

      // Constraint: type and date in one editor; the PATCH carries the row version as If-Match.
      await build.locator('td.cell-constraint').click();
      await page.keyboard.press('Enter');
      const constraint = page.getByRole('group', { name: `Constraint of ${projectKey}-2` });
      await constraint.getByLabel('Constraint', { exact: true }).selectOption('snet');
      await constraint.getByLabel('Constraint date').fill(isoDay(21));
      await expectAccessible('plan constraint editor');
      await snap('24-plan-constraint-editor');
      await page.keyboard.press('Enter');
      await build.locator('td.cell-constraint').getByText('SNET').waitFor();

      // Assignees: add a person of the workspace, see them on the row.
      await design.locator('td.cell-assignees').click();
      await page.keyboard.press('Enter');
      const assignees = page.getByRole('group', { name: `Assignees of ${projectKey}-1` });
      const person = assignees.getByLabel('Person', { exact: true });
      const name = (await person.locator('option').nth(1).innerText()).trim();
      await person.selectOption({ index: 1 });
      await assignees.getByRole('button', { name: 'Assign' }).click();
      await assignees
        .getByRole('button', { name: `Remove ${name} from ${projectKey}-1` })
        .waitFor();
      await expectAccessible('plan assignee editor');
      await snap('25-plan-assignee-editor');
      await page.keyboard.press('Escape');
      await design.locator('td.cell-assignees').getByText(name).waitFor();

      // Alt+ArrowUp moves Build above Design; the keyboard focus stays on Build.
      await build.locator('td.cell-title').click();
      await page.keyboard.press('Alt+ArrowUp');
      await page.waitForFunction(
        (key) =>
          document.querySelector('.plan-table tbody tr[aria-rowindex="2"] .task-key')
            ?.textContent === key,
        `${projectKey}-2`,
      );
      await page.waitForFunction(() =>
        document.activeElement?.closest('tr')?.textContent.includes('Build'),
      );
      await expectAccessible('plan after a move');
      await snap('26-plan-moved');
    },
  );
});
