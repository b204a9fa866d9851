// Package runtime's natives, and two small groups of helpers other
// packages need from the runtime:
//   - math/bits' run-time panics (Go raises runtime.Error values there);
//   - sort.Slice's reflection (the length of, and swapping in, a slice held
//     in an interface), Go's reflectlite.Swapper.
#include <cstdio>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "core/lib/natives.h"
#include "core/vm/vm.h"

namespace gs::lib {

namespace {

using rt::GoIface;
using rt::GoSlice;

// func NumGoroutine() int
void runtimeNumGoroutine(vm::VM& vm, uint8_t* args) {
  Args a(args);
  a.beginResults();
  a.result<int64_t>(vm.numGoroutines());
}

// func Gosched()
// The goroutine goes to the back of the run queue.
void runtimeGosched(vm::VM& vm, uint8_t*) { vm.yield(); }

// func Goexit()
// Runs the goroutine's deferred calls, then ends it (main's Goexit lets
// the other goroutines run on; the program then ends in a deadlock report).
void runtimeGoexit(vm::VM& vm, uint8_t*) { vm.goexit(); }

// func GC()
// A full collection now (see VM::gc for why a native may collect).
void runtimeGC(vm::VM& vm, uint8_t*) { vm.gc(); }

// func setGCPercent(percent int) int (runtime/debug)
void debugSetGCPercent(vm::VM& vm, uint8_t* args) {
  Args a(args);
  int64_t percent = a.arg<int64_t>();
  a.beginResults();
  a.result<int64_t>(vm.setGCPercent(percent));
}

// func FreeOSMemory() (runtime/debug)
void debugFreeOSMemory(vm::VM& vm, uint8_t*) { vm.freeOSMemory(); }

// Offsets of runtime.MemStats' fields (Go's layout: 24 uint64 counters,
// PauseNs [256]uint64, PauseEnd [256]uint64, NumGC uint32, NumForcedGC
// uint32, GCCPUFraction float64, EnableGC bool, DebugGC bool, then BySize
// [61]struct{Size uint32; Mallocs, Frees uint64}).
namespace memstats {
constexpr size_t kAlloc = 0, kTotalAlloc = 8, kSys = 16, kMallocs = 32, kFrees = 40, kHeapAlloc = 48,
                 kHeapSys = 56, kHeapIdle = 64, kHeapInuse = 72, kHeapObjects = 88, kStackInuse = 96,
                 kStackSys = 104, kNextGC = 168, kLastGC = 176, kPauseTotalNs = 184, kPauseNs = 192,
                 kPauseEnd = kPauseNs + 256 * 8;
constexpr size_t kNumGC = 24 * 8 + 2 * 256 * 8;  // 4288
constexpr size_t kNumForcedGC = kNumGC + 4;
constexpr size_t kEnableGC = kNumGC + 4 + 4 + 8;  // 4304
constexpr size_t kSize = kEnableGC + 8 + 61 * 24;  // 5776
}  // namespace memstats

// func ReadMemStats(m *MemStats)
void runtimeReadMemStats(vm::VM& vm, uint8_t* args) {
  Args a(args);
  uint8_t* m = rt::toHost(a.arg<rt::GoPtr>());
  if (!m) {
    vm.panicRuntimeError("invalid memory address or nil pointer dereference");
    return;
  }
  using namespace memstats;
  const rt::HeapStats& st = vm.heap().stats();
  std::memset(m, 0, kSize);
  // Every counter comes from the one allocation path (rt::Heap), so the
  // relations Go guarantees hold: HeapObjects == Mallocs - Frees, Alloc ==
  // HeapAlloc <= HeapInuse (span bytes, including free slots) <= HeapSys.
  rt::store<uint64_t>(m + kAlloc, st.heapAlloc);
  rt::store<uint64_t>(m + kTotalAlloc, st.totalAlloc);
  rt::store<uint64_t>(m + kSys, st.heapInuse + st.stackInuse);
  rt::store<uint64_t>(m + kMallocs, st.mallocs);
  rt::store<uint64_t>(m + kFrees, st.frees);
  rt::store<uint64_t>(m + kHeapAlloc, st.heapAlloc);
  rt::store<uint64_t>(m + kHeapSys, st.heapInuse);
  rt::store<uint64_t>(m + kHeapIdle, 0);
  rt::store<uint64_t>(m + kHeapInuse, st.heapInuse);
  rt::store<uint64_t>(m + kHeapObjects, st.heapObjects);
  rt::store<uint64_t>(m + kStackInuse, st.stackInuse);
  rt::store<uint64_t>(m + kStackSys, st.stackInuse);
  rt::store<uint64_t>(m + kNextGC, st.nextGC == UINT64_MAX ? 0 : st.nextGC);
  rt::store<uint64_t>(m + kLastGC, st.lastGC);
  rt::store<uint64_t>(m + kPauseTotalNs, st.pauseTotalNs);
  for (size_t i = 0; i < 256; i++) {
    rt::store<uint64_t>(m + kPauseNs + 8 * i, st.pauseNs[i]);
    rt::store<uint64_t>(m + kPauseEnd + 8 * i, st.pauseEnd[i]);
  }
  rt::store<uint32_t>(m + kNumGC, static_cast<uint32_t>(st.numGC));
  rt::store<uint32_t>(m + kNumForcedGC, static_cast<uint32_t>(st.numForcedGC));
  rt::store<uint8_t>(m + kEnableGC, 1);
}

// func setMaxStack(bytes int) int (runtime/debug)
// Changes the per-goroutine stack limit; returns the previous one.
void debugSetMaxStack(vm::VM& vm, uint8_t* args) {
  Args a(args);
  int64_t bytes = a.arg<int64_t>();
  a.beginResults();
  uint64_t old = vm.options().maxStack;
  vm.setMaxStack(bytes < 0 ? 0 : static_cast<uint64_t>(bytes));
  a.result<int64_t>(static_cast<int64_t>(old));
}

// A function's name as Go's tracebacks spell it: qualified by the import
// path ("runtime/debug.Stack") where FuncInfo has the package name
// ("debug.Stack"). A prelude file's path, /usr/local/go/src/<import
// path>/<file>.go, gives the import path.
std::string goName(const vm::Program& prog, const vm::FuncInfo& f) {
  static constexpr std::string_view kRoot = "/usr/local/go/src/";
  if (f.file < 0) return f.name;
  std::string_view file = prog.files[static_cast<size_t>(f.file)];
  size_t slash = file.rfind('/');
  size_t dot = f.name.find('.');
  if (file.substr(0, kRoot.size()) != kRoot || slash == std::string_view::npos || slash <= kRoot.size() ||
      dot == std::string::npos)
    return f.name;
  std::string_view path = file.substr(kRoot.size(), slash - kRoot.size());
  return std::string(path) + f.name.substr(dot);
}

// The running goroutine's stack in Go's traceback format, from the frame
// that called the native up to the goroutine's first function:
//
//   goroutine 1 [running]:
//   runtime/debug.Stack(...)
//   \t/usr/local/go/src/runtime/debug/debug.go:40 +0x14
//   main.main(...)
//   \tprog.go:7 +0x1c
//
// Frames show "(...)" for the arguments, as the VM's panic reports do. The
// walk stops at a deferred call run by a panic or at a call-in.
std::string stackText(vm::VM& vm) {
  vm::G* g = vm.currentG();
  const vm::Program& prog = vm.program();
  std::string out = "goroutine " + std::to_string(g->id) + " [running]:\n";
  auto frameLine = [&](int32_t fi, int32_t pc) {
    const vm::FuncInfo& f = prog.funcs[static_cast<size_t>(fi)];
    if (f.isWrapper) return;
    out += goName(prog, f) + "(...)\n\t";
    if (f.file >= 0) out += prog.files[static_cast<size_t>(f.file)];
    int32_t line = pc >= 0 && pc < static_cast<int32_t>(prog.lines.size()) ? prog.lines[static_cast<size_t>(pc)] : 0;
    char hex[32];
    std::snprintf(hex, sizeof hex, " +0x%x\n", (pc - f.entry) * 4);
    out += ":" + std::to_string(line) + hex;
  };
  int32_t pc = g->pc;  // the call of this native
  uint32_t fp = g->fp;
  for (int frames = 0; frames < 100; frames++) {
    int32_t fi = prog.funcAt(pc);
    if (fi < 0) break;
    frameLine(fi, pc);
    uint32_t retPc = rt::load<uint32_t>(g->stack + fp);
    uint32_t callerFp = rt::load<uint32_t>(g->stack + fp + 4);
    if (fp == 0 || retPc == vm::kStubHalt || retPc == vm::kStubPanicResume || retPc == vm::kStubCallInReturn ||
        retPc == vm::kStubGoExit)
      break;
    pc = (retPc & vm::kRetToRunDefers) ? static_cast<int32_t>(retPc & vm::kRetPcMask) : static_cast<int32_t>(retPc) - 1;
    fp = callerFp;
  }
  if (g->parentId != 0 && g->goPc >= 0) {
    int32_t fi = prog.funcAt(g->goPc);
    if (fi >= 0) {
      const vm::FuncInfo& f = prog.funcs[static_cast<size_t>(fi)];
      out += "created by " + goName(prog, f) + " in goroutine " + std::to_string(g->parentId) + "\n\t";
      if (f.file >= 0) out += prog.files[static_cast<size_t>(f.file)];
      char hex[32];
      std::snprintf(hex, sizeof hex, " +0x%x\n", (g->goPc - f.entry) * 4);
      out += ":" + std::to_string(prog.lines[static_cast<size_t>(g->goPc)]) + hex;
    }
  }
  return out;
}

// func stack() []byte (runtime/debug)
void debugStack(vm::VM& vm, uint8_t* args) {
  std::string text = stackText(vm);
  uint8_t* p = vm.alloc(text.size(), nullptr, vm.kSiteHere);
  if (vm.failed()) return;
  std::memcpy(p, text.data(), text.size());
  Args a(args);
  a.beginResults();
  int64_t n = static_cast<int64_t>(text.size());
  a.result<GoSlice>(GoSlice{rt::fromHost(p), n, n});
}

// func divideByZero() (math/bits)
void bitsDivideByZero(vm::VM& vm, uint8_t*) { vm.panicRuntimeError("integer divide by zero"); }

// func overflow() (math/bits)
void bitsOverflow(vm::VM& vm, uint8_t*) { vm.panicRuntimeError("integer overflow"); }

// reflect's Kind names, for the Swapper panic ("ptr" as reflectlite spells it).
const char* kindName(rt::RKind k) {
  static const char* const names[] = {
      "invalid", "bool",      "int",    "int8",   "int16",   "int32",  "int64",
      "uint",    "uint8",     "uint16", "uint32", "uint64",  "uintptr", "float32",
      "float64", "complex64", "complex128", "array", "chan", "func", "interface",
      "map",     "ptr",       "slice",  "string", "struct", "unsafe.Pointer"};
  size_t i = static_cast<size_t>(k);
  return i < sizeof names / sizeof names[0] ? names[i] : "invalid";
}

// The slice held by x, or false after raising reflect's panic.
bool sliceOf(vm::VM& vm, GoIface x, GoSlice* s, const rt::RType** elem) {
  const rt::RType* t = x.rtype();
  if (!t || t->kind != rt::RKind::Slice) {
    std::string kind = t ? kindName(t->kind) : "zero";
    vm.panicPlain("reflect: call of Swapper on " + kind + " Value");
    return false;
  }
  *s = rt::load<GoSlice>(rt::toHost(x.data));  // slices are boxed in interfaces
  *elem = t->elem;
  return true;
}

// func sliceLen(x any) int (sort)
void sortSliceLen(vm::VM& vm, uint8_t* args) {
  Args a(args);
  GoIface x = a.arg<GoIface>();
  a.beginResults();
  GoSlice s;
  const rt::RType* elem;
  if (!sliceOf(vm, x, &s, &elem)) return;
  a.result<int64_t>(s.len);
}

// func sliceSwap(x any, i, j int) (sort)
void sortSliceSwap(vm::VM& vm, uint8_t* args) {
  Args a(args);
  GoIface x = a.arg<GoIface>();
  int64_t i = a.arg<int64_t>();
  int64_t j = a.arg<int64_t>();
  GoSlice s;
  const rt::RType* elem;
  if (!sliceOf(vm, x, &s, &elem)) return;
  if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(s.len) ||
      static_cast<uint64_t>(j) >= static_cast<uint64_t>(s.len)) {
    vm.panicString("reflect: slice index out of range");
    return;
  }
  if (i == j) return;
  size_t size = static_cast<size_t>(elem->size);
  uint8_t* p = s.data() + static_cast<size_t>(i) * size;
  uint8_t* q = s.data() + static_cast<size_t>(j) * size;
  uint8_t tmp[256];
  for (size_t done = 0; done < size; done += sizeof tmp) {
    size_t n = size - done < sizeof tmp ? size - done : sizeof tmp;
    std::memcpy(tmp, p + done, n);
    std::memcpy(p + done, q + done, n);
    std::memcpy(q + done, tmp, n);
  }
}

}  // namespace

void registerRuntimeNatives(std::vector<NativeEntry>& out) {
  static const NativeEntry entries[] = {
      {"math/bits.divideByZero", bitsDivideByZero},
      {"math/bits.overflow", bitsOverflow},
      {"runtime/debug.FreeOSMemory", debugFreeOSMemory},
      {"runtime/debug.setGCPercent", debugSetGCPercent},
      {"runtime/debug.setMaxStack", debugSetMaxStack},
      {"runtime/debug.stack", debugStack},
      {"runtime.GC", runtimeGC},
      {"runtime.Goexit", runtimeGoexit},
      {"runtime.Gosched", runtimeGosched},
      {"runtime.NumGoroutine", runtimeNumGoroutine},
      {"runtime.ReadMemStats", runtimeReadMemStats},
      {"sort.sliceLen", sortSliceLen},
      {"sort.sliceSwap", sortSliceSwap},
  };
  out.insert(out.end(), std::begin(entries), std::end(entries));
}

}  // namespace gs::lib
