// The worker protocol: messages between the page (UI) and web/src/worker.ts
// (the runtime side). Both sides build against this file. Changes must be
// additive and announced here in comments.
//
// Additions so far (runtime side): ChannelInfo.recvWaitingTotal /
// sendWaitingTotal and SyncInfo.waitingTotal (the waiting lists are capped);
// `compiled` echoes the source it is about (results for an older text can
// arrive after an edit). Messages may be posted before the worker said
// `ready`: it keeps them until its runtime has loaded.
export interface RunSettings { virtualTime: boolean; seed: number; speed: number /* 0..1; 1 = full speed */; }
export type ToWorker =
  | { type: 'compile'; source: string }                  // diagnostics + escape notes, no run
  | { type: 'run'; source: string; settings: RunSettings }
  | { type: 'stop' } | { type: 'pause' } | { type: 'continue' }
  | { type: 'input'; text: string }                      // typed into the terminal (with '\n')
  | { type: 'inputEOF' }
  | { type: 'settings'; settings: Partial<RunSettings> }  // speed may change while running
  | { type: 'select'; goroutine: number | null };        // which G's frames the snapshots detail
export interface Diagnostic { line: number; col: number; message: string; }   // 1-based, Go's text
export type FromWorker =
  | { type: 'ready' }
  | { type: 'compiled'; source: string; errors: Diagnostic[]; escapes: Diagnostic[] }  // escapes: the -m lines
  | { type: 'stdout'; text: string } | { type: 'stderr'; text: string }
  | { type: 'snapshot'; snapshot: Snapshot }            // at most ~every 50 ms while running, and a final one
  | { type: 'exit'; status: number; stopped: boolean; error?: string };
// Snapshot = the JSON of core/inspect (documented in docs/inspect.md):
export interface Snapshot {
  time: { virtual: boolean; nanos: number };
  goroutines: GoroutineInfo[]; goroutinesTotal: number; goroutinesCapped: boolean;
  heap: { objects: HeapObject[]; objectsTotal: number; capped: boolean; stats: MemStats };
  channels: ChannelInfo[]; syncObjects: SyncInfo[];
  events: RuntimeEvent[];   // new since the previous snapshot (capped, with `dropped` count)
  eventsDropped: number;
}
export interface GoroutineInfo { id: number; state: 'running'|'runnable'|'waiting'|'dead';
  waitReason?: string; createdBy?: { goroutine: number; func: string; file: string; line: number };
  func: string /* entry function */; stack: { size: number; used: number; highWater: number; growths: number; history: number[] /* sizes: 2048, 4096, ... */ };
  frames?: FrameInfo[] /* for the selected G (or all when few) */; }
export interface FrameInfo { func: string; file: string; line: number; size: number; offset: number; slots: SlotInfo[]; }
export interface SlotInfo { name: string; type: string; offset: number; size: number; value: string; pointsTo?: number /* heap object id */ | { stack: number /* offset */ }; }
export interface HeapObject { id: number; addr: number; type: string; size: number; site: { func: string; line: number; col: number }; reason: string; reachable: boolean; }
export interface MemStats { HeapAlloc: number; HeapObjects: number; HeapInuse: number; StackInuse: number; Mallocs: number; Frees: number; NumGC: number; TotalAlloc: number; PauseTotalNs: number; }
export interface ChannelInfo { id: number; elemType: string; cap: number; len: number; closed: boolean; buffer: string[]; recvWaiting: number[]; sendWaiting: number[];
  recvWaitingTotal: number; sendWaitingTotal: number; /* added: the lists are capped (first 100); these count all */ }
export interface SyncInfo { id: number; kind: 'WaitGroup'|'Mutex'|'RWMutex'|'Cond'|'Once'; state: string; waiting: number[];
  waitingTotal: number; /* added: `waiting` is capped (first 100); this counts all */ }
export type RuntimeEvent = { t: number; kind: 'created'|'blocked'|'unblocked'|'exited'|'stackGrew'|'stackShrank'|'stackCopied'|'gc'|'panic'; g?: number; detail: Record<string, string|number>; };
