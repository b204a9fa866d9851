#!/usr/bin/env node
// Escape analysis runner: every tests/escape/NAME.go is built with
// `goroscope build -m` and its report compared line by line (the lines and
// their order) with NAME.m, real Go 1.23's `go build -gcflags=-m` output
// (see regen.sh). NAME.m2, when present, is the -m=2 report (lines about
// inlining removed) and is compared the same way; tests/escape/m2/NAME.go
// are programs checked with -m=2 only (m2/NAME.m2).
//
//   node tests/escape/run.mjs --bin build/goroscope [--filter SUBSTR] [-v]
//
// Each program is copied to a temporary directory as prog.go, so positions
// print as Go printed them ("./prog.go:7:2: moved to heap: x"). Programs
// listed in tests/escape/KNOWN_DIFFS (one name per line, `# reason`; m2/NAME
// for the -m=2 programs) are run and reported but do not fail the suite. The
// summary gives the agreement for -m and -m=2 separately: reports that are
// identical, and expected lines reproduced (as a multiset, order ignored).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, existsSync, mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

function parseArgs(argv) {
  const o = { bin: join(root, 'build', 'goroscope'), filter: '', verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--bin') o.bin = resolve(argv[++i]);
    else if (a === '--filter') o.filter = argv[++i];
    else if (a === '-v') o.verbose = true;
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

function knownDiffs() {
  const p = join(here, 'KNOWN_DIFFS');
  if (!existsSync(p)) return new Map();
  const m = new Map();
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    const name = line.replace(/#.*/, '').trim();
    if (name) m.set(name, (line.split('#')[1] || '').trim());
  }
  return m;
}

function lines(text) {
  return text.split('\n').filter((l) => l.length > 0);
}

// How many expected lines the actual output reproduces (as a multiset).
function matched(expected, actual) {
  const pool = new Map();
  for (const l of actual) pool.set(l, (pool.get(l) || 0) + 1);
  let n = 0;
  for (const l of expected) {
    const c = pool.get(l) || 0;
    if (c > 0) {
      n++;
      pool.set(l, c - 1);
    }
  }
  return n;
}

function runOne(bin, goFile, flag) {
  const dir = mkdtempSync(join(tmpdir(), 'gs-escape-'));
  try {
    copyFileSync(goFile, join(dir, 'prog.go'));
    const r = spawnSync(bin, ['build', flag, 'prog.go'], { cwd: dir, encoding: 'utf8', timeout: 30000 });
    if (r.error) return { err: String(r.error), text: '' };
    if (r.status !== 0) return { err: `exit status ${r.status}: ${r.stderr}`, text: r.stderr };
    return { err: null, text: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function diff(expected, actual) {
  // A small line diff: the first differing position and both sides around it.
  let i = 0;
  while (i < expected.length && i < actual.length && expected[i] === actual[i]) i++;
  const out = [];
  for (let k = i; k < Math.max(expected.length, actual.length) && k < i + 12; k++) {
    if (k < expected.length) out.push(`  - ${expected[k]}`);
    if (k < actual.length) out.push(`  + ${actual[k]}`);
  }
  return out.join('\n');
}

const opts = parseArgs(process.argv.slice(2));
const known = knownDiffs();
// The -m programs are tests/escape/NAME.go (+ NAME.m, and NAME.m2 if
// present); the -m=2 programs are tests/escape/m2/NAME.go + NAME.m2.
const m2dir = join(here, 'm2');
const programs = [];
for (const [dir, prefix] of [[here, ''], [m2dir, 'm2/']]) {
  if (!existsSync(dir)) continue;
  for (const n of readdirSync(dir).sort()) {
    if (n.endsWith('.go') && (prefix + n).includes(opts.filter)) programs.push({ dir, base: prefix + n.slice(0, -3), file: n });
  }
}
// Per flag: reports compared, identical, expected lines, reproduced, extra.
const stats = {};
for (const f of ['-m', '-m=2']) stats[f] = { total: 0, identical: 0, expLines: 0, gotLines: 0, extraLines: 0 };
const failures = [], knownFailing = [], fixed = [];
for (const { dir, base, file } of programs) {
  const stem = file.slice(0, -3);
  for (const [ext, flag] of [['.m', '-m'], ['.m2', '-m=2']]) {
    const expFile = join(dir, stem + ext);
    if (!existsSync(expFile)) continue;
    const st = stats[flag];
    st.total++;
    const label = ext === '.m' ? base : `${base} (-m=2)`;
    const expected = lines(readFileSync(expFile, 'utf8'));
    const r = runOne(opts.bin, join(dir, file), flag);
    const actual = lines(r.text);
    const m = matched(expected, actual);
    st.expLines += expected.length;
    st.gotLines += m;
    st.extraLines += actual.length - m;
    const same = !r.err && expected.length === actual.length && expected.every((l, i) => l === actual[i]);
    const isKnown = known.has(base) || known.has(label);
    if (same) {
      st.identical++;
      if (isKnown) fixed.push(label);
      if (opts.verbose) console.log(`ok   ${label}`);
      continue;
    }
    const detail = r.err ? `  ${r.err.trim()}` : diff(expected, actual);
    if (isKnown) {
      knownFailing.push(label);
      if (opts.verbose) console.log(`KNOWN ${label}: ${known.get(base) || known.get(label)}\n${detail}`);
    } else {
      failures.push(label);
      console.log(`FAIL ${label} (${m}/${expected.length} lines)\n${detail}`);
    }
  }
}
const pct = (a, b) => (b === 0 ? 100 : (100 * a) / b).toFixed(1);
for (const [flag, st] of Object.entries(stats)) {
  if (st.total === 0) continue;
  console.log(
    `escape ${flag} agreement with Go 1.23: ${st.identical}/${st.total} reports identical (${pct(st.identical, st.total)}%), ` +
      `${st.gotLines}/${st.expLines} expected lines reproduced (${pct(st.gotLines, st.expLines)}%), ${st.extraLines} extra lines`);
}
if (knownFailing.length) console.log(`known differences (KNOWN_DIFFS): ${knownFailing.join(', ')}`);
if (fixed.length) console.log(`now identical, remove from KNOWN_DIFFS: ${fixed.join(', ')}`);
if (failures.length) {
  console.log(`${failures.length} unexpected difference(s): ${failures.join(', ')}`);
  process.exit(1);
}
if (programs.length === 0) {
  console.log('no escape programs matched');
  process.exit(1);
}
