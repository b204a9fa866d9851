// The compiler's internals, shared by its translation units.
//
// Compiler holds program-wide state (functions, runtime types, globals,
// static data); FuncGen compiles one function body. Values flow through
// Locs: where a value can be read or written (a frame slot, memory behind a
// pointer slot, a global, a constant).
#pragma once

#include <deque>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/compile/compiler.h"
#include "core/runtime/rtype.h"
#include "core/syntax/ast.h"
#include "core/types/check.h"
#include "core/types/constant.h"
#include "core/vm/program.h"
#include "core/vm/vm.h"

namespace gs::escape {
struct EscapeInfo;
}

namespace gs::compile {

namespace syn = gs::syntax;
namespace ty = gs::types;
using vm::Instr;
using vm::Op;

// ---------------------------------------------------------------- Locs

struct Loc {
  enum Kind : uint8_t {
    None,      // no value (void call)
    Slot,      // the value is at fp + off
    Indirect,  // the value is at *(fp + off) + disp (off: a pointer slot)
    Global,    // the value is at globals + off
    Const,     // a constant (cval)
  };
  Kind kind = None;
  int32_t off = 0;
  int32_t disp = 0;
  ty::Type* type = nullptr;
  const ty::Constant* cval = nullptr;

  static Loc slot(int32_t off, ty::Type* t) { return Loc{Slot, off, 0, t, nullptr}; }
  static Loc indirect(int32_t ptrSlot, int32_t disp, ty::Type* t) { return Loc{Indirect, ptrSlot, disp, t, nullptr}; }
  static Loc global(int32_t off, ty::Type* t) { return Loc{Global, off, 0, t, nullptr}; }
  static Loc constant(const ty::Constant* c, ty::Type* t) { return Loc{Const, 0, 0, t, c}; }
};

// Where a local variable lives.
struct VarLoc {
  enum Kind : uint8_t { Frame, Cell, Captured };
  Kind kind = Frame;
  int32_t off = 0;    // Frame: the variable's slot; Cell: the slot holding the cell pointer
  int32_t index = 0;  // Captured: byte offset of the field in the closure object
  // Captured: the field holds the variable's value (capture by value);
  // otherwise its address (a heap cell, or a slot of the creating frame).
  bool byValue = false;
};

// A function literal's closure object: word 0 is the function index, then
// one field per captured variable (its value or its address).
struct ClosureLayout {
  std::vector<int32_t> offs;  // per capture
  std::vector<bool> byValue;  // per capture
  std::vector<std::pair<int32_t, ty::Type*>> fields;  // for the RType (word 0 included)
  std::vector<int32_t> ptrs;  // pointer words of the object
  int32_t size = 8;
};

// Layout of a call's argument block (offsets from the callee frame start).
struct SigLayout {
  std::vector<int32_t> params;   // one per parameter
  std::vector<int32_t> results;  // one per result
  int32_t resultsStart = vm::kFrameHeader;
  int32_t recv = -1;             // receiver offset, -1 if none
  int32_t argsEnd = vm::kFrameHeader;
  int32_t paramsSize = 0;
};

// What a function being compiled is.
enum class JobKind : uint8_t {
  Decl,         // a FuncDecl (function or method), possibly an instantiation
  Lit,          // a FuncLit (closure body)
  MethodValue,  // "T.M-fm": calls method M on the receiver stored in its closure
  Init,         // a package's synthesized init (variable initialization + init funcs)
  Entry,        // the program's start function
  Thunk,        // a deferred call's wrapper: calls a func value with stored args
  Promoted,     // a method promoted through embedded fields, for a method set
  RangeBody,    // the body of a range-over-func loop, as its yield function
  MethodExpr,   // "T.M" as a func value: the receiver becomes the first parameter
};

// A range-over-func loop (Go 1.23): the loop body is compiled as the yield
// function; the enclosing function and the body agree on the meaning of the
// shared state cell, which tells the loop what the body did last:
//   0  keep iterating            -1  the body said stop (break)
//   1  the body executed `return` (results already stored in cells)
//   k  a break/continue/goto leaving the loop: exits[k - 2]
//   -2 the loop is over: another call of yield panics
struct RangeFuncInfo {
  syn::RangeStmt* stmt = nullptr;
  ty::Var* state = nullptr;  // hidden int cell shared with the body
  struct Exit {
    syn::BranchStmt* branch;
    int32_t code;
  };
  std::vector<Exit> exits;
  bool hasReturn = false;
  std::vector<ty::Var*> outerResults;  // the enclosing function's results (cells)
  std::string name;
  // Defers in the body belong to the enclosing function's frame: its offset
  // lives in this cell, and its rundefers pc is known once that function is
  // compiled (before any body is).
  ty::Var* frameVar = nullptr;
  std::shared_ptr<int32_t> rootRunDefers;
};

struct Job {
  JobKind kind = JobKind::Decl;
  int32_t func = -1;  // index in Program::funcs
  ty::Func* obj = nullptr;         // Decl, MethodValue
  syn::FuncLit* lit = nullptr;     // Lit
  ty::Package* pkg = nullptr;      // Init
  ty::SubstMap subst;              // type arguments in force
  ty::Type* recvType = nullptr;    // MethodValue, Promoted: the receiver type (T or *T)
  std::string method;              // Promoted: the method's name
  // Thunk: the call to perform, described by the code generator.
  std::shared_ptr<struct ThunkPlan> thunk;
  std::shared_ptr<RangeFuncInfo> range;  // RangeBody
  ty::Signature* exprSig = nullptr;      // MethodExpr: the func value's signature
};

// A deferred or go'd call turned into a closure: the closure object holds the
// func value (or receiver) and the argument values; the thunk function copies
// them into a call block and calls.
struct ThunkPlan {
  enum Mode : uint8_t { FuncValue, Static, Native, Interface, Builtin } mode = FuncValue;
  int32_t callee = -1;          // Static/Native: function index
  int32_t selector = -1;        // Interface: method selector
  syn::Builtin builtin = syn::Builtin::None;
  std::vector<ty::Type*> fields;  // closure fields after the func index word
  std::vector<int32_t> fieldOffs;
  int32_t objSize = 8;
  // where each field goes in the call block (callee frame offsets); -1: not copied
  std::vector<int32_t> dest;
  int32_t blockSize = vm::kFrameHeader;  // callee argsEnd (call block size)
  int32_t recvOff = -1;        // Interface: receiver offset in the block
  ty::Type* builtinArgType = nullptr;
};

// ------------------------------------------------------------ Compiler

class Compiler {
 public:
  Compiler(ty::TypeContext& tc, const syn::SourceSet& sources, syn::Diagnostics& diags,
           const CompileOptions& opts);

