// Printing syntax trees: a compact S-expression dump (tests, and
// `goroscope parse --dump`), and Go-syntax strings of expressions as the Go
// compiler prints them inside error messages.
#pragma once

#include <string>
#include <vector>

#include "core/syntax/ast.h"

namespace gs::syntax {

struct DumpOptions {
  bool positions = false;  // append "@line:col" to every node
  // With positions: only on names and literals (whose positions every
  // tree agrees on; used to compare with other parsers).
  bool leafPositionsOnly = false;
};

// One line per node, nested as S-expressions. Examples:
//   a + b*c            (+ a (* b c))
//   f(x, ys...)        (call f x ys ...)
//   x := <-ch          (:= (x) ((<- ch)))
//   []int{1, 2}        (complit (slicetype int) 1 2)
//   func(a, b int) int (func (params (field (a b) int)) (results (field () int)))
// Absent optional parts print as "-". A File prints one declaration per
// line. See tests/unit/syntax_test.cpp for every form.
std::string dumpAst(const Node* n, const DumpOptions& opts = DumpOptions());

// An expression in Go syntax, the way cmd/compile's syntax.String prints it
// in error messages: binary operators surrounded by spaces, function and
// composite literal bodies shortened to "{…}", parentheses as written.
//   exprString(`a+b`) == "a + b";  `[]int{1,2}` -> "[]int{…}"
std::string exprString(const Expr* x);
// Expressions separated by ", ".
std::string exprListString(const std::vector<Expr*>& list);
// A simple statement in the same style ("x := 1", "x++", "ch <- v",
// "x += 2"); other statements print their keyword and expressions only.
std::string stmtString(const Stmt* s);

}  // namespace gs::syntax
