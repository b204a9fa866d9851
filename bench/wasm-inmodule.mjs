#!/usr/bin/env node
// Times Go programs inside one already-instantiated WebAssembly module, so
// the numbers are the work itself (compile + run through gsRun), without
// Node's start, the module's instantiation and the first, baseline-tier
// (Liftoff) pass over the compiler that a fresh process pays every time.
// bench/run.mjs runs it once for all programs; it is also usable by hand:
//
//   node bench/wasm-inmodule.mjs [--module=DIR] [--runs=N] FILE.go...
//
// --module: the directory holding goroscope.mjs + goroscope.wasm (default
// web/generated, the shipped build; build-wasm/noasync is the variant
// without Asyncify, scripts/build-wasm.sh --variant=noasync).
// Prints one JSON line per file: {file, first, best, status, stdout}, times
// in CPU seconds of this process (user + system, V8's background threads
// included), or wall-clock seconds with --wall: `first` is the program's first run in the warmed module (the
// compiler is warm, the program's own paths may not be), `best` the best of
// the N runs after it. Arguments are those of `goroscope run FILE`, the
// native bench's invocation.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const a = argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : dflt;
};
const dir = resolve(root, opt('module', join(root, 'web', 'generated')));
const runs = Math.max(1, Number(opt('runs', '3')));
const files = argv.filter((a) => !a.startsWith('--'));
const wall = argv.includes('--wall');
const clock = () => {
  if (wall) return Number(process.hrtime.bigint()) / 1e9;
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const { default: createGoroscope } = await import(join(dir, 'goroscope.mjs'));
const rt = await createGoroscope({ wasmBinary: readFileSync(join(dir, 'goroscope.wasm')) });

// Output is collected per run (stdout only is compared with the native run).
let chunks = [];
rt.onOutput = (fd, bytes) => { if (fd !== 2) chunks.push(bytes); };

async function runOnce(source, file) {
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
for (let i = 0; i < 3; i++) await runOnce(hello, 'warm.go');

for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const first = await runOnce(source, file);
  let best = Infinity, last = first;
  for (let i = 0; i < runs; i++) {
    last = await runOnce(source, file);
    if (last.status !== first.status) break;
    best = Math.min(best, last.seconds);
  }
  process.stdout.write(JSON.stringify({ file, first: first.seconds, best, status: last.status, stdout: last.stdout }) + '\n');
}
