// The Memory panel: HeapAlloc, StackInuse, NumGC and the goroutine count over
// the run's time (virtual or real nanoseconds from the snapshots), one small
// chart each, with the current value beside it.

import { h, bytes, type Panel } from './dom.ts';
import type { PanelContext } from './context.ts';
import type { Snapshot } from '../protocol.ts';
import { t } from '../i18n.ts';

const maxPoints = 600;

interface Series { label: () => string; value: (s: Snapshot) => number; format: (n: number) => string; points: Array<[number, number]>; }

export class MemoryPanel implements Panel<PanelContext> {
  private last: Snapshot | null = null;
  private readonly series: Series[] = [
    { label: () => 'HeapAlloc', value: (s) => s.heap.stats.HeapAlloc, format: bytes, points: [] },
    { label: () => 'StackInuse', value: (s) => s.heap.stats.StackInuse, format: bytes, points: [] },
    { label: () => 'NumGC', value: (s) => s.heap.stats.NumGC, format: String, points: [] },
    { label: () => t('goroutineCount'), value: (s) => s.goroutinesTotal, format: String, points: [] },
  ];

  constructor(private readonly root: HTMLElement) {}

  /** A new run starts new charts. */
  clear(): void { for (const s of this.series) s.points = []; this.last = null; }

  /** Called for every snapshot (not once per frame), so no point is skipped. */
  record(s: Snapshot): void {
    if (s === this.last) return;
    this.last = s;
    for (const se of this.series) {
      const pts = se.points;
      if (pts.length && pts[pts.length - 1][0] > s.time.nanos) pts.length = 0; // a new run
      pts.push([s.time.nanos, se.value(s)]);
      // Halve the resolution instead of dropping the start of a long run.
      if (pts.length > maxPoints) se.points = pts.filter((_, i) => i % 2 === 0 || i === pts.length - 1);
    }
  }

  update(ctx: PanelContext): void {
    const s = ctx.snapshot;
    if (!s) { this.root.replaceChildren(h('p', { class: 'empty' }, t('noProgram'))); return; }
    this.root.replaceChildren(h('h3', {}, t('memTitle'), ` · ${(s.time.nanos / 1e9).toFixed(3)} s ${s.time.virtual ? '(virtual)' : ''}`),
      ...this.series.map((se) => this.chart(se)));
  }

  private chart(se: Series): HTMLElement {
    const w = 300, hgt = 48;
    const pts = se.points;
    const t0 = pts.length ? pts[0][0] : 0, t1 = pts.length ? pts[pts.length - 1][0] : 1;
    const max = Math.max(1, ...pts.map((p) => p[1]));
    const coords = pts.map(([x, y]) => `${(((x - t0) / Math.max(1, t1 - t0)) * w).toFixed(1)},${(hgt - (y / max) * (hgt - 4) - 2).toFixed(1)}`);
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('viewBox', `0 0 ${w} ${hgt}`);
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.classList.add('spark');
    const line = document.createElementNS('http://www.w3.org/2000/svg', 'polyline');
    line.setAttribute('points', coords.length === 1 ? `0,${coords[0].split(',')[1]} ${w},${coords[0].split(',')[1]}` : coords.join(' '));
    svg.append(line);
    const current = pts.length ? pts[pts.length - 1][1] : 0;
    return h('div', { class: 'series' }, h('div', { class: 'series-label' }, h('span', {}, se.label()), h('strong', {}, se.format(current))), svg);
  }

  dispose(): void { this.root.replaceChildren(); }
}
