// The first thing the page does, before its bundle (the editor, the
// terminal, the panels) has even loaded: start the runtime worker and send
// it the program the page opens with to check. The worker loads the
// WebAssembly runtime and runs the compiler's cold first pass (V8's
// baseline code) while the main thread is still busy building the page,
// and a Run of that program reuses the check's build (core/wasm/main.cpp).
// boot.ts imports this module first; main.ts takes the client from here.

import { RuntimeClient, type ClientEvent } from './client.ts';
import { examples, findExample, type Example } from './examples.ts';
import { decodeFragment, type Shared } from './share.ts';
import { storage } from './storage.ts';

// Events that come before the page has a handler wait for it.
let handler: ((e: ClientEvent) => void) | null = null;
const early: ClientEvent[] = [];
export const client = new RuntimeClient((e) => (handler ? handler(e) : early.push(e)));

/** Delivers the worker's events to h, first those that came before. */
export function onClientEvent(h: (e: ClientEvent) => void): void {
  handler = h;
  for (const e of early.splice(0)) h(e);
}

/** What the page opens: a shared link's program, or the last example (as edited). */
export interface Opening { shared: Shared | null; example: Example; source: string; }
async function openingProgram(): Promise<Opening> {
  const shared = location.hash ? await decodeFragment(location.hash) : null;
  const example = findExample(storage.get('goroscope:current') ?? '') ?? examples[0];
  const source = shared ? shared.code : storage.get(`goroscope:src:${example.id}`) ?? example.source;
  return { shared, example, source };
}
export const opening = openingProgram();
