// Arrows from stack slots to the heap objects they point to, drawn in an SVG
// layer over the Stack & heap view. It runs after the panels have written
// their DOM in the same frame (measure after write, never interleaved), and
// again when either column scrolls.

export class Arrows {
  private frame = 0;

  constructor(private readonly container: HTMLElement, private readonly svg: SVGSVGElement) {
    for (const col of container.querySelectorAll('.stack-panel, .heap-panel')) col.addEventListener('scroll', () => this.schedule(), { passive: true });
    new ResizeObserver(() => this.schedule()).observe(container);
  }

  schedule(): void {
    if (!this.frame) this.frame = requestAnimationFrame(() => { this.frame = 0; this.draw(); });
  }

  draw(): void {
    if (this.container.hidden) return;
    const box = this.container.getBoundingClientRect();
    const paths: string[] = [];
    // Reads first...
    for (const slot of this.container.querySelectorAll<HTMLElement>('[data-points-to]')) {
      const target = this.container.querySelector<HTMLElement>(`[data-heap-id="${CSS.escape(slot.dataset.pointsTo ?? '')}"]`);
      if (!target) continue;
      const a = (slot.querySelector('.arrow-anchor') ?? slot).getBoundingClientRect();
      const b = target.getBoundingClientRect();
      if (a.height === 0 || b.height === 0) continue;
      const x1 = a.right - box.left, y1 = a.top + a.height / 2 - box.top;
      const x2 = b.left - box.left, y2 = b.top + Math.min(b.height / 2, 12) - box.top;
      const dx = Math.max(30, (x2 - x1) / 2);
      paths.push(`M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${y2} ${x2},${y2}`);
    }
    // ...then one write.
    this.svg.setAttribute('width', String(box.width));
    this.svg.setAttribute('height', String(box.height));
    this.svg.innerHTML = '<defs><marker id="arrowhead" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">'
      + '<path d="M0,0 L8,4 L0,8 z" class="arrowhead"/></marker></defs>'
      + paths.map((d) => `<path class="arrow" d="${d}" marker-end="url(#arrowhead)"/>`).join('');
  }
}
