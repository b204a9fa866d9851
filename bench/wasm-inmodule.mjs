#!/usr/bin/env node
// Times Go programs inside already-instantiated WebAssembly modules, so the
// numbers are the work itself (compile + run through gsRun), without Node's
// start, the module's instantiation and the first, baseline-tier (Liftoff)
// pass over the compiler that a fresh process pays every time.
// bench/run.mjs runs it once for all programs; it is also usable by hand:
//
//   node bench/wasm-inmodule.mjs [--module=DIR]... [--runs=N] [--min-time=S] [--wall] FILE.go...
//
// --module: a directory holding goroscope.mjs + goroscope.wasm; repeat it
// to compare builds (default: web/generated, the shipped build;
// build-wasm/noasync is the variant without Asyncify, built by
// scripts/build-wasm.sh --variant=noasync). With several modules the runs
// alternate between them (A, B, A, B, ...) in this one process, so a change
// in the machine's load hits both alike.
// Each program runs once untimed per module (its first run: the compiler is
// warm, the program's own paths may not be), then at least N more times
// and until S seconds (default 1) were spent on it per module; the best is
// kept. Times are CPU seconds of this process (user + system, V8's
// background threads included), or wall-clock with --wall.
// Prints one JSON line per file: {file, results: [{module, first, best,
// runs, status, stdout}]}. Arguments are those of `goroscope run FILE`, the
// native bench's invocation; stdout is what the program printed.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const a = argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : dflt;
};
const dirs = argv.filter((a) => a.startsWith('--module=')).map((a) => resolve(root, a.slice(9)));
if (!dirs.length) dirs.push(join(root, 'web', 'generated'));
const runs = Math.max(1, Number(opt('runs', '3')));
const minTime = Number(opt('min-time', '1'));
const wall = argv.includes('--wall');
const files = argv.filter((a) => !a.startsWith('--'));
const clock = () => {
  if (wall) return Number(process.hrtime.bigint()) / 1e9;
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

// Output is collected per run (stdout only, compared with the native run).
let chunks = [];
const modules = [];
for (const dir of dirs) {
  const { default: createGoroscope } = await import(join(dir, 'goroscope.mjs'));
  const rt = await createGoroscope({ wasmBinary: readFileSync(join(dir, 'goroscope.wasm')) });
  rt.onOutput = (fd, bytes) => { if (fd !== 2) chunks.push(bytes); };
  modules.push({ dir, rt });
}

async function runOnce(rt, source, file) {
  chunks = [];
  const t0 = clock();
  const { status } = await rt.gsRun(source, [file], process.cwd(), false);
  const seconds = clock() - t0;
  return { seconds, status, stdout: Buffer.concat(chunks).toString('utf8') };
}

// Warm-up: the first runs in a fresh module compile the prelude and the
// compiler's own paths in Liftoff code; a few small runs let V8 tier the
// hot functions up before anything is timed.
const hello = 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n';
for (const m of modules) for (let i = 0; i < 3; i++) await runOnce(m.rt, hello, 'warm.go');

for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const res = [];
  for (const m of modules) {
    const first = await runOnce(m.rt, source, file);
    res.push({ module: m.dir, first: first.seconds, best: Infinity, runs: 0, spent: 0, status: first.status, stdout: first.stdout });
  }
  // Rounds over the modules until every one has its runs and time.
  while (res.some((r) => r.status === 0 && (r.runs < runs || r.spent < minTime))) {
    for (let i = 0; i < modules.length; i++) {
      const r = res[i];
      if (r.status !== 0 || (r.runs >= runs && r.spent >= minTime)) continue;
      const x = await runOnce(modules[i].rt, source, file);
      r.runs++;
      r.spent += x.seconds;
      r.best = Math.min(r.best, x.seconds);
      r.status = x.status;
      r.stdout = x.stdout;
    }
  }
  for (const r of res) {
    delete r.spent;
    if (r.runs === 0) r.best = null;
  }
  process.stdout.write(JSON.stringify({ file, results: res }) + '\n');
}
