#!/usr/bin/env node
// Page timings for issue 5 (run by bench/run.mjs, or alone:
// `node bench/page.mjs [--runs=N] [--dist=DIR]`): the built page (dist/, npm run
// build:page) served from a plain static server on localhost and driven in
// headless Debian Chromium with playwright-core, like tests/e2e. Measures:
//
//  1. first output: from navigation start to the first output line of the
//     first example (the study note's say_hello) on screen, with Run clicked
//     (a) as soon as the page's script has wired the button, before the
//         runtime is ready (the worker keeps the run until its runtime is loaded),
//     (b) as soon as the runtime said ready,
//     (c) as (a) after a reload in the same browser context (HTTP cache and
//         V8's cached wasm code warm: a returning visitor).
//     Each in a fresh context (empty cache, fresh worker), median of --runs.
//     Also when the worker said ready and when its first compile (the
//     editor's diagnostics) came back, to show where the time goes.
//  2. edit-to-output: change the printed string, click Run, time until the
//     new line is on screen; median of 10 after the first run (virtual time,
//     so the example's 1 s sleep does not hold the next edit back).
//  3. transfer: gzip (level 9, as a static host precompresses) sizes of the
//     JS and wasm in dist/, the bytes the page downloads.
// Times come from the page's own clock (performance.now(), whose zero is
// navigation start), sampled once per animation frame, which is also when
// the terminal paints. Nothing is asserted: it prints numbers and targets.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadavg } from 'node:os';
import { serveStatic, launchChromium, chromiumPath } from '../scripts/page-host.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// --dist=DIR times another build of the page (e.g. to compare two versions).
const distArg = process.argv.find((a) => a.startsWith('--dist='));
const dist = distArg ? resolve(distArg.slice(7)) : join(root, 'dist');
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const runs = Math.max(1, Number(runsArg ? runsArg.slice(7) : 3));

if (!existsSync(join(dist, 'index.html'))) {
  console.log('(page timings: no dist/; build the page with npm run build:wasm && npm run build:page)');
  process.exit(0);
}
if (!existsSync(chromiumPath)) {
  console.log(`(page timings: no Chromium at ${chromiumPath})`);
  process.exit(0);
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  console.log('(page timings: playwright-core is not installed; npm install)');
  process.exit(0);
}

// ---- transfer sizes
function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]);
}
const sizes = { js: [0, 0], wasm: [0, 0], other: [0, 0] };
for (const f of files(dist)) {
  const ext = extname(f);
  const kind = ext === '.js' || ext === '.mjs' ? 'js' : ext === '.wasm' ? 'wasm' : 'other';
  const raw = readFileSync(f);
  sizes[kind][0] += raw.length;
  sizes[kind][1] += gzipSync(raw, { level: 9 }).length;
}

// ---- the static server (only files, like any static host)
const { server, base } = await serveStatic(dist);

// The first example and its first output line.
const firstLine = readFileSync(join(root, 'tests', 'programs', 'note', 'say_hello.out'), 'utf8').split('\n')[0];

const browser = await launchChromium(chromium);

// Installed before the page's scripts: clicks Run at the chosen moment and
// records, in performance.now() time, when the script wired the page, when
// the runtime said ready, when its first compile answered, the click, and
// the first output line on screen.
function probe({ mode, line }) {
  const b = { wired: null, ready: null, compiled: null, click: null, output: null };
  window.__bench = b;
  const tick = () => {
    const g = window.__goroscope;
    const now = performance.now();
    if (g && g.source().length > 0) {
      if (b.wired === null) b.wired = now;
      if (b.ready === null && g.ready()) b.ready = now;
      if (b.compiled === null && g.compiled > 0) b.compiled = now;
      const btn = document.getElementById('run');
      if (b.click === null && (mode === 'load' || b.ready !== null) && btn && !btn.disabled) {
        btn.click();
        b.click = performance.now();
      }
      if (b.click !== null && b.output === null && g.text().includes(line)) b.output = now;
    }
    if (b.output === null || b.compiled === null) requestAnimationFrame(tick);
  };
  // The first check as soon as the DOM exists, then every frame.
  document.addEventListener('DOMContentLoaded', tick);
}

async function firstOutput(page) {
  await page.waitForFunction(() => window.__bench && window.__bench.output !== null && window.__bench.compiled !== null,
    null, { timeout: 60000, polling: 50 });
  // From the browser's own timelines: the page's chunk (main-*.js)
  // downloaded, the entry chunk done (DOMContentLoaded follows it; the page
  // itself is imported from it and is wired at `click`).
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const js = performance.getEntriesByType('resource').find((e) => /\/assets\/main-[^/]*\.js$/.test(e.name));
    return { ...window.__bench, bundle: js ? js.responseEnd : null, dcl: nav ? nav.domContentLoadedEventEnd : null };
  });
}

