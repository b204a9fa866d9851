// The WebAssembly build's entry points and host (docs/wasm.md).
//
// JavaScript (web/src/worker.ts, scripts/goroscope-wasm) drives one program
// at a time through these C exports:
//
//   gs_compile(source, escapes)   JSON {ok, errors:[...], escapes:[...]}: no run
//   gs_run(source, args, cwd, inspect)  async (Asyncify): compile and run with the
//                                 native CLI's `run` arguments; the exit status
//   gs_stop()                     sync: the run ends at its next slice boundary
//   gs_input(ptr, n), gs_input_eof()   sync: bytes typed into os.Stdin
//   gs_inspect(selectedG)         sync: core/inspect's snapshot JSON
//   gs_stopped()                  1 if the last run ended by gs_stop
//
// Only gs_run suspends. It does so only inside WasmHost's waits (the next
// timer, input, a slice boundary), which the scheduler calls between
// goroutines, so the C++ stack at a suspension is just gs_run -> VM::run ->
// VM::schedule -> WasmHost::*. That is the whole Asyncify instrumentation
// (ASYNCIFY_ONLY in CMakeLists.txt): the interpreter loop is not touched.
//
// The JS half of the host (gsWrite, gsSlice, gsSleep, gsWaitInput) is in
// core/wasm/post.js, attached to the Module object.
#include <emscripten.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "core/cli/options.h"
#include "core/compile/driver.h"
#include "core/inspect/inspect.h"
#include "core/runtime/host.h"
#include "core/vm/vm.h"

// ---- the JS side (post.js)

EM_JS(void, js_write, (int fd, const char* data, int n), { Module.gsWrite(fd, data, n); });
EM_JS(double, js_date_now, (), { return Date.now(); });
#ifndef GS_WASM_NO_ASYNCIFY
// Resolves 1 to continue, 0 to stop (pause and speed are handled there).
EM_ASYNC_JS(int, js_slice, (), { return await Module.gsSlice(); });
// Sleeps up to ms milliseconds (cut short by a stop).
EM_ASYNC_JS(void, js_sleep, (double ms), { await Module.gsSleep(ms); });
// Waits up to ms milliseconds (Infinity: no limit) for input, EOF or a stop.
EM_ASYNC_JS(void, js_wait_input, (double ms), { await Module.gsWaitInput(ms); });
#else
// The bench's measuring variant without Asyncify (CMakeLists.txt,
// goroscope_wasm_noasync): nothing may suspend, so a slice boundary returns
// at once, a real-time sleep spins on the clock, and input never arrives
// (readInput below reports EOF). Only for timing runs to completion.
static int js_slice() { return 1; }
EM_JS(void, js_sleep, (double ms), {
  const end = performance.now() + ms;
  while (performance.now() < end) {
  }
});
#endif

namespace {

// Slice length: long enough that the yield's cost (an Asyncify unwind and
// rewind plus a trip through the event loop) is small, short enough that
// the page repaints at ~60 Hz while a program computes.
constexpr double kSliceMs = 16;

std::string g_input;     // typed bytes not yet handed to the VM
bool g_inputEOF = false;
bool g_stop = false;

class WasmHost : public gs::rt::Host {
 public:
  WasmHost() : nextSlice_(emscripten_get_now() + kSliceMs) {}
  void write(int fd, const char* data, size_t n) override { js_write(fd, data, static_cast<int>(n)); }
  int64_t wallNanos() override { return static_cast<int64_t>(js_date_now()) * 1000000; }
  int64_t monoNanos() override { return static_cast<int64_t>(emscripten_get_now() * 1e6); }
  void sleepUntil(int64_t mono) override {
    // In slices too, so output shows and a stop is heard during long sleeps.
    while (!g_stop) {
      double ms = static_cast<double>(mono - monoNanos()) / 1e6;
      if (ms <= 0) break;
      js_sleep(ms);
    }
    nextSlice_ = emscripten_get_now() + kSliceMs;
  }
  int readInput(std::string* out, int64_t deadlineMono) override {
    for (;;) {
      if (!g_input.empty()) {
        out->append(g_input);
        g_input.clear();
        return 1;
      }
      if (g_inputEOF) return 0;
      if (g_stop) return -1;
#ifdef GS_WASM_NO_ASYNCIFY
      return 0;  // nothing more can arrive without suspending: end of input
#else
      double ms = deadlineMono == INT64_MAX ? -1 : static_cast<double>(deadlineMono - monoNanos()) / 1e6;
      if (deadlineMono != INT64_MAX && ms <= 0) return -1;
      js_wait_input(ms);
      nextSlice_ = emscripten_get_now() + kSliceMs;
#endif
    }
  }
  bool sliceDue() override { return emscripten_get_now() >= nextSlice_; }
  bool yieldSlice() override {
    int go = js_slice();
    nextSlice_ = emscripten_get_now() + kSliceMs;
    return go && !g_stop;
  }
  bool stopRequested() override { return g_stop; }

