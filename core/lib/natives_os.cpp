// Package os's natives: the host's standard streams, the program's
// arguments and os.Exit (see core/lib/go/os/os.go).
#include <iterator>
#include <vector>

#include "core/lib/natives.h"
#include "core/vm/vm.h"

namespace gs::lib {

namespace {

using rt::GoSlice;
using rt::GoString;

// func writeFd(fd int, b []byte) int
// The Go side only passes 1 (stdout) or 2 (stderr).
void osWriteFd(vm::VM& vm, uint8_t* args) {
  Args a(args);
  int64_t fd = a.arg<int64_t>();
  GoSlice b = a.arg<GoSlice>();
  a.beginResults();
  if (b.len > 0) vm.host().write(static_cast<int>(fd), reinterpret_cast<const char*>(b.data()), static_cast<size_t>(b.len));
  a.result<int64_t>(b.len);
}

// func writeFdString(fd int, s string) int
void osWriteFdString(vm::VM& vm, uint8_t* args) {
  Args a(args);
  int64_t fd = a.arg<int64_t>();
  GoString s = a.arg<GoString>();
  a.beginResults();
  if (s.len > 0) vm.host().write(static_cast<int>(fd), s.data(), static_cast<size_t>(s.len));
  a.result<int64_t>(s.len);
}

// func readStdin(b []byte) (n int, eof bool)
// Copies pending standard input into b. With nothing pending yet the
// goroutine waits ("IO wait") and the call runs again when input arrives.
void osReadStdin(vm::VM& vm, uint8_t* args) {
  Args a(args);
  GoSlice b = a.arg<GoSlice>();
  a.beginResults();
  int64_t n = vm.takeInput(b.data(), b.len);
  if (n < 0) {
    vm.waitInput();
    return;
  }
  a.result<int64_t>(n);
  a.result<uint8_t>(n == 0 ? 1 : 0);
}

// func runArgs() []string
// os.Args: the VM's argument list (the CLI and the page put the program
// name first, as Go does).
void osRunArgs(vm::VM& vm, uint8_t* args) {
  const std::vector<std::string>& list = vm.options().args;
  GoSlice result{0, 0, 0};
  if (!list.empty()) {
    const vm::Program& prog = vm.program();
    const rt::RType* stringType =
        prog.wk.stringType >= 0 ? prog.types[static_cast<size_t>(prog.wk.stringType)].get() : nullptr;
    int64_t n = static_cast<int64_t>(list.size());
    uint8_t* arr = vm.alloc(static_cast<uint64_t>(n) * sizeof(GoString), stringType, vm.kSiteHere);
    if (vm.failed()) return;
    for (int64_t i = 0; i < n; i++) {
      GoString s = vm.newString(list[static_cast<size_t>(i)]);
      if (vm.failed()) return;
      rt::store<GoString>(arr + i * sizeof(GoString), s);
    }
    result = GoSlice{rt::fromHost(arr), n, n};
  }
  Args a(args);
  a.beginResults();
  a.result<GoSlice>(result);
}

// func Exit(code int)
void osExit(vm::VM& vm, uint8_t* args) {
  Args a(args);
  int64_t code = a.arg<int64_t>();
  vm.exitProgram(static_cast<int>(code));
}

}  // namespace

void registerOsNatives(std::vector<NativeEntry>& out) {
  static const NativeEntry entries[] = {
      {"os.Exit", osExit},
      {"os.readStdin", osReadStdin},
      {"os.runArgs", osRunArgs},
      {"os.writeFd", osWriteFd},
      {"os.writeFdString", osWriteFdString},
  };
  out.insert(out.end(), std::begin(entries), std::end(entries));
}

}  // namespace gs::lib