  std::unique_ptr<vm::Program> run(const std::vector<ty::Package*>& packages);

  // Function table. All return an index into prog->funcs, creating and
  // queueing the function on first request.
  int32_t funcForDecl(ty::Func* fn, const ty::SubstMap& targs);
  int32_t funcForLit(syn::FuncLit* lit, const ty::SubstMap& subst);
  int32_t funcForMethodValue(ty::Func* method, ty::Type* recvType, const ty::SubstMap& targs);
  int32_t funcForThunk(std::shared_ptr<ThunkPlan> plan, const std::string& name);
  int32_t funcForRangeBody(std::shared_ptr<RangeFuncInfo> info, const ty::SubstMap& subst);
  int32_t funcForMethodExpr(ty::Func* method, ty::Type* recvType, ty::Signature* exprSig);
  // The function implementing method `name` for receiver type recv (a
  // concrete type or pointer to one): follows embedding; for promoted
  // methods through embedded fields a wrapper is made.
  int32_t methodFunc(ty::Type* recv, const std::string& name, bool* ptrRecv);

  // Runtime types: canonical index into prog->types.
  int32_t typeIndex(ty::Type* t);
  const rt::RType* rtypeOf(ty::Type* t) { return prog->types[static_cast<size_t>(typeIndex(t))].get(); }
  int32_t selectorIndex(const std::string& methodName);
  std::string methodKey(const ty::Func* m) const;  // RMethod name: exported "M", unexported "pkg.m"

