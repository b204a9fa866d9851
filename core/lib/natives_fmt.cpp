// Package fmt's natives: the Print family over core/lib/fmt_printer, with
// the VM providing what the printer cannot do itself (ValueAccess): calling
// a value's String/Error/GoString method, and walking a map.
//
// Two rules shape this file:
//   - A method call is a call-in, which may move the goroutine's stack. The
//     operands (the `a ...any` slice may be a stack array) and the format are
//     copied to host memory before printing starts, and results are written
//     through a fresh VM::nativeArgs() afterwards.
//   - A method that panics is reported inline, as Go's fmt does
//     ("%!v(PANIC=String method: boom)"): the panic is recovered and its
//     value formatted with %v. If formatting that value panics again, Go
//     lets the panic go; so do we: the native stops and returns without
//     results, and the pending panic propagates. Calls on a nil pointer
//     receiver that panic print "<nil>" (the printer does that).
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/lib/fmt_printer.h"
#include "core/lib/natives.h"
#include "core/runtime/map.h"
#include "core/vm/vm.h"

namespace gs::lib {

namespace {

using rt::GoIface;
using rt::GoPtr;
using rt::GoSlice;
using rt::GoString;

class VmAccess final : public ValueAccess {
 public:
  explicit VmAccess(vm::VM& vm) : vm_(vm) {}

  // True when the native must return without results: a panic is
  // propagating out of the printer, or the program is ending (os.Exit or a
  // fatal error inside a method).
  bool stopped() const { return stopped_ || vm_.failed(); }

  bool callStringMethod(const rt::RType* t, GoPtr data, const rt::RMethod* m, std::string* out,
                        std::string* panicText) override {
    if (stopped()) return false;
    bool nilPointer = t->kind == rt::RKind::Pointer && data == 0;
    if (nilPointer && !m->ptrRecv) {
      // A value method through a nil pointer would panic before running;
      // fmt recovers that and prints <nil>, so do not call it at all.
      *panicText = "invalid memory address or nil pointer dereference";
      return false;
    }
    GoString result{0, 0};
    GoIface panicValue{0, 0};
    if (vm_.callMethod(t, data, m, reinterpret_cast<uint8_t*>(&result), sizeof result, &panicValue)) {
      out->assign(result.view());
      return true;
    }
    if (vm_.failed()) {
      stopped_ = true;
      return false;
    }
    if (nilPointer) {
      vm_.recoverCallInPanic();  // printed as <nil>
      return false;
    }
    if (panicking_) {
      // A panic while formatting a panic value: Go's fmt re-panics.
      stopped_ = true;
      return false;
    }
    vm_.recoverCallInPanic();
    panicking_ = true;
    *panicText = Sprint(this, &panicValue, 1);
    panicking_ = false;
    return false;
  }

  void mapEntries(GoPtr map, std::vector<std::pair<const uint8_t*, const uint8_t*>>* out) override {
    auto* m = reinterpret_cast<rt::GoMap*>(rt::toHost(map));
    if (!m) return;
    rt::MapIter* it = vm_.maps().iterate(m);
    if (!it) return;
    const uint8_t* key = nullptr;
    uint8_t* value = nullptr;
    while (vm_.maps().next(it, &key, &value)) out->emplace_back(key, value);
  }

  int64_t mapLen(GoPtr map) override { return rt::Maps::len(reinterpret_cast<rt::GoMap*>(rt::toHost(map))); }

