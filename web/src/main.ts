// The playground page: wires the editor, the terminal, the panels, the
// gallery and the share link to the runtime worker (see client.ts and
// protocol.ts). docs/page.md describes how the page is organised.

import type { ClientEvent } from './client.ts';
import { client, editedSource, onClientEvent, opening } from './start.ts';
import { storage } from './storage.ts';
import type { RunSettings, Snapshot } from './protocol.ts';
import { EditorHost } from './editor-host.ts';
import { ProgramTerminal, maxKeptBytes } from './terminal.ts';
import { examples, type Example } from './examples.ts';
import { applyStatic, lang, onLangChange, setLang, t } from './i18n.ts';
import { encodeFragment, shareUrl } from './share.ts';
import { GoroutinesPanel } from './panels/goroutines.ts';
import { StackPanel } from './panels/stack.ts';
import { HeapPanel } from './panels/heap.ts';
import { MemoryPanel } from './panels/memory.ts';
import { Arrows } from './panels/arrows.ts';
import { h } from './panels/dom.ts';
import type { PanelContext } from './panels/context.ts';

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

type RunState = 'idle' | 'running' | 'paused';

/** What e2e tests read (window.__goroscope); the UI never depends on it. */
interface TestHooks {
  text(): string; state(): RunState; exits: number; lastExit: ClientEvent | null;
  snapshot(): Snapshot | null; ready(): boolean; compiled: number;
  source(): string; setSource(code: string): void; errors: string[];
}


// --- State ------------------------------------------------------------------
let state: RunState = 'idle';
let current: { id: string; original: string; title: Example['title'] | null } = { id: '', original: '', title: null };
let latest: Snapshot | null = null;
let selected: number | null = null;
let panelFrame = 0;
let compileTimer = 0;
const hooks: TestHooks = {
  text: () => terminal.text(), state: () => state, exits: 0, lastExit: null,
  snapshot: () => latest, ready: () => client.isReady, compiled: 0,
  source: () => editor.source, setSource: (code) => editor.setSource(code), errors: [],
};

// --- Controls -----------------------------------------------------------------
const runBtn = $<HTMLButtonElement>('run'), stopBtn = $<HTMLButtonElement>('stop'), pauseBtn = $<HTMLButtonElement>('pause');
const timeMode = $<HTMLSelectElement>('time-mode'), speed = $<HTMLInputElement>('speed'), seed = $<HTMLInputElement>('seed');
const statusEl = $('status');

function settings(): RunSettings {
  const n = Number(seed.value);
  return { virtualTime: timeMode.value === 'virtual', seed: Number.isSafeInteger(n) && n >= 0 ? n : 1, speed: Number(speed.value) / 100 };
}

function setState(s: RunState): void {
  state = s;
  runBtn.disabled = s !== 'idle';
  stopBtn.disabled = s === 'idle';
  pauseBtn.disabled = s === 'idle';
  pauseBtn.textContent = t(s === 'paused' ? 'continue' : 'pause');
  terminal.setInputOpen(s !== 'idle');
  document.body.dataset.state = s;
  statusEl.textContent = s === 'running' ? t('statusRunning') : s === 'paused' ? t('statusPaused') : client.isReady ? t('statusReady') : t('statusLoading');
  statusEl.title = s === 'idle' ? '' : t('inputHint');
}

// --- Worker -------------------------------------------------------------------
// start.ts has started it; start() below sends it the opening program's check.
function onWorker(e: ClientEvent): void {
  switch (e.type) {
    case 'ready': if (state === 'idle') statusEl.textContent = t('statusReady'); break;
    case 'compiled':
      hooks.compiled++;
      if (!awaitingFirstOutput) buildEditor();
      // The check just before a run (the page's first, or Run clicked right
      // after typing): its notes wait until the page is idle, after the
      // run's first output is on screen.
      if (state === 'idle') showCompiled(e);
      else whenIdle(() => showCompiled(e));
      break;
    case 'stdout': terminal.stdout(e.text); firstOutputShown(); break;
    case 'stderr': terminal.stderr(e.text); firstOutputShown(); break;
    case 'snapshot':
      latest = e.snapshot;
      memory.record(e.snapshot);
      schedulePanels();
      break;
    case 'exit':
      firstOutputShown();
      hooks.exits++;
      hooks.lastExit = e;
      if (e.error) terminal.note(e.error, 'red');
      terminal.note(e.stopped ? t('programStopped') : e.status === 0 ? t('programExited') : t('programExitedStatus', e.status), 'dim');
      setState('idle');
      schedulePanels();
      // A failed run may be a build failure: refresh the editor's diagnostics.
      if (compileWanted || (e.status !== 0 && !e.stopped)) requestCompile();
      break;
    case 'restarted':
      console.warn('runtime worker restarted:', e.reason);
      statusEl.textContent = t('statusRestarted');
      break;
  }
}

