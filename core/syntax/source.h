// Source files and diagnostics shared by every compiler stage.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/syntax/token.h"

namespace gs::syntax {

struct SourceFile {
  std::string name;     // as shown in messages: "./prog.go", "fmt/print.go"
  std::string text;     // the whole file
  bool isPrelude = false;  // part of Goroscope's Go-written standard library
};

// The files of one compilation. Positions refer to them by index.
class SourceSet {
 public:
  int32_t add(SourceFile f) {
    files_.push_back(std::move(f));
    return static_cast<int32_t>(files_.size() - 1);
  }
  const SourceFile& file(int32_t i) const { return files_[static_cast<size_t>(i)]; }
  size_t size() const { return files_.size(); }
  // "./prog.go:5:2"
  std::string format(Pos p) const;

 private:
  std::vector<SourceFile> files_;
};

// One compile error in Go's words, e.g. {pos, "declared and not used: x"}.
struct Diagnostic {
  Pos pos;
  std::string msg;
  bool soft = false;  // reported only if there are no other errors (go/types' soft errors)
};

// Collects errors in report order. Go's compiler stops after 10 errors with
// "too many errors"; sorting and that cut-off happen in formatAll().
class Diagnostics {
 public:
  void error(Pos p, std::string msg) { list_.push_back({p, std::move(msg), false}); }
  void softError(Pos p, std::string msg) { list_.push_back({p, std::move(msg), true}); }
  bool empty() const { return list_.empty(); }
  size_t count() const { return list_.size(); }
  const std::vector<Diagnostic>& list() const { return list_; }
  // Whether a "syntax error: ..." was reported. cmd/compile type-checks a
  // package only when no syntax error was reported (lexical errors such as
  // "newline in string", and parser errors without that prefix, do not stop
  // type checking).
  bool hasSyntaxErrors() const {
    for (const auto& d : list_) {
      if (d.msg.rfind("syntax error", 0) == 0) return true;
    }
    return false;
  }
  // The compiler's stderr text: one "FILE:LINE:COL: msg" line per error,
  // sorted by position, at most 10, then "FILE:LINE:COL: too many errors".
  std::string formatAll(const SourceSet& sources) const;

 private:
  std::vector<Diagnostic> list_;
};

}  // namespace gs::syntax
