// Internals of the escape analysis, shared by its translation units.
//
// Vocabulary (Go's, from cmd/compile/internal/escape):
//   location  a variable or an allocation: where values are stored
//   hole      a context an expression's value flows into: a location plus a
//             dereference count ("x = **_" is the hole {x, 2})
//   edge      dst <- src with derefs (-1 address-of, 0 copy, n >= 1 loads)
//   batch     functions analyzed together: one function and its closures,
//             or a set of mutually recursive functions
//   tag       a parameter's leaks (to the heap, the mutator, the callee,
//             each of the first five results), with minimal derefs
//
// Files: graph.cpp (locations, holes, flows), solve.cpp (the walk),
// expr.cpp / stmt.cpp / call.cpp (the AST to data-flow lowering, following
// the IR Go builds before its own escape analysis: implicit conversions,
// go/defer wrappers, per-iteration loop variables, ...), batch.cpp (the
// program driver, prescan, bottom-up batches and the -m report), irfmt.cpp
// (expressions, types and positions printed as cmd/compile prints them),
// natives.cpp (tags of bodyless prelude functions).
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/escape/escape.h"
#include "core/types/constant.h"

namespace gs::escape {

namespace syn = gs::syntax;
namespace ty = gs::types;

// Go's ir.MaxStackVarSize and ir.MaxImplicitStackVarSize.
constexpr int64_t kMaxStackVarSize = 10 * 1024 * 1024;
constexpr int64_t kMaxImplicitStackVarSize = 64 * 1024;
// Closure variables up to this size are captured by value.
constexpr int64_t kMaxByValueCapture = 128;

// Location attributes (a bitset).
enum : uint8_t {
  kAttrEscapes = 1,   // the address escapes: heap allocate
  kAttrPersists = 2,  // the address outlives the statement
  kAttrMutates = 4,   // memory reachable from here may be written
  kAttrCalls = 8,     // func values reachable from here may be called
};

// A parameter's leaks: minimal derefs (+1; 0 = no flow) to the heap, the
// mutator, the callee and the first five results, like Go's `leaks`.
class Leaks {
 public:
  static constexpr int kHeap = 0, kMutator = 1, kCallee = 2, kResult0 = 3;
  static constexpr int kNumResults = 5;
  int get(int i) const { return int(v_[i]) - 1; }
  int heap() const { return get(kHeap); }
  int mutator() const { return get(kMutator); }
  int callee() const { return get(kCallee); }
  int result(int i) const { return get(kResult0 + i); }
  void addHeap(int derefs) { add(kHeap, derefs); }
  void addMutator(int derefs) { add(kMutator, derefs); }
  void addCallee(int derefs) { add(kCallee, derefs); }
  void addResult(int i, int derefs) { add(kResult0 + i, derefs); }
  // Drops result/mutator/callee flows no shorter than the heap flow.
  void optimize();
  void add(int i, int derefs);
  void set(int i, int derefs);

