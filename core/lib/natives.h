// Natively implemented Go functions.
//
// A Go prelude file (core/lib/go/<pkg>/*.go) declares a function without a
// body; the compiler binds it to the native registered under the function's
// full name: "strings.IndexByte", "os.(*File).Write" (methods: Go's
// traceback spelling of the receiver), "math.Sqrt".
//
// Argument layout (docs/architecture.md, "Frames and calls"): `args` points
// at the first parameter. Parameters follow each other, each aligned to its
// type's alignment; results start at the next multiple of 8 after the last
// parameter, each aligned; a method's receiver comes after the results,
// again 8-aligned. ArgReader walks that layout so a native reads its
// parameters and writes its results in declaration order:
//
//   void stringsIndexByte(vm::VM& vm, uint8_t* args) {
//     lib::Args a(args);
//     rt::GoString s = a.arg<rt::GoString>();
//     uint8_t c = a.arg<uint8_t>();
//     a.beginResults();
//     a.result<int64_t>(index(s, c));
//   }
//
// Natives never block and never keep host pointers into the stack across a
// call-in (VM::callIn may move the stack): re-read from vm.nativeArgs().
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "core/runtime/value.h"
#include "core/vm/program.h"

namespace gs::vm {
class VM;
}

namespace gs::lib {

class Args {
 public:
  explicit Args(uint8_t* base) : base_(base) {}
  template <class T> T arg() {
    align(alignof(T) > 8 ? 8 : alignof(T));
    T v = rt::load<T>(base_ + off_);
    off_ += sizeof(T);
    return v;
  }
  // Skips to the results area (call after reading every parameter).
  void beginResults() { align(8); }
  template <class T> void result(T v) {
    align(alignof(T) > 8 ? 8 : alignof(T));
    rt::store<T>(base_ + off_, v);
    off_ += sizeof(T);
  }
  // The address of the next value (for large or odd-sized values).
  uint8_t* at(size_t size, size_t alignment) {
    align(alignment);
    uint8_t* p = base_ + off_;
    off_ += size;
    return p;
  }
  size_t offset() const { return off_; }

 private:
  void align(size_t a) { off_ = (off_ + a - 1) / a * a; }
  uint8_t* base_;
  size_t off_ = 0;
};

// The native registered under a Go full name, or null.
vm::NativeFn findNative(std::string_view fullName);

struct NativeEntry {
  const char* name;
  vm::NativeFn fn;
};

// Each natives_<pkg>.cpp file defines one function that appends its table;
// natives.cpp lists them all (static registration objects would be dropped
// by the linker from a static library).
#define GS_NATIVE_PACKAGES(X) X(Fmt) X(Strings) X(Strconv) X(Math) X(Unicode) X(Os) X(Runtime) X(Errors) X(Rand) X(Time) X(Sync)
#define GS_DECLARE_NATIVES(Pkg) void register##Pkg##Natives(std::vector<NativeEntry>& out);
GS_NATIVE_PACKAGES(GS_DECLARE_NATIVES)
#undef GS_DECLARE_NATIVES

}  // namespace gs::lib
