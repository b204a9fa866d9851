// Go's fmt printer over Go values in memory: Sprintf, Sprint and Sprintln
// with the exact output of Go 1.23's fmt (verbs, flags, width, precision,
// argument indexes, the %!verb(...) error forms, Stringer/error/GoStringer,
// map key sorting as internal/fmtsort does).
//
// Arguments arrive as Go interface values ({RType*, data word}; the data word
// is the value itself for pointer-shaped types, else a pointer to it), and the
// printer walks them with their RTypes. Two things need the VM, and go
// through ValueAccess: calling a String/Error/GoString method (Go code), and
// enumerating a map (the map implementation is the runtime's).
//
// Not supported: the fmt.Formatter interface (a Format(fmt.State, rune)
// method is ignored; the value is printed as if it had none).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/runtime/rtype.h"
#include "core/runtime/value.h"

namespace gs::lib {

// Provided by the VM (a fake one in tests).
struct ValueAccess {
  virtual ~ValueAccess() = default;
  // Calls the method (String/Error/GoString, signature func() string) on the
  // value (type t, data word as in an interface). Returns false if it
  // panicked; then *panicText is the panic value printed as Go's fmt does in
  // %!v(PANIC=String method: boom).
  virtual bool callStringMethod(const rt::RType* t, rt::GoPtr data, const rt::RMethod* m, std::string* out,
                                std::string* panicText) = 0;
  // Map entries as pairs of pointers to key and value memory, in any order.
  virtual void mapEntries(rt::GoPtr map, std::vector<std::pair<const uint8_t*, const uint8_t*>>* out) = 0;
  virtual int64_t mapLen(rt::GoPtr map) = 0;
};

struct PrintfOptions {
  // fmt.Errorf's mode: %w accepts an error operand (printed as %v) instead
  // of being a bad verb; the operand indexes of %w verbs are appended to
  // *wrapped, if given, in format order.
  bool wrapErrors = false;
  std::vector<int>* wrapped = nullptr;
};

// fmt.Sprintf / Sprint / Sprintln, appending to *out.
void appendPrintf(std::string* out, ValueAccess* access, std::string_view format, const rt::GoIface* args,
                  size_t nargs, const PrintfOptions& options = {});
void appendPrint(std::string* out, ValueAccess* access, const rt::GoIface* args, size_t nargs);
void appendPrintln(std::string* out, ValueAccess* access, const rt::GoIface* args, size_t nargs);

std::string Sprintf(ValueAccess* access, std::string_view format, const rt::GoIface* args, size_t nargs);
std::string Sprint(ValueAccess* access, const rt::GoIface* args, size_t nargs);
std::string Sprintln(ValueAccess* access, const rt::GoIface* args, size_t nargs);

}  // namespace gs::lib
