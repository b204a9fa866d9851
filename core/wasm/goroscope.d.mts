// Types for web/generated/goroscope.mjs (the Emscripten module built by
// scripts/build-wasm.sh from core/wasm). Copied next to it by the build.
export interface GoroscopeModule {
  /** Program output: fd 1 stdout, 2 stderr (a copy of the bytes). */
  onOutput?: (fd: number, bytes: Uint8Array) => void;
  /** Called between slices (~16 ms of work); sync exports are safe here. May return a promise (pause, slow speed). */
  onSlice?: () => void | Promise<void>;
  // Called (after the stack unwound) when the run starts waiting for a timer or input.
  onWait?: () => void;
  /**
   * Checks (and builds) a program. path: its absolute path as a run names it
   * (gsRun's cwd + file; default /tmp/prog.go): a run of the same source and
   * path reuses this build instead of compiling again.
   */
  gsCompile(source: string, escapes: boolean, path?: string): {
    ok: boolean;
    errors: { line: number; col: number; message: string }[];
    escapes: { line: number; col: number; message: string }[];
  };
  /** args: the native `goroscope run` arguments (flags, file name, program arguments). */
  gsRun(source: string, args: string[], cwd?: string, inspect?: boolean): Promise<{ status: number; stopped: boolean }>;
  /** How many builds (compiles) the module has done: a reused build adds none. */
  gsBuilds(): number;
  /** The snapshot JSON (docs/inspect.md), parsed; null before the first run. */
  gsInspect(selectedGoroutine: number | null): unknown;
  gsControl: {
    stop(): void;
    pause(): void;
    resume(): void;
    input(text: string | Uint8Array): void;
    inputEOF(): void;
  };
}
export interface GoroscopeOptions {
  /** The .wasm bytes (required under Node: the build targets web and worker). */
  wasmBinary?: ArrayBuffer | Uint8Array;
  print?: (s: string) => void;
  printErr?: (s: string) => void;
}
export default function createGoroscope(options?: GoroscopeOptions): Promise<GoroscopeModule>;
