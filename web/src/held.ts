// Messages that may come before anything handles them (the worker's before
// its runtime has loaded, the page's before its bundle has): they are held
// and handed over, in order, once the handler is set.
export class Held<T> {
  private handler: ((m: T) => void) | null = null;
  private readonly early: T[] = [];

  readonly deliver = (m: T): void => {
    if (this.handler) this.handler(m);
    else this.early.push(m);
  };

  /** Handles every message from now on, first those held. */
  handleWith(h: (m: T) => void): void {
    this.handler = h;
    for (const m of this.early.splice(0)) h(m);
  }
}
