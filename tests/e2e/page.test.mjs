// End-to-end tests of the built page (dist/) in headless Debian Chromium,
// driven by playwright-core. The page is served by a tiny static server under
// a sub-path (/some/sub/path/) to prove the build works from any static host.
//
//   node --test tests/e2e/          (after `npm run build`; GS_E2E_BUILD=1 builds first)
//
// The tests read the page through the DOM and window.__goroscope (main.ts's
// test hooks: terminal text, run state, last snapshot). They assert what a
// user would see, never how fast it happened, except where speed is the
// feature: real time must really wait, virtual time must not.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic, launchChromium } from '../../scripts/page-host.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
const artifacts = join(root, 'tests', 'artifacts');
const subPath = '/some/sub/path/';

let server, base, browser;

before(async () => {
  if (process.env.GS_E2E_BUILD || !existsSync(join(dist, 'index.html'))) {
    const { build } = await import('vite');
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  }
  // Under a sub-path, as a real static host may serve it.
  ({ server, base } = await serveStatic(dist, subPath));
  browser = await launchChromium(chromium);
});

after(async () => {
  await browser?.close();
  await new Promise((r) => server ? server.close(r) : r());
});

/** A fresh browser context (empty localStorage) with the page loaded and the runtime ready. */
async function openPage(t, { hash = '', viewport = { width: 1400, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport, locale: 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  t.after(async () => { await context.close(); });
  await page.goto(base + hash);
  await page.waitForFunction(() => window.__goroscope?.ready(), null, { timeout: 30000 });
  page.errors = errors;
  return page;
}

async function openExample(page, id) {
  await page.click('#examples-button');
  await page.click(`[data-example="${id}"]`);
}

async function setTimeMode(page, mode) { await page.selectOption('#time-mode', mode); }

async function setSpeed(page, percent) {
  await page.$eval('#speed', (el, v) => { el.value = String(v); el.dispatchEvent(new Event('input', { bubbles: true })); }, percent);
}

/** Clicks Run and waits for the program's exit line; returns the terminal text. */
async function runToExit(page, timeout = 30000) {
  const exits = await page.evaluate(() => window.__goroscope.exits);
  await page.click('#run');
  await page.waitForFunction((n) => window.__goroscope.exits > n && window.__goroscope.state() === 'idle', exits, { timeout });
  return page.evaluate(() => window.__goroscope.text());
}

function expected(name) {
  const dir = join(root, 'tests', 'programs', 'note');
  const out = readFileSync(join(dir, `${name}.out`), 'utf8');
  const exit = existsSync(join(dir, `${name}.exit`)) ? Number(readFileSync(join(dir, `${name}.exit`), 'utf8')) : 0;
  return out + (exit ? `Program exited: status ${exit}.\n` : 'Program exited.\n');
}

// Known failures (tests/e2e/KNOWN_FAILURES: "name: reason" lines) still run
// and are reported as TODO by node's test runner, without failing the suite,
// so a fix shows up as a passing TODO and a new failure as a plain failure.
const knownFailures = new Map(existsSync(join(root, 'tests/e2e/KNOWN_FAILURES'))
  ? readFileSync(join(root, 'tests/e2e/KNOWN_FAILURES'), 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]) : []);
function known(name) { return knownFailures.has(name) ? { todo: knownFailures.get(name) } : {}; }

const noteExamples = ['say_hello', 'print_numbers', 'waitgroup_workers', 'go_without_wait', 'stack_growth', 'heap_unknown_size'];

for (const id of noteExamples) {
  test(`the study note's ${id} example runs and prints what Go prints`, known(id), async (t) => {
    const page = await openPage(t);
    await setTimeMode(page, 'virtual');
    await openExample(page, id);
    assert.equal(await runToExit(page), expected(id), id);
    assert.deepEqual(page.errors, []);
  });
}

/** Runs the open program and records when each output line appeared, in ms after the click. */
async function lineTimes(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const g = window.__goroscope, exits = g.exits, t0 = performance.now(), seen = [];
    setTimeout(() => reject(new Error(`no exit within 60 s: ${JSON.stringify(seen)}`)), 60000);
    document.getElementById('run').click();
    const poll = setInterval(() => {
      const lines = g.text().split('\n').filter((l) => l && !l.startsWith('Program exited'));
      while (seen.length < lines.length) seen.push([lines[seen.length], Math.round(performance.now() - t0)]);
      if (g.exits > exits && g.state() === 'idle') { clearInterval(poll); resolve(seen); }
    }, 5);
  }));
}

