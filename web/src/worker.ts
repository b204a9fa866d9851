// The runtime's module Web Worker: loads the WebAssembly build of core/
// (web/generated/goroscope.mjs, docs/wasm.md) and speaks the protocol of
// ./protocol.ts with the page.
//
// - One async export at a time: gs_run is the only export that suspends
//   (Asyncify allows one suspended call); a new run first stops the old one
//   and waits for it to end. compile and inspect are synchronous exports,
//   safe while a run is suspended.
// - The run returns to the event loop every ~16 ms of work (a "slice"),
//   which is when this worker receives messages (stop, input, pause) and
//   posts output and snapshots.
// - Output is batched: decoded UTF-8 text is posted at most once per slice
//   or every 30 ms while the program waits, and before `exit`.
// - Snapshots: at most every 50 ms while running, one when paused, and a
//   final one after the exit.
// - speed < 1 slows execution by sleeping between slices.
import createGoroscope, { type GoroscopeModule } from '../generated/goroscope.mjs';
import type { FromWorker, RunSettings, Snapshot, ToWorker } from './protocol';
import { Held } from './held';

const SNAPSHOT_INTERVAL_MS = 50;
// Where a run's program lives (Go playground style tracebacks); a check
// names it the same way, so that a Run of the checked text reuses its build.
const FILE = 'prog.go';
const CWD = '/tmp/sandbox';
const OUTPUT_INTERVAL_MS = 30;
const SLICE_MS = 16; // the runtime's slice length (core/wasm/main.cpp)

const ctx = self as unknown as {
  postMessage(msg: FromWorker): void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};
const post = (msg: FromWorker) => ctx.postMessage(msg);

let settings: RunSettings = { virtualTime: true, seed: 1, speed: 1 };
let selected: number | null = null;
let running: Promise<void> | null = null;
let lastSnapshotAt = 0;
let paused = false;

// ---- output batching
const decoders = [new TextDecoder('utf-8'), new TextDecoder('utf-8')];
const pending = ['', ''];
let flushTimer: ReturnType<typeof setTimeout> | null = null;

function flushOutput() {
  if (flushTimer !== null) {
    clearTimeout(flushTimer);
    flushTimer = null;
  }
  if (pending[0]) post({ type: 'stdout', text: pending[0] });
  if (pending[1]) post({ type: 'stderr', text: pending[1] });
  pending[0] = pending[1] = '';
}

function onOutput(fd: number, bytes: Uint8Array) {
  const i = fd === 2 ? 1 : 0;
  pending[i] += decoders[i].decode(bytes, { stream: true });
  // A program that prints and then waits (sleep, input) has no slice
  // boundary soon: a timer flushes it.
  if (flushTimer === null) flushTimer = setTimeout(flushOutput, OUTPUT_INTERVAL_MS);
}

function postSnapshot(rt: GoroscopeModule) {
  const snapshot = rt.gsInspect(selected) as Snapshot | null;
  if (snapshot) post({ type: 'snapshot', snapshot });
  lastSnapshotAt = performance.now();
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

async function main() {
  const rt = await createGoroscope({});
  rt.onOutput = onOutput;
  // When every goroutine sleeps or waits for input: output and a snapshot
  // now, so the panels show the waiting goroutines (no slice ends while the
  // run waits).
  rt.onWait = () => {
    flushOutput();
    postSnapshot(rt);
  };
  // Between slices: output, snapshots and the speed setting.
  rt.onSlice = async () => {
    flushOutput();
    if (paused || performance.now() - lastSnapshotAt >= SNAPSHOT_INTERVAL_MS) postSnapshot(rt);
    const speed = Math.max(0, Math.min(1, settings.speed));
    if (speed < 1) {
      // A slice is ~16 ms of work; at speed s it should take 16/s ms.
      const extra = speed <= 0.001 ? 1000 : Math.min(1000, SLICE_MS * (1 / speed - 1));
      await sleep(extra);
    }
  };

  async function run(source: string) {
    const args = [settings.virtualTime ? '--virtual-time' : '--real-time', `--seed=${Math.trunc(settings.seed) || 0}`,
      FILE];
    paused = false;
    lastSnapshotAt = performance.now();
    let status = 2;
    let stopped = false;
    let error: string | undefined;
    try {
      ({ status, stopped } = await rt.gsRun(source, args, CWD, true));
    } catch (e) {
      error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    }
    for (let i = 0; i < 2; i++) pending[i] += decoders[i].decode();
    flushOutput();
    if (!error) postSnapshot(rt);
    post(error ? { type: 'exit', status, stopped, error } : { type: 'exit', status, stopped });
  }

  const handle = async (msg: ToWorker) => {
    switch (msg.type) {
      case 'compile': {
        const r = rt.gsCompile(msg.source, true, `${CWD}/${FILE}`);
        post({ type: 'compiled', source: msg.source, errors: r.errors, escapes: r.escapes });
        break;
      }
      case 'run': {
        settings = { ...msg.settings };
        // One run at a time: stop the current one and wait for its end.
        while (running) {
          rt.gsControl.stop();
          await running;
        }
        const r = run(msg.source);
        running = r;
        await r;
        if (running === r) running = null;
        break;
      }
      case 'stop':
        if (running) rt.gsControl.stop();
        break;
      case 'pause':
        paused = true;
        rt.gsControl.pause();
        break;
      case 'continue':
        paused = false;
        rt.gsControl.resume();
        break;
      case 'input':
        rt.gsControl.input(msg.text);
        break;
      case 'inputEOF':
        rt.gsControl.inputEOF();
        break;
      case 'settings':
        settings = { ...settings, ...msg.settings };
        break;
      case 'select':
        selected = msg.goroutine;
        // Paused or finished: nothing else will post one soon.
        if (!running || paused) postSnapshot(rt);
        break;
    }
  };
  post({ type: 'ready' });
  inbox.handleWith((msg) => void handle(msg));
}

// The page may post before the runtime has loaded (its first check starts
// the compiler warming up as early as possible): those messages wait here.
const inbox = new Held<ToWorker>();
ctx.onmessage = (e: MessageEvent<ToWorker>) => inbox.deliver(e.data);

main().catch((e) => post({ type: 'exit', status: 2, stopped: false, error: `runtime failed to load: ${String(e)}` }));
