#!/usr/bin/env node
// Golden test runner: runs every tests/programs/**/NAME.go through a
// Goroscope command and compares with the expectations real Go 1.23 wrote
// (NAME.out = stdout, NAME.exit = exit status when not 0, NAME.err = stderr).
// NAME.in is the program's standard input; NAME.flags adds run flags.
//
//   node tests/golden/run.mjs --bin build/goroscope [--filter SUBSTR] [--jobs N] [-- extra run flags]
//   node tests/golden/run.mjs --cmd "node scripts/goroscope-wasm" ...
//
// stdout and the exit status must match exactly. stderr is compared after
// normalizing what legitimately differs between Go and Goroscope: file
// paths, `+0x` offsets, argument words in tracebacks, runtime-internal
// frames, pc/addr values. Programs listed in tests/programs/KNOWN_FAILURES
// are run and reported but do not fail the suite.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// GS_PROGRAMS picks another folder (e.g. tests/programs-pending while a milestone is built).
const programs = join(root, process.env.GS_PROGRAMS || join('tests', 'programs'));

function parseArgs(argv) {
  const o = { bin: null, cmd: null, filter: '', jobs: 2, extra: [], timeout: 20000, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--bin') o.bin = argv[++i];
    else if (a === '--cmd') o.cmd = argv[++i];
    else if (a === '--filter') o.filter = argv[++i];
    else if (a === '--jobs') o.jobs = Number(argv[++i]);
    else if (a === '--timeout') o.timeout = Number(argv[++i]);
    else if (a === '-v') o.verbose = true;
    else if (a === '--') { o.extra = argv.slice(i + 1); break; }
    else throw new Error(`unknown argument ${a}`);
  }
  if (!o.bin && !o.cmd) o.bin = join(root, 'build', 'goroscope');
  return o;
}

function listPrograms(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listPrograms(p));
    else if (name.endsWith('.go')) out.push(p);
  }
  return out;
}

function readIf(p) { return existsSync(p) ? readFileSync(p) : null; }

// NAME.flags: run flags for that program alone (e.g. --mem-limit=8MiB for a
// program that must run out of memory), whitespace-separated, after the
// global ones so that they win.
function programFlags(prog) {
  const f = readIf(prog.slice(0, -3) + '.flags');
  return f ? f.toString('utf8').split(/\s+/).filter(Boolean) : [];
}

function knownFailures() {
  const p = join(programs, 'KNOWN_FAILURES');
  if (!existsSync(p)) return new Set();
  return new Set(readFileSync(p, 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim()).filter(Boolean));
}

// Runs a program; its standard input is NAME.in when present, else empty.
function run(argv, timeoutMs, input) {
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? Buffer.alloc(0));
    const out = [], err = [];
    let killed = false;
    const timer = setTimeout(() => { killed = true; child.kill('SIGKILL'); }, timeoutMs);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, signal, killed, stdout: Buffer.concat(out), stderr: Buffer.concat(err) });
    });
  });
}

// ---- normalization

