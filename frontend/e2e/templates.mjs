// Browser tests for templates and procedures: a new project from a built-in template planned
// forwards from a start date and backwards from a target finish; a procedure holding an XSS
// payload corpus written in the editor (its live preview) and shown as the service rendered it —
// no dialog fires, no request leaves for the planted host, no on* attribute reaches the DOM.
// axe on every screen. Runs against the real service: `node e2e/templates.mjs` (part of
// `npm run e2e`). Settings: see harness.mjs.
import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import { browserHarness, demoEmail, demoPassword, unique } from './harness.mjs';

const { baseUrl, start, stop, expectAccessible, snap, step } = browserHarness({
  previewPort: 4194,
  profilePrefix: 'throughline-e2e-templates-',
});
let page;
const dialogs = [];
const planted = [];
before(async () => {
  page = await start();
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url().includes('planted.invalid')) planted.push(request.url());
  });
});
after(stop);

const suffix = unique
  .replace(/[^a-z0-9]/gi, '')
  .toUpperCase()
  .slice(-5);

/** The project's computed schedule, read with the page's own session. */
async function scheduleOf(projectId) {
  return page.evaluate(async (id) => {
    const token = localStorage.getItem('throughline.accessToken');
    const response = await fetch(`/api/v1/projects/${id}/schedule`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    return response.json();
  }, projectId);
}

async function newFromTemplate(template, name, key, direction, date) {
  await page.goto(`${baseUrl}/templates`);
  await page.getByRole('list', { name: 'Templates' }).waitFor();
  await page.getByRole('button', { name: `Use ${template}` }).click();
  const form = page.getByRole('form', { name: 'New project from the template' });
  await form.getByLabel('Project name').fill(name);
  await form.getByLabel('Key').fill(key);
  if (direction === 'backwards') {
    await form.getByLabel('Backwards from a target finish date').check();
    await form.getByLabel('Target finish date', { exact: true }).fill(date);
  } else {
    await form.getByLabel('Start date', { exact: true }).fill(date);
  }
  return form;
}

const corpus = [
  '# Launch checklist',
  '',
  '1. Send the proof to the client',
  '2. Chase after **two days**',
  '',
  '<script>alert("script")</script>',
  '<img src="https://planted.invalid/img.png" onerror="alert(\'img\')">',
  '<a href="javascript:alert(\'js\')">javascript link</a>',
  "[markdown javascript link](javascript:alert('md'))",
  '<svg onload="alert(\'svg\')"><image href="https://planted.invalid/svg.png"/></svg>',
  '<iframe srcdoc="<script>alert(\'srcdoc\')</script>"></iframe>',
  '<iframe src="https://planted.invalid/frame"></iframe>',
  '<p style="background:url(https://planted.invalid/bg.png);width:expression(alert(\'expr\'))">styled</p>',
  '<style>body{background:url(https://planted.invalid/style.png)}</style>',
  '<a href="data:text/html,<script>alert(\'data\')</script>">data link</a>',
  '![pixel](https://planted.invalid/pixel.png)',
  '<object data="https://planted.invalid/object"></object>',
  '<details open ontoggle="alert(\'toggle\')"><summary>toggle</summary></details>',
  '<math><mtext><img src=x onerror="alert(\'math\')"></mtext></math>',
  '<body onload="alert(\'body\')">',
].join('\n');

/** Every attribute in the page whose name starts with "on" (an event handler). */
const handlerAttributes = () =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes]
        .filter((a) => a.name.toLowerCase().startsWith('on'))
        .map((a) => `${el.tagName}[${a.name}]`),
    ),
  );

