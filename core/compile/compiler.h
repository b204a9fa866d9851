// The compiler: checked syntax trees in, a vm::Program out.
//
// It lays out frames (every slot typed, every frame size fixed here) and
// emits bytecode one function at a time, starting from the program's entry
// and following references, so only reachable functions are compiled.
// Generic functions are compiled once per distinct instantiation.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/syntax/source.h"
#include "core/types/check.h"
#include "core/vm/program.h"

namespace gs::escape {
struct EscapeInfo;
}

namespace gs::compile {

struct CompileOptions {
  // Absolute path of each source file as tracebacks print it (index = file).
  std::vector<std::string> tracebackPaths;
  // Escape analysis's decisions for the same packages (core/escape). With
  // them, variables and allocations that do not escape live in frames; when
  // null, the compiler falls back to the conservative rule (every variable
  // whose address is taken or that a closure captures lives in a heap cell,
  // every allocation is in the heap).
  const escape::EscapeInfo* escape = nullptr;
};

// packages: every package of the program in dependency order (runtime and
// other preludes first, main last). Returns null after reporting internal
// errors into diags (a checked program should always compile).
std::unique_ptr<vm::Program> compileProgram(types::TypeContext& ctx, const syntax::SourceSet& sources,
                                            const std::vector<types::Package*>& packages,
                                            syntax::Diagnostics& diags, const CompileOptions& opts);

}  // namespace gs::compile
