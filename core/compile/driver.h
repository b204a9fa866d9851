// The build driver: Go source text in, a runnable program or Go's compile
// errors out. It parses the user's file, resolves imports against the
// embedded prelude packages (always including package runtime), type-checks
// packages in dependency order and compiles the program.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/syntax/ast.h"
#include "core/syntax/source.h"
#include "core/types/check.h"
#include "core/vm/program.h"

namespace gs::compile {

struct BuildInput {
  std::string displayName = "./prog.go";  // as compile errors print it
  std::string tracebackPath = "/tmp/prog.go";  // as tracebacks print it
  std::string source;
  // Escape analysis report: 0 none, 1 like `go build -gcflags=-m`, 2 like
  // -m=2 (with the flow explanations). Only package main is reported.
  int escapeVerbosity = 0;
};

struct BuildResult {
  bool ok = false;
  // Compile errors exactly as `go build` prints them after its
  // "# command-line-arguments" line (which callers print themselves when
  // errorsHaveHeader is true; some errors, like unknown imports, have none).
  std::string errors;
  bool errorsHaveHeader = true;
  // The -m lines (escapeVerbosity > 0), without go build's
  // "# command-line-arguments" header; empty when there is nothing to say.
  std::string escapeMessages;
  std::unique_ptr<vm::Program> program;
};

// The whole front end and compiler in one call.
BuildResult build(const BuildInput& in);

}  // namespace gs::compile
