// The Stack panel: the selected goroutine's stack block drawn to scale.
//
// Every size in the growth history (2048 → 4096 → ...) is drawn as a bar with
// one common scale, so a doubled stack really is twice as tall; the current
// block holds the frames, each placed at its offset with its size, outermost
// frame (the G's entry function) at the top and newer frames below it, the way
// the stack fills towards its limit (offsets grow from the stack's base). Below the drawing, the innermost frames
// are listed with their slots; a slot that points into the heap carries
// data-points-to, and the arrows layer draws a line to that object.

import { h, bytes, type Panel } from './dom.ts';
import type { PanelContext } from './context.ts';
import type { FrameInfo, GoroutineInfo } from '../protocol.ts';
import { t } from '../i18n.ts';

const maxBlockPx = 420;     // the tallest bar
const px2K = 110;           // a 2 KB stack's height while it fits
const maxDrawnFrames = 300; // bands drawn inside the block (deep recursions have thousands)
const maxListedFrames = 24; // frames listed with their slots

export class StackPanel implements Panel<PanelContext> {
  constructor(private readonly root: HTMLElement) {}

  update(ctx: PanelContext): void {
    const s = ctx.snapshot;
    if (!s || !s.goroutines.length) { this.root.replaceChildren(h('p', { class: 'empty' }, t('noProgram'))); return; }
    const g = s.goroutines.find((x) => x.id === ctx.selected)
      ?? s.goroutines.find((x) => x.frames?.length) ?? s.goroutines[0];
    this.root.replaceChildren(...this.render(g));
  }

  private render(g: GoroutineInfo): HTMLElement[] {
    const st = g.stack;
    const history = st.history.length ? st.history : [st.size];
    const largest = Math.max(...history, st.size);
    // One scale for all bars: 2 KB is px2K tall until the largest would not fit.
    const pxPerByte = Math.min(px2K / 2048, maxBlockPx / largest);
    const bars = history.map((size, i) => {
      const current = i === history.length - 1;
      const bar = h('div', { class: `stack-block${current ? ' current' : ''}`, style: `height:${Math.max(2, size * pxPerByte)}px`,
        'data-size': size, title: `${size} B` });
      if (current) {
        bar.append(...this.bands(g.frames ?? [], size, pxPerByte));
        const used = h('div', { class: 'used-line', style: `top:${Math.min(size, st.used) * pxPerByte}px`, title: `used ${st.used} B` });
        bar.append(used);
      }
      return h('div', { class: 'stack-col' }, bar, h('span', { class: 'bar-label' }, bytes(size)));
    });
    const head = h('div', { class: 'stack-head' },
      h('h3', {}, t('stackOf', g.id), ' ', h('code', {}, g.func)),
      h('p', { class: 'stack-size', 'data-testid': 'stack-size', 'data-size': st.size },
        t('stackSize', `${st.size} B`, `${st.used} B`, `${st.highWater} B`)),
      h('p', { class: 'history', 'data-testid': 'stack-history' }, t('growth') + ': ', history.join(' → ')));
    return [head, h('div', { class: 'stack-drawing' }, ...bars), this.frameList(g)];
  }

  /** Frame bands inside the current block, positioned by offset, scaled by size. */
  private bands(frames: FrameInfo[], size: number, pxPerByte: number): HTMLElement[] {
    // By offset, outermost first; the snapshot may list only the innermost
    // frames of a deep stack, so the region below the first listed frame is
    // drawn as one band of older frames.
    const byOffset = [...frames].sort((a, b) => a.offset - b.offset);
    const drawn = byOffset.length > maxDrawnFrames ? byOffset.slice(byOffset.length - maxDrawnFrames) : byOffset;
    const older = drawn.length ? drawn[0].offset : 0;
    const bands: HTMLElement[] = [];
    if (older > 0) {
      bands.push(h('div', { class: 'frame-band older', style: `top:0;height:${Math.max(1, older * pxPerByte)}px`,
        title: `${older} B` }, older * pxPerByte >= 12 ? h('span', {}, '…') : null));
    }
    return bands.concat(drawn.map((f, i) => {
      const top = Math.min(f.offset, size) * pxPerByte;
      const height = Math.max(1, f.size * pxPerByte);
      return h('div', { class: `frame-band c${i % 6}`, style: `top:${top}px;height:${height}px`,
        title: `${f.func} — ${f.size} B @${f.offset}` }, height >= 12 ? h('span', {}, f.func) : null);
    }));
  }

  private frameList(g: GoroutineInfo): HTMLElement {
    const frames = g.frames ?? [];
    if (!frames.length) return h('p', { class: 'empty' }, t('noFrames'));
    // Innermost (highest offset) first, as a Go traceback lists them.
    const inner = [...frames].sort((a, b) => b.offset - a.offset);
    const shown = inner.slice(0, maxListedFrames);
    return h('ol', { class: 'frames', 'data-testid': 'frames' },
      ...shown.map((f) => h('li', { class: 'frame' },
        h('div', { class: 'frame-title' }, h('code', {}, f.func), ` ${f.file}:${f.line}`, h('span', { class: 'frame-size' }, `${f.size} B`)),
        f.slots.length ? h('table', { class: 'slots' }, ...f.slots.map((s) => h('tr', {
          class: 'slot', 'data-points-to': typeof s.pointsTo === 'number' ? s.pointsTo : undefined },
          h('td', {}, h('code', {}, s.name)), h('td', { class: 'type' }, s.type), h('td', { class: 'value' }, s.value),
          h('td', { class: 'num' }, `${s.size} B`), h('td', { class: 'arrow-anchor' }, typeof s.pointsTo === 'number' ? '●' : '')))) : null)),
      inner.length > shown.length ? h('li', { class: 'more' }, t('moreFrames', inner.length - shown.length)) : null);
  }

  dispose(): void { this.root.replaceChildren(); }
}
