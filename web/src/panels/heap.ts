// The Heap panel: the objects the runtime holds, each with its type, size,
// allocation site and the escape analysis' reason for being on the heap
// (Go's words, e.g. "moved to heap: c"), marked live, or freed once a GC
// found it unreachable. Each object element carries data-heap-id, the target
// of the arrows drawn from stack slots.

import { h, bytes, type Panel } from './dom.ts';
import type { PanelContext } from './context.ts';
import { t } from '../i18n.ts';

const maxShown = 200;

export class HeapPanel implements Panel<PanelContext> {
  constructor(private readonly root: HTMLElement) {}

  update(ctx: PanelContext): void {
    const s = ctx.snapshot;
    if (!s) { this.root.replaceChildren(h('p', { class: 'empty' }, t('noProgram'))); return; }
    const { objects, objectsTotal, capped, stats } = s.heap;
    const head = h('div', { class: 'heap-head' }, h('h3', {}, t('heapTitle'), ` (${objectsTotal}${capped ? '+' : ''})`),
      h('p', { class: 'stats' }, `HeapAlloc ${bytes(stats.HeapAlloc)} · HeapObjects ${stats.HeapObjects} · NumGC ${stats.NumGC}`));
    if (!objects.length) { this.root.replaceChildren(head, h('p', { class: 'empty' }, t('heapEmpty'))); return; }
    // The program's own allocations (those with a known site or reason)
    // first, live before garbage; the runtime's listing order otherwise.
    const rank = (o: typeof objects[number]) => (o.reason || o.site.line ? 0 : 2) + (o.reachable ? 0 : 1);
    const shown = objects.map((o, i) => [o, i] as const)
      .sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).slice(0, maxShown).map(([o]) => o);
    const list = h('ul', { class: 'heap-objects', 'data-testid': 'heap' }, ...shown.map((o) => h('li', {
      class: `heap-object ${o.reachable ? 'live' : 'garbage'}`, 'data-heap-id': o.id },
      h('div', { class: 'obj-title' }, h('code', {}, o.type), ` ${bytes(o.size)}`,
        h('span', { class: `badge ${o.reachable ? 'live' : 'garbage'}` }, o.reachable ? t('live') : t('garbage'))),
      // The runtime leaves the site empty when it does not know it.
      o.site.func || o.site.line ? h('div', { class: 'obj-site' }, t('allocatedAt', o.site.func || '?', o.site.line, o.site.col)) : null,
      o.reason ? h('div', { class: 'obj-reason' }, o.reason) : null)),
      objects.length > shown.length || objectsTotal > objects.length
        ? h('li', { class: 'more' }, t('moreObjects', objectsTotal - shown.length)) : null);
    this.root.replaceChildren(head, list);
  }

  dispose(): void { this.root.replaceChildren(); }
}