test('two printNumbers goroutines: lines spread over ~2 s in real time, at once in virtual time', known('print_numbers timing'), async (t) => {
  const page = await openPage(t);
  await openExample(page, 'print_numbers');
  const want = readFileSync(join(root, 'tests/programs/note/print_numbers.out'), 'utf8').trim().split('\n');

  await setTimeMode(page, 'real');
  const real = await lineTimes(page);
  assert.deepEqual(real.map((l) => l[0]), want);
  t.diagnostic(`real time: ${real.map(([l, ms]) => `${l}@${ms}`).join(', ')}`);
  // The program sleeps 200 ms before its first line and 2100 ms before its last
  // one (B: 5): real time must really wait that long.
  assert.ok(real[0][1] >= 190, `first line after ${real[0][1]} ms`);
  assert.ok(real.at(-1)[1] >= 2050, `last line after ${real.at(-1)[1]} ms`);
  assert.ok(real.at(-1)[1] - real[0][1] >= 1800, 'lines are spread over the run');

  await setTimeMode(page, 'virtual');
  const virt = await lineTimes(page);
  assert.deepEqual(virt.map((l) => l[0]), want);
  t.diagnostic(`virtual time: ${virt.map(([l, ms]) => `${l}@${ms}`).join(', ')}`);
  // In virtual time the sleeps take no wall time: far less than the 1.9 s
  // between the first and last line in real time.
  assert.ok(virt.at(-1)[1] - virt[0][1] < 1000, `virtual run spread ${virt.at(-1)[1] - virt[0][1]} ms`);
});

test('after a deadlock the goroutines panel shows main waiting on "chan receive"', known('goroutines after deadlock'), async (t) => {
  const page = await openPage(t);
  await openExample(page, 'deadlock');
  await setTimeMode(page, 'virtual');
  const text = await runToExit(page);
  assert.match(text, /fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 \[chan receive\]:\n/);
  assert.match(text, /Program exited: status 2\.\n$/);
  const rows = await page.$$eval('[data-testid=goroutines] tr.g', (rs) => rs.map((r) => ({
    g: Number(r.dataset.g), state: r.dataset.state, cells: [...r.cells].map((c) => c.textContent) })));
  assert.deepEqual(rows.map((r) => [r.g, r.state, r.cells[1], r.cells[2], r.cells[4]]), [[1, 'waiting', 'chan receive', 'main.main', '2048 B']]);
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, 'page.png') });
});

test('the goroutines panel lists the goroutines with their states and wait reasons', known('goroutines panel'), async (t) => {
  const page = await openPage(t);
  await openExample(page, 'print_numbers');
  await setTimeMode(page, 'real');
  await page.click('#run');
  // While both printNumbers goroutines sleep between lines, the panel shows
  // main and the two goroutines, waiting, with Go's wait reason "sleep".
  await page.waitForFunction(() => {
    const rows = [...document.querySelectorAll('[data-testid=goroutines] tr.g')];
    return rows.filter((r) => r.textContent.includes('main.printNumbers')).length === 2 && rows.some((r) => r.textContent.includes('main.main'));
  }, null, { timeout: 15000 });
  const rows = await page.$$eval('[data-testid=goroutines] tr.g', (rs) => rs.map((r) => ({
    g: Number(r.dataset.g), state: r.dataset.state, cells: [...r.cells].map((c) => c.textContent) })));
  t.diagnostic(JSON.stringify(rows));
  const main = rows.find((r) => r.cells[2] === 'main.main');
  assert.equal(main.g, 1);
  for (const r of rows) assert.ok(['running', 'runnable', 'waiting', 'dead'].includes(r.state), r.state);
  const workers = rows.filter((r) => r.cells[2] === 'main.printNumbers');
  assert.equal(workers.length, 2);
  for (const w of workers) assert.match(w.cells[3], /main\.main in goroutine 1, line \d+/);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=goroutines] tr.g[data-state=waiting]')]
    .some((r) => r.cells[1].textContent === 'sleep'), null, { timeout: 15000 });
  await page.screenshot({ path: join(artifacts, 'page-goroutines.png') });
  await page.click('#stop');
  await page.waitForFunction(() => window.__goroscope.state() === 'idle');
});

