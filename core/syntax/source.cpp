// Formatting of positions and of the compiler's error report.
//
// Diagnostics::formatAll reproduces what cmd/compile prints (verified
// against Go 1.23, see tests/unit/syntax_test.cpp):
//   * errors are filtered in the order they were reported: at most one
//     "syntax error" per line, and an error identical to the previous
//     non-syntax error on the same line is dropped;
//   * when the 10th error is kept, reporting stops: the 10 errors are
//     printed sorted by position (a stable sort, so errors at the same
//     position keep their report order), followed by
//     "FILE:LINE:COL: too many errors" at the position of that 10th
//     *reported* error (not the last one printed) — also when there were
//     exactly 10 errors;
//   * identical consecutive lines are printed once.
// Soft errors (see Diagnostic::soft) are dropped when a non-soft error
// exists.
#include <algorithm>

#include "core/syntax/source.h"

namespace gs::syntax {

std::string SourceSet::format(Pos p) const {
  if (p.file < 0 || static_cast<size_t>(p.file) >= files_.size()) return std::string();
  std::string s = files_[static_cast<size_t>(p.file)].name;
  if (p.valid()) {
    s += ':';
    s += std::to_string(p.line);
    s += ':';
    s += std::to_string(p.col);
  }
  return s;
}

namespace {

bool sameLine(Pos a, Pos b) { return a.valid() && b.valid() && a.file == b.file && a.line == b.line; }

bool before(Pos a, Pos b) {
  if (a.file != b.file) return a.file < b.file;
  if (a.line != b.line) return a.line < b.line;
  return a.col < b.col;
}

bool isSyntaxError(const std::string& msg) { return msg.rfind("syntax error", 0) == 0; }

}  // namespace

std::string Diagnostics::formatAll(const SourceSet& sources) const {
  constexpr size_t kMaxErrors = 10;  // cmd/compile's limit without -e

  bool anyHard = false;
  for (const auto& d : list_) anyHard |= !d.soft;

  std::vector<const Diagnostic*> kept;
  Pos lastSyntax, lastOther;
  const std::string* lastOtherMsg = nullptr;
  const Diagnostic* tooMany = nullptr;
  for (const auto& d : list_) {
    if (d.soft && anyHard) continue;
    if (isSyntaxError(d.msg)) {
      if (sameLine(lastSyntax, d.pos)) continue;
      lastSyntax = d.pos;
    } else {
      if (sameLine(lastOther, d.pos) && lastOtherMsg && *lastOtherMsg == d.msg) continue;
      lastOther = d.pos;
      lastOtherMsg = &d.msg;
    }
    kept.push_back(&d);
    if (kept.size() >= kMaxErrors) {
      tooMany = &d;
      break;
    }
  }

  std::stable_sort(kept.begin(), kept.end(),
                   [](const Diagnostic* a, const Diagnostic* b) { return before(a->pos, b->pos); });

  std::string out, prev;
  for (const Diagnostic* d : kept) {
    // cmd/compile omits the position of an error that has none.
    std::string line = d->pos.valid() ? sources.format(d->pos) : std::string();
    if (!line.empty()) line += ": ";
    line += d->msg;
    line += '\n';
    if (line != prev) out += line;
    prev = std::move(line);
  }
  if (tooMany) {
    std::string where = tooMany->pos.valid() ? sources.format(tooMany->pos) : std::string();
    out += where.empty() ? "too many errors\n" : where + ": too many errors\n";
  }
  return out;
}

}  // namespace gs::syntax
