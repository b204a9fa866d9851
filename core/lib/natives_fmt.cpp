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
    uint8_t* p = vm.alloc(static_cast<uint64_t>(n) * 8, nullptr, vm.kSiteHere);  // ints hold no pointers
    if (vm.failed()) return;
    for (int64_t i = 0; i < n; i++) rt::store<int64_t>(p + 8 * i, wrapped[static_cast<size_t>(i)]);
    idx = GoSlice{rt::fromHost(p), n, n};
  }
  Args r = resultsOf(vm, Mode::Printf);
  r.result<GoString>(s);
  r.result<GoSlice>(idx);
}

// ---- scanning's stand-ins for reflection (core/lib/go/fmt/scan.go)

// The pointer held by a scan operand and the type it points to; null after
// raising Go's nil-dereference panic for a nil pointer.
uint8_t* scanDest(vm::VM& vm, GoIface arg, const rt::RType** elem) {
  const rt::RType* t = arg.rtype();
  *elem = t ? t->elem : nullptr;
  uint8_t* p = rt::toHost(arg.data);  // pointers are stored directly in interfaces
  if (!p) vm.panicRuntimeError("invalid memory address or nil pointer dereference");
  return p;
}

// func scanTarget(arg any) (kind int, bits int)
// The reflect.Kind of *arg and its size in bits; for a slice, the kind of
// its element instead of the size. kind is -1 when arg is not a pointer.
void fmtScanTarget(vm::VM&, uint8_t* args) {
  Args a(args);
  GoIface arg = a.arg<GoIface>();
  a.beginResults();
  const rt::RType* t = arg.rtype();
  if (!t || t->kind != rt::RKind::Pointer || !t->elem) {
    a.result<int64_t>(-1);
    a.result<int64_t>(0);
    return;
  }
  const rt::RType* e = t->elem;
  a.result<int64_t>(static_cast<int64_t>(e->kind));
  if (e->kind == rt::RKind::Slice)
    a.result<int64_t>(e->elem ? static_cast<int64_t>(e->elem->kind) : 0);
  else
    a.result<int64_t>(e->size * 8);
}

// func storeBool(arg any, v bool)
void fmtStoreBool(vm::VM& vm, uint8_t* args) {
  Args a(args);
  GoIface arg = a.arg<GoIface>();
  uint8_t v = a.arg<uint8_t>();
  const rt::RType* e;
  if (uint8_t* p = scanDest(vm, arg, &e)) rt::store<uint8_t>(p, v);
}

// Stores the low `size` bytes of v (little-endian, like Go's conversions).
void storeSized(uint8_t* p, uint64_t v, int64_t size) {
  switch (size) {
    case 1: rt::store<uint8_t>(p, static_cast<uint8_t>(v)); break;
    case 2: rt::store<uint16_t>(p, static_cast<uint16_t>(v)); break;
    case 4: rt::store<uint32_t>(p, static_cast<uint32_t>(v)); break;
    default: rt::store<uint64_t>(p, v); break;
  }
}

// func storeInt(arg any, v int64)
void fmtStoreInt(vm::VM& vm, uint8_t* args) {
  Args a(args);
  GoIface arg = a.arg<GoIface>();
  int64_t v = a.arg<int64_t>();
  const rt::RType* e;
  if (uint8_t* p = scanDest(vm, arg, &e)) storeSized(p, static_cast<uint64_t>(v), e ? e->size : 8);
}

// func storeUint(arg any, v uint64)
void fmtStoreUint(vm::VM& vm, uint8_t* args) {
  Args a(args);
  GoIface arg = a.arg<GoIface>();
  uint64_t v = a.arg<uint64_t>();
  const rt::RType* e;
  if (uint8_t* p = scanDest(vm, arg, &e)) storeSized(p, v, e ? e->size : 8);
}

// func storeFloat(arg any, v float64)
void fmtStoreFloat(vm::VM& vm, uint8_t* args) {
  Args a(args);
  GoIface arg = a.arg<GoIface>();
  double v = a.arg<double>();
  const rt::RType* e;
  uint8_t* p = scanDest(vm, arg, &e);
  if (!p) return;
  if (e && e->size == 4)
    rt::store<float>(p, static_cast<float>(v));
  else
    rt::store<double>(p, v);
}

// func storeComplex(arg any, re, im float64)
void fmtStoreComplex(vm::VM& vm, uint8_t* args) {
  Args a(args);
  GoIface arg = a.arg<GoIface>();
  double re = a.arg<double>();
  double im = a.arg<double>();
  const rt::RType* e;
  uint8_t* p = scanDest(vm, arg, &e);
  if (!p) return;
  if (e && e->size == 8) {
    rt::store<float>(p, static_cast<float>(re));
    rt::store<float>(p + 4, static_cast<float>(im));
  } else {
    rt::store<double>(p, re);
    rt::store<double>(p + 8, im);
  }
}

// func storeString(arg any, v string)
void fmtStoreString(vm::VM& vm, uint8_t* args) {
  Args a(args);
  GoIface arg = a.arg<GoIface>();
  GoString v = a.arg<GoString>();
  const rt::RType* e;
  if (uint8_t* p = scanDest(vm, arg, &e)) rt::store<GoString>(p, v);
}

// func storeBytes(arg any, v []byte)
void fmtStoreBytes(vm::VM& vm, uint8_t* args) {
  Args a(args);
  GoIface arg = a.arg<GoIface>();
  GoSlice v = a.arg<GoSlice>();
  const rt::RType* e;
  if (uint8_t* p = scanDest(vm, arg, &e)) rt::store<GoSlice>(p, v);
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
      {"fmt.scanTarget", fmtScanTarget},
      {"fmt.storeBool", fmtStoreBool},
      {"fmt.storeBytes", fmtStoreBytes},
      {"fmt.storeComplex", fmtStoreComplex},
      {"fmt.storeFloat", fmtStoreFloat},
      {"fmt.storeInt", fmtStoreInt},
      {"fmt.storeString", fmtStoreString},
      {"fmt.storeUint", fmtStoreUint},
  };
  out.insert(out.end(), std::begin(entries), std::end(entries));
}

}  // namespace gs::lib