async function newPage(mode) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  await context.addInitScript(probe, { mode, line: firstLine });
  const page = await context.newPage();
  page.workers = [];
  page.on('worker', (w) => page.workers.push(w));
  return { context, page };
}

// The runtime worker's own timeline, in the page's clock: when it started
// (its time origin) and when its wasm download ended.
async function workerTimes(page) {
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  const w = page.workers[page.workers.length - 1];
  if (!w) return {};
  const t = await w.evaluate(() => {
    const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
    return { origin: performance.timeOrigin, wasmEnd: wasm ? wasm.responseEnd : null };
  }).catch(() => null);
  if (!t) return {};
  return { workerStart: t.origin - pageOrigin, wasmFetched: t.wasmEnd === null ? null : t.origin - pageOrigin + t.wasmEnd };
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

const results = { load: [], ready: [], reload: [] };
for (let i = 0; i < runs; i++) {
  for (const mode of ['load', 'ready']) {
    const { context, page } = await newPage(mode);
    await page.goto(base);
    results[mode].push({ ...(await firstOutput(page)), ...(await workerTimes(page)) });
    if (mode === 'load') {
      // A returning visitor: the same context, caches warm.
      await page.waitForFunction(() => window.__goroscope.state() === 'idle' && window.__goroscope.exits > 0, null, { timeout: 60000 });
      page.workers = [];
      await page.reload();
      results.reload.push({ ...(await firstOutput(page)), ...(await workerTimes(page)) });
    }
    await context.close();
  }
}

// Edit-to-output, in one page after its first run.
const edits = [];
{
  const { context, page } = await newPage('ready');
  await page.goto(base);
  await firstOutput(page);
  await page.waitForFunction(() => window.__goroscope.state() === 'idle' && window.__goroscope.exits > 0, null, { timeout: 60000 });
  await page.selectOption('#time-mode', 'virtual');
  const original = await page.evaluate(() => window.__goroscope.source());
  for (let i = 0; i < 10; i++) {
    const marker = `edit ${i}: ${firstLine}`;
    const code = original.replace(firstLine, marker);
    edits.push(await page.evaluate(({ code, marker }) => new Promise((resolve) => {
      const g = window.__goroscope;
      g.setSource(code);
      const exits = g.exits;
      const t0 = performance.now();
      document.getElementById('run').click();
      let shown = null;
      const tick = () => {
        if (shown === null && g.text().includes(marker)) shown = performance.now() - t0;
        // The next edit waits for this run's end (Run is disabled meanwhile).
        if (shown !== null && g.exits > exits && g.state() === 'idle') resolve(shown);
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }), { code, marker }));
  }
  await context.close();
}
await browser.close();
server.close();

const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '-');
const kb = (x) => `${(x / 1024).toFixed(0)} KiB`;
console.log(`Page (dist/ on localhost, headless Chromium; medians of ${runs}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}):`);
const row = (label, rs) => {
  const m = (k) => median(rs.map((r) => r[k]));
  console.log(`  ${label.padEnd(34)} output ${ms(m('output')).padStart(7)}   (page chunk loaded ${ms(m('bundle'))}, entry done ${ms(m('dcl'))}, ` +
    `click ${ms(m('click'))}, worker started ${ms(m('workerStart'))}, wasm fetched ${ms(m('wasmFetched'))}, runtime ready ${ms(m('ready'))}, ` +
    `first compile back ${ms(m('compiled'))}; click to output ${ms(median(rs.map((r) => r.output - r.click)))})`);
};
console.log('  first output of say_hello after navigation start (target: within 1000 ms):');
row('Run clicked at load', results.load);
row('Run clicked when ready', results.ready);
row('Run clicked at load, after reload', results.reload);
const sorted = [...edits].sort((a, b) => a - b);
console.log(`  edit-to-output, median of ${edits.length} (target: under 100 ms): ${ms(median(edits))} (min ${ms(sorted[0])}, max ${ms(sorted[sorted.length - 1])})`);
const jsw = sizes.js[1] + sizes.wasm[1];
console.log(`  transfer, gzip -9 (target: JS + wasm under 1 MB): JS ${kb(sizes.js[1])} + wasm ${kb(sizes.wasm[1])} = ${kb(jsw)} ` +
  `(${jsw <= 1024 * 1024 ? 'under' : 'OVER'} 1 MiB); raw JS ${kb(sizes.js[0])}, wasm ${kb(sizes.wasm[0])}; other files ${kb(sizes.other[1])} gzip`);