 private:
  uint8_t v_[8] = {};
};

// Why a flow exists, for -m=2 ("from &x (address-of) at ./prog.go:6:9").
struct Note {
  const Note* next;
  syn::Pos pos;
  std::string where;
  const char* why;
};

struct Func;
struct Location;

struct Edge {
  Location* src;
  int derefs;  // >= -1
  const Note* notes;
};

enum class LocKind : uint8_t { Var, Site, Temp, Heap, Mutator, Callee, Blank };

// What an allocation site is (which EscapeInfo map reports it).
enum class SiteKind : uint8_t {
  None,
  Alloc,        // new, make, &T{}, slice/map literal, conversions, concatenation
  Box,          // interface conversion of a non-pointer-shaped value
  Variadic,     // the implicit slice of a variadic call
  Closure,      // a function literal
  MethodValue,  // x.M used as a value
  Wrapper,      // the hidden closure of a go/defer statement (never reported)
};

struct Location {
  LocKind kind = LocKind::Temp;
  SiteKind site = SiteKind::None;
  const ty::Var* var = nullptr;     // Var
  const syn::Node* node = nullptr;  // Site: the key node (see EscapeInfo)
  Func* closureFn = nullptr;        // Closure sites: the literal's function
  std::string text;                 // Var: its name; Site: the expression as Go prints it;
                                    // Temp: a go/defer temporary's name (.autotmp_N) or empty
  syn::Pos pos;                     // Var: declaration; Site: the IR node's position
  Func* curfn = nullptr;            // enclosing function
  std::vector<Edge> edges;          // incoming
  int loopDepth = 0;                // at declaration
  int resultIndex = 0;              // 1-based index of a result variable, else 0
  bool isParam = false;             // Go's PPARAM (receiver included)
  bool isResult = false;            // Go's PPARAMOUT
  bool isZeroCopyCandidate = false; // a []byte(s) conversion
  const char* heapReason = nullptr; // "too large for stack", "non-constant size", ...
  const char* escapeWhy = nullptr;  // why its address escaped (EscapeInfo::reason), see escapeReason
  int64_t tempSize = 0;             // Temp: size of the value (go/defer captures)

  // walkOne state
  int derefs = 0;
  uint32_t walkgen = 0;
  Location* dst = nullptr;
  int dstEdgeIdx = 0;
  bool queued = false;

  uint8_t attrs = 0;
  Leaks paramEsc;
  bool captured = false;    // captured by a closure
  bool reassigned = false;  // assigned after its declaration
  bool addrtaken = false;   // its address is taken

  bool hasAttr(uint8_t a) const { return (attrs & a) != 0; }
};

struct Batch;

// A context an expression's value flows into.
struct Hole {
  Location* dst = nullptr;
  int derefs = 0;  // >= -1
  const Note* notes = nullptr;
  bool addrtaken = false;  // this context takes the expression's address

