// The `goroscope run` flags, shared by the native CLI (core/cli/main.cpp) and
// the WebAssembly build (core/wasm), so that `scripts/goroscope-wasm run`
// accepts exactly what the native command does.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/vm/vm.h"

namespace gs::cli {

// What `run` understands besides the VM's options.
struct RunFlags {
  vm::RunOptions vm;
  bool inspectAtExit = false;  // --inspect-at-exit: print core/inspect's snapshot JSON to stderr at exit
};

// Sizes like 1000000, 256MiB, 1GiB, 64KiB, 1GB.
bool parseSize(const std::string& s, uint64_t* out);

// Parses the leading --flags of args into *flags. Returns the index of the
// first non-flag argument (the Go file), or -1 after writing Go-style
// complaint text to *error ("goroscope: unknown flag --x\n").
int parseRunFlags(const std::vector<std::string>& args, RunFlags* flags, std::string* error);

// The usage text for the run flags (one line each).
extern const char* const kRunFlagsUsage;

}  // namespace gs::cli