describe('Templates and procedures in the browser', { concurrency: false }, () => {
  step('signs in and opens the template gallery from the portfolio', async () => {
    await page.goto(`${baseUrl}/`);
    await page.getByRole('heading', { name: 'Sign in to Throughline' }).waitFor();
    await page.getByLabel('Email').fill(demoEmail);
    await page.getByLabel('Password').fill(demoPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    await page.getByRole('link', { name: 'New from template…' }).click();
    const gallery = page.getByRole('list', { name: 'Templates' });
    await gallery.waitFor();
    for (const name of ['Agency campaign', 'Software release', 'Client onboarding']) {
      await gallery.getByRole('listitem', { name }).waitFor();
    }
    await expectAccessible('template gallery');
    await snap('t01-template-gallery');
  });

  step('creates a project from a built-in template forwards from a start date', async () => {
    const form = await newFromTemplate(
      'Agency campaign',
      `Spring campaign ${unique}`,
      `F${suffix}`,
      'forwards',
      '2027-03-01',
    );
    await expectAccessible('new project from a template');
    await snap('t02-new-from-template');
    await form.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('heading', { name: new RegExp(`F${suffix} Spring campaign`) }).waitFor();
    await page.getByText('starts 1 Mar 2027').waitFor();
    const projectId = new URL(page.url()).pathname.split('/')[2];
    const schedule = await scheduleOf(projectId);
    assert.ok(schedule.start.startsWith('2027-03-01'), `starts ${schedule.start}`);
    await snap('t03-project-forwards');
  });

  step('creates a project from a built-in template backwards from a target finish', async () => {
    const form = await newFromTemplate(
      'Software release',
      `Summer release ${unique}`,
      `B${suffix}`,
      'backwards',
      '2027-06-30',
    );
    await form.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('heading', { name: new RegExp(`B${suffix} Summer release`) }).waitFor();
    const projectId = new URL(page.url()).pathname.split('/')[2];
    const schedule = await scheduleOf(projectId);
    assert.ok(schedule.finish.startsWith('2027-06-30'), `finishes ${schedule.finish}`);
    assert.ok(schedule.start < '2027-06-30', `starts before it finishes (${schedule.start})`);
  });

  step('saves a project as a template', async () => {
    await page.getByRole('button', { name: 'Save as template' }).click();
    const form = page.getByRole('form', { name: 'Save the project as a template' });
    await form.getByLabel('Template name').fill(`Our release ${unique}`);
    await form.getByRole('button', { name: 'Save template' }).click();
    await page.getByText(`Saved as the template “Our release ${unique}”.`).waitFor();
    await page.goto(`${baseUrl}/templates`);
    await page
      .getByRole('list', { name: 'Templates' })
      .getByRole('listitem', { name: `Our release ${unique}` })
      .waitFor();
  });

  step('writes a procedure holding an XSS corpus: the preview runs nothing', async () => {
    await page.goto(`${baseUrl}/procedures`);
    await page.getByRole('heading', { name: 'Procedures' }).waitFor();
    await page.getByRole('button', { name: 'New procedure' }).click();
    const form = page.getByRole('form', { name: 'New procedure' });
    await form.getByLabel('Title').fill(`Launch checklist ${unique}`);
    await form.getByLabel('Steps (markdown)').fill(corpus);
    await form
      .getByRole('region', { name: 'Preview' })
      .getByRole('heading', { name: 'Launch checklist' })
      .waitFor();
    await page.waitForTimeout(500);
    assert.deepEqual(await handlerAttributes(), []);
    await expectAccessible('procedure editor');
    await snap('t04-procedure-editor');
    await form.getByRole('button', { name: 'Create procedure' }).click();
  });

  step(
    'shows the procedure as the service sanitised it: no dialog, no request, no handler',
    async () => {
      const steps = page.getByLabel('Procedure steps');
      await steps.getByText('two days').waitFor();
      await page.waitForTimeout(1000);
      assert.deepEqual(dialogs, [], 'no dialog fired');
      assert.deepEqual(planted, [], 'no request left for the planted host');
      assert.deepEqual(await handlerAttributes(), []);
      // the service shows raw HTML as text; no element of the corpus may exist in the DOM
      const live = await steps.evaluate((el) =>
        [
          ...el.querySelectorAll(
            'script, iframe, frame, svg, img, style, object, embed, math, form, [style], [srcdoc]',
          ),
          ...[...el.querySelectorAll('a[href]')].filter(
            (a) => !/^(https?:|mailto:)/i.test(a.getAttribute('href')),
          ),
        ].map((e) => e.outerHTML),
      );
      assert.deepEqual(live, []);
      await page.reload();
      await steps.getByText('two days').waitFor();
      await page.waitForTimeout(500);
      assert.deepEqual(dialogs, [], 'no dialog fired after a reload');
      assert.deepEqual(planted, [], 'no request left for the planted host after a reload');
      await expectAccessible('procedure page');
      await snap('t05-procedure');
    },
  );

  step('lists the procedure', async () => {
    await page.getByRole('link', { name: 'All procedures' }).click();
    await page
      .getByRole('list', { name: 'Procedures' })
      .getByRole('link', { name: `Launch checklist ${unique}` })
      .waitFor();
    await expectAccessible('procedure list');
    await snap('t06-procedures');
  });
});
