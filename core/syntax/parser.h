// The Go parser: source text -> ast.h tree.
//
// parseFile reproduces cmd/compile's parser (cmd/compile/internal/syntax)
// closely enough that a program with syntax errors gets the same messages
// at the same positions (`syntax error: unexpected newline in argument list;
// possibly missing comma or )`), including Go's error recovery, which
// decides which follow-up errors appear:
//   * at most one "syntax error" per line is recorded;
//   * after an error the parser skips to a token that can follow the broken
//     production (inside functions also to a statement keyword);
//   * errors at the end of the file are dropped once an error was reported.
//
// cmd/compile type-checks only if no "syntax error: ..." was reported
// (Diagnostics::hasSyntaxErrors); the other errors below do not stop it.
//
// Beyond syntax errors it reports what cmd/compile's parser reports:
//   * the lexer's errors ("newline in string", "invalid character U+0040 '@'");
//   * "method has no receiver", "method has multiple receivers" (the
//     receiver list is then cut to its first entity, or dropped);
//   * "expression in defer must not be parenthesized" (the parentheses are
//     removed);
//   * the branch checks of cmd/compile's syntax.CheckBranches mode, run on
//     every function body that parsed without errors: misplaced break,
//     continue and fallthrough, undefined/unused/duplicate labels, invalid
//     break/continue labels, gotos into blocks or over variable declarations
//     (e.g. `label L defined and not used`, `break is not in a loop, switch,
//     or select`). It also sets BranchStmt::target for every valid
//     break/continue/goto/fallthrough.
//
// Where Go's tree can hold something ours cannot, the parser reports the
// error that go/types would report later, but only when the file has no
// syntax error (cmd/compile type-checks only then):
//   * `go f` / `defer f` (not a call): "expression in go must be function
//     call". The statement then holds a synthesized CallExpr with fun = f, no
//     arguments and invalid lparen/rparen positions. The checker should only
//     evaluate fun (go/types' check.use: it marks variables used and reports
//     errors inside, e.g. in `go func() {...}`) and not check it as a call;
//   * `for a, b, c := range x`: "range clause permits at most two iteration
//     variables" (the extra variables are dropped).
//
// Other facts of the tree:
//   * Node::pos is the position of the node's first token; operator,
//     bracket and keyword positions are in the nodes' extra Pos fields.
//   * Parentheses are kept as ParenExpr in expressions; in pure type context
//     (`var x (int)`, `chan (<-chan int)`) they are dropped, as Go's parser
//     does. `&(x)` loses its parentheses too (Go does that for `&(T{})`).
//   * BasicLit::bad marks literals the lexer reported as malformed.
//   * FuncDecl::directives holds the `//go:...` comments between the end of
//     the previous top-level declaration and the `func` keyword.
//   * Input nested deeper than kMaxNesting levels (parentheses, blocks,
//     types, literals, else-if chains, and chains like `a+b+c...` or
//     `x.f().g()...`, which make equally deep trees) stops the parse with
//     "syntax error: exceeded max nesting depth" instead of overflowing the
//     C++ stack, here or in later stages that walk the tree recursively.
//     cmd/compile has no such limit; realistic programs stay far below it.
#pragma once

#include <cstdint>

#include "core/syntax/ast.h"
#include "core/syntax/source.h"

namespace gs::syntax {

constexpr int kMaxNesting = 1000;

// Parses sources.file(fileIndex). Always returns a File (possibly partial:
// after a syntax error the tree may contain BadExpr nodes and lack
// declarations). Errors are appended to diags in report order.
// With skipBodies, the bodies of top-level functions are not parsed (only
// their braces matched): FuncDecl::skipped says where each is, for
// parseSkippedBody. For the prelude, whose files are known to be valid and
// most of whose bodies a program never uses.
File* parseFile(AstArena& arena, const SourceSet& sources, int32_t fileIndex, Diagnostics& diags,
                bool skipBodies = false);

// Parses the body parseFile skipped in d (if any) into d->body, with the
// positions and checks a full parse gives it.
void parseSkippedBody(const SourceSet& sources, FuncDecl* d, Diagnostics& diags);

// The position cmd/compile's type checker reports an error about x at
// (syntax.StartPos): the first token, except that Go's tree places a slice
// expression at its "[" and a function type at its "(" (or "[" when it has
// type parameters), which shows in error positions, e.g. "mixed named and
// unnamed parameters" pointing into `func(int)`.
Pos syntaxStartPos(const Expr* x);

}  // namespace gs::syntax
