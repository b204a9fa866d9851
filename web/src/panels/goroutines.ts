// The Goroutines panel: one row per G with its state and wait reason exactly
// as Go prints them ("chan receive", "sleep", "sync.WaitGroup.Wait"), its
// entry function, where it was created and its current stack size. Clicking
// a row selects the G for the Stack panel. Channels and sync objects follow.

import { h, bytes, type Panel } from './dom.ts';
import type { PanelContext } from './context.ts';
import type { GoroutineInfo } from '../protocol.ts';
import { t } from '../i18n.ts';

/** " ← G3, G4 (+98)": the listed waiters, and how many more the runtime counted. */
function waiters(arrow: string, ids: number[], total: number | undefined): string {
  if (!ids.length) return '';
  const more = (total ?? ids.length) - ids.length;
  return `${arrow}G${ids.join(', G')}${more > 0 ? ` (+${more})` : ''}`;
}

export class GoroutinesPanel implements Panel<PanelContext> {
  constructor(private readonly root: HTMLElement) {}

  update(ctx: PanelContext): void {
    const s = ctx.snapshot;
    if (!s) { this.root.replaceChildren(h('p', { class: 'empty' }, t('noProgram'))); return; }
    const rows = s.goroutines.map((g) => this.row(g, ctx));
    const table = h('table', { class: 'goroutines', 'data-testid': 'goroutines' },
      h('thead', {}, h('tr', {}, ...(['colId', 'colState', 'colFunc', 'colCreated', 'colStack'] as const).map((k) => h('th', {}, t(k))))),
      h('tbody', {}, ...rows));
    const summary = h('p', { class: 'summary' }, t('total', s.goroutinesTotal), s.goroutinesCapped ? ' ' + t('capped') : '',
      ' · ', h('span', { class: 'hint' }, t('selectHint')));
    const extra: HTMLElement[] = [];
    if (s.channels.length) {
      extra.push(h('h3', {}, 'chan'), h('ul', { class: 'objects' }, ...s.channels.map((c) => h('li', {},
        h('code', {}, `chan ${c.elemType}`), ` #${c.id} len ${c.len}/cap ${c.cap}`, c.closed ? ' closed' : '',
        c.buffer.length ? h('span', { class: 'buffer' }, ' [' + c.buffer.join(', ') + ']') : '',
        waiters(' ← ', c.recvWaiting, c.recvWaitingTotal), waiters(' → ', c.sendWaiting, c.sendWaitingTotal)))));
    }
    if (s.syncObjects.length) {
      extra.push(h('h3', {}, 'sync'), h('ul', { class: 'objects' }, ...s.syncObjects.map((o) => h('li', {},
        h('code', {}, `sync.${o.kind}`), ` #${o.id} ${o.state}`, waiters(' ⏳ ', o.waiting, o.waitingTotal)))));
    }
    this.root.replaceChildren(summary, table, ...extra);
  }

  private row(g: GoroutineInfo, ctx: PanelContext): HTMLElement {
    const state = g.state === 'waiting' && g.waitReason ? g.waitReason : g.state;
    const created = g.createdBy
      ? t('createdAt', g.createdBy.func, g.createdBy.goroutine, g.createdBy.line) : '';
    const tr = h('tr', { class: `g ${g.state}${ctx.selected === g.id ? ' selected' : ''}`, 'data-g': g.id, 'data-state': g.state, tabindex: 0 },
      h('td', {}, g.id),
      h('td', {}, h('span', { class: `state ${g.state}`, title: g.state }, state)),
      h('td', {}, h('code', {}, g.func)),
      h('td', { class: 'created' }, created),
      h('td', { class: 'num' }, bytes(g.stack.size), g.stack.growths ? h('span', { class: 'grew' }, ` ×${g.stack.growths}`) : ''));
    tr.addEventListener('click', () => ctx.select(g.id));
    tr.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') ctx.select(g.id); });
    return tr;
  }

  dispose(): void { this.root.replaceChildren(); }
}
