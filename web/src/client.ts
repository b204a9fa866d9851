// The main thread's side of the worker protocol. It owns the Worker object
// and guarantees two things the page relies on:
//  - messages sent before the worker said 'ready' are not lost: they are
//    posted at once and the worker keeps them until its runtime has loaded
//    (so the first check starts compiling as soon as it can, without waiting
//    for this thread to hear 'ready');
//  - Stop always ends the run within stopDeadlineMs: if the worker has not
//    answered 'exit' by then (a runtime stuck outside its yield points), it is
//    terminated and a fresh one is started, and the page gets a synthesized
//    exit {stopped: true}. The same happens if the worker dies with an error.

import type { FromWorker, ToWorker } from './protocol.ts';

export type ClientEvent = FromWorker | { type: 'restarted'; reason: string };

const stopDeadlineMs = 100;

export class RuntimeClient {
  private worker!: Worker;
  private ready = false;
  private running = false;
  private stopTimer: number | undefined;

  constructor(private readonly onEvent: (e: ClientEvent) => void) {
    this.spawn();
  }

  get isReady(): boolean { return this.ready; }

  private spawn(): void {
    this.ready = false;
    this.worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'goroscope-runtime' });
    this.worker.onmessage = (e: MessageEvent<FromWorker>) => this.receive(e.data);
    // A worker that fails to load or throws at top level cannot run anything:
    // report it as data and start over.
    this.worker.onerror = (e) => { e.preventDefault?.(); this.restart(`worker error: ${e.message || 'failed to load'}`); };
  }

  private receive(msg: FromWorker): void {
    if (msg.type === 'ready') {
      this.ready = true;
    } else if (msg.type === 'exit') {
      this.running = false;
      window.clearTimeout(this.stopTimer);
      this.stopTimer = undefined;
    }
    this.onEvent(msg);
  }

  send(msg: ToWorker): void {
    if (msg.type === 'run') this.running = true;
    this.worker.postMessage(msg);
  }

  /** Stops the running program; see the class comment for the guarantee. */
  stop(): void {
    if (!this.running) return;
    this.send({ type: 'stop' });
    if (this.stopTimer === undefined) {
      this.stopTimer = window.setTimeout(() => {
        this.stopTimer = undefined;
        if (this.running) this.restart('the runtime did not answer Stop');
      }, stopDeadlineMs);
    }
  }

  private restart(reason: string): void {
    const wasRunning = this.running;
    this.running = false;
    this.worker.terminate();
    this.spawn();
    this.onEvent({ type: 'restarted', reason });
    if (wasRunning) this.onEvent({ type: 'exit', status: 0, stopped: true });
  }
}
