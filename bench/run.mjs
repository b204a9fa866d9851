#!/usr/bin/env node
// npm run bench: times each bench/*.go under Goroscope (native) and under
// real Go (when installed), in one run, and prints the ratios. Times are
// wall-clock seconds of the whole process (best of --runs, default 3);
// peak memory is the child's maximum resident set size.
import { spawnSync, execFileSync } from 'node:child_process';
import { readdirSync, existsSync, mkdtempSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number((args.find((a) => a.startsWith('--runs=')) || '--runs=3').slice(7));
const only = args.find((a) => !a.startsWith('--'));
const goscope = join(root, 'build', 'goroscope');
// The WebAssembly build under Node (scripts/goroscope-wasm), when built
// (npm run build:wasm): the same runtime the page uses.
const gsWasm = join(root, 'scripts', 'goroscope-wasm');
const haveWasm = existsSync(join(root, 'web', 'generated', 'goroscope.wasm')) && !args.includes('--no-wasm');
const GO = process.env.GO || '/usr/lib/go-1.23/bin/go';
const haveGo = existsSync(GO);

function timeIt(argv) {
  let best = Infinity, out = '', rss = 0;
  for (let i = 0; i < runs; i++) {
    // /usr/bin/time is not everywhere; measure wall time here and RSS via
    // the resource usage Node reports for the child.
    const t0 = process.hrtime.bigint();
    const r = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 26 });
    const t = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) return { error: (r.stderr || '').split('\n').slice(0, 3).join(' | ') };
    best = Math.min(best, t);
    out = r.stdout;
  }
  return { time: best, out };
}

function peakRss(argv) {
  if (!existsSync('/usr/bin/time')) return null;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', ...argv], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const m = /(\d+)\s*$/.exec(r.stderr || '');
  return m ? Number(m[1]) / 1024 : null;
}

const programs = readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.go') && (!only || f.includes(only))).sort();
const tmp = mkdtempSync(join(tmpdir(), 'gsbench-'));
const rows = [];
for (const f of programs) {
  const path = join(root, 'bench', f);
  const gs = timeIt([goscope, 'run', path]);
  const row = { name: basename(f, '.go'), gs };
  if (haveWasm) {
    row.wasm = timeIt([process.execPath, gsWasm, 'run', path]);
    if (row.wasm.out !== undefined && gs.out !== undefined && row.wasm.out !== gs.out) row.mismatch = true;
  }
  if (haveGo) {
    const bin = join(tmp, basename(f, '.go'));
    execFileSync(GO, ['build', '-o', bin, path], { cwd: tmp, env: { ...process.env, GOCACHE: join(tmp, 'cache'), GO111MODULE: 'off' } });
    row.go = timeIt([bin]);
    row.goRss = peakRss([bin]);
    if (row.go.out !== undefined && gs.out !== undefined && row.go.out !== gs.out) row.mismatch = true;
  }
  row.gsRss = peakRss([goscope, 'run', path]);
  rows.push(row);
}
const fmt = (x) => (x === undefined || x === null ? '-' : x.toFixed(3));
console.log(`${'benchmark'.padEnd(14)} ${'goroscope s'.padStart(12)} ${'go s'.padStart(8)} ${'ratio'.padStart(7)} ${'gs MB'.padStart(7)} ${'go MB'.padStart(7)} ${'wasm s'.padStart(8)} ${'wasm/nat'.padStart(8)}`);
for (const r of rows) {
  if (r.gs.error) { console.log(`${r.name.padEnd(14)} error: ${r.gs.error}`); continue; }
  const ratio = r.go && r.go.time ? (r.gs.time / r.go.time).toFixed(1) + 'x' : '-';
  console.log(`${r.name.padEnd(14)} ${fmt(r.gs.time).padStart(12)} ${fmt(r.go?.time).padStart(8)} ${ratio.padStart(7)} ${(r.gsRss ? r.gsRss.toFixed(0) : '-').padStart(7)} ${(r.goRss ? r.goRss.toFixed(0) : '-').padStart(7)} ${(r.wasm?.error ? 'error' : fmt(r.wasm?.time)).padStart(8)} ${(r.wasm?.time ? (r.wasm.time / r.gs.time).toFixed(1) + 'x' : '-').padStart(8)}${r.mismatch ? '  OUTPUT DIFFERS' : ''}`);
}
if (!haveWasm) console.log('(wasm column: build it with npm run build:wasm)');
if (!haveGo) console.log(`(real Go not found at ${GO}: install it with ../shared/tools/install-go-reference for ratios)`);
