// Escape analysis: which variables and allocations may live in a frame, and
// which must be in the heap. A reimplementation of Go 1.23's
// cmd/compile/internal/escape over our type-checked AST.
//
// The invariants it protects (Go's two, and they are ours too because our
// stacks move exactly like Go's):
//   1. No heap object holds a pointer into a goroutine stack. The stack copier
//      adjusts pointers in frames only (stack maps), never in the heap.
//   2. No pointer to a frame object outlives the object: not after the frame
//      returns, and not across loop iterations for a variable declared inside
//      the loop (each iteration has a logically distinct variable).
//
// How (Go's algorithm; docs/escape.md explains it in full):
//   * Every variable (parameters and results included) and every allocating
//     expression is a *location*. Every assignment, explicit or implied (call
//     arguments, returns, closure captures, interface boxing, ...), is an edge
//     dst <- src weighted by its dereference count: -1 for `dst = &src`, 0 for
//     `dst = src`, 1 for `dst = *src`, 2 for `dst = **src`. The heap is one
//     more location; so are two pseudo-locations, the "mutator" (pointers
//     written through) and the "callee" (func values called).
//   * From every location (the root) a Bellman-Ford walk computes the minimal
//     derefs to each location that flows to it. A location whose *address*
//     (derefs -1) reaches a root that outlives it (the heap, a result, a
//     variable of an outer loop or an enclosing function) escapes; escaping
//     is a new root. Repeat to a fixed point.
//   * A parameter's flows to the heap and to the function's results are its
//     *tag* ("leaking param: p", "leaking param content: p",
//     "leaking param: p to result ~r0 level=0", "p does not escape"). Calls
//     of already-analyzed functions use the callee's tags instead of its
//     body; mutually recursive functions are analyzed together in one batch.
//     Functions are visited bottom-up over the static call graph (Tarjan's
//     SCCs), packages in dependency order. A native function (a prelude
//     FuncDecl without body) uses a table of Go's own tags for the real
//     library function, or leaks every parameter to the heap if unlisted.
//   * Closures capture a variable by value when it is never reassigned after
//     the capture, its address is never taken and it is at most 128 bytes;
//     otherwise by reference (then the closure holds its address).
//   * Sizes: explicit variables over 10 MiB, implicit allocations over
//     64 KiB (`new`, `&T{}`, `make`, closures, method values) and `make`
//     with a non-constant size go to the heap regardless of flows.
//
// Goroscope does not inline, so the answers equal Go's for functions marked
// //go:noinline (and for every call of a non-inlined library function).
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/syntax/ast.h"
#include "core/syntax/source.h"
#include "core/types/check.h"

namespace gs::escape {

// The decisions, keyed by the type checker's objects and the syntax nodes of
// the program. Everything not mentioned must be assumed to escape (heap): a
// missing key is never a promise of stack allocation.
//
// What the compiler does with each field:
//   heapVars         give the variable a heap cell (allocated where the
//                    variable is declared, or for a parameter/result, at
//                    function entry, copying the incoming value); every other
//                    local variable lives in its frame slot, even when its
//                    address is taken (`p := &x` with p not escaping).
//   capturedByValue  a closure copies the variable's value into the closure
//                    object when the closure is created; otherwise the closure
//                    holds the variable's address (the variable is in the
//                    frame if not in heapVars, in its cell otherwise).
//   siteOnHeap       allocate the site's object in the heap when true, in
//                    the frame when false. A frame allocation must be fresh
//                    for each evaluation of the site only if the site is in a
//                    loop and its storage persists (the analysis already
//                    forces persisting-across-iterations storage to the heap,
//                    so one frame slot per site is enough).
//   boxOnHeap        the same for the box that holds a non-pointer-shaped
//                    value converted to an interface.
//   variadicOnHeap   the same for the implicit slice of a variadic call.
//   deferOnHeap      the same for the closure object of a deferred call or go
//                    statement (a go statement's is always heap; a defer's is
//                    frame-allocated only at the function's top loop level).
struct EscapeInfo {
  // Local variables (parameters and results included) that must live in the
  // heap: Go's "moved to heap: x".
  std::unordered_set<const types::Var*> heapVars;
  // Variables captured by value by every closure that captures them (Go
  // decides per variable: all closures capturing it agree). A captured
  // variable not in this set is captured by reference.
  std::unordered_set<const types::Var*> capturedByValue;
  // Allocation sites, true = heap. The node is:
  //   UnaryExpr `&T{...}` (the composite literal is its operand), or the
  //     CompositeLit itself for an elided `&T` inside another literal
  //     ([]*T{{1}}: the inner literal's type is *T);
  //   CompositeLit of slice or map type (struct and array literals allocate
  //     nothing by themselves);
  //   CallExpr of new, make (slice or map; channels are always heap),
  //     []byte(s), []rune(s), string(b), string(runes), string(r);
  //   BinaryExpr: the outermost `+` of a non-constant string concatenation
  //     (the whole chain a + b + c is one site);
  //   FuncLit: the closure object;
  //   SelectorExpr: a method value `x.M` (its closure object).
  std::unordered_map<const syntax::Node*, bool> siteOnHeap;
  // Interface boxes: the operand expression (never a ParenExpr: parentheses
  // are stripped) whose value is converted to an interface, implicitly
  // (assignment, argument, return, composite literal element, comparison,
  // ...) or explicitly (`any(x)`: the key is x). Only non-pointer-shaped
  // operands have a box; constants have one too in Go's accounting.
  std::unordered_map<const syntax::Expr*, bool> boxOnHeap;
  // The implicit `[]T{args...}` of a call of a variadic function without
  // `...`: keyed by the CallExpr.
  std::unordered_map<const syntax::CallExpr*, bool> variadicOnHeap;
  // go and defer statements: the closure that holds the callee and the
  // evaluated arguments.
  std::unordered_map<const syntax::Stmt*, bool> deferOnHeap;
  // Why a variable or site is in the heap, for the heap panel: "returned by
  // the function", "stored in a global or a heap object, or passed to a call
  // that keeps it", "captured by reference by a closure that escapes",
  // "its address is kept after its loop iteration ends", "too large for
  // stack", "non-constant size", ... (Batch::escapeReason, heapAllocReason).
  // Keys are the Var or the node used above.
  std::unordered_map<const void*, std::string> reason;
  // How -m names each allocation site ("func literal", "make([]int, n)",
  // "p.M", "s + t", the boxed operand "x", "... argument"), keyed like
  // reason; filled whatever the verbosity, for the heap panel.
  std::unordered_map<const void*, std::string> siteText;
  // The -m lines for package main (position + text without the position),
  // in Go's order. Empty when verbosity is 0.
  std::vector<syntax::Diagnostic> messages;
};

// Analyzes every function of the program. pkgs must be in dependency order
// (package main last), each type-checked without errors. verbosity: 0 no
// messages, 1 = -m, 2 = -m=2 (adds the flow explanations).
EscapeInfo analyzeProgram(types::TypeContext& ctx, const syntax::SourceSet& sources,
                          const std::vector<types::Package*>& pkgs, int verbosity);

// The messages as `go build -gcflags=-m` prints them after its
// "# command-line-arguments" line: "./prog.go:7:2: moved to heap: x\n"...
std::string formatMessages(const EscapeInfo& info, const syntax::SourceSet& sources);

}  // namespace gs::escape
