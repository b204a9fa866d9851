// The program's terminal (xterm.js). stdout is written as is, stderr in red
// (panics and fatal errors then stand out but keep Go's exact text), and the
// run ends with the official playground's "Program exited." line.
//
// Output is capped at maxKeptBytes per run: past the cap the rest is dropped
// with one notice, so a `for { fmt.Println() }` cannot freeze the page.
// Writes are batched into one xterm.write per animation frame.
//
// Input: while a program runs, keys typed into the terminal are echoed locally
// and edited as a line (Backspace); Enter sends the line with '\n' to the
// program's stdin, Ctrl+D sends end of input, as a shell's cooked mode does.

import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';

export const maxKeptBytes = 1 << 20;

const red = '\x1b[31m', dim = '\x1b[2m', reset = '\x1b[0m';

export interface TermTheme { dark: boolean; }

function themeColors(t: TermTheme) {
  return t.dark
    ? { background: '#15181e', foreground: '#d8dee9', cursor: '#d8dee9', red: '#ff6b6b', selectionBackground: '#3b4252' }
    : { background: '#ffffff', foreground: '#1f2328', cursor: '#1f2328', red: '#cf222e', selectionBackground: '#c8d7f0' };
}

export class ProgramTerminal {
  readonly term: Terminal;
  private readonly fit = new FitAddon();
  private pending = '';
  private frame = 0;
  private kept = 0;
  private capped = false;
  private transcript = '';      // plain text of this run (for tests and copy)
  private line = '';            // the input line being edited
  private inputOpen = false;

  constructor(parent: HTMLElement, private readonly onInput: (text: string) => void, private readonly onEOF: () => void,
              private readonly cappedNotice: () => string, theme: TermTheme) {
    this.term = new Terminal({
      convertEol: true, fontSize: 13, scrollback: 5000, cursorBlink: false,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace',
      theme: themeColors(theme),
    });
    this.term.loadAddon(this.fit);
    this.term.open(parent);
    this.fitSoon();
    new ResizeObserver(() => this.fitSoon()).observe(parent);
    this.term.onData((d) => this.typed(d));
  }

  private fitSoon(): void {
    requestAnimationFrame(() => { try { this.fit.fit(); } catch { /* hidden: nothing to fit */ } });
  }

  setTheme(t: TermTheme): void {
    this.term.options.theme = themeColors(t);
  }

  /** A new run: clear the screen and the counters. */
  reset(): void {
    this.pending = ''; this.kept = 0; this.capped = false; this.transcript = ''; this.line = '';
    this.term.reset();
  }

  setInputOpen(open: boolean): void {
    this.inputOpen = open;
    if (!open) this.line = '';
  }

  stdout(text: string): void { this.append(text, ''); }
  stderr(text: string): void { this.append(text, red); }

  /** A line written by the page (not by the program), e.g. "Program exited.". */
  note(text: string, color: 'plain' | 'red' | 'dim' = 'plain'): void {
    const prefix = this.transcript.length && !this.transcript.endsWith('\n') ? '\n' : '';
    this.transcript += prefix + text + '\n';
    const c = color === 'red' ? red : color === 'dim' ? dim : '';
    this.queue(prefix + c + text + (c ? reset : '') + '\n');
  }

  private append(text: string, color: string): void {
    if (this.capped) return;
    if (this.kept + text.length > maxKeptBytes) {
      text = text.slice(0, Math.max(0, maxKeptBytes - this.kept));
      this.capped = true;
    }
    this.kept += text.length;
    this.transcript += text;
    this.queue(color ? color + text + reset : text);
    if (this.capped) this.note(this.cappedNotice(), 'dim');
  }

  private queue(s: string): void {
    this.pending += s;
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  private flush(): void {
    this.frame = 0;
    if (this.pending) { this.term.write(this.pending); this.pending = ''; }
  }

  private typed(data: string): void {
    if (!this.inputOpen) return;
    for (const ch of data) {
      if (ch === '\r' || ch === '\n') {
        const text = this.line + '\n';
        this.line = '';
        this.transcript += text;
        this.queue('\r\n');
        this.onInput(text);
      } else if (ch === '\x7f' || ch === '\b') {
        if (this.line.length) { this.line = this.line.slice(0, -1); this.queue('\b \b'); }
      } else if (ch === '\x04') {
        if (this.line) { this.onInput(this.line); this.transcript += this.line; this.line = ''; }
        this.onEOF();
      } else if (ch >= ' ') {
        this.line += ch;
        this.queue(ch);
      }
    }
  }

  /** Everything shown for this run, as plain text. */
  text(): string { return this.transcript; }

  focus(): void { this.term.focus(); }
}