  int32_t internString(const std::string& s);  // offset in staticData
  // The runtime type of a closure object: a struct with the given fields at
  // exactly the given offsets (word 0 is the function index), so the
  // collector knows which words are pointers.
  int32_t closureTypeIndex(const std::vector<std::pair<int32_t, ty::Type*>>& fields, int32_t size);
  int32_t fileIndex(int32_t sourceFile);

  // Layout of a signature's argument block.
  SigLayout layoutSignature(ty::Signature* sig, ty::Type* recvType, const ty::SubstMap& subst);

  ty::Type* substType(ty::Type* t, const ty::SubstMap& m) {
    return (m.empty() || !t) ? t : ty::subst(tc, t, m);
  }
  void internalError(syn::Pos pos, const std::string& msg);

  ty::TypeContext& tc;
  const syn::SourceSet& sources;
  syn::Diagnostics& diags;
  const CompileOptions& opts;
  std::unique_ptr<vm::Program> prog;

  // Escape analysis's decisions (null: the conservative rule, see
  // HeapVarAnalysis in compiler.cpp).
  const escape::EscapeInfo* esc = nullptr;
  // Sites escape analysis decided "does not escape": their objects go in
  // the frame. A site it did not decide about goes in the heap.
  bool siteInFrame(const syn::Node* n) const;
  bool boxInFrame(const syn::Expr* e) const;
  bool deferInFrame(const syn::Stmt* s) const;
  bool variadicInFrame(const syn::CallExpr* call) const;
  // A closure copies v's value into its object (else it holds v's address).
  bool capturedByValue(const ty::Var* v) const;
  // Why escape analysis put a variable or site in the heap ("" if unknown).
  std::string heapReason(const void* key) const;
  // Records a heap allocation site; returns its index (NEW's c operand).
  // Adds an allocation site to Program::allocSites: `what` (escape
  // analysis's -m text for key when it has one), the reason from escape
  // analysis, else runtimeReason (for allocations escape analysis does not
  // decide: channels, append growth, library calls, or that the compiler
  // puts in the heap for its own reasons).
  int32_t allocSite(const std::string& what, int32_t func, int32_t line, const void* key,
                    const std::string& runtimeReason = std::string());
  // Escape analysis decided key's allocation does not escape.
  bool keptInFrameByEscape(const void* key) const;

  // Variables whose storage is a heap cell (escape analysis moved them to
  // the heap, or see HeapVarAnalysis), and each function literal's captured
  // variables in closure order.
  std::unordered_set<const ty::Var*> heapVars;
  // Each function's (FuncDecl, FuncLit, or range-over-func RangeStmt for
  // its body) allocation sites that escape analysis keeps in the frame, in
  // source order; FuncGen reserves their slots in the prologue.
  std::unordered_map<const syn::Node*, std::vector<const syn::Node*>> frameSites;
  // The same for interface boxes (keyed by the boxed operand).
  std::unordered_map<const syn::Node*, std::vector<const syn::Expr*>> frameBoxes;
  // Captured variables that are always captured by reference (a range-over-
  // func body captures them: its closure holds cell pointers).
  std::unordered_set<const ty::Var*> refOnly;
  std::unordered_map<const syn::Node*, std::vector<ty::Var*>> captures;  // FuncLit or range-over-func RangeStmt
  std::unordered_map<const ty::Var*, int32_t> globalOff;
  std::unordered_map<const syn::RangeStmt*, ty::Var*> rangeStates;
  std::unordered_map<const syn::Node*, ty::Var*> frameVars;  // per function with range-over-func defers
  ty::Package* runtimePkg = nullptr;
  std::vector<ty::Package*> packages;

  std::deque<Job> work;

 private:
  struct FuncKeyEntry {
    const void* node;
    int kind;
    std::vector<ty::Type*> targs;
    ty::Type* recv;
    int32_t func;
  };
  int32_t findKey(const void* node, int kind, const std::vector<ty::Type*>& targs, ty::Type* recv);
  int32_t newFunc(const std::string& name, syn::Pos pos);
  void analyze(ty::Package* pkg);
  void layoutGlobals();
  void buildEntry();
  void compileJob(const Job& job);
  void finishTypes();
  void fillRType(rt::RType* r, ty::Type* t);