test('the stack panel shows a 2048-byte stack that grows on the recursion example', known('stack panel'), async (t) => {
  const page = await openPage(t);
  await openExample(page, 'stack_growth');
  await setTimeMode(page, 'virtual');
  await setSpeed(page, 25); // slow enough that snapshots catch the stack mid-growth
  await page.click('[data-tab="memory-layout"]');
  // Record every stack size the panel shows for the selected goroutine while it runs.
  const seen = await page.evaluate(() => new Promise((resolve, reject) => {
    const g = window.__goroscope, exits = g.exits, sizes = new Set(), histories = new Set();
    let blocks = [];
    setTimeout(() => reject(new Error('no exit within 60 s')), 60000);
    document.getElementById('run').click();
    const poll = setInterval(() => {
      // The drawn blocks, as last seen on screen while the program ran.
      const drawn = [...document.querySelectorAll('.stack-block')].map((b) => [Number(b.dataset.size), b.getBoundingClientRect().height]);
      if (drawn.length >= blocks.length && drawn.every((b) => b[1] > 0)) blocks = drawn;
      const size = document.querySelector('[data-testid=stack-size]')?.dataset.size;
      if (size) sizes.add(Number(size));
      const hist = document.querySelector('[data-testid=stack-history]')?.textContent;
      if (hist) histories.add(hist);
      if (g.exits > exits && g.state() === 'idle') { clearInterval(poll); resolve({ sizes: [...sizes], histories: [...histories], blocks }); }
    }, 2);
  }));
  t.diagnostic(JSON.stringify(seen));
  const blocks = seen.blocks;
  assert.ok(seen.histories.some((h) => /2048 → 4096/.test(h)), 'the growth history starts 2048 → 4096');
  assert.ok(seen.sizes.some((s) => s > 4096), 'the stack grew past 4 KB');
  if (blocks.length >= 2) {
    // Drawn to scale: heights are proportional to block sizes, except that
    // blocks too small to see next to a 16 MB one get a minimum height.
    assert.equal(blocks[0][0], 2048);
    const minHeight = Math.min(...blocks.map((b) => b[1]));
    const scaled = blocks.filter((b) => b[1] > minHeight + 0.5);
    assert.ok(scaled.length >= 2, JSON.stringify(blocks));
    for (let i = 1; i < scaled.length; i++)
      assert.ok(Math.abs(scaled[i][1] / scaled[0][1] - scaled[i][0] / scaled[0][0]) < 0.1, JSON.stringify(blocks));
  }
});

test('the heap panel shows the escaped object with the reason it escaped', known('heap panel'), async (t) => {
  const page = await openPage(t);
  await openExample(page, 'heap_unknown_size');
  await setTimeMode(page, 'virtual');
  await page.click('[data-tab="memory-layout"]');
  const reasons = await page.evaluate(() => new Promise((resolve, reject) => {
    const g = window.__goroscope, exits = g.exits, seen = new Set();
    setTimeout(() => reject(new Error('no exit within 60 s')), 60000);
    document.getElementById('run').click();
    const poll = setInterval(() => {
      for (const el of document.querySelectorAll('[data-testid=heap] .heap-object')) seen.add(el.textContent);
      if (g.exits > exits && g.state() === 'idle') {
        // The final snapshot is drawn on the next animation frames.
        clearInterval(poll);
        requestAnimationFrame(() => requestAnimationFrame(() => {
          for (const el of document.querySelectorAll('[data-testid=heap] .heap-object')) seen.add(el.textContent);
          resolve([...seen]);
        }));
      }
    }, 2);
  }));
  t.diagnostic(reasons.slice(0, 10).join(' | '));
  assert.ok(reasons.some((r) => r.includes('moved to heap: c') && r.includes('main.newCounter')),
    'the counter that newCounter returns is on the heap with Go\'s reason');
});

