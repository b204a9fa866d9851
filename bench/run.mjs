#!/usr/bin/env node
// npm run bench: times each bench/*.go under Goroscope and real Go, native
// and WebAssembly, in one run, and prints the ratios (issue 5's speed goals;
// docs/wasm.md has a table of results and how to read it). Nothing here is
// asserted: it measures.
//
//   node bench/run.mjs [--runs=N] [--no-wasm] [--no-go-wasm] [--no-page] [NAME]
//
//   node bench/run.mjs ... --wall     wall-clock instead of CPU seconds
//
// Columns (seconds are best of --runs, default 3, CPU seconds unless --wall,
// see timeIt; MB is peak RSS):
//   native       build/goroscope run FILE, whole process
//   go           the program built by real Go 1.23, whole process
//   wasm proc    scripts/goroscope-wasm run FILE: a whole Node process, so
//                Node's start, instantiation and the first (Liftoff) pass
//                over the compiler are included (~0.3-1 s)
//   wasm mod     the same module, compile + run timed inside one process
//                after warm-up (bench/wasm-inmodule.mjs: best of at least
//                --runs runs and 1 s per program): the work itself
//   mod/nat      wasm mod / native (goal: within 2x)
//   go-wasm      the program built by Go with GOOS=js GOARCH=wasm, run by Go's
//                misc/wasm/wasm_exec_node.js: a whole Node process
//   mod/gow      wasm mod / go-wasm (goal: below 1 on pingpong, spawn and
//                primesieve); proc/gow compares whole processes
// The first row, (hello), is a hello-world program: each column's fixed
// cost. A failing run shows as "error", with the reason under the table.
// Then, when build-wasm/noasync exists (scripts/build-wasm.sh
// --variant=noasync), the Asyncify table: the same programs in-module in the
// shipped build and in the build without Asyncify, runs alternating between
// the two in one process. Then the page timings
// (bench/page.mjs) when dist/ and Chromium exist.
// Every column is optional: it is skipped with a note when its tool or build
// is missing.
import { spawnSync, execFileSync } from 'node:child_process';
import { readdirSync, existsSync, mkdirSync, mkdtempSync, statSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Math.max(1, Number((args.find((a) => a.startsWith('--runs=')) || '--runs=3').slice(7)));
const only = args.find((a) => !a.startsWith('--'));
const goscope = join(root, 'build', 'goroscope');
// The WebAssembly build under Node: the same runtime the page uses.
const gsWasm = join(root, 'scripts', 'goroscope-wasm');
const inModule = join(root, 'bench', 'wasm-inmodule.mjs');
const haveWasm = existsSync(join(root, 'web', 'generated', 'goroscope.wasm')) && !args.includes('--no-wasm');
const noasyncDir = join(root, 'build-wasm', 'noasync');
const haveNoasync = haveWasm && existsSync(join(noasyncDir, 'goroscope.wasm'));
const GO = process.env.GO || '/usr/lib/go-1.23/bin/go';
const haveGo = existsSync(GO);
const goroot = dirname(dirname(GO));
const goWasmExec = join(goroot, 'misc', 'wasm', 'wasm_exec_node.js');
const haveGoWasm = haveGo && existsSync(goWasmExec) && !args.includes('--no-go-wasm');
// Go's binaries and build cache persist under build/ so a second bench run
// does not rebuild the standard library for js/wasm.
const goWork = join(root, 'build', 'bench-go');
const goEnv = { ...process.env, GOCACHE: join(goWork, 'cache'), GO111MODULE: 'off', GOROOT: goroot };

// The machine is shared (load averages of 3-10 on 2 cores are common), so
// wall-clock time mostly measures the neighbours: by default the tables
// show CPU seconds (user + system of the process and its threads, so V8's
// background compilers and GC count), --wall switches to wall-clock. Bash's
// `time` reads them with getrusage to the millisecond (/usr/bin/time's
// %U %S round to 10 ms, too coarse for the short programs); /usr/bin/time,
// when present, gives the peak RSS.
const useWall = args.includes('--wall');
const haveTime = existsSync('/usr/bin/time');
const timeFile = join(tmpdir(), `gsbench-time-${process.pid}`);
const timeScript = `TIMEFORMAT='%3U %3S'; { time ${haveTime ? '/usr/bin/time -o "$0.rss" -f %M' : ''} "$@" 2>&3; } 3>&2 2>"$0"`;

function timeIt(argv, env) {
  let best = Infinity, out = '', rss = null;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('bash', ['-c', timeScript, timeFile, ...argv], { encoding: 'utf8', maxBuffer: 1 << 26, env });
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) return { error: `exit ${r.status}: ${(r.stderr || '').split('\n').slice(0, 2).join(' | ')}` };
    const [user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    best = Math.min(best, useWall ? wall : user + sys);
    if (haveTime) rss = Math.max(rss ?? 0, Number(readFileSync(`${timeFile}.rss`, 'utf8').trim().split('\n').pop()) / 1024);
    out = r.stdout;
  }
  return { time: best, out, rss };
}