  std::vector<FuncKeyEntry> keys_;
  std::unordered_map<const void*, std::vector<size_t>> keysByNode_;
  std::vector<std::pair<ty::Type*, int32_t>> typeList_;  // canonical types
  std::unordered_map<std::string, std::vector<size_t>> typesByName_;
  std::unordered_map<std::string, int32_t> selectors_;
  std::unordered_map<std::string, int32_t> strings_;
  std::unordered_map<int32_t, int32_t> files_;
  std::vector<std::pair<rt::RType*, ty::Type*>> pendingMethodSets_;
  std::unordered_map<std::string, int> litCounters_;
  std::unordered_map<std::string, std::vector<std::pair<ty::Type*, int32_t>>> promoted_;
 public:
  std::unordered_map<const syn::FuncLit*, std::string> litNames;
  std::string nameForLit(const syn::FuncLit* lit, const std::string& enclosing);
};

// The type's name as reflect prints it ("main.Point", "[]int", "interface {}").
std::string reflectName(ty::Type* t);
// An untyped constant type's default type; other types unchanged.
ty::Type* concreteType(ty::TypeContext& tc, ty::Type* t);

// Pointer words of a value of type t placed at `base` (offsets appended).
void pointerWords(ty::Type* t, int32_t base, std::vector<int32_t>* out);
bool hasPointers(ty::Type* t);
bool isPointerShaped(ty::Type* t);
int32_t tsize(ty::Type* t);
int32_t talign(ty::Type* t);

// ------------------------------------------------------------- FuncGen

class FuncGen {
 public:
  FuncGen(Compiler& c, const Job& job);
  void run();

  // ---- emission
  int32_t pc() const { return static_cast<int32_t>(c.prog->code.size()); }
  int32_t emit(Op op, int32_t a = 0, int32_t b = 0, int32_t c = 0, uint16_t aux = 0);
  int32_t emitExt(int32_t a, int32_t b, int32_t c, uint16_t aux = 0);
  void patchJump(int32_t at, int32_t target);  // sets the J operand of instruction `at`
  void setLine(syn::Pos p) {
    if (p.line > 0) line_ = p.line;
  }

  // ---- frame slots
  int32_t alloc(ty::Type* t, const std::string& name = "");
  int32_t allocRaw(int32_t size, int32_t align, const std::vector<int32_t>& ptrs, const std::string& name = "");
  int32_t mark() const { return static_cast<int32_t>(live_.size()); }
  void release(int32_t m);
  // A frame slot for an object that escape analysis keeps in the frame
  // (new(T), &T{}, a closure, a slice literal's array, ...): named
  // ".autotmp_N" in `build --frames`, typed for the stack maps, and live
  // until the function returns (releases skip it). It is placed above every
  // byte used so far, so before its site first runs it holds zeros (frames
  // with pointer slots are cleared at entry); the site initializes it each
  // time it runs.
  int32_t allocFrameSite(int32_t size, int32_t align, const std::vector<int32_t>& ptrs, const std::string& type);
  // A heap allocation site for NEW's c operand (why the object is in the heap).
  int32_t heapSite(const std::string& what, const void* key, const std::string& runtimeReason = std::string()) {
    return c.allocSite(what, func_, line_, key, runtimeReason);
  }
  // Emits an allocating instruction and records its site in
  // Program::allocSiteAt (what the VM charges its heap objects to).
  int32_t emitAlloc(const void* key, const std::string& what, Op op, int32_t a, int32_t b = 0, int32_t cc = 0,
                    uint16_t aux = 0, const std::string& runtimeReason = std::string());
  // The heap panel's name for a box no expression names.
  std::string boxWhat(ty::Type* t);
  ClosureLayout closureLayout(syn::FuncLit* lit);
  // The receiver a method value x.M keeps in its closure object (the type
  // genMethodReceiver produces), computed from types alone; null if unknown.
  ty::Type* methodValueRecvType(syn::SelectorExpr* sel);
  // A method value's closure object: function word + receiver, in words.
  int32_t methodValueSize(ty::Type* recvT) { return 8 + ((tsize(recvT) + 7) / 8) * 8; }
  // Reserves the frame slots of the function's non-escaping allocation
  // sites (Compiler::frameSites). They are reserved up front, right after
  // the arguments, because a site's object must lie below the blocks of
  // calls that are being prepared when it is made (f(&T{}) makes the object
  // after f's block is allocated, and f's frame starts at that block).
  void reserveSites(const syn::Node* fn);
  // The reserved slot of a site if its object (size bytes) fits, else -1
  // (the object then goes in the heap).
  int32_t siteSlot(const void* site, int32_t size);
  // The array type of a variadic call's implicit slice, or null.
  ty::Type* variadicArrayType(syn::CallExpr* call);
  bool variadicInFrame(const syn::CallExpr* call) const { return c.variadicInFrame(call); }
  std::vector<int32_t> ptrWordsOf(ty::Type* t);
  // A new zeroed object of type t for the allocation site `site` into the
  // pointer slot p: its reserved frame slot, or a heap object.
  void newObject(int32_t p, ty::Type* t, const void* site, const std::string& what);
  // A closure object for function f (site/what name its heap allocation).
  void makeClosureObject(int32_t clo, int32_t f, const std::vector<std::pair<int32_t, ty::Type*>>& fields,
                         int32_t size, bool inFrame, const void* site, const std::string& what);
  // A closure object for f in the frame slot obj (size bytes, cleared, the
  // function word set; the caller stores the captures), its address into clo.
  void frameClosure(int32_t clo, int32_t obj, int32_t size, int32_t f);