  Hole shift(int delta) const {
    Hole k = *this;
    k.derefs += delta;
    k.addrtaken = delta < 0;
    return k;
  }
};

enum class FuncKind : uint8_t { Decl, Lit, Wrapper, Init };

// Go's escFuncUnknown .. escFuncTagged.
enum : uint8_t { kFuncUnknown, kFuncPlanned, kFuncStarted, kFuncTagged };

struct Capture {
  const ty::Var* var;
  syn::Pos pos;  // first use inside the closure
};

// One function: a FuncDecl, a FuncLit, a go/defer wrapper or a package's
// variable initialization (Go's init function).
struct Func {
  FuncKind kind = FuncKind::Decl;
  syn::FuncDecl* decl = nullptr;
  syn::FuncLit* lit = nullptr;
  ty::Func* obj = nullptr;
  ty::Signature* sig = nullptr;
  syn::BlockStmt* body = nullptr;
  ty::Package* pkg = nullptr;
  Func* closureParent = nullptr;   // Lit, Wrapper
  std::string name;                // as Go prints the function: "f", "(*T).M", "f.func1"
  int litCounter = 0;              // numbering of nested literals (Go's f.func1, f.func2)
  int rangeStateCounter = 0;       // numbering of range-over-func state variables
  int dclCount = 0;                // Go's len(fn.Dcl) while reading: numbers .autotmp_N
  std::vector<const ty::Var*> recvParams;  // receiver first, then parameters
  std::vector<const ty::Var*> results;
  std::vector<std::string> resultNames;    // "~r0" for unnamed results
  std::vector<const ty::Var*> dcl;         // declared variables, Go's Dcl order
  std::vector<Capture> closureVars;        // Lit, Wrapper: captured variables
  std::vector<Location*> wrapperTemps;     // Wrapper: captured temporaries
  std::vector<Func*> refs;                 // referenced package-level functions, in visit order
  std::vector<Func*> lits;                 // nested literals, in visit order (all depths)
  uint8_t esc = kFuncUnknown;
  bool closureResultsLost = false;
  bool native = false;       // a prelude function without body
  bool noinline = false;     // //go:noinline (informational)
  bool tagged = false;       // tags is valid
  std::vector<Leaks> tags;   // one per recvParams entry
  Location* closureLoc = nullptr;  // Lit/Wrapper: the closure's allocation site
  uint32_t sccId = 0;        // Tarjan bookkeeping
};

// Facts about a local variable gathered before the walk.
struct VarInfo {
  Func* owner = nullptr;            // declaring function
  syn::Expr* defnValue = nullptr;   // `v := e` / `var v = e` (1:1 or N:N): e
  bool hasDefn = false;             // declared by an assignment with a value
  bool staticReassigned = false;    // Go's ir.Reassigned (besides address-taken)
  bool addrTaken = false;           // &v, implicit & (pointer method, array slicing)
  bool perIteration = false;        // a loop variable Go 1.22 makes per-iteration (captured or &)
};

// ---------------------------------------------------------------- irfmt.cpp

// Printing as cmd/compile's ir package does in -m messages. `local` is the
// package whose types print unqualified.
struct IrPrinter {
  const ty::Package* local = nullptr;
  const syn::SourceSet* sources = nullptr;
  // Go's reader temporaries, for calls with a multi-valued argument.
  const std::unordered_map<const syn::Node*, int>* temps = nullptr;
  // Inside a go/defer wrapper: operands (and method selectors, for their
  // receiver) replaced by the temporaries that hold them (.autotmp_N).
  const std::unordered_map<const syn::Node*, std::string>* rename = nullptr;
  // Type parameters of generic functions instantiated with one GC shape
  // only: printed as Go prints them inside the instantiation
  // ("go.shape.int", "go.shape.*uint8").
  const std::unordered_map<const ty::Type*, std::string>* shapes = nullptr;
  std::string type(const ty::Type* t) const;
  std::string expr(const syn::Expr* e, int prec = 0) const;
  std::string stmt(const syn::Stmt* s) const;
  std::string constant(const ty::Constant& c, const ty::Type* t) const;
  std::string exprList(const std::vector<syn::Expr*>& list) const;
  ty::Type* appendEmbeddedPath(const syn::SelectorExpr* se, std::string* out) const;
  std::string call(const syn::CallExpr* c) const;
};

struct Analyzer;

// The state shared by one batch of functions (Go's `batch`).
struct Batch {
  Analyzer* an = nullptr;
  std::deque<Location> locStore;
  std::vector<Location*> allLocs;
  struct ClosureFlow {
    Hole k;
    Func* fn;
  };
  std::vector<ClosureFlow> closures;
  std::vector<Func*> fns;
  Location heapLoc, mutatorLoc, calleeLoc, blankLoc;
  std::unordered_map<const ty::Var*, Location*> varLocs;
  std::deque<Note> noteStore;

  bool explain() const;  // -m=2
  Hole heapHole() { return Hole{&heapLoc}; }
  Hole mutatorHole() { return Hole{&mutatorLoc}; }
  Hole calleeHole() { return Hole{&calleeLoc}; }
  Hole discardHole() { return Hole{&blankLoc}; }
  Location* newLoc(Func* curfn, int loopDepth, bool persists);
  Location* oldLoc(const ty::Var* v);  // null when the variable has none
  void flow(Hole k, Location* src);
  Hole note(Hole k, syn::Pos pos, std::string where, const char* why);
  bool inMutualBatch(Func* fn) const;
  void flowClosure(Hole k, Func* clo);

  // solve.cpp
  void walkAll();
  void walkOne(Location* root, uint32_t walkgen, std::vector<Location*>& todo);
  bool outlives(Location* l, Location* other);
  void leakTo(Location* l, Location* sink, int derefs);
  void explainPath(Location* root, Location* src);
  void explainFlow(syn::Pos at, Location* dst, Location* src, int derefs, const Note* notes);
  std::string explainLoc(Location* l);
  // For the heap panel: why l's address escapes when it reaches root.
  const char* escapeReason(Location* root, Location* l);
};

// Walks one function's body (Go's `escape`).
class Walker {
 public:
  Walker(Batch& b, Func* fn);
  void walkFunc();