 private:
  double nextSlice_;
};

// A build with what it was built from: its source, file name and traceback
// path (the escape report does not change a program: a check's build can
// be run).
struct Built {
  std::string key;
  gs::compile::BuildResult build;
};

std::string buildKey(const gs::compile::BuildInput& in) {
  return in.displayName + '\n' + in.tracebackPath + '\n' + in.source;
}

// The last program run, kept after it ends so the page can take the final
// snapshot; replaced by the next gs_run.
struct Session {
  Built built;
  std::unique_ptr<WasmHost> host;
  std::unique_ptr<gs::vm::VM> vm;
  std::unique_ptr<gs::inspect::Snapshotter> inspector;
};
Session* g_session = nullptr;

// The newest successful build no run is using: the page checks the program
// in the editor (gs_compile) and then runs it, or runs it again, and the
// run takes this build instead of compiling the same source a second time
// (a program is immutable once built: the VM only reads it).
std::unique_ptr<Built> g_built;
int g_builds = 0;  // builds done (gs_builds; tests see the reuse with it)

gs::compile::BuildResult buildOnce(const gs::compile::BuildInput& in) {
  g_builds++;
  return gs::compile::build(in);
}

void keepBuilt(Built&& b) {
  if (b.build.ok) g_built = std::make_unique<Built>(std::move(b));
}
bool g_stopped = false;
std::string g_json;  // the last JSON result handed to JS

std::vector<std::string> splitLines(const char* s) {
  std::vector<std::string> out;
  std::string cur;
  for (const char* p = s; *p; p++) {
    if (*p == '\n') {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += *p;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

using gs::inspect::jstr;

// Go's "./prog.go:7:2: message" lines as [{line, col, message}]; a line
// without a position (or a tab-indented continuation) joins the previous
// message or stands alone at 0:0.
void diagnosticsJSON(std::string& o, const std::string& text, const std::string& file) {
  o += '[';
  bool first = true;
  std::string pending;
  size_t start = 0;
  bool open = false;
  auto close = [&]() {
    if (!open) return;
    jstr(o, pending);
    o += '}';
    open = false;
  };
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    int ln = 0, col = 0;
    std::string msg = line;
    if (line.rfind(file + ":", 0) == 0) {
      const char* p = line.c_str() + file.size() + 1;
      char* e = nullptr;
      ln = static_cast<int>(std::strtol(p, &e, 10));
      if (*e == ':') {
        col = static_cast<int>(std::strtol(e + 1, &e, 10));
        if (*e == ':') e++;
      }
      while (*e == ' ') e++;
      msg = e;
    } else if (open && (line[0] == '\t' || line[0] == ' ')) {
      pending += "\n" + line;
      continue;
    }
    close();
    if (!first) o += ',';
    first = false;
    o += "{\"line\":" + std::to_string(ln) + ",\"col\":" + std::to_string(col) + ",\"message\":";
    pending = msg;
    open = true;
  }
  close();
  o += ']';
}

}  // namespace

extern "C" {

// path: the file's absolute path, as a run's tracebacks print it (a run of
// the same source with that path reuses this build).
EMSCRIPTEN_KEEPALIVE const char* gs_compile(const char* source, int escapes, const char* path) {
  gs::compile::BuildInput in;
  in.source = source;
  in.escapeVerbosity = escapes;
  if (path && *path) in.tracebackPath = path;
  gs::compile::BuildResult r = buildOnce(in);
  g_json = "{\"ok\":";
  g_json += r.ok ? "true" : "false";
  g_json += ",\"errors\":";
  diagnosticsJSON(g_json, r.ok ? std::string() : r.errors, in.displayName);
  g_json += ",\"escapes\":";
  diagnosticsJSON(g_json, r.escapeMessages, in.displayName);
  g_json += '}';
  keepBuilt(Built{buildKey(in), std::move(r)});
  return g_json.c_str();
}

EMSCRIPTEN_KEEPALIVE int gs_builds() { return g_builds; }

// args: the native `goroscope run` arguments, one per line (flags, the file
// name, the program's arguments); cwd: the directory the name is relative
// to (tracebacks print absolute paths). Writes exactly what the native CLI
// writes and returns its exit status.
// inspect: record the event stream for snapshots (the page); off for plain
// runs, where formatting every event would only cost time.
EMSCRIPTEN_KEEPALIVE int gs_run(const char* source, const char* args, const char* cwd, int inspect) {
  if (g_session) {
    // The previous run's program can serve the next run of the same source.
    g_session->inspector.reset();
    g_session->vm.reset();
    if (!g_built) keepBuilt(std::move(g_session->built));
    delete g_session;
    g_session = nullptr;
  }
  g_stop = false;
  g_stopped = false;
  g_input.clear();
  g_inputEOF = false;
  auto fail = [](const std::string& text, int code) {
    js_write(2, text.data(), static_cast<int>(text.size()));
    return code;
  };
  std::vector<std::string> argv = splitLines(args);
  gs::cli::RunFlags flags;
  std::string error;
  int first = gs::cli::parseRunFlags(argv, &flags, &error);
  if (first < 0) return fail(error, 2);
  if (static_cast<size_t>(first) >= argv.size()) return fail("goroscope run: no Go file given\n", 2);
  const std::string& file = argv[static_cast<size_t>(first)];
  auto* s = new Session;
  g_session = s;
  gs::compile::BuildInput in;
  in.source = source;
  in.displayName = file.find('/') == std::string::npos ? "./" + file : file;
  std::string rel = file.rfind("./", 0) == 0 ? file.substr(2) : file;
  in.tracebackPath = file[0] == '/' ? file : std::string(cwd) + "/" + rel;
  std::string key = buildKey(in);
  if (g_built && g_built->key == key) s->built = std::move(*g_built);
  else s->built = Built{std::move(key), buildOnce(in)};
  g_built.reset();
  const gs::compile::BuildResult& build = s->built.build;
  if (!build.ok) {
    std::string text = build.errorsHaveHeader ? "# command-line-arguments\n" : "";
    return fail(text + build.errors, 1);
  }
  std::string base = file.substr(file.rfind('/') == std::string::npos ? 0 : file.rfind('/') + 1);
  if (base.size() > 3 && base.compare(base.size() - 3, 3, ".go") == 0) base.resize(base.size() - 3);
  flags.vm.args.push_back("/tmp/go-build/" + base);
  for (size_t k = static_cast<size_t>(first) + 1; k < argv.size(); k++) flags.vm.args.push_back(argv[k]);
  s->host = std::make_unique<WasmHost>();
  s->vm = std::make_unique<gs::vm::VM>(*build.program, *s->host, flags.vm);
  s->inspector = std::make_unique<gs::inspect::Snapshotter>();
  if (inspect || flags.inspectAtExit) s->inspector->attach(*s->vm);
  int code = s->vm->run();
  g_stopped = s->vm->stoppedByHost();
  if (flags.inspectAtExit) {
    std::string json = s->inspector->snapshot(*s->vm, -1) + "\n";
    js_write(2, json.data(), static_cast<int>(json.size()));
  }
  return code;
}

EMSCRIPTEN_KEEPALIVE void gs_stop() { g_stop = true; }
EMSCRIPTEN_KEEPALIVE int gs_stopped() { return g_stopped ? 1 : 0; }

EMSCRIPTEN_KEEPALIVE void gs_input(const char* data, int n) { g_input.append(data, static_cast<size_t>(n)); }
EMSCRIPTEN_KEEPALIVE void gs_input_eof() { g_inputEOF = true; }

// Only between slices or after the run (never from inside a host callback
// before it has suspended): every goroutine's state is saved then.
EMSCRIPTEN_KEEPALIVE const char* gs_inspect(int selectedG) {
  if (!g_session || !g_session->vm) return "null";
  g_json = g_session->inspector->snapshot(*g_session->vm, selectedG);
  return g_json.c_str();
}

}  // extern "C"