test('a compile error is shown in the editor; escape notes go to the gutter', known('compile error'), async (t) => {
  const page = await openPage(t);
  await page.evaluate(() => window.__goroscope.setSource('package main\n\nfunc main() {\n\tx := 1\n}\n'));
  await page.waitForSelector('.cm-lintRange-error', { timeout: 15000 });
  assert.deepEqual(await page.evaluate(() => window.__goroscope.errors), ['4:2: declared and not used: x']);
  // Running it reports the build failure in the terminal too.
  const text = await runToExit(page);
  assert.match(text, /prog\.go:4:2: declared and not used: x/);

  await openExample(page, 'escape_return_pointer');
  await page.waitForSelector('.escape-marker.heap', { timeout: 15000 });
  const notes = await page.$$eval('.escape-marker', (ms) => ms.map((m) => m.dataset.notes));
  assert.ok(notes.some((n) => n.includes('moved to heap: p')), notes.join(' | '));
});

test('Run works while the editor is still loading; the editor then takes over the same program', known('editor loading'), async (t) => {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
  t.after(async () => { await context.close(); });
  // Hold CodeMirror's chunk back: the page must not need it to run.
  let release;
  const held = new Promise((r) => { release = r; });
  await context.route(/\/assets\/editor-[^/]*\.js$/, async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(base);
  await page.waitForFunction(() => window.__goroscope?.ready(), null, { timeout: 30000 });
  assert.equal(await page.$('.cm-editor'), null);
  const plain = await page.textContent('#editor .editor-plain');
  assert.match(plain, /go sayHello\(\)/);
  assert.equal(await runToExit(page), expected('say_hello'));
  assert.equal(await page.$('.cm-editor'), null, 'the editor was still held back');
  // Someone typing in another field as the editor arrives keeps the focus.
  await page.click('#seed');
  release();
  await page.waitForSelector('#editor .cm-editor .cm-content', { timeout: 15000 });
  assert.equal(await page.$('#editor .editor-plain'), null);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'seed');
  await page.keyboard.type('7');
  assert.match(await page.inputValue('#seed'), /7$/);
  assert.equal(await page.evaluate(() => window.__goroscope.source()), plain);
  assert.deepEqual(errors, []);
});

test('Stop ends `for {}`', known('stop'), async (t) => {
  const page = await openPage(t);
  await page.evaluate(() => window.__goroscope.setSource('package main\n\nfunc main() {\n\tfor {\n\t}\n}\n'));
  await page.click('#run');
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__goroscope.state()), 'running');
  const ms = await page.evaluate(() => new Promise((resolve, reject) => {
    const t0 = performance.now();
    setTimeout(() => reject(new Error('Stop did not end the run within 10 s')), 10000);
    document.getElementById('stop').click();
    const poll = setInterval(() => { if (window.__goroscope.state() === 'idle') { clearInterval(poll); resolve(performance.now() - t0); } }, 1);
  }));
  t.diagnostic(`stopped after ${ms.toFixed(1)} ms`);
  assert.match(await page.evaluate(() => window.__goroscope.text()), /Program stopped\.\n$/);
  // The page can run again after a stop.
  await page.evaluate(() => window.__goroscope.setSource('package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("again") }\n'));
  assert.equal(await runToExit(page), 'again\nProgram exited.\n');
});

