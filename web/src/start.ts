// The first thing the page does, before its bundle (the editor, the
// terminal, the panels) has even loaded: start the runtime worker, so that
// it loads the WebAssembly runtime while the main thread is still building
// the page, and decide which program the page opens with. (The program's
// check is sent once the page is built, by main.ts: on two cores a cold
// compile during the page's build only slowed both; docs/page.md.)
// boot.ts imports this module first; main.ts takes the client from here.

import { RuntimeClient, type ClientEvent } from './client.ts';
import { examples, findExample, type Example } from './examples.ts';
import { decodeFragment, type Shared } from './share.ts';
import { Held } from './held.ts';
import { storage } from './storage.ts';

// Events that come before the page has a handler wait for it.
const events = new Held<ClientEvent>();
export const client = new RuntimeClient(events.deliver);

/** Delivers the worker's events to h, first those that came before. */
export function onClientEvent(h: (e: ClientEvent) => void): void { events.handleWith(h); }

/** An example's text as the user last left it (edits are autosaved). */
export function editedSource(ex: Example): string {
  return storage.get(`goroscope:src:${ex.id}`) ?? ex.source;
}

/** What the page opens: a shared link's program, or the last example (as edited). */
export interface Opening { shared: Shared | null; example: Example; source: string; }
async function openingProgram(): Promise<Opening> {
  const shared = location.hash ? await decodeFragment(location.hash) : null;
  const example = findExample(storage.get('goroscope:current') ?? '') ?? examples[0];
  const source = shared ? shared.code : editedSource(example);
  return { shared, example, source };
}
export const opening = openingProgram();
