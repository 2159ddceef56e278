// Browser tests for status reports, sharing and dashboards: draft, write and publish a report,
// create a share link and open it signed out in a fresh browser (no task titles, no people's
// names beyond milestone owners), rate the report, see the link listed as used and revoke it,
// and see a dashboard draw its charts from one metrics call; axe on every screen. `node e2e/reports.mjs` (part of `npm run e2e`). Settings: see harness.mjs.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { browserHarness, demoEmail, demoPassword, screenshotPath, unique } from './harness.mjs';

const { baseUrl, start, stop, expectAccessible, snap, step } = browserHarness({
  previewPort: 4178,
  profilePrefix: 'throughline-e2e-reports-',
});
let page;
let shareUrl;
let projectId;
before(async () => {
  page = await start();
});
after(stop);

const summary = `Design signed off; build started ${unique}`;
const accomplishments = 'Wireframes approved by Contoso';
const nextSteps = 'Build the checkout';
const written = [summary, accomplishments, nextSteps];

/** A call to the API as the signed-in user (the token the app keeps in localStorage). */
function apiGet(path) {
  return page.evaluate(async (p) => {
    const token = localStorage.getItem('throughline.accessToken');
    const response = await fetch(p, { headers: { Authorization: `Bearer ${token}` } });
    return response.json();
  }, path);
}