  // ---- values
  ty::Type* T(ty::Type* t) { return c.substType(t, subst_); }
  // An expression's type, with untyped constant types defaulted (a constant
  // string being sliced is a string).
  ty::Type* typeOf(syn::Expr* e) { return e->type ? concreteType(c.tc, T(e->type)) : nullptr; }
  Loc gen(syn::Expr* e);                       // evaluate e; the Loc may be any kind
  void genInto(syn::Expr* e, int32_t dst);     // evaluate e into slot dst (converting to e's type)
  void genTo(syn::Expr* e, ty::Type* target, int32_t dst);  // with implicit conversion to target
  int32_t genSlot(syn::Expr* e);               // evaluate e into some readable slot
  int32_t toSlot(const Loc& l);                // materialize
  void load(const Loc& src, int32_t dst);      // copy the value at src into slot dst
  void store(const Loc& dst, int32_t src);     // copy slot src into the location
  void storeZero(const Loc& dst);
  void move(int32_t dst, int32_t src, int32_t size);
  void loadConst(const ty::Constant& c, ty::Type* t, int32_t dst);
  void convertInto(int32_t src, ty::Type* from, ty::Type* to, int32_t dst);  // assignability conversion (iface boxing)
  Loc addressOf(syn::Expr* e);                 // an lvalue's location (Slot/Indirect/Global)
  int32_t addrSlot(const Loc& l);              // a pointer slot holding the address of an lvalue
  Loc varLoc(ty::Var* v);
  Loc genIdent(syn::Ident* id);
  Loc genObject(ty::Object* o, ty::Type* t, syn::Expr* at);
  Loc genSelector(syn::SelectorExpr* e);
  Loc genIndex(syn::IndexExpr* e);
  Loc genSliceExpr(syn::SliceExpr* e);
  Loc genUnary(syn::UnaryExpr* e, int32_t dst = -1);
  Loc genBinary(syn::BinaryExpr* e, int32_t dst = -1);
  // x op k for a 64-bit integer x and a constant k that fits an immediate
  // operand: emits the immediate form and returns true.
  bool genBinaryImm(syn::Tok op, ty::Type* t, int32_t dst, int32_t x, syn::Expr* k);
  Loc genCompositeLit(syn::CompositeLit* e);
  void genCompositeInto(syn::CompositeLit* e, ty::Type* t, int32_t dst);
  Loc genFuncLit(syn::FuncLit* e);
  Loc genTypeAssert(syn::TypeAssertExpr* e, int32_t okSlot);
  Loc genCall(syn::CallExpr* e);
  // Calls returning several values: evaluates and returns the block offset
  // and the layout; the caller reads results from the block.
  struct CallResult {
    int32_t block = -1;
    SigLayout layout;
    std::vector<ty::Type*> resultTypes;
  };
  CallResult genCallMulti(syn::CallExpr* e);
  bool genMultiValue(syn::Expr* rhs, std::vector<int32_t>* srcs, std::vector<ty::Type*>* types);
  // A call split in two: evaluate the callee, receiver and arguments into a
  // call block (prepareCall), then make the call (finishCall). defer and go
  // use the first half and make the call later from a thunk.
  struct PreparedCall {
    enum Kind : uint8_t { Static, Value, Iface } kind = Static;
    int32_t callee = -1;     // Static: function index
    int32_t fnSlot = -1;     // Value: slot holding the func value
    int32_t ifaceSlot = -1;  // Iface: slot holding the interface value
    int32_t selector = -1;   // Iface: method selector
    int32_t block = -1;
    SigLayout layout;
    std::vector<ty::Type*> resultTypes;
    std::vector<ty::Type*> paramTypes;
    ty::Type* recvType = nullptr;
  };
  PreparedCall prepareCall(syn::CallExpr* e);
  CallResult finishCall(PreparedCall& p, syn::Pos pos);
  void genArgs(syn::CallExpr* e, ty::Signature* sig, const ty::SubstMap& calleeSubst, const SigLayout& l, int32_t block);
  void markBlock(int32_t block, const std::vector<int32_t>& ptrWords);
  ty::SubstMap recvSubst(ty::Func* m, ty::Type* recv);
  // builtins that thunks replay from slots
  void emitPrint(int32_t slot, ty::Type* t);
  Loc genConversion(syn::CallExpr* e);
  Loc genBuiltin(syn::CallExpr* e);
  void genCompare(syn::Tok op, ty::Type* t, int32_t dst, int32_t x, int32_t y);
  int32_t boxInto(int32_t src, ty::Type* from, int32_t dst);
  void genBinaryOp(syn::Tok op, ty::Type* t, int32_t dst, int32_t x, int32_t y, syn::Pos pos);

