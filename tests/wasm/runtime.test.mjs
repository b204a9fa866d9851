// Node tests of the WebAssembly runtime (web/generated/goroscope.mjs, built
// by scripts/build-wasm.sh): the module the page's worker loads.
//   node --test tests/wasm/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import createGoroscope from '../../web/generated/goroscope.mjs';

const wasmBinary = readFileSync(new URL('../../web/generated/goroscope.wasm', import.meta.url));
const root = fileURLToPath(new URL('../..', import.meta.url));

// A fresh module with its output collected per stream.
async function load() {
  const out = { 1: '', 2: '' };
  const dec = new TextDecoder();
  const rt = await createGoroscope({ wasmBinary });
  rt.onOutput = (fd, bytes) => { out[fd] += dec.decode(bytes); };
  return { rt, out };
}

test('the module loads and runs a program', async () => {
  const { rt, out } = await load();
  const r = await rt.gsRun('package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello", 6*7) }\n',
    ['--virtual-time', 'prog.go']);
  assert.deepEqual(r, { status: 0, stopped: false });
  assert.equal(out[1], 'hello 42\n');
  assert.equal(out[2], '');
});

test('a run of the program just checked reuses its build, and so does a second run', async () => {
  const { rt, out } = await load();
  const src = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tx := 42\n\tp := &x\n\tfmt.Println(*p)\n}\n';
  const builds = rt.gsBuilds();
  const check = rt.gsCompile(src, true, '/tmp/sandbox/prog.go');
  assert.equal(check.ok, true);
  assert.equal(rt.gsBuilds(), builds + 1);
  for (let i = 0; i < 2; i++) {
    const r = await rt.gsRun(src, ['--virtual-time', 'prog.go'], '/tmp/sandbox');
    assert.deepEqual(r, { status: 0, stopped: false });
  }
  assert.equal(out[1], '42\n42\n');
  assert.equal(rt.gsBuilds(), builds + 1, 'the check and the two runs share one build');
  // Another path (as tracebacks print it) or another text is another build.
  await rt.gsRun(src, ['--virtual-time', 'prog.go'], '/tmp/elsewhere');
  assert.equal(rt.gsBuilds(), builds + 2);
  // A panic's traceback names the run's path, not the check's default.
  const panics = 'package main\n\nfunc main() {\n\tvar m map[string]int\n\tm["a"] = 1\n}\n';
  rt.gsCompile(panics, false, '/tmp/sandbox/prog.go');
  out[2] = '';
  const r = await rt.gsRun(panics, ['--virtual-time', 'prog.go'], '/tmp/sandbox');
  assert.equal(r.status, 2);
  assert.match(out[2], /\/tmp\/sandbox\/prog\.go:5/);
  assert.equal(rt.gsBuilds(), builds + 3);
});

test('compile errors come back as diagnostics, escapes as -m lines', async () => {
  const { rt } = await load();
  const bad = rt.gsCompile('package main\n\nfunc main() {\n\tx := 1\n}\n', false);
  assert.equal(bad.ok, false);
  assert.deepEqual(bad.errors, [{ line: 4, col: 2, message: 'declared and not used: x' }]);
  const good = rt.gsCompile('package main\n\nfunc f() *int {\n\tx := 1\n\treturn &x\n}\n\nfunc main() { _ = f() }\n', true);
  assert.equal(good.ok, true);
  assert.deepEqual(good.errors, []);
  assert.ok(good.escapes.some((d) => d.line === 4 && d.col === 2 && d.message === 'moved to heap: x'),
    JSON.stringify(good.escapes));
});

test('stop ends an endless loop quickly', async () => {
  const { rt } = await load();
  let slices = 0;
  rt.onSlice = () => { if (++slices === 3) rt.gsControl.stop(); };
  const r = await rt.gsRun('package main\n\nfunc main() {\n\tfor {\n\t}\n}\n', ['prog.go']);
  assert.equal(r.stopped, true);
  assert.equal(r.status, 130);
  assert.equal(slices, 3);
});

test('stop also ends a real-time sleep', async () => {
  const { rt } = await load();
  const run = rt.gsRun('package main\n\nimport "time"\n\nfunc main() { time.Sleep(time.Hour) }\n', ['--real-time', 'prog.go']);
  setTimeout(() => rt.gsControl.stop(), 50);
  const r = await run;
  assert.deepEqual(r, { status: 130, stopped: true });
});

