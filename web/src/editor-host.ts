// The editor as the rest of the page sees it. CodeMirror (editor.ts) is the
// largest part of the page's script and takes the main thread the longest
// to build, so the page does not wait for it: until it is built, the
// program is shown as plain text (laid out like the editor), Run works on
// that text, and whatever the page asks of the editor meanwhile (a new
// text, compile results, theme, focus) is applied when it arrives. The
// page says when to load and build it (`when`), so that doing so does not
// hold back the first run's output; the HTML has the browser fetch and
// compile its chunk early.

import type { Diagnostic } from './protocol.ts';
import type { EditorHooks, GoEditor } from './editor.ts';

export class EditorHost {
  private cm: GoEditor | null = null;
  private text: string;
  private dark: boolean;
  private result: [Diagnostic[], Diagnostic[]] | null = null;
  private wantFocus = false;
  private readonly plain: HTMLElement;
  /** Resolves when CodeMirror has replaced the plain text. */
  readonly loaded: Promise<void>;

  constructor(parent: HTMLElement, source: string, private readonly hooks: EditorHooks, when: Promise<void>) {
    this.text = source;
    this.dark = hooks.dark;
    this.plain = document.createElement('pre');
    this.plain.className = 'editor-plain';
    this.plain.textContent = source;
    parent.append(this.plain);
    // (The HTML preloads the chunk: only its evaluation waits.)
    this.loaded = when.then(() => import('./editor.ts')).then(({ GoEditor }) => {
      this.cm = new GoEditor(parent, this.text, { ...hooks, dark: this.dark });
      this.plain.remove();
      if (this.result) this.cm.showCompileResult(...this.result);
      // The focus asked for at start-up is given only if nothing has taken
      // it since: keys typed meanwhile in another field stay there.
      if (this.wantFocus && nothingFocused()) this.cm.focus();
    });
  }

  get source(): string { return this.cm ? this.cm.source : this.text; }
  get built(): boolean { return this.cm !== null; }

  setSource(source: string): void {
    if (this.cm) return this.cm.setSource(source);
    this.text = source;
    this.plain.textContent = source;
    this.result = null;
    this.hooks.onChange(source);
  }

  setDark(dark: boolean): void {
    this.dark = dark;
    this.cm?.setDark(dark);
  }

  showCompileResult(errors: Diagnostic[], escapes: Diagnostic[]): void {
    if (this.cm) this.cm.showCompileResult(errors, escapes);
    else this.result = [errors, escapes];
  }

  focus(): void {
    if (this.cm) this.cm.focus();
    else this.wantFocus = true;
  }
}

function nothingFocused(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
}