test('a share link round-trips the program and the settings', known('share'), async (t) => {
  const page = await openPage(t);
  const code = 'package main\n\nimport "fmt"\n\n// Привет, shared link!\nfunc main() {\n\tfmt.Println("shared", 42)\n}\n';
  await page.evaluate((c) => window.__goroscope.setSource(c), code);
  await setTimeMode(page, 'virtual');
  await page.fill('#seed', '4242');
  await page.click('#share');
  // The link is made asynchronously (CompressionStream).
  await page.waitForFunction(() => document.querySelector('#share-url')?.value, null, { timeout: 15000 });
  const url = await page.inputValue('#share-url');
  assert.match(url, /#v=1&code=[\w-]+&time=virtual&seed=4242$/);
  assert.ok(url.startsWith(base), url);

  const other = await openPage(t, { hash: url.slice(url.indexOf('#')) });
  assert.equal(await other.evaluate(() => window.__goroscope.source()), code);
  assert.equal(await other.inputValue('#time-mode'), 'virtual');
  assert.equal(await other.inputValue('#seed'), '4242');
  assert.equal(await runToExit(other), 'shared 42\nProgram exited.\n');
});

test('fmt.Scan reads what is typed into the terminal', known('input'), async (t) => {
  const page = await openPage(t);
  await openExample(page, 'scan_input');
  await page.click('#run');
  await page.waitForFunction(() => window.__goroscope.text().includes('Type names'));
  await page.click('#terminal');
  await page.keyboard.type('Ann Bob\n');
  await page.waitForFunction(() => window.__goroscope.text().includes('Hello, Bob!'));
  await page.keyboard.press('Control+D');
  await page.waitForFunction(() => window.__goroscope.state() === 'idle');
  assert.equal(await page.evaluate(() => window.__goroscope.text()),
    'Type names (Ctrl+D to finish):\nAnn Bob\nHello, Ann!\nHello, Bob!\nnames read: 2\nProgram exited.\n');
});

test('a panic is shown in red with its exit status; the interface switches language', known('panic'), async (t) => {
  const page = await openPage(t);
  await openExample(page, 'goroutine_panic');
  await setTimeMode(page, 'virtual');
  const text = await runToExit(page);
  assert.match(text, /^goroutine: dividing by zero\npanic: runtime error: integer divide by zero\n/);
  assert.match(text, /Program exited: status 2\.\n$/);
  await page.click('#lang');
  assert.equal(await page.textContent('#run'), 'Запустить');
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
});

test('a phone-sized screen shows every part, one below the other', known('phone'), async (t) => {
  const page = await openPage(t, { viewport: { width: 390, height: 844 } });
  await openExample(page, 'say_hello');
  await setTimeMode(page, 'virtual');
  await runToExit(page);
  const boxes = await page.$$eval('.editor-pane, .terminal-pane, .panels-pane', (els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  for (const b of boxes) assert.ok(b.width <= 390 && b.width > 300, JSON.stringify(b));
  assert.ok(boxes[0].bottom <= boxes[1].top && boxes[1].bottom <= boxes[2].top, 'stacked vertically');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `horizontal overflow ${overflow}px`);
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, 'page-phone.png'), fullPage: true });
});

test('output past 1 MB is cut with one notice, and the page stays usable', known('output cap'), async (t) => {
  const page = await openPage(t);
  await setTimeMode(page, 'virtual');
  // About 3.4 MB of output.
  await page.evaluate(() => window.__goroscope.setSource('package main\n\nimport (\n\t"fmt"\n\t"strings"\n)\n\n'
    + 'func main() {\n\tpad := strings.Repeat("x", 24)\n\tfor i := 0; i < 100000; i++ {\n\t\tfmt.Println("line", i, pad)\n\t}\n}\n'));
  const text = await runToExit(page, 120000);
  const lines = text.split('\n');
  assert.equal(lines.at(-2), 'Program exited.');
  assert.match(lines.at(-3), /^\[output truncated: more than 1 MB kept\]$/);
  assert.ok(text.length <= (1 << 20) + 200, `kept ${text.length} characters`);
  assert.ok(text.startsWith('line 0 xxxxxxxxxxxxxxxxxxxxxxxx\nline 1 '));
  // The page still answers: another run works.
  await page.evaluate(() => window.__goroscope.setSource('package main\n\nfunc main() { println("ok") }\n'));
  assert.equal(await runToExit(page), 'ok\nProgram exited.\n');
});