function showCompiled(e: Extract<ClientEvent, { type: 'compiled' }>): void {
  // Results for an older text (edited since) are dropped: its check follows.
  if (e.source !== editor.source) return;
  hooks.errors = e.errors.map((d) => `${d.line}:${d.col}: ${d.message}`);
  // (A run that fails to build reports Go's messages on stderr itself.)
  editor.showCompileResult(e.errors, e.escapes);
}

function whenIdle(f: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(f, { timeout: 500 });
  else window.setTimeout(f, 50);
}

// The worker runs one thing at a time: a check asked for during a run waits
// for the run's exit.
let compileWanted = false;
function requestCompile(): void {
  if (state !== 'idle') { compileWanted = true; return; }
  compileWanted = false;
  client.send({ type: 'compile', source: editor.source });
}

function run(): void {
  if (state !== 'idle') return;
  window.clearTimeout(compileTimer);
  if (!editor.built) awaitingFirstOutput = true;
  terminal.reset();
  memory.clear();
  latest = null;
  setState('running');
  client.send({ type: 'run', source: editor.source, settings: settings() });
  client.send({ type: 'select', goroutine: selected });
  schedulePanels();
}

runBtn.addEventListener('click', run);
stopBtn.addEventListener('click', () => client.stop());
pauseBtn.addEventListener('click', () => {
  if (state === 'running') { client.send({ type: 'pause' }); setState('paused'); }
  else if (state === 'paused') { client.send({ type: 'continue' }); setState('running'); }
});
speed.addEventListener('input', () => {
  $('speed-value').textContent = `${speed.value}%`;
  if (state !== 'idle') client.send({ type: 'settings', settings: { speed: Number(speed.value) / 100 } });
});
timeMode.addEventListener('change', saveSettings);
seed.addEventListener('change', saveSettings);

function saveSettings(): void {
  const s = settings();
  storage.set('goroscope:settings', JSON.stringify({ virtualTime: s.virtualTime, seed: s.seed }));
}

function applySettings(s: { virtualTime: boolean; seed: number }): void {
  timeMode.value = s.virtualTime ? 'virtual' : 'real';
  seed.value = String(s.seed);
}

// --- Editor and terminal ------------------------------------------------------
// Both are made with the opening program and the theme they start with:
// setting either afterwards would lay them out and draw them twice.
const { shared, example, source: openingSource } = await opening;
const savedTheme = storage.get('goroscope:theme');
const startDark = savedTheme ? savedTheme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
document.documentElement.dataset.theme = startDark ? 'dark' : 'light';
// CodeMirror is built (editor-host.ts) when the opening check's result
// comes, or after the first run's first output if Run was clicked before:
// that output comes first. (At the latest after 3 s.)
let awaitingFirstOutput = false;
let buildEditor = () => {};
const editorWhen = new Promise<void>((resolve) => { buildEditor = resolve; });
window.setTimeout(() => buildEditor(), 3000);
function firstOutputShown(): void {
  if (!awaitingFirstOutput) return;
  awaitingFirstOutput = false;
  // After the frame that draws it.
  requestAnimationFrame(() => window.setTimeout(buildEditor, 0));
}
const editor = new EditorHost($('editor'), openingSource, {
  dark: startDark,
  onRun: run,
  onChange: (source) => {
    if (current.id) storage.set(`goroscope:src:${current.id}`, source);
    // Check the program a moment after typing stops: errors and escape notes.
    window.clearTimeout(compileTimer);
    compileTimer = window.setTimeout(requestCompile, 400);
  },
}, editorWhen);
const terminal = new ProgramTerminal($('terminal'),
  (text) => client.send({ type: 'input', text }),
  () => client.send({ type: 'inputEOF' }),
  () => t('outputCapped', `${maxKeptBytes / (1 << 20)} MB`), { dark: startDark });

function setCurrent(id: string, original: string, title: Example['title'] | null): void {
  current = { id, original, title };
  storage.set('goroscope:current', id);
  renderTitle();
}

function open(id: string, source: string, original: string, title: Example['title'] | null): void {
  // setSource triggers onChange, which would save the text as an edit: set the id after.
  current = { id: '', original, title };
  editor.setSource(source);
  setCurrent(id, original, title);
}

function openExample(ex: Example): void {
  open(ex.id, editedSource(ex), ex.source, ex.title);
}

function renderTitle(): void {
  $('example-title').textContent = current.title ? current.title[lang()] : 'prog.go';
}

$('reset').addEventListener('click', () => {
  storage.remove(`goroscope:src:${current.id}`);
  open(current.id, current.original, current.original, current.title);
});

