// Real-time mode really waits: the note's sleeping examples run without
// --virtual-time, and each output line must not arrive before the moment
// the program's sleeps put it at (lower bounds only: a slow machine may be
// late, never early). The same programs in virtual time print the same text.
//
//   node tests/realtime/run.mjs --bin build/goroscope
//   node tests/realtime/run.mjs --cmd "scripts/goroscope-wasm"
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const argv = process.argv.slice(2);
let base = null;
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--bin') base = [argv[++i]];
  else if (argv[i] === '--cmd') base = argv[++i].split(' ').filter(Boolean);
}
if (!base) {
  console.error('usage: run.mjs --bin GOROSCOPE | --cmd "COMMAND"');
  process.exit(2);
}

// Runs a program; resolves with its stdout lines and the time (ms since
// start) at which each line arrived.
function run(args) {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(base[0], [...base.slice(1), 'run', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const lines = [];
    let partial = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      const now = performance.now() - start;
      partial += chunk;
      const parts = partial.split('\n');
      partial = parts.pop();
      for (const text of parts) lines.push({ text, at: now });
    });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code, lines, stderr, total: performance.now() - start }));
  });
}

// Each case: a program and, for some of its lines, the earliest time (ms)
// Go's sleeps allow that line to appear.
const cases = [
  { file: 'tests/programs/note/say_hello.go', minTotal: 1000, earliest: {} },
  {
    file: 'tests/programs/note/print_numbers.go',
    minTotal: 3000,
    earliest: { 'A: 1': 200, 'B: 1': 500, 'A: 5': 1000, 'B: 5': 2100, 'main: готово': 3000 },
  },
];

let failed = 0;
for (const c of cases) {
  const want = readFileSync(join(root, c.file.replace(/\.go$/, '.out')), 'utf8');
  const real = await run([c.file]);
  const virt = await run(['--virtual-time', c.file]);
  const got = real.lines.map((l) => l.text + '\n').join('');
  const problems = [];
  if (real.code !== 0) problems.push(`exit status ${real.code}: ${real.stderr}`);
  if (got !== want) problems.push(`real-time output differs:\n${got}`);
  if (virt.lines.map((l) => l.text + '\n').join('') !== want) problems.push('virtual-time output differs');
  if (real.total < c.minTotal) problems.push(`finished after ${real.total.toFixed(0)} ms, before its sleeps end (${c.minTotal} ms)`);
  for (const l of real.lines) {
    const min = c.earliest[l.text];
    if (min !== undefined && l.at < min) problems.push(`"${l.text}" arrived at ${l.at.toFixed(0)} ms, before ${min} ms`);
  }
  const timeline = real.lines.map((l) => `${l.at.toFixed(0)}ms ${l.text}`).join(', ');
  if (problems.length) {
    failed++;
    console.log(`FAIL ${c.file}\n  ${problems.join('\n  ')}\n  timeline: ${timeline}`);
  } else {
    console.log(`ok   ${c.file}: ${timeline}`);
  }
}
console.log(`realtime: ${cases.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