  // expr.cpp
  void expr(Hole k, syn::Expr* n);
  void discard(syn::Expr* n) { if (n) expr(b_.discardHole(), n); }
  // n converted implicitly to dst (Go's implicitConvExpr) flowing into k.
  void exprConv(Hole k, syn::Expr* n, ty::Type* dst);
  void discardConv(syn::Expr* n, ty::Type* dst) { exprConv(b_.discardHole(), n, dst); }
  Hole spill(Hole k, Location* loc, syn::Pos pos, const std::string& text);
  Location* newSite(SiteKind kind, const syn::Node* node, syn::Pos pos, std::string text);
  Hole addrHole(syn::Expr* n);  // Go's e.addr: storing into n
  void mutate(syn::Expr* n) { expr(b_.mutatorHole(), n); }
  void assignHeap(syn::Expr* src, ty::Type* dst, syn::Pos pos, const std::string& where, const char* why);
  Hole teeHole(const std::vector<Hole>& ks);
  Hole later(Hole k);
  Hole noteNode(Hole k, const syn::Node* where, const char* why);
  Hole derefNode(Hole k, const syn::Node* where, const char* why) { return noteNode(k.shift(1), where, why); }
  Hole addrNode(Hole k, const syn::Node* where, const char* why) { return noteNode(k.shift(-1), where, why); }
  // An & the front end adds (a pointer method's receiver, a sliced array):
  // noted as the operand, at the position of the expression `at` that
  // implies it.
  Hole implicitAddr(Hole k, const syn::Expr* operand, const syn::Expr* at);
  Hole dotType(Hole k, ty::Type* t, const syn::Node* where, const char* why);

  // stmt.cpp
  void stmt(syn::Stmt* s);
  void stmts(const std::vector<syn::Stmt*>& list);
  void block(syn::BlockStmt* b);
  void blockList(const std::vector<syn::Stmt*>& list);
  Hole dcl(const ty::Var* v);
  void reassigned(const std::vector<Hole>& ks, bool isRange, const std::vector<const ty::Var*>& definedHere);
  // Assignment dsts = srcs (Go's assignList); dsts may hold nullptr for `_`.
  void assignList(const std::vector<syn::Expr*>& dsts, const std::vector<syn::Expr*>& srcs,
                  const syn::Node* where, const char* why, const std::vector<const ty::Var*>& defined);

  // call.cpp
  // Evaluates a call; ks are the holes of its results (empty: discarded).
  void call(const std::vector<Hole>& ks, syn::CallExpr* call);
  void goDefer(syn::Stmt* s, syn::CallExpr* call, bool isGo);
  Hole tagHole(const std::vector<Hole>& ks, Func* fn, int paramIndex, bool dynamic);
  // The expression x.M's receiver, with implicit field selections, & and *.
  void recvExpr(Hole k, syn::SelectorExpr* sel);
  Func* staticCallee(syn::Expr* fun);

  Batch& b_;
  Func* fn_;
  int loopDepth_ = 1;
  // go/defer wrappers: arguments (and receivers, keyed by their selector)
  // evaluated before the statement into temporaries.
  std::unordered_map<const syn::Expr*, Location*> subst_;
  std::unordered_map<const syn::SelectorExpr*, Location*> recvSubst_;
  std::vector<Location*> tupleSubst_;  // f(g()) in a go/defer: g's values
  std::unordered_map<const syn::Node*, std::string> rename_;  // -m=2: their names (IrPrinter::rename)
  std::unordered_map<const syn::LabeledStmt*, int> labels_;  // 1 looping, 2 non-looping