// --- Gallery ------------------------------------------------------------------
const gallery = $('gallery'), galleryBtn = $('examples-button');
function renderGallery(): void {
  const group = (g: Example['group'], title: string) => h('div', { class: 'gallery-group' }, h('h2', {}, title),
    h('ul', {}, ...examples.filter((e) => e.group === g).map((e) => {
      const b = h('button', { class: 'example', 'data-example': e.id }, e.title[lang()]);
      b.addEventListener('click', () => { openExample(e); toggleGallery(false); });
      return h('li', {}, b);
    })));
  gallery.replaceChildren(group('note', t('galleryNote')), group('more', t('galleryMore')));
}
function toggleGallery(show = gallery.hidden): void {
  gallery.hidden = !show;
  galleryBtn.setAttribute('aria-expanded', String(show));
}
galleryBtn.addEventListener('click', () => toggleGallery());

// --- Share ----------------------------------------------------------------------
$('share').addEventListener('click', async () => {
  const s = settings();
  const fragment = await encodeFragment({ code: editor.source, virtualTime: s.virtualTime, seed: s.seed });
  const url = shareUrl(fragment);
  history.replaceState(null, '', fragment);
  const input = $<HTMLInputElement>('share-url');
  input.value = url;
  $('share-box').hidden = false;
  $('share-status').textContent = '';
  input.select();
});
$('copy-link').addEventListener('click', async () => {
  const input = $<HTMLInputElement>('share-url');
  try { await navigator.clipboard.writeText(input.value); $('share-status').textContent = t('copied'); }
  catch { input.select(); $('share-status').textContent = t('copyFailed'); }
});

// --- Panels -------------------------------------------------------------------
const goroutines = new GoroutinesPanel($('panel-goroutines'));
const stack = new StackPanel($('panel-stack'));
const heap = new HeapPanel($('panel-heap'));
const memory = new MemoryPanel($('panel-memory'));
const arrows = new Arrows($('panel-memory-layout'), document.querySelector('svg.arrows') as SVGSVGElement);
let tab = 'goroutines';

const ctx: PanelContext = {
  get snapshot() { return latest; },
  get selected() { return selected; },
  select(g: number) {
    selected = g;
    client.send({ type: 'select', goroutine: g });
    schedulePanels();
  },
};

/** At most one panel update per animation frame, however many snapshots came. */
function schedulePanels(): void {
  if (!panelFrame) panelFrame = requestAnimationFrame(() => {
    panelFrame = 0;
    // Only the visible tab is rendered; the others catch up when shown.
    if (tab === 'goroutines') goroutines.update(ctx);
    if (tab === 'memory-layout') { stack.update(ctx); heap.update(ctx); arrows.draw(); }
    if (tab === 'memory') memory.update(ctx);
  });
}

for (const b of document.querySelectorAll<HTMLButtonElement>('[data-tab]')) {
  b.addEventListener('click', () => {
    tab = b.dataset.tab!;
    for (const o of document.querySelectorAll<HTMLButtonElement>('[data-tab]')) o.setAttribute('aria-selected', String(o === b));
    for (const p of document.querySelectorAll<HTMLElement>('[data-panel]')) p.hidden = p.dataset.panel !== tab;
    schedulePanels();
  });
}

// --- Language and theme -------------------------------------------------------------
const langBtn = $('lang');
function renderLang(): void { langBtn.textContent = lang() === 'ru' ? 'EN' : 'RU'; renderTitle(); renderGallery(); setState(state); schedulePanels(); }
langBtn.addEventListener('click', () => setLang(lang() === 'ru' ? 'en' : 'ru'));
onLangChange(renderLang);

function setTheme(dark: boolean): void {
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  editor.setDark(dark);
  terminal.setTheme({ dark });
}
$('theme').addEventListener('click', () => {
  const dark = document.documentElement.dataset.theme !== 'dark';
  storage.set('goroscope:theme', dark ? 'dark' : 'light');
  setTheme(dark);
});

// --- Start ------------------------------------------------------------------------
function start(): void {
  applyStatic();
  try { applySettings(JSON.parse(storage.get('goroscope:settings') ?? 'null') ?? { virtualTime: false, seed: 1 }); }
  catch { /* damaged settings: keep the defaults */ }
  // The editor already holds the opening program.
  if (shared) {
    applySettings(shared);
    setCurrent('shared', shared.code, null);
  } else {
    setCurrent(example.id, example.source, example.title);
  }
  renderLang();
  setState('idle');
  requestCompile();
  editor.focus();
}

(window as unknown as { __goroscope: TestHooks }).__goroscope = hooks;
onClientEvent(onWorker);
start();