 private:
  vm::VM& vm_;
  bool panicking_ = false;  // formatting a recovered panic value (Go's pp.panicking)
  bool stopped_ = false;
};

// The operands of a ...any parameter, copied out of Go memory.
std::vector<GoIface> copyOperands(GoSlice a) {
  std::vector<GoIface> v(static_cast<size_t>(a.len));
  for (int64_t i = 0; i < a.len; i++) v[static_cast<size_t>(i)] = rt::load<GoIface>(a.data() + 16 * i);
  return v;
}

// The three ways of formatting, behind one signature.
enum class Mode { Printf, Print, Println };

// Reads (format,) a, formats them and returns the text; false if the native
// must return without results (see VmAccess::stopped).
bool format(vm::VM& vm, uint8_t* args, Mode mode, std::string* out, const PrintfOptions& options = {}) {
  Args a(args);
  std::string fmtString;
  if (mode == Mode::Printf) fmtString.assign(a.arg<GoString>().view());
  std::vector<GoIface> operands = copyOperands(a.arg<GoSlice>());
  VmAccess access(vm);
  switch (mode) {
    case Mode::Printf: appendPrintf(out, &access, fmtString, operands.data(), operands.size(), options); break;
    case Mode::Print: appendPrint(out, &access, operands.data(), operands.size()); break;
    case Mode::Println: appendPrintln(out, &access, operands.data(), operands.size()); break;
  }
  return !access.stopped();
}

// An Args positioned at the results, over the (possibly moved) frame.
Args resultsOf(vm::VM& vm, Mode mode) {
  Args a(vm.nativeArgs());
  if (mode == Mode::Printf) a.arg<GoString>();
  a.arg<GoSlice>();
  a.beginResults();
  return a;
}

// Sprintf / Sprint / Sprintln: func(...) string
template <Mode M>
void sprint(vm::VM& vm, uint8_t* args) {
  std::string out;
  if (!format(vm, args, M, &out)) return;
  GoString s = vm.newString(out);
  if (vm.failed()) return;
  Args r = resultsOf(vm, M);
  r.result<GoString>(s);
}

// Printf / Print / Println: func(...) (n int, err error), writing to the
// host's standard output.
template <Mode M>
void print(vm::VM& vm, uint8_t* args) {
  std::string out;
  if (!format(vm, args, M, &out)) return;
  if (!out.empty()) vm.host().write(1, out.data(), out.size());
  Args r = resultsOf(vm, M);
  r.result<int64_t>(static_cast<int64_t>(out.size()));
  r.result<GoIface>(GoIface{0, 0});
}

// func errorf(format string, a []any) (string, []int)
// Errorf's formatting (%w accepted for error operands), plus the operand
// index of every %w verb in format order.
void fmtErrorf(vm::VM& vm, uint8_t* args) {
  std::vector<int> wrapped;
  PrintfOptions options;
  options.wrapErrors = true;
  options.wrapped = &wrapped;
  std::string out;
  if (!format(vm, args, Mode::Printf, &out, options)) return;
  GoString s = vm.newString(out);
  if (vm.failed()) return;
  GoSlice idx{0, 0, 0};
  if (!wrapped.empty()) {
    int64_t n = static_cast<int64_t>(wrapped.size());
    uint8_t* p = vm.alloc(static_cast<uint64_t>(n) * 8, nullptr, -1);  // ints hold no pointers
    if (vm.failed()) return;
    for (int64_t i = 0; i < n; i++) rt::store<int64_t>(p + 8 * i, wrapped[static_cast<size_t>(i)]);
    idx = GoSlice{rt::fromHost(p), n, n};
  }
  Args r = resultsOf(vm, Mode::Printf);
  r.result<GoString>(s);
  r.result<GoSlice>(idx);
}

}  // namespace

void registerFmtNatives(std::vector<NativeEntry>& out) {
  static const NativeEntry entries[] = {
      {"fmt.Print", print<Mode::Print>},
      {"fmt.Printf", print<Mode::Printf>},
      {"fmt.Println", print<Mode::Println>},
      {"fmt.Sprint", sprint<Mode::Print>},
      {"fmt.Sprintf", sprint<Mode::Printf>},
      {"fmt.Sprintln", sprint<Mode::Println>},
      {"fmt.errorf", fmtErrorf},
  };
  out.insert(out.end(), std::begin(entries), std::end(entries));
}

}  // namespace gs::lib