 private:
  void compLit(Hole k, syn::CompositeLit* lit, ty::Type* litType);
  void closure(Hole k, syn::FuncLit* lit);
  void selector(Hole k, syn::SelectorExpr* n);
  void fieldPath(Hole k, syn::Expr* x, ty::Type* xType, const std::vector<int>& path, size_t count, const syn::Node* where);
  void methodValue(Hole k, syn::SelectorExpr* n);
  void convIface(Hole k, syn::Expr* x, const std::string& text, const syn::Node* where);
  void conversion(Hole k, syn::CallExpr* call);
  void builtin(const std::vector<Hole>& ks, syn::CallExpr* call);
  void addString(Hole k, syn::BinaryExpr* n);
  void unsafeValue(Hole k, syn::Expr* n);
  void forStmt(syn::ForStmt* s);
  void rangeFunc(syn::RangeStmt* s);
  void rangeStmt(syn::RangeStmt* s);
  void switchStmt(syn::SwitchStmt* s);
  void typeSwitchStmt(syn::TypeSwitchStmt* s);
  void selectStmt(syn::SelectStmt* s);
  void assignStmt(syn::AssignStmt* s);
  void returnStmt(syn::ReturnStmt* s);
  void declStmt(syn::DeclStmt* s);
  // Evaluates a multi-valued expression (call, comma-ok form) into ks.
  void multiValue(const std::vector<Hole>& ks, syn::Expr* rhs);
  void tupleAssign(const std::vector<Hole>& ks, const std::vector<ty::Type*>& dsts, syn::Expr* rhs,
                   const syn::Node* where, syn::Pos pos, const char* why);
  void argsToParams(const std::vector<Hole>& ks, syn::CallExpr* call, Func* fn, ty::Signature* sig,
                    syn::Expr* recvArg, syn::SelectorExpr* recvSel, bool dynamic);
  void tupleArgs(const std::vector<Hole>& ks, syn::CallExpr* c, Func* fn, ty::Signature* sig, int pi,
                 bool dynamic, syn::Expr* a0, ty::Tuple* tu);
 public:
  void tempValue(Hole k, Location* t, ty::Type* vt, ty::Type* dst, const syn::Node* tupleExpr, size_t i,
                 syn::Pos pos);
 private:
};

// The program-wide state.
struct Analyzer {
  ty::TypeContext& tc;
  const syn::SourceSet& sources;
  int verbosity;
  EscapeInfo& out;
  ty::Package* mainPkg = nullptr;
  ty::Package* curPkg = nullptr;
  bool printingPkg = false;  // analyzing package main with verbosity > 0
  // Analyzing package main: allocation sites get their -m text even without
  // -m (EscapeInfo::siteText, shown by the heap panel).
  bool namingSites = false;

  std::deque<Func> funcStore;
  std::unordered_map<const syn::Node*, Func*> funcOfNode;   // FuncDecl / FuncLit
  std::unordered_map<const ty::Func*, Func*> funcOfObj;
  std::unordered_map<const ty::Var*, VarInfo> vars;
  // Loops whose declared variables are per-iteration and captured or
  // address-taken (Go rewrites them); the variables are in VarInfo.
  std::unordered_set<const syn::Stmt*> rewrittenLoops;
  std::unordered_map<const syn::Node*, Func*> wrapperOf;  // go/defer statement -> wrapper
  std::unordered_map<Func*, std::vector<syn::Expr*>> initExprs;  // Init: dynamic initializers
  // Range-over-func loops: the hidden #stateN variable of Go's rewrite.
  std::unordered_map<const syn::Stmt*, const ty::Var*> rangeState;
  std::deque<std::unique_ptr<ty::Var>> synthVars;
  // Go's reader temporaries (.autotmp_N, N = the function's declaration
  // count when made): the first index for a multi-valued expression.
  std::unordered_map<const syn::Node*, int> tempBase;
  std::string tempName(const syn::Node* n, size_t i) const;
  IrPrinter printer() const {
    IrPrinter p;
    p.local = curPkg;
    p.sources = &sources;
    p.temps = &tempBase;
    p.shapes = &shapeNames;
    return p;
  }
  // Shapes: the type arguments of every instantiation of each generic
  // function of the package (as shape names, "" when we cannot name the
  // shape), and the resulting names of the type parameters of functions
  // with exactly one shape (IrPrinter::shapes).
  std::unordered_map<const ty::Object*, std::vector<std::vector<std::string>>> instShapes;
  std::unordered_map<const ty::Type*, std::string> shapeNames;
  void noteInstance(const ty::Instance* inst);
  void computeShapeNames();
  // Per-statement helpers for -m=2 names.
  Analyzer(ty::TypeContext& tc_, const syn::SourceSet& s, int v, EscapeInfo& o)
      : tc(tc_), sources(s), verbosity(v), out(o) {}