test('input typed while the program waits reaches os.Stdin', async () => {
  const { rt, out } = await load();
  const src = `package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Println("got", sc.Text())
	}
	fmt.Println("eof")
}
`;
  const run = rt.gsRun(src, ['prog.go']);
  setTimeout(() => rt.gsControl.input('hello\n'), 20);
  setTimeout(() => { rt.gsControl.input('wörld\n'); rt.gsControl.inputEOF(); }, 40);
  const r = await run;
  assert.equal(r.status, 0);
  assert.equal(out[1], 'got hello\ngot wörld\neof\n');
});

test('a snapshot has the protocol shape', async () => {
  const { rt } = await load();
  const src = `package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); ch <- i }()
	}
	wg.Wait()
	fmt.Println(len(ch))
	select {}
}
`;
  const snaps = [];
  rt.onSlice = () => { snaps.push(rt.gsInspect(null)); };
  const r = await rt.gsRun(src, ['--virtual-time', 'prog.go'], '/tmp', true);
  assert.equal(r.status, 2); // the final select {} deadlocks
  const s = rt.gsInspect(1);
  for (const k of ['time', 'goroutines', 'goroutinesTotal', 'goroutinesCapped', 'heap', 'channels', 'syncObjects', 'events', 'eventsDropped'])
    assert.ok(k in s, k);
  assert.equal(s.time.virtual, true);
  assert.equal(s.goroutinesTotal, 1);
  const g = s.goroutines[0];
  assert.equal(g.id, 1);
  assert.equal(g.state, 'waiting');
  assert.equal(g.waitReason, 'select (no cases)');
  assert.equal(g.func, 'main.main');
  assert.deepEqual(Object.keys(g.stack).sort(), ['growths', 'highWater', 'history', 'size', 'used']);
  assert.ok(Array.isArray(g.frames) && g.frames[0].func === 'main.main');
  // ch is captured by the goroutines' closure: a plain slot or a heap cell.
  const slot = g.frames[0].slots.find((x) => x.name === 'ch');
  assert.match(slot.type, /^\*?chan int$/);
  const ch = s.channels.find((c) => c.elemType === 'int');
  assert.equal(ch.cap, 3);
  assert.equal(ch.len, 3);
  assert.deepEqual([...ch.buffer].sort(), ['0', '1', '2']);
  for (const k of ['HeapAlloc', 'HeapObjects', 'HeapInuse', 'StackInuse', 'Mallocs', 'Frees', 'NumGC', 'TotalAlloc', 'PauseTotalNs'])
    assert.equal(typeof s.heap.stats[k], 'number', k);
  const kinds = new Set(s.events.map((e) => e.kind));
  for (const k of ['created', 'blocked', 'unblocked', 'exited']) assert.ok(kinds.has(k), k);
});

test('snapshots and compile checks taken between slices of a running program are values, not Promises', async () => {
  const { rt, out } = await load();
  // Enough work for several ~16 ms slices.
  const src = `package main

import "fmt"

func main() {
	s := 0
	for i := 0; i < 30_000_000; i++ {
		s += i & 7
	}
	fmt.Println(s)
}
`;
  const mid = [];
  rt.onSlice = () => {
    mid.push(rt.gsInspect(null));
    mid.push(rt.gsCompile('package main\n\nfunc main() { x := 1 }\n', false));
  };
  const r = await rt.gsRun(src, ['--virtual-time', 'prog.go'], '/tmp', true);
  assert.equal(r.status, 0);
  assert.equal(out[1], '105000000\n');
  assert.ok(mid.length >= 4, `only ${mid.length / 2} slices`);
  for (let i = 0; i < mid.length; i += 2) {
    const snap = mid[i];
    assert.ok(!(snap instanceof Promise), 'gsInspect returned a Promise mid-run');
    assert.equal(snap.goroutines[0].id, 1);
    assert.ok(['running', 'runnable'].includes(snap.goroutines[0].state), snap.goroutines[0].state);
    const check = mid[i + 1];
    assert.ok(!(check instanceof Promise), 'gsCompile returned a Promise mid-run');
    assert.equal(check.ok, false);
    assert.match(check.errors[0].message, /declared and not used: x/);
  }
});

test('scripts/goroscope-wasm gives the native exit status and streams', () => {
  const r = spawnSync(process.execPath, ['scripts/goroscope-wasm', 'run', '--virtual-time', 'tests/wasm/testdata/panic.go'],
    { cwd: root, encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.equal(r.stdout, 'before\n');
  // Tracebacks name the file by its absolute path, as the native CLI does.
  assert.equal(r.stderr.replace(/\+0x[0-9a-f]+/, '+0xN'),
    `panic: boom\n\ngoroutine 1 [running]:\nmain.main(...)\n\t${root}tests/wasm/testdata/panic.go:7 +0xN\n`);
});
