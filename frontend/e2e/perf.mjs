// Performance of the planning screens on a 5,000-task project: time to first render of the Plan
// and the Timeline, frame times while scrolling each, and frame times while dragging a Timeline
// bar (a move and a resize, both cancelled with Escape so nothing is saved). Prints figures;
// asserts nothing.
//
//   node e2e/perf.mjs            (same BASE_URL / E2E_API_TARGET / CHROMIUM_PATH as run.mjs)
//   PERF_TASKS=5000              tasks to create (250 summaries with 19 children each at 5,000)
//   PERF_ROUNDS=3                times each screen is loaded and scrolled
//   PERF_CPU_SLOWDOWN=1          Chromium's CPU throttling (4 is a mid-range laptop on battery)
import { browserHarness, demoEmail, demoPassword } from './harness.mjs';

const { baseUrl, session, start, stop } = browserHarness({
  previewPort: 4173,
  profilePrefix: 'throughline-perf-',
  viewport: { width: 1440, height: 900 },
});
const taskCount = Number(process.env.PERF_TASKS ?? 5000);
const rounds = Number(process.env.PERF_ROUNDS ?? 3);
const cpuSlowdown = Number(process.env.PERF_CPU_SLOWDOWN ?? 1);

async function call(method, path, token, body) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

/** 250 phases of 1 summary + 19 tasks; each task follows the previous one (FS), phases chain. */
function plan(count) {
  const tasks = [];
  const dependencies = [];
  const perPhase = 20;
  let previousLeaf = null;
  for (let p = 0; tasks.length < count; p++) {
    const summary = `s${p}`;
    tasks.push({ ref: summary, title: `Phase ${p + 1}`, durationDays: 0 });
    for (let i = 1; i < perPhase && tasks.length < count; i++) {
      const ref = `t${p}-${i}`;
      tasks.push({
        ref,
        parentRef: summary,
        title: `Work package ${p + 1}.${i}`,
        durationDays: 1 + ((p * 7 + i * 3) % 5),
      });
      // a few parallel branches so not everything is critical; all four link types appear
      if (previousLeaf && i % 4 !== 0) {
        const type = ['fs', 'fs', 'ss', 'ff', 'sf'][(p + i) % 5];
        dependencies.push({ predecessorRef: previousLeaf, successorRef: ref, type, lagDays: 0 });
      }
      previousLeaf = ref;
    }
  }
  return { tasks, dependencies };
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  return {
    frames: sorted.length,
    meanMs: +mean.toFixed(1),
    p50Ms: +at(0.5).toFixed(1),
    p95Ms: +at(0.95).toFixed(1),
    maxMs: +sorted[sorted.length - 1].toFixed(1),
  };
}