  Func* newFunc(FuncKind k);
  bool printing(syn::Pos p) const;  // messages for this position are reported
  void message(syn::Pos p, std::string msg);
  std::string posString(syn::Pos p) const { return sources.format(p); }
  void analyzePackage(ty::Package* pkg);
  void prescanPackage(ty::Package* pkg, std::vector<Func*>* roots);
  void visitBottomUp(const std::vector<Func*>& roots);
  void runBatch(const std::vector<Func*>& fns);
  void finish(Batch& b);
  void paramTag(Batch& b, Func* fn, size_t i);
  void reportLeaks(syn::Pos pos, const std::string& name, const Leaks& esc, Func* fn);
  void recordResults(Batch& b);
  const char* heapAllocReason(Location* loc);
  void nativeTags(Func* fn);
};

// ---------------------------------------------------------------- types

// Go's HasPointers, IsDirectIface, IsInterface over our types.
bool hasPointers(ty::Type* t);
bool isDirectIface(ty::Type* t);
bool isInterface(ty::Type* t);
bool isString(ty::Type* t);
bool isArray(ty::Type* t);
bool isSlice(ty::Type* t);
bool isPointer(ty::Type* t);
bool isMap(ty::Type* t);
bool isUintptr(ty::Type* t);
bool isUnsafePointer(ty::Type* t);
int64_t typeSize(ty::Type* t);


// The position cmd/compile's syntax package gives an expression: the
// operator of binary expressions, '(' of calls and conversions, '.' of
// selectors and type assertions, '[' of index and slice expressions, '{' of
// composite literals, the first token otherwise.
syn::Pos irPos(const syn::SourceSet& sources, const syn::Expr* e);
// The position of a statement as cmd/compile reports it (assignments at
// their operator, others at their keyword).
syn::Pos stmtPos(const syn::Stmt* s);

// A go/defer operand evaluated at the statement (see deferTemps).
struct DeferTemp {
  enum Kind : uint8_t { Value, Receiver, TupleElem } kind;
  syn::Expr* x;                 // Value: the operand
  ty::Type* dst;                // Value: converted to this interface type, or null
  syn::SelectorExpr* sel;       // Receiver: the method selector
  int index = 0;                // TupleElem: which value
};
void deferTemps(syn::CallExpr* c, ty::TypeContext& tc, std::vector<DeferTemp>* out);
bool needsDeferWrapper(syn::CallExpr* c);

// Whether dst = src stores nothing new for escape purposes (Go's
// isSelfAssign: b.buf = b.buf[n:m], val.x = val.y).
bool isSelfAssign(syn::Expr* dst, syn::Expr* src);
bool isNilExpr(syn::Expr* x);
ty::Type* destType(syn::Expr* dst);

// natives.cpp: Go's tags for bodyless prelude functions. Returns false if
// the function is not listed.
bool lookupNativeTags(const std::string& fullName, size_t nparams, std::vector<Leaks>* tags);

}  // namespace gs::escape
