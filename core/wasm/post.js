// The JavaScript half of the wasm host (core/wasm/main.cpp), attached to
// the Module object by --post-js. Callers (web/src/worker.ts,
// scripts/goroscope-wasm) set the hooks before gs_run:
//   Module.onOutput(fd, bytes)   program output (fd 1 stdout, 2 stderr); the
//                                bytes are a copy
//   Module.onSlice()             optional: called between slices (after the
//                                stack is unwound, so sync exports such as
//                                gs_inspect may be called); may return a
//                                promise (pause, slow speed)
// and control a run with Module.gsControl: stop(), input(text), inputEOF(),
// pause(), resume().
Module.gsState = { stopped: false, paused: false, wake: null, sliceWake: null };

// Resolves any wait in progress (a stop, new input, continue).
function gsWakeAll() {
  const st = Module.gsState;
  if (st.wake) { const w = st.wake; st.wake = null; w(); }
  if (st.sliceWake) { const w = st.sliceWake; st.sliceWake = null; w(); }
}

Module.gsWrite = function (fd, ptr, n) {
  const bytes = HEAPU8.slice(ptr, ptr + n);
  if (Module.onOutput) Module.onOutput(fd, bytes);
};

// A macrotask boundary: lets the worker receive messages (stop, input).
// setTimeout(0) is clamped to >= 4 ms after nesting in browsers, so use a
// MessageChannel when there is one.
const gsChannel = typeof MessageChannel !== 'undefined' ? new MessageChannel() : null;
const gsTickQueue = [];
if (gsChannel) {
  gsChannel.port1.onmessage = () => {
    const f = gsTickQueue.shift();
    // Under Node an open port keeps the process alive: hold it only while
    // a tick is pending.
    if (!gsTickQueue.length && gsChannel.port1.unref) gsChannel.port1.unref();
    if (f) f();
  };
  if (gsChannel.port1.unref) gsChannel.port1.unref();
}
function gsTick() {
  return new Promise((resolve) => {
    if (gsChannel) {
      gsTickQueue.push(resolve);
      if (gsChannel.port1.ref) gsChannel.port1.ref();
      gsChannel.port2.postMessage(0);
    }
    else setImmediate(resolve);
  });
}

Module.gsSlice = async function () {
  const st = Module.gsState;
  await gsTick();
  if (Module.onSlice) await Module.onSlice();
  while (st.paused && !st.stopped) await new Promise((r) => { st.sliceWake = r; });
  return st.stopped ? 0 : 1;
};

// The run starts waiting (every goroutine sleeps, or waits for input):
// tell the page once the wasm stack has unwound (a microtask runs after
// that), so it can post output and a snapshot of the waiting goroutines.
function gsNotifyWait() {
  Promise.resolve().then(() => { if (Module.onWait && !Module.gsState.stopped) Module.onWait(); });
}

Module.gsSleep = function (ms) {
  const st = Module.gsState;
  if (st.stopped) return Promise.resolve();
  gsNotifyWait();
  return new Promise((resolve) => {
    const t = setTimeout(() => { st.wake = null; resolve(); }, Math.min(ms, 2147483647));
    st.wake = () => { clearTimeout(t); resolve(); };
  });
};

Module.gsWaitInput = function (ms) {
  const st = Module.gsState;
  if (st.stopped) return Promise.resolve();
  gsNotifyWait();
  return new Promise((resolve) => {
    const t = ms >= 0 ? setTimeout(() => { st.wake = null; resolve(); }, Math.min(ms, 2147483647)) : null;
    st.wake = () => { if (t) clearTimeout(t); resolve(); };
  });
};

Module.gsControl = {
  stop() { Module.gsState.stopped = true; Module._gs_stop(); gsWakeAll(); },
  pause() { Module.gsState.paused = true; },
  resume() { Module.gsState.paused = false; gsWakeAll(); },
  // text: a string (UTF-8 encoded here) or raw bytes (a Uint8Array).
  input(text) {
    const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
    const p = Module._malloc(bytes.length + 1);
    HEAPU8.set(bytes, p);
    Module._gs_input(p, bytes.length);
    Module._free(p);
    gsWakeAll();
  },
  inputEOF() { Module._gs_input_eof(); gsWakeAll(); },
};

// Convenience wrappers over the exports.
// The synchronous exports are called directly, not through ccall: while
// gs_run is suspended (between slices) Asyncify.currData is set, and ccall
// then returns a Promise instead of the value, even for an export that
// never suspends. Strings go through malloc'd memory, not the C stack, for
// the same reason: the suspended run owns the stack's state.
function gsCString(text) {
  const bytes = new TextEncoder().encode(text);
  const p = Module._malloc(bytes.length + 1);
  HEAPU8.set(bytes, p >>> 0);
  HEAPU8[(p + bytes.length) >>> 0] = 0;
  return p;
}
// path: the file's absolute path as a run would name it (gsRun's cwd +
// file): a run of the same source then reuses this build.
Module.gsCompile = function (source, escapes, path) {
  const src = gsCString(source);
  const at = gsCString(path || '');
  try {
    return JSON.parse(UTF8ToString(Module._gs_compile(src, escapes ? 1 : 0, at)));
  } finally {
    Module._free(src);
    Module._free(at);
  }
};
Module.gsBuilds = function () {
  return Module._gs_builds();
};
Module.gsRun = async function (source, args, cwd, inspect) {
  Module.gsState.stopped = false;
  Module.gsState.paused = false;
  const status = await Module.ccall('gs_run', 'number', ['string', 'string', 'string', 'number'],
    [source, args.join('\n'), cwd || '/tmp', inspect ? 1 : 0], { async: true });
  return { status, stopped: Module._gs_stopped() === 1 };
};
Module.gsInspect = function (selected) {
  return JSON.parse(UTF8ToString(Module._gs_inspect(selected == null ? -1 : selected)));
};