try {
  const page = await start();
  session.context.setDefaultTimeout(120_000);
  const { accessToken, expiresIn } = await call('POST', '/auth/login', null, {
    email: demoEmail,
    password: demoPassword,
  });
  const me = await call('GET', '/me', accessToken);
  const workspaceId = me.memberships[0].workspaceId;
  const key = `P${Date.now().toString(36).toUpperCase().slice(-6)}`;
  const project = await call('POST', `/workspaces/${workspaceId}/projects`, accessToken, {
    key,
    name: `Perf ${taskCount} tasks`,
    startDate: '2026-12-01',
    status: 'planned',
  });
  const body = plan(taskCount);
  let t0 = performance.now();
  await call('POST', `/projects/${project.id}/tasks:bulk`, accessToken, body);
  console.log(
    `bulk create: ${body.tasks.length} tasks, ${body.dependencies.length} dependencies in ${Math.round(performance.now() - t0)} ms`,
  );

  await session.context.addInitScript(
    ([token, expires, ws]) => {
      localStorage.setItem('throughline.accessToken', token);
      localStorage.setItem('throughline.accessTokenExpiresAt', String(Date.now() + expires * 1000));
      localStorage.setItem('throughline.workspaceId', ws);
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    },
    [accessToken, expiresIn, workspaceId],
  );

  async function measure(view, rowSelector, scrollSelector) {
    t0 = Date.now();
    await page.goto(`${baseUrl}/projects/${project.id}/${view}`);
    await page.locator(rowSelector).first().waitFor();
    const wall = Date.now() - t0;
    const timing = await page.evaluate(() => {
      const api = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/api/v1/projects/'));
      const apiEnd = Math.max(...api.map((e) => e.responseEnd));
      const now = performance.now();
      return {
        firstRenderMs: Math.round(now),
        apiDoneMs: Math.round(apiEnd),
        renderAfterDataMs: Math.round(now - apiEnd),
        apiCalls: api.length,
        longTasksBeforeScroll: window.__longTasks.length,
        longestTaskMs: Math.round(Math.max(0, ...window.__longTasks)),
      };
    });
    const rendered = await page.locator(rowSelector).count();
    // Scroll the whole list top to bottom in 180 animation frames, timing each frame.
    const frames = await page.evaluate(async (selector) => {
      const el = document.querySelector(selector);
      window.__longTasks = [];
      const deltas = [];
      const steps = 180;
      const distance = el.scrollHeight - el.clientHeight;
      let last = performance.now();
      for (let i = 1; i <= steps; i++) {
        el.scrollTop = (distance * i) / steps;
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        deltas.push(now - last);
        last = now;
      }
      return {
        deltas,
        longTasks: window.__longTasks.length,
        longestTaskMs: Math.round(Math.max(0, ...window.__longTasks)),
        distance,
      };
    }, scrollSelector);
    const result = {
      view,
      tasks: taskCount,
      wallToFirstRowsMs: wall,
      ...timing,
      rowsInDom: rendered,
      scroll: {
        px: frames.distance,
        ...stats(frames.deltas),
        longTasks: frames.longTasks,
        longestTaskMs: frames.longestTaskMs,
      },
    };
    console.log(JSON.stringify(result));
    return result;
  }

  // The main thread's busy time (CDP Performance metrics, in seconds) over a drag, per move: more
  // telling than frame times while the work still fits in a frame.
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const mainThread = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const of = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
    return {
      task: of('TaskDuration') * 1000,
      script: of('ScriptDuration') * 1000,
      style: of('RecalcStyleDuration') * 1000,
      layout: of('LayoutDuration') * 1000,
    };
  };
  const saves = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' && request.url().includes('/api/v1/tasks/')) saves.push(request);
  });

  /**
   * Drags a task bar on the Timeline (already shown) by its body (move) or its finish (resize):
   * 120 pointer moves of 2 px, timing every animation frame meanwhile, then Escape and release.
   */
  async function measureDrag(mode) {
    // A leaf bar at least 3 days wide in the middle of the plan, scrolled into view.
    const target = await page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const el = document.querySelector('.gantt-scroll');
      el.scrollTop = (el.scrollHeight - el.clientHeight) / 2;
      await frame();
      await frame();
      const view = el.getBoundingClientRect();
      const rows = [...document.querySelectorAll('.gantt-chart .gantt-row')];
      const row = rows.find((g) => {
        const r = g.querySelector('rect.bar')?.getBoundingClientRect();
        return r && r.width >= 36 && r.top > view.top + 120 && r.bottom < view.bottom - 40;
      });
      const bar = row.querySelector('rect.bar');
      el.scrollLeft = Math.max(0, Number(bar.getAttribute('x')) - 200);
      await frame();
      await frame();
      return row.getAttribute('data-task-key');
    });
    const bar = page.locator(`.gantt-chart [data-task-key="${target}"] rect.bar`);
    const box = await bar.boundingBox();
    const y = box.y + box.height / 2;
    const x0 = mode === 'resize' ? box.x + box.width - 2 : box.x + 4;
    const savesBefore = saves.length;
    await page.mouse.move(x0, y);
    await page.evaluate(() => {
      window.__longTasks = [];
      window.__drag = { deltas: [], moves: 0, running: true };
      if (!window.__dragListening) {
        window.__dragListening = true;
        window.addEventListener('pointermove', () => window.__drag.moves++, { capture: true });
      }
      let last = performance.now();
      const tick = (now) => {
        if (!window.__drag.running) return;
        window.__drag.deltas.push(now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const busyBefore = await mainThread();
    await page.mouse.down();
    const moves = 120;
    for (let i = 1; i <= moves; i++) await page.mouse.move(x0 + 2 * i, y);
    const busyAfter = await mainThread();
    const ghost = await page.locator('.gantt-chart .drag-ghost').count();
    await page.keyboard.press('Escape');
    await page.mouse.up();
    const frames = await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(r));
      window.__drag.running = false;
      return {
        deltas: window.__drag.deltas.slice(1),
        pointerMoves: window.__drag.moves,
        longTasks: window.__longTasks.length,
        longestTaskMs: Math.round(Math.max(0, ...window.__longTasks)),
      };
    });
    const ghostAfter = await page.locator('.gantt-chart .drag-ghost').count();
    const result = {
      drag: mode,
      task: target,
      moves,
      pointerMovesSeen: frames.pointerMoves,
      ghostShown: ghost > 0,
      cancelled: ghostAfter === 0 && saves.length === savesBefore,
      ...stats(frames.deltas),
      longTasks: frames.longTasks,
      longestTaskMs: frames.longestTaskMs,
      mainThreadMsPerMove: +((busyAfter.task - busyBefore.task) / moves).toFixed(2),
      scriptMsPerMove: +((busyAfter.script - busyBefore.script) / moves).toFixed(2),
      styleMsPerMove: +((busyAfter.style - busyBefore.style) / moves).toFixed(2),
      layoutMsPerMove: +((busyAfter.layout - busyBefore.layout) / moves).toFixed(2),
    };
    console.log(JSON.stringify(result));
    if (!result.cancelled) console.log(`# the ${mode} drag was not cancelled: a change was saved`);
    return result;
  }

  // Several rounds, each view loaded fresh: the median and the worst round show the machine's noise.
  const results = { plan: [], timeline: [] };
  const drags = { move: [], resize: [] };
  for (let round = 0; round < rounds; round++) {
    results.plan.push(await measure('plan', '.plan-table tbody tr[aria-rowindex]', '.plan-scroll'));
    results.timeline.push(await measure('timeline', '.gantt-chart .gantt-row', '.gantt-scroll'));
    drags.move.push(await measureDrag('move'));
    drags.resize.push(await measureDrag('resize'));
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const slowdown = cpuSlowdown > 1 ? `, CPU slowed ${cpuSlowdown}×` : '';
  console.log(`\n${taskCount} tasks, ${rounds} rounds${slowdown} (median / worst):`);
  for (const [view, rs] of Object.entries(results)) {
    const first = rs.map((r) => r.firstRenderMs);
    const frames = rs.map((r) => r.scroll.p95Ms);
    const longTasks = rs.map((r) => r.scroll.longTasks);
    const longest = rs.map((r) => r.scroll.longestTaskMs);
    console.log(
      `  ${view.padEnd(8)} first render ${median(first)} / ${Math.max(...first)} ms · ` +
        `scroll frame p95 ${median(frames)} / ${Math.max(...frames)} ms · ` +
        `long tasks while scrolling ${median(longTasks)} / ${Math.max(...longTasks)} ` +
        `(longest ${Math.max(...longest)} ms)`,
    );
  }
  for (const [mode, rs] of Object.entries(drags)) {
    const frames = rs.map((r) => r.p95Ms);
    const longTasks = rs.map((r) => r.longTasks);
    const longest = rs.map((r) => r.longestTaskMs);
    const busy = rs.map((r) => r.mainThreadMsPerMove);
    console.log(
      `  ${mode.padEnd(8)} drag frame p95 ${median(frames)} / ${Math.max(...frames)} ms · ` +
        `long tasks while dragging ${median(longTasks)} / ${Math.max(...longTasks)} ` +
        `(longest ${Math.max(...longest)} ms) · ` +
        `main thread per move ${median(busy)} / ${Math.max(...busy)} ms`,
    );
  }
} finally {
  await stop();
}
