// Browser tests for the import wizard: bring one of the shared MS Project (MSPDI) files in through
// the upload form, watch the job's progress bar, read the fidelity report, open the new project;
// a file that is not a plan fails with a sentence. axe on every screen. Runs against the real
// service: `node e2e/imports.mjs` (part of `npm run e2e`). Settings: see harness.mjs.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserHarness, demoEmail, demoPassword, unique } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const mspdi = join(
  here,
  '..',
  '..',
  '..',
  'shared',
  'benchmarks',
  'mspdi',
  'mpxj_task-links_all-4-link-types_lags_msp2007.xml',
);
const { baseUrl, start, stop, expectAccessible, snap, step } = browserHarness({
  previewPort: 4193,
  profilePrefix: 'throughline-e2e-imports-',
});
let page;
before(async () => {
  page = await start();
});
after(stop);

const key = `I${unique
  .replace(/[^a-z0-9]/gi, '')
  .toUpperCase()
  .slice(-6)}`;

describe('Importing a plan in the browser', { concurrency: false }, () => {
  step('signs in and opens the import wizard from the portfolio', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Sign in to Throughline' }).waitFor();
    await page.getByLabel('Email').fill(demoEmail);
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page.getByRole('link', { name: 'Import plan…' }).click();
    await page.getByRole('heading', { name: 'Import a plan' }).waitFor();
    await expectAccessible('import wizard');
    await snap('i01-import-wizard');
  });

  step(
    'uploads an MS Project file, follows the progress and reads the fidelity report',
    async () => {
      const form = page.getByRole('form', { name: 'Import a plan' });
      await form.getByLabel('Plan file').setInputFiles(mspdi);
      await form.getByText('mpxj_task-links_all-4-link-types_lags_msp2007.xml').waitFor();
      await form.getByLabel('Project name').fill(`Imported links ${unique}`);
      await form.getByLabel('Key').fill(key);
      await form.getByRole('button', { name: 'Import' }).click();
      const bar = page.getByRole('progressbar', { name: 'Import progress' });
      await bar.waitFor();
      const report = page.getByRole('region', { name: 'Fidelity to MS Project' });
      await report.waitFor({ timeout: 60_000 });
      assert.equal(await bar.getAttribute('aria-valuetext'), '100%');
      const compared = Number(
        await report.locator('dt', { hasText: 'Tasks compared' }).locator('+ dd').textContent(),
      );
      assert.ok(compared > 0, `the report compares tasks (${compared})`);
      await expectAccessible('import finished with the fidelity report');
      await snap('i02-import-report');
    },
  );

  step('opens the imported project', async () => {
    await page.getByRole('link', { name: 'Open the project' }).click();
    await page.getByRole('heading', { name: new RegExp(`${key} Imported links`) }).waitFor();
    await page.getByRole('navigation', { name: 'Project views' }).waitFor();
    await snap('i03-imported-project');
  });

  step('tells a file that is not a plan as a failed import, with nothing saved', async () => {
    const notAPlan = join(tmpdir(), `not-a-plan-${unique}.xml`);
    writeFileSync(notAPlan, '<shopping><item>milk</item></shopping>');
    await page.goto(`${baseUrl}/import`);
    const form = page.getByRole('form', { name: 'Import a plan' });
    await form.getByLabel('Plan file').setInputFiles(notAPlan);
    await form.getByRole('button', { name: 'Import' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The import failed' });
    await alert.waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Try another file' }).waitFor();
    await expectAccessible('failed import');
    await snap('i04-import-failed');
  });
});