  // ---- conditions and statements
  void genCond(syn::Expr* e, bool jumpIf, std::vector<int32_t>* jumps);
  void genBlock(syn::BlockStmt* b);
  void genStmts(const std::vector<syn::Stmt*>& list);
  void genStmt(syn::Stmt* s);
  void genAssign(syn::AssignStmt* s);
  void genDefine(syn::AssignStmt* s);
  void genOpAssign(syn::AssignStmt* s);
  void genIncDec(syn::IncDecStmt* s);
  void genIf(syn::IfStmt* s);
  void genFor(syn::ForStmt* s, syn::LabeledStmt* label);
  void genRange(syn::RangeStmt* s, syn::LabeledStmt* label);
  void genRangeFunc(syn::RangeStmt* s, syn::LabeledStmt* label);
  void genRangeBody();
  // Inside a range-over-func body: leave the yield function with `false`
  // after setting the state cell to code.
  void leaveRangeBody(int32_t code);
  void genSwitch(syn::SwitchStmt* s, syn::LabeledStmt* label);
  void genTypeSwitch(syn::TypeSwitchStmt* s, syn::LabeledStmt* label);
  void genReturn(syn::ReturnStmt* s);
  void genBranch(syn::BranchStmt* s);
  void genDefer(syn::DeferStmt* s);
  // stmt: the defer or go statement (escape analysis decides where its
  // closure object lives).
  void genDeferOrGo(syn::CallExpr* call, syn::Pos pos, bool isGo, syn::Stmt* stmt);
  void genSelect(syn::SelectStmt* s, syn::LabeledStmt* label);
  // <-ch into dst (elem), with the comma-ok bool into okSlot (-1: none).
  void genRecv(syn::Expr* ch, int32_t dst, int32_t okSlot);
  void genVarDecl(syn::ValueSpec* spec);
  int32_t declareVar(ty::Var* v);  // allocates storage for a new local variable (zeroed)
  void assignTo(syn::Expr* lhs, int32_t src, ty::Type* srcType);
  // The two phases of an assignment: evaluate the operands of the left-hand
  // side (index operands, pointers) first, store later.
  struct LValue {
    bool blank = false;
    Loc loc;
    int32_t mapSlot = -1, keySlot = -1;  // map element
    ty::Type* type = nullptr;
  };
  LValue prepareLValue(syn::Expr* lhs);
  void storeLValue(const LValue& lv, int32_t src, ty::Type* srcType);
  void assignMulti(const std::vector<syn::Expr*>& lhs, const std::vector<int32_t>& srcs,
                   const std::vector<ty::Type*>& types, bool define);