// Compile errors: "./prog.go:5:2: msg" (Go) vs "tests/programs/x/name.go:5:2: msg" (us).
function normCompile(text) {
  return text
    .split('\n')
    .map((l) => l
      .replace(/(^|\s)(\.\/)?[^\s:()]*\.go:(\d+)/g, '$1FILE:$3')
      .replace(/\((\/[^\s()]*)\.go:(\d+):(\d+)\)/g, '(FILE:$2:$3)')
      .replace(/\(\/usr\/(lib\/go-1\.23|local\/go)\/src\//g, '($GOROOT/src/'))
    .filter((l) => l !== '')
    .join('\n');
}

const reportStart = /^(panic: |fatal error: |runtime: |\[signal )/;

// Splits stderr into the program's own output and Go's crash report.
function splitReport(text) {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => reportStart.test(l));
  if (i < 0) return { prefix: text, report: null };
  return { prefix: lines.slice(0, i).join('\n') + (i > 0 ? '\n' : ''), report: lines.slice(i) };
}

// The facts of a crash report worth comparing: panic/fatal lines, the
// goroutine header, and user (package main) frames with their file:line.
function reportKeys(lines) {
  const keys = [];
  let inOverflow = false;
  // Goroutine ids other than main's differ between Go runs (and from ours):
  // number them in order of first appearance.
  const ids = new Map();
  const gid = (n) => {
    if (n === '1') return '1';
    if (!ids.has(n)) ids.set(n, `G${ids.size + 1}`);
    return ids.get(n);
  };
  lines = lines.map((l) => l.replace(/^goroutine (\d+) \[/, (m, n) => `goroutine ${gid(n)} [`)
    .replace(/ in goroutine (\d+)$/, (m, n) => ` in goroutine ${gid(n)}`));
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^(\t)?panic: /.test(l) || /^fatal error: /.test(l)) {
      keys.push(l);
      // Go prints runtime-internal detail after these (gp=, m=, fp=, runtime stacks): stop here.
      if (/stack overflow|out of memory/.test(l)) break;
      continue;
    }
    if (/^runtime: goroutine stack exceeds/.test(l)) { keys.push(l); continue; }
    if (/^\[signal /.test(l)) { keys.push(l.replace(/code=0x[0-9a-f]+ addr=0x[0-9a-f]+ pc=0x[0-9a-f]+/, 'code=X addr=X pc=X')); continue; }
    if (/^goroutine \d+ \[/.test(l)) { keys.push(l); if (inOverflow) break; continue; }
    const m = /^(main\.[^\s(]+(?:\[\.\.\.\])?)\(/.exec(l);
    if (m && i + 1 < lines.length) {
      const loc = /^\t(.*):(\d+)( \+0x[0-9a-f]+)?$/.exec(lines[i + 1]);
      keys.push(`${m[1]}(...) ${loc ? 'FILE:' + loc[2] : '?'}`);
      continue;
    }
    if (/^created by main\./.test(l)) { keys.push(l); continue; }
  }
  return keys.join('\n');
}

function compare(prog, res, extra) {
  const base = prog.slice(0, -3);
  const expOut = readIf(base + '.out');
  const expErr = readIf(base + '.err');
  const expExit = readIf(base + '.exit');
  const errText = expErr ? expErr.toString('utf8') : '';
  const problems = [];
  if (res.killed) return [`timed out`];
  const isCompileError = expErr && !expOut && (errText.startsWith('# command-line-arguments') || /is not in std/.test(errText));
  if (isCompileError) {
    if (res.code !== 1) problems.push(`exit status ${res.code}, want 1 (compile error)`);
    const want = normCompile(errText.replace(/^# command-line-arguments\n/, ''));
    const got = normCompile(res.stderr.toString('utf8').replace(/^# command-line-arguments\n/, ''));
    if (want !== got) problems.push(`compile errors differ:\n--- want\n${want}\n--- got\n${got}`);
    const hadHeader = errText.startsWith('# command-line-arguments');
    if (hadHeader !== res.stderr.toString('utf8').startsWith('# command-line-arguments')) problems.push('"# command-line-arguments" header differs');
    return problems;
  }
  const wantCode = expExit ? Number(expExit.toString().trim()) : 0;
  if (res.code !== wantCode) problems.push(`exit status ${res.code}${res.signal ? ' (' + res.signal + ')' : ''}, want ${wantCode}`);
  const want = expOut ?? Buffer.alloc(0);
  if (!want.equals(res.stdout)) {
    problems.push(`stdout differs:\n${diffText(want.toString('utf8'), res.stdout.toString('utf8'))}`);
  }
  const gotErr = res.stderr.toString('utf8');
  const w = splitReport(errText), g = splitReport(gotErr);
  if (w.prefix !== g.prefix) problems.push(`stderr output differs:\n${diffText(w.prefix, g.prefix)}`);
  if (w.report || g.report) {
    const wk = w.report ? reportKeys(w.report) : '', gk = g.report ? reportKeys(g.report) : '';
    if (wk !== gk) problems.push(`crash report differs:\n--- want\n${wk}\n--- got\n${gk}\n--- full stderr\n${gotErr.slice(0, 3000)}`);
  }
  return problems;
}

function diffText(a, b) {
  const al = a.split('\n'), bl = b.split('\n');
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) {
      const from = Math.max(0, i - 2);
      const ctx = (arr) => arr.slice(from, i + 3).map((l, k) => `${from + k + 1}: ${l}`).join('\n');
      return `first difference at line ${i + 1}\n--- want\n${ctx(al)}\n--- got\n${ctx(bl)}`;
    }
  }
  return '(trailing bytes differ)';
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const known = knownFailures();
  const all = listPrograms(programs).filter((p) => relative(programs, p).includes(o.filter));
  const baseCmd = o.cmd ? o.cmd.split(' ') : [o.bin];
  let pass = 0, fail = 0, knownFail = 0, fixed = [];
  const failures = [];
  let next = 0;
  async function worker() {
    while (next < all.length) {
      const prog = all[next++];
      const rel = relative(programs, prog);
      const res = await run([...baseCmd, 'run', ...o.extra, ...programFlags(prog), relative(root, prog)], o.timeout, readIf(prog.slice(0, -3) + '.in'));
      const problems = compare(prog, res, o);
      const isKnown = known.has(rel.replace(/\.go$/, ''));
      if (problems.length === 0) {
        pass++;
        if (isKnown) fixed.push(rel);
        if (o.verbose) console.log(`ok ${rel}`);
      } else if (isKnown) {
        knownFail++;
        if (o.verbose) console.log(`known failure ${rel}`);
      } else {
        fail++;
        failures.push(`FAIL ${rel}\n  ${problems.join('\n  ').slice(0, 4000)}`);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, o.jobs) }, worker));
  for (const f of failures) console.log(f + '\n');
  for (const f of fixed) console.log(`note: ${f} passes now; remove it from tests/programs/KNOWN_FAILURES`);
  console.log(`golden: ${pass} passed, ${fail} failed, ${knownFail} known failures (${all.length} programs)`);
  process.exit(fail ? 1 : 0);
}

main().catch((e) => { console.error(e); process.exit(2); });