// Runs bench/wasm-inmodule.mjs once over all programs, in each module dir
// (alternating runs): {name: [{first, best, stdout, status}, ...]}.
function inModuleTimes(moduleDirs, paths) {
  const r = spawnSync(process.execPath, [inModule, ...moduleDirs.map((d) => `--module=${d}`), `--runs=${runs}`,
    ...(useWall ? ['--wall'] : []), ...paths], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const res = {};
  for (const line of (r.stdout || '').split('\n').filter(Boolean)) {
    const j = JSON.parse(line);
    res[nameOf(j.file)] = j.results;
  }
  if (r.status !== 0) console.log(`(in-module runner failed: ${(r.stderr || '').split('\n').slice(0, 3).join(' | ')})`);
  return res;
}

// A hello-world row first ("(hello)"): each column's fixed cost (process
// start, module instantiation, compiling the prelude), to read the short
// programs' numbers against.
const helloDir = mkdtempSync(join(tmpdir(), 'gsbench-'));
const helloPath = join(helloDir, 'hello.go');
writeFileSync(helloPath, 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello") }\n');
const programs = readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.go') && (!only || f.includes(only))).sort()
  .map((f) => join(root, 'bench', f));
if (!only) programs.unshift(helloPath);
const nameOf = (path) => (path === helloPath ? '(hello)' : basename(path, '.go'));
const paths = programs;
if (haveGo) mkdirSync(goWork, { recursive: true });

// In-module times of the shipped build, and of the build without Asyncify
// in the same process (alternating) when it exists.
const both = haveWasm ? inModuleTimes([join(root, 'web', 'generated'), ...(haveNoasync ? [noasyncDir] : [])], paths) : {};
const mod = Object.fromEntries(Object.entries(both).map(([k, v]) => [k, v[0]]));
const na = Object.fromEntries(Object.entries(both).map(([k, v]) => [k, v[1]]));
const rows = [];
// Go's build errors are a row's note, not the end of the bench.
function goBuild(out, path, env) {
  try {
    execFileSync(GO, ['build', '-o', out, path], { cwd: goWork, env, stdio: ['ignore', 'ignore', 'pipe'] });
    return null;
  } catch (e) {
    return { error: `go build: ${String(e.stderr || e.message).trim().split('\n')[0]}` };
  }
}

for (const path of programs) {
  const name = nameOf(path);
  const gs = timeIt([goscope, 'run', path]);
  const row = { name, gs, notes: [] };
  const differs = (label, out) => {
    if (out !== undefined && gs.out !== undefined && out !== gs.out) row.notes.push(`${label} output differs`);
  };
  if (haveWasm) {
    row.wasm = timeIt([process.execPath, gsWasm, 'run', path]);
    differs('wasm', row.wasm.out);
    row.mod = mod[name];
    if (row.mod) differs('wasm mod', row.mod.stdout);
  }
  if (haveGo) {
    const bin = join(goWork, basename(path, '.go'));
    row.go = goBuild(bin, path, goEnv) ?? timeIt([bin]);
    differs('go', row.go.out);
  }
  if (haveGoWasm) {
    const wasm = join(goWork, `${basename(path, '.go')}.wasm`);
    // Go's own launcher (misc/wasm/go_js_wasm_exec) adds --stack-size=8192;
    // with the default 8 MB thread stack that makes deeprecursion crash Node
    // with SIGSEGV instead of a clean "Maximum call stack size exceeded",
    // and no other program needs it.
    row.goWasm = goBuild(wasm, path, { ...goEnv, GOOS: 'js', GOARCH: 'wasm' }) ??
      timeIt([process.execPath, goWasmExec, wasm], goEnv);
    differs('go-wasm', row.goWasm.out);
  }
  rows.push(row);
}

const num = (x, d = 3) => (x === undefined || x === null || !Number.isFinite(x) ? '-' : x.toFixed(d));
const ratio = (a, b) => (a && b && Number.isFinite(a) && Number.isFinite(b) ? (a / b).toFixed(2) + 'x' : '-');
const t = (r) => (r?.error ? 'error' : num(r?.time));
const cols = [['benchmark', 13], ['native', 7], ['go', 7], ['nat/go', 7], ['nat MB', 6], ['go MB', 6], ['wasm proc', 9],
  ['wasm mod', 8], ['mod/nat', 7], ['go-wasm', 7], ['mod/gow', 7], ['proc/gow', 8]];
console.log(`${useWall ? 'wall-clock' : 'CPU (user+sys)'} seconds, best of ${runs}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} CPUs`);
console.log(cols.map(([h, w], i) => (i === 0 ? h.padEnd(w) : h.padStart(w))).join(' '));
for (const r of rows) {
  if (r.gs.error) { console.log(`${r.name.padEnd(13)} error (below)`); continue; }
  const modT = r.mod && r.mod.status === 0 ? r.mod.best : undefined;
  const cells = [r.name, num(r.gs.time), t(r.go), ratio(r.gs.time, r.go?.time), num(r.gs.rss, 0), num(r.go?.rss, 0),
    t(r.wasm), r.mod && r.mod.status !== 0 ? `exit ${r.mod.status}` : num(modT), ratio(modT, r.gs.time), t(r.goWasm),
    ratio(modT, r.goWasm?.time), ratio(r.wasm?.time, r.goWasm?.time)];
  console.log(cells.map((c, i) => (i === 0 ? c.padEnd(cols[i][1]) : c.padStart(cols[i][1]))).join(' ') +
    (r.notes.length ? '  ' + r.notes.join(', ').toUpperCase() : ''));
}
rmSync(timeFile, { force: true });
rmSync(`${timeFile}.rss`, { force: true });
if (!haveWasm) console.log('(wasm columns: build the module with npm run build:wasm)');
if (haveGo && !haveGoWasm) console.log(args.includes('--no-go-wasm') ? '(go-wasm column: off)' : `(go-wasm column: ${goWasmExec} not found)`);
for (const r of rows) {
  for (const [label, x] of [['native', r.gs], ['go', r.go], ['wasm proc', r.wasm], ['go-wasm', r.goWasm]]) {
    if (x?.error) console.log(`(${r.name}, ${label}: ${x.error.slice(0, 160)})`);
  }
}
if (!haveGo) console.log(`(real Go not found at ${GO}: install it with ../shared/tools/install-go-reference for ratios)`);

// Asyncify's price: the shipped build against the same objects linked
// without Asyncify (docs/wasm.md, "Asyncify overhead").
if (haveNoasync) {
  const size = (d) => statSync(join(d, 'goroscope.wasm')).size;
  console.log('');
  console.log(`Asyncify overhead, in-module seconds (shipped ${size(join(root, 'web', 'generated'))} B wasm, no-Asyncify ${size(noasyncDir)} B):`);
  console.log(`${'benchmark'.padEnd(13)} ${'asyncify'.padStart(8)} ${'none'.padStart(8)} ${'overhead'.padStart(8)}`);
  for (const r of rows) {
    const a = mod[r.name], b = na[r.name];
    const ok = a && b && a.status === 0 && b.status === 0;
    const over = ok ? ((a.best / b.best - 1) * 100).toFixed(1) + '%' : '-';
    console.log(`${r.name.padEnd(13)} ${num(ok ? a.best : undefined).padStart(8)} ${num(ok ? b.best : undefined).padStart(8)} ${over.padStart(8)}` +
      (ok && a.stdout !== b.stdout ? '  OUTPUT DIFFERS' : ''));
  }
} else if (haveWasm) {
  console.log('(Asyncify table: build the variant with scripts/build-wasm.sh --variant=noasync)');
}

// The page: load, first Run, edit-to-output, transfer size.
if (!args.includes('--no-page') && !only) {
  console.log('');
  const r = spawnSync(process.execPath, [join(root, 'bench', 'page.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) console.log(`(page timings failed: exit ${r.status})`);
}
rmSync(helloDir, { recursive: true, force: true });
