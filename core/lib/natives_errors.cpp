// Package errors' natives: the reflection that Is and As need (Go uses
// internal/reflectlite). See core/lib/go/errors/errors.go.
#include <cstring>
#include <iterator>
#include <vector>

#include "core/lib/natives.h"
#include "core/vm/vm.h"

namespace gs::lib {

namespace {

using rt::GoIface;
using rt::RKind;
using rt::RType;

// The predeclared `error` interface's RType (null if the program has none,
// which cannot happen once package errors is compiled in).
const RType* errorType(vm::VM& vm) {
  const vm::Program& prog = vm.program();
  if (prog.wk.errorIface < 0) return nullptr;
  return prog.types[static_cast<size_t>(prog.wk.errorIface)].get();
}

// func isComparable(v any) bool
// Whether == is defined on v's dynamic type (reflect's Comparable: a struct
// with an interface field counts as comparable even though == may panic).
void errorsIsComparable(vm::VM&, uint8_t* args) {
  Args a(args);
  GoIface v = a.arg<GoIface>();
  a.beginResults();
  const RType* t = v.rtype();
  a.result<uint8_t>(t && t->has(rt::kComparable) ? 1 : 0);
}

// func checkAsTarget(target any)
// As's preconditions, with Go's panic messages.
void errorsCheckAsTarget(vm::VM& vm, uint8_t* args) {
  Args a(args);
  GoIface target = a.arg<GoIface>();
  const RType* t = target.rtype();
  if (!t) {
    vm.panicString("errors: target cannot be nil");
    return;
  }
  if (t->kind != RKind::Pointer || target.data == 0) {
    vm.panicString("errors: target must be a non-nil pointer");
    return;
  }
  const RType* elem = t->elem;
  const RType* errType = errorType(vm);
  if (elem->kind != RKind::Interface && !(errType && vm.implements(elem, errType, nullptr))) {
    vm.panicString("errors: *target must be interface or implement error");
  }
}

// func assignTo(err error, target any) bool
// If err's dynamic type is assignable to the type target points to (the
// same type, or an interface it implements), stores err in *target.
// checkAsTarget has already validated target.
void errorsAssignTo(vm::VM& vm, uint8_t* args) {
  Args a(args);
  GoIface err = a.arg<GoIface>();
  GoIface target = a.arg<GoIface>();
  a.beginResults();
  const RType* et = err.rtype();
  const RType* want = target.rtype()->elem;
  uint8_t* dst = rt::toHost(target.data);
  bool ok = false;
  if (et == want) {
    // A concrete type: copy the value out of the interface.
    if (et->has(rt::kPointerShaped)) {
      rt::store<rt::GoPtr>(dst, err.data);
    } else if (et->size > 0) {
      std::memmove(dst, rt::toHost(err.data), static_cast<size_t>(et->size));
    }
    ok = true;
  } else if (want->kind == RKind::Interface && vm.implements(et, want, nullptr)) {
    // Interfaces of every kind are {type, data}: store err as it is.
    rt::store<GoIface>(dst, err);
    ok = true;
  }
  a.result<uint8_t>(ok ? 1 : 0);
}

}  // namespace

void registerErrorsNatives(std::vector<NativeEntry>& out) {
  static const NativeEntry entries[] = {
      {"errors.assignTo", errorsAssignTo},
      {"errors.checkAsTarget", errorsCheckAsTarget},
      {"errors.isComparable", errorsIsComparable},
  };
  out.insert(out.end(), std::begin(entries), std::end(entries));
}

}  // namespace gs::lib