describe('Status reports, sharing and dashboards in the browser', { concurrency: false }, () => {
  step('signs in and opens the status of the Contoso project', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Sign in to Throughline' }).waitFor();
    await page.getByLabel('Email').fill(demoEmail);
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page
      .getByRole('link', { name: /Contoso website relaunch/ })
      .first()
      .click();
    await page
      .getByRole('navigation', { name: 'Project views' })
      .getByRole('link', { name: 'Status' })
      .click();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    projectId = page.url().match(/projects\/([^/]+)/)[1];
  });

  step(
    'drafts this week’s report from the data and shows its facts beside the editor',
    async () => {
      const draftButton = page.getByRole('button', { name: "Draft this week's report" });
      if (await draftButton.isVisible()) await draftButton.click();
      await page.getByRole('heading', { name: /^Draft for/ }).waitFor();
      await page.getByLabel('Facts').getByRole('heading', { name: 'Milestones' }).waitFor();
      await expectAccessible('status draft');
      await snap('s01-draft');
    },
  );

  step('writes the narrative and publishes; the report joins the history', async () => {
    await page.getByLabel('Summary').fill(summary);
    await page.getByLabel('Accomplishments').fill(accomplishments);
    await page.getByLabel('Next steps').fill(nextSteps);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Save', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    const published = page.getByRole('article').filter({ hasText: summary });
    await published.waitFor();
    await published.getByRole('heading', { name: 'Changed since the previous report' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: /^Draft for/ }).count(), 0);
    await expectAccessible('status history');
    await snap('s02-published');
    // the print stylesheet: no navigation, no buttons, the report readable
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('navigation', { name: 'Main' }).isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Print reports' }).isVisible(), false);
    assert.equal(await published.getByText(summary).isVisible(), true);
    await snap('s03-print');
    await page.emulateMedia({ media: 'screen' });
  });

  step('creates a share link', async () => {
    await page.getByRole('button', { name: 'Create share link' }).click();
    shareUrl = await page.getByLabel('Share link (shown once)').inputValue();
    assert.match(shareUrl, /\/shared\/[A-Za-z0-9_-]+$/);
  });

  step(
    'opens the link signed out in a fresh browser: no task titles, no people, and rates the report',
    async () => {
      const tasks = await apiGet(`/api/v1/projects/${projectId}/tasks?limit=200`);
      const people = await apiGet(`/api/v1/workspaces/${tasks.items[0].workspaceId}/people`);
      const milestones = await apiGet(`/api/v1/projects/${projectId}/milestones`);
      const milestoneList = milestones.items ?? milestones;
      const owners = new Set(milestoneList.map((m) => m.ownerId));
      // a task's title may be a word of a milestone's name ("Content" in a milestone "Content
      // ready") or of the narrative written above ("Build"): that says nothing private; every
      // other title must not show
      const titles = tasks.items
        .map((t) => t.title)
        .filter((t) => !milestoneList.some((m) => m.name.includes(t)))
        .filter((t) => !written.some((w) => w.includes(t)));
      const names = people.items.filter((p) => !owners.has(p.id)).map((p) => p.name);
      assert.ok(titles.length > 0 && names.length > 0);

      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu'],
      });
      try {
        const stranger = await (await browser.newContext()).newPage();
        await stranger.goto(shareUrl.replace(/^https?:\/\/[^/]+/, baseUrl));
        await stranger
          .getByRole('heading', { level: 1, name: /Contoso website relaunch/ })
          .waitFor();
        await stranger.getByText(summary).waitFor();
        assert.equal(await stranger.getByRole('navigation', { name: 'Main' }).count(), 0);
        assert.equal(
          await stranger.getByRole('heading', { name: 'Sign in to Throughline' }).count(),
          0,
        );
        const text = await stranger.locator('body').innerText();
        for (const title of titles) assert.ok(!text.includes(title), `task title shown: ${title}`);
        for (const name of names) assert.ok(!text.includes(name), `person shown: ${name}`);
        const axe = await new AxeBuilder({ page: stranger }).analyze();
        const blocking = axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
        assert.deepEqual(
          blocking.map((v) => v.id),
          [],
        );
        await stranger.screenshot({ path: screenshotPath('s04-shared'), fullPage: true });

        const report = stranger.getByRole('article').filter({ hasText: summary });
        await report.getByRole('radio', { name: '4' }).check();
        await report.getByLabel('Comment (optional)').fill('Clear and short');
        await report.getByRole('button', { name: 'Send feedback' }).click();
        await report.getByText('Thank you: your rating of 4 was sent.').waitFor();
        await stranger.screenshot({ path: screenshotPath('s05-rated'), fullPage: true });

        await stranger.goto(`${baseUrl}/shared/not-a-real-token`);
        await stranger.getByRole('heading', { level: 1, name: 'This link is not valid' }).waitFor();
        await stranger.screenshot({ path: screenshotPath('s06-invalid'), fullPage: true });
      } finally {
        await browser.close();
      }
    },
  );

  step(
    'lists the share link as used, revokes it after a confirmation, and the page stops at once',
    async () => {
      await page.reload();
      const table = page.getByRole('table', { name: 'Share links' });
      await table.waitFor();
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('button', { name: /^Revoke the link/ }) })
        .first();
      // the stakeholder opened and rated it: it shows as used, not "Not yet"
      assert.equal(await row.getByText('Active').count(), 1);
      assert.equal(await row.getByText('Not yet').count(), 0);
      await expectAccessible('share links');
      await snap('s09-share-links');
      await row.getByRole('button', { name: /^Revoke the link/ }).click();
      await table.getByRole('button', { name: /^Revoke now the link/ }).click();
      await table.getByText('Revoked').first().waitFor();
      await snap('s10-share-link-revoked');
      const token = shareUrl.split('/shared/')[1];
      const answer = await fetch(`${baseUrl}/api/v1/shared/${token}`);
      assert.equal(answer.status, 404);
    },
  );

  step('the project dashboard draws its charts from one call, by month or by week', async () => {
    const metricsCalls = [];
    const listen = (request) => {
      if (/\/metrics(\?|$)/.test(request.url())) metricsCalls.push(request.url());
    };
    page.on('request', listen);
    await page
      .getByRole('navigation', { name: 'Project views' })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    const throughput = page.getByRole('region', { name: 'Throughput per month' });
    await throughput.locator('svg').first().waitFor();
    assert.equal((await page.locator('.dashboard-card svg').count()) >= 6, true);
    assert.equal(metricsCalls.length, 1, `metrics calls: ${metricsCalls.join(', ')}`);
    assert.match(metricsCalls[0], /granularity=month/);
    await expectAccessible('project dashboard');
    await snap('s07-project-dashboard');
    await page.getByRole('radio', { name: 'Week' }).check();
    await page
      .getByRole('region', { name: 'Throughput per week' })
      .locator('svg')
      .first()
      .waitFor();
    assert.equal(metricsCalls.length, 2);
    assert.match(metricsCalls[1], /granularity=week/);
    page.off('request', listen);
    await snap('s07b-project-dashboard-weekly');
  });

  step('the workspace dashboard draws its charts', async () => {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const satisfaction = page.getByRole('region', { name: 'Stakeholder satisfaction (1–5)' });
    await satisfaction.locator('svg').first().waitFor();
    // the rating left through the share link counts in this month
    assert.match(
      (await satisfaction.locator('.chart[role="img"]').getAttribute('aria-label')) ?? '',
      /\([1-9]\d* ratings\): (?!.*NaN)/,
    );
    await page
      .getByRole('region', { name: 'Stakeholder satisfaction (1–5)' })
      .locator('svg')
      .first()
      .waitFor();
    await expectAccessible('workspace dashboard');
    await snap('s08-workspace-dashboard');
  });
});