  Compiler& c;

 private:
  friend class CallBuilder;
  struct LiveSlot {
    int32_t off;
    int32_t size;
    std::vector<int32_t> ptrs;  // pointer word offsets (absolute frame offsets)
    bool pinned = false;        // a frame site: release() keeps it
  };
  struct Target {  // break/continue targets
    syn::Stmt* stmt;
    std::vector<int32_t> breaks;
    std::vector<int32_t> continues;
    int32_t continuePc = -1;  // known continue target, or -1 (patched later)
    int32_t liveMark = 0;
  };

  void prologue();
  void epilogue();
  void genWrapper();  // Thunk and Promoted jobs
  void genMethodExprWrapper();
  void noteSlot(const std::string& name, ty::Type* t, int32_t off, vm::SlotKind kind, bool heapCell);
  vm::FuncInfo& info() { return c.prog->funcs[static_cast<size_t>(func_)]; }
  int32_t ptrmapIndex();
  Target* findTarget(syn::Stmt* s);
  Loc fieldLoc(const Loc& base, int32_t disp, ty::Type* ft);
  Loc derefLoc(int32_t ptrSlot, ty::Type* elem) { return Loc::indirect(ptrSlot, 0, elem); }
  Loc walkEmbedded(Loc base, ty::Type* baseType, const std::vector<int>& path, size_t n, ty::Type** outType);
  int32_t genMethodReceiver(syn::SelectorExpr* sel, ty::Func* method, ty::Type** recvOut, bool* viaIface);
  void callInto(int32_t callee, int32_t block, syn::Pos pos);
  int32_t newBlock(const SigLayout& l);

  const Job& job_;
  int32_t func_;
  ty::SubstMap subst_;
  int32_t line_ = 0;
  int32_t top_ = vm::kFrameHeader;
  int32_t highWater_ = vm::kFrameHeader;
  int32_t maxCallEnd_ = 0;
  std::vector<LiveSlot> live_;
  bool ptrmapDirty_ = true;
  int32_t ptrmap_ = -1;
  std::unordered_map<const ty::Var*, VarLoc> vars_;
  std::vector<Target> targets_;
  std::map<std::string, int32_t> labelPcs_;
  std::map<std::string, std::vector<int32_t>> gotoFixups_;
  std::vector<int32_t> returnJumps_;
  SigLayout layout_;
  ty::Signature* sig_ = nullptr;
  std::vector<ty::Var*> resultVars_;
  bool hasDefer_ = false;
  int32_t runDefersPc_ = -1;
  std::vector<int32_t> deferFixups_;  // DEFER instructions whose b needs the rundefers pc
  syn::Node* decl_ = nullptr;  // FuncDecl or FuncLit
  std::shared_ptr<RangeFuncInfo> rangeBody_;  // set when compiling a range-over-func body
  int rangeCounter_ = 0;
  bool needEpilogue_ = false;
  bool localPtrs_ = false;  // some local slot may hold a pointer
  int siteCounter_ = 0;     // numbering of .autotmp_N frame sites
  const void* deferVariadic_ = nullptr;  // the call of the defer/go statement being compiled
  bool deferVariadicInFrame_ = false;
  std::unordered_map<const void*, std::pair<int32_t, int32_t>> siteSlots_;  // site -> (offset, size)
  std::unordered_map<const void*, std::pair<int32_t, int32_t>> boxSlots_;   // boxed operand -> (offset, size)
  std::shared_ptr<int32_t> rootRunDefers_;  // shared with range bodies that defer
  ty::Type* recvType_ = nullptr;
  std::string name_;
};

}  // namespace gs::compile
