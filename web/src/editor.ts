// The Go editor (CodeMirror 6). Compile errors from the worker become lint
// diagnostics (underlined, with Go's message); the escape-analysis notes
// (`moved to heap: x`, `... escapes to heap`) become gutter markers on their
// lines, with every note of that line in the marker's tooltip.

import { EditorView, basicSetup } from 'codemirror';
import { go } from '@codemirror/lang-go';
import { Compartment, EditorState, Prec, RangeSet, StateEffect, StateField } from '@codemirror/state';
import { GutterMarker, gutter, keymap } from '@codemirror/view';
import { linter, setDiagnostics, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { oneDark } from '@codemirror/theme-one-dark';
import type { Diagnostic } from './protocol.ts';

class EscapeMarker extends GutterMarker {
  constructor(readonly notes: string[]) { super(); }
  eq(other: EscapeMarker): boolean { return other.notes.join('\n') === this.notes.join('\n'); }
  toDOM(): Node {
    const el = document.createElement('span');
    el.className = 'escape-marker';
    // "moved to heap" is the strongest claim; other notes ("escapes to heap",
    // "does not escape") are shown with a lighter mark.
    const moved = this.notes.some((n) => /moved to heap|escapes to heap/.test(n) && !/does not escape/.test(n));
    el.textContent = moved ? '▲' : '·';
    el.classList.toggle('heap', moved);
    el.title = this.notes.join('\n');
    el.dataset.notes = this.notes.join('\n');
    return el;
  }
}

const setEscapes = StateEffect.define<Diagnostic[]>();

const escapeField = StateField.define<RangeSet<GutterMarker>>({
  create: () => RangeSet.empty,
  update(value, tr) {
    value = value.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setEscapes)) continue;
      const byLine = new Map<number, string[]>();
      for (const d of e.value) {
        if (d.line < 1 || d.line > tr.state.doc.lines) continue;
        byLine.set(d.line, [...(byLine.get(d.line) ?? []), d.message]);
      }
      const ranges = [...byLine.entries()].sort((a, b) => a[0] - b[0])
        .map(([line, notes]) => new EscapeMarker(notes).range(tr.state.doc.line(line).from));
      value = RangeSet.of(ranges);
    }
    return value;
  },
});

export interface EditorHooks { dark: boolean; onRun: () => void; onChange: (source: string) => void; }

export class GoEditor {
  readonly view: EditorView;
  private readonly themeSlot = new Compartment();

  constructor(parent: HTMLElement, source: string, hooks: EditorHooks) {
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: source,
        extensions: [
          Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => { hooks.onRun(); return true; } }])),
          basicSetup,
          go(),
          // The lint state from the start (no linter of its own: the worker's
          // checks set the diagnostics), so that the first diagnostics do not
          // reconfigure the whole editor.
          linter(null),
          escapeField,
          gutter({ class: 'cm-escape-gutter', markers: (v) => v.state.field(escapeField) }),
          this.themeSlot.of(hooks.dark ? oneDark : []),
          EditorView.updateListener.of((u) => { if (u.docChanged) hooks.onChange(u.state.doc.toString()); }),
          EditorState.tabSize.of(4),
        ],
      }),
    });
  }

  get source(): string { return this.view.state.doc.toString(); }

  setSource(source: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: source } });
  }

  setDark(dark: boolean): void {
    this.view.dispatch({ effects: this.themeSlot.reconfigure(dark ? oneDark : []) });
  }

  /** Go's 1-based line:col become document positions, clamped to the text. */
  private pos(line: number, col: number): number {
    const doc = this.view.state.doc;
    const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
    return Math.min(l.from + Math.max(col - 1, 0), l.to);
  }

  showCompileResult(errors: Diagnostic[], escapes: Diagnostic[]): void {
    const diags: CmDiagnostic[] = errors.map((d) => {
      const from = this.pos(d.line, d.col);
      const lineEnd = this.view.state.doc.lineAt(from).to;
      // Underline the word at the error (Go gives only a start position).
      const word = /^[\w.]+/.exec(this.view.state.doc.sliceString(from, lineEnd));
      return { from, to: word ? from + word[0].length : Math.min(from + 1, lineEnd), severity: 'error', message: d.message };
    });
    this.view.dispatch(setDiagnostics(this.view.state, diags), { effects: setEscapes.of(escapes) });
  }

  focus(): void { this.view.focus(); }
}
