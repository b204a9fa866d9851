// A tiny FAKE runtime worker, used only by tests/e2e/fake/vite.config.ts to
// develop and screenshot the page's layout before the real worker exists.
// It is never part of the product: the product build uses web/src/worker.ts.
import type { FromWorker, ToWorker, Snapshot } from '../../../web/src/protocol.ts';

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);
let timer: ReturnType<typeof setInterval> | undefined;

function snap(n: number): Snapshot {
  const stats = { HeapAlloc: 1024 * n, HeapObjects: n, HeapInuse: 8192, StackInuse: 4096 * 2, Mallocs: n, Frees: 0, NumGC: Math.floor(n / 5), TotalAlloc: 2048 * n, PauseTotalNs: 0 };
  return {
    time: { virtual: false, nanos: n * 5e7 },
    goroutines: [
      { id: 1, state: 'waiting', waitReason: 'sleep', func: 'main.main', stack: { size: 4096, used: 900, highWater: 2600, growths: 1, history: [2048, 4096] },
        frames: [
          { func: 'main.main', file: 'prog.go', line: 20, size: 160, offset: 0, slots: [{ name: 'p', type: '*point', offset: 8, size: 8, value: '0xc000010000', pointsTo: 1 }] },
          { func: 'main.work', file: 'prog.go', line: 12, size: 600, offset: 160, slots: [{ name: 'n', type: 'int', offset: 0, size: 8, value: String(n) }] },
        ] },
      { id: 2, state: 'running', func: 'main.sayHello', createdBy: { goroutine: 1, func: 'main.main', file: 'prog.go', line: 19 }, stack: { size: 2048, used: 300, highWater: 300, growths: 0, history: [2048] } },
    ],
    goroutinesTotal: 2, goroutinesCapped: false,
    heap: { objects: [{ id: 1, addr: 0xc000010000, type: 'main.point', size: 16, site: { func: 'main.newPoint', line: 11, col: 2 }, reason: 'moved to heap: p', reachable: true }], objectsTotal: 1, capped: false, stats },
    channels: [], syncObjects: [], events: [], eventsDropped: 0,
  };
}

self.onmessage = (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'compile') post({ type: 'compiled', source: m.source, errors: [], escapes: [{ line: 1, col: 1, message: 'fake' }] });
  if (m.type === 'run') {
    let n = 0;
    timer = setInterval(() => { n++; post({ type: 'stdout', text: `tick ${n}\n` }); post({ type: 'snapshot', snapshot: snap(n) }); if (n === 10) { clearInterval(timer); post({ type: 'exit', status: 0, stopped: false }); } }, 50);
  }
  if (m.type === 'stop') { clearInterval(timer); post({ type: 'exit', status: 0, stopped: true }); }
};
post({ type: 'ready' });
