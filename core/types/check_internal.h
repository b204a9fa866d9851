// The type checker's internal interface, shared by core/types/check_*.cpp.
//
// The checker follows go/types' architecture (types2, which `go build`
// uses), so that it reports the same errors in the same order:
//   * collectObjects declares every package-level object in the package
//     scope (imports in the file scopes) without looking at types;
//   * packageObjects then type-checks each object's declaration in source
//     order through objDecl, which checks dependencies on demand and detects
//     cycles with a three-colour marking (white: unchecked, grey: on the
//     current path, black: done);
//   * function bodies are queued ("later") and checked after all
//     package-level declarations, in order; a function literal's body is
//     checked after the body that contains it;
//   * untyped expressions are remembered until their final type is known
//     (assignment, conversion, operand of a typed operation) and recorded
//     then (updateExprType), or at the end with their untyped type;
//   * initOrder computes the package variable initialization order from the
//     dependencies recorded while checking.
#pragma once

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/types/check.h"
#include "core/types/constant.h"

namespace gs::types {

using syntax::Expr;
using syntax::ExprMode;
using syntax::Tok;

// ---------------------------------------------------------------------------
// Lookup (lookup.cpp)

struct LookupResult {
  Object* obj = nullptr;
  std::vector<int> index;  // path; also set when ambiguous
  bool indirect = false;   // a pointer indirection on the path
  bool ambiguous = false;  // several matches at the same depth
  bool needPtr = false;    // found a pointer-receiver method on a non-addressable value
};

LookupResult lookupFieldOrMethodEx(Type* T, bool addressable, const Package* pkg, const std::string& name,
                                   bool foldCase = false);
// The methods declared on a named type (its origin's for instances).
const std::vector<Func*>& declaredMethods(NamedType* n);
// Whether a and b denote the same identifier (Go spec "Uniqueness of
// identifiers": unexported names from different packages differ).
bool sameId(const Object* obj, const Package* pkg, const std::string& name, bool foldCase = false);

// go/types' missingMethod: the first method of interface T that V lacks.
// resolve (if given) is called on every method of V before its signature is
// compared (the checker declares methods lazily). On failure, *cause (if
// given) receives types2's parenthesized explanation. *wrongType is set for
// a wrong signature or a pointer receiver.
Func* missingMethod(Type* V, InterfaceType* T, bool staticCheck, const Package* local,
                    const std::function<void(Func*)>& resolve, std::string* cause, bool* wrongType);

// The receiver-instantiated signature of a method found on an instance of a
// generic type (identity otherwise). recvType is the type the method was
// found on (possibly through embedding: pass the named type that declares
// it).
Signature* methodSigFor(TypeContext& ctx, Func* m, Type* recvNamed);

// ---------------------------------------------------------------------------
// Predicates (predicates.cpp)

bool isTyped(Type* t);
bool isUntypedType(Type* t);
bool isBooleanType(Type* t);    // underlying basic boolean
bool isIntegerType(Type* t);
bool isUnsignedType(Type* t);
bool isFloatType(Type* t);
bool isComplexType(Type* t);
bool isNumericType(Type* t);
bool isStringType(Type* t);
bool isConstType(Type* t);      // basic type that may hold constants
bool isInterfaceType(Type* t);  // underlying interface, not a type parameter
bool isTypeParam(Type* t);
bool isPointerType(Type* t);
bool isGenericType(Type* t);    // uninstantiated generic named type
// For type parameters, the predicate must hold for all types of the type
// set (false if there are no specific types).
bool allBoolean(Type* t);
bool allInteger(Type* t);
bool allUnsigned(Type* t);
bool allNumeric(Type* t);
bool allString(Type* t);
bool allOrdered(Type* t);
bool allNumericOrString(Type* t);
bool allFloat(Type* t);
bool allComplex(Type* t);
bool comparableType(Type* t, bool dynamic, std::string* reason = nullptr, const Package* local = nullptr);
bool hasNil(Type* t);
Type* defaultType(TypeContext& ctx, Type* t);  // untyped -> default type
RepKind repKind(Kind k);
// The basic type behind t (after underlying), or null.
BasicType* asBasic(Type* t);
// For a type parameter, calls f with each term's underlying type (null if
// the type set has no specific types) until f returns false; for other types
// calls f(underlying(t)) once. Returns whether all calls returned true.
bool underIs(Type* t, const std::function<bool(Type*)>& f);
// Method set / interface satisfaction for type sets: whether t's type set
// is a subset of iface's terms.
bool typeInTermSet(Type* t, InterfaceType* iface);

// ---------------------------------------------------------------------------
// Substitution (subst.cpp)

// Whether t mentions any of tparams.
bool isParameterized(const std::vector<TypeParamType*>& tparams, Type* t, int depth = 0);

// Instantiates a generic signature (drops its type parameters).
Signature* instantiateSignature(TypeContext& ctx, Signature* sig, const std::vector<Type*>& args);

// ---------------------------------------------------------------------------
// Expression strings (exprstring.cpp): cmd/compile's syntax.String, the
// spelling of expressions in error messages ("x + y", "f(a, b)",
// "T{…}", "func() {…}").
std::string exprString(const syntax::Node* e);

// ---------------------------------------------------------------------------
// The checker

enum class OpMode : uint8_t {
  Invalid, NoValue, Builtin, TypeExpr, Constant, Variable, MapIndex, Value, NilValue, CommaOk,
};

struct Operand {
  OpMode mode = OpMode::Invalid;
  Expr* expr = nullptr;
  Type* type = nullptr;
  Constant val;
  syntax::Builtin builtin = syntax::Builtin::None;
  bool isNil() const { return mode == OpMode::NilValue; }
  bool invalid() const { return mode == OpMode::Invalid; }
};

// Everything the checker knows about a package-level declaration.
struct DeclInfo {
  Scope* file = nullptr;                // file scope of the declaration
  std::vector<Var*> lhs;                // var a, b = f(): all lhs vars (else empty)
  Expr* vtype = nullptr;                // const/var type expression
  Expr* init = nullptr;                 // const/var initializer
  bool inherited = false;               // const with inherited initializer
  syntax::ValueSpec* spec = nullptr;    // const/var
  int iota = 0;
  syntax::TypeSpec* tdecl = nullptr;
  syntax::FuncDecl* fdecl = nullptr;
  std::vector<Object*> deps;            // package-level objects used (init order)
  std::unordered_set<Object*> depSet;
  void addDep(Object* o) {
    if (depSet.insert(o).second) deps.push_back(o);
  }
};

// Per-function (or per-declaration) state, saved and restored around
// nested declarations.
struct Environment {
  DeclInfo* decl = nullptr;     // package-level declaration being checked
  Scope* scope = nullptr;       // innermost scope
  const Constant* iota = nullptr;  // value of iota in a const declaration
  syntax::Pos errpos;           // inherited const: report errors here
  bool inTParamList = false;
  Signature* sig = nullptr;     // enclosing function's signature
  syntax::Node* funcNode = nullptr;  // FuncDecl or FuncLit being checked
  bool hasLabel = false;
  bool hasCallOrRecv = false;
};

// Statement context flags (go/types' stmtContext).
enum StmtCtx : unsigned {
  kBreakOk = 1u << 0,
  kContinueOk = 1u << 1,
  kFallthroughOk = 1u << 2,
  kFinalSwitchCase = 1u << 3,
  kInTypeSwitch = 1u << 4,
};

// Recorded information about an untyped expression whose final type is not
// known yet.
struct UntypedInfo {
  bool isLhs = false;  // lhs of a shift: type may change with the context
  OpMode mode = OpMode::Invalid;
  Type* type = nullptr;
  Constant val;
  bool hasVal = false;
};

class Checker {
 public:
  Checker(TypeContext& ctx, const syntax::SourceSet& sources, Importer& importer,
          syntax::Diagnostics& diags, Package* pkg);
  void checkFiles(const std::vector<syntax::File*>& files);

  // --- state
  TypeContext& ctx;
  const syntax::SourceSet& sources;
  Importer& importer;
  syntax::Diagnostics& diags;
  Package* pkg;
  bool firstErr = false;

  std::unordered_map<Object*, DeclInfo*> objMap;
  std::vector<std::unique_ptr<DeclInfo>> declInfos;  // owns the DeclInfos
  DeclInfo* newDecl() {
    declInfos.push_back(std::make_unique<DeclInfo>());
    return declInfos.back().get();
  }
  std::vector<Object*> objList;  // package-level objects in source order
  std::unordered_map<Object*, int> color;  // 0 white, 1 black, >=2 grey (2 + path index)
  std::vector<Object*> objPath;
  std::unordered_map<std::string, std::vector<Func*>> methodsByRecv;  // receiver base type name
  std::unordered_set<Object*> methodsCollected;
  std::vector<std::function<void()>> delayed;
  // checkPackage's lazy mode: function bodies wait here (detached from their
  // FuncDecls) until checkWaitingBody.
  bool lazyBodies = false;
  std::unordered_map<Func*, syntax::BlockStmt*> waitingBodies;
  bool checkWaitingBody(Func* fn);
  void funcDeclBody(DeclInfo* d, Func* obj);
  void declareLater(Object* obj);
  void runDelayed();
  void checkInitOrderBodies();
  void finishBodies();
  std::unordered_map<Expr*, UntypedInfo> untyped;
  std::vector<Scope*> fileScopes;
  std::vector<PkgName*> imports;  // for unused-import checks
  std::unordered_map<Object*, PkgName*> dotImportMap;  // object imported via `.` -> the import
  std::vector<syntax::File*> files;
  Environment env;
  // Interfaces and generics bookkeeping.
  std::unordered_map<syntax::Node*, Scope*> funcScopes;
  std::unordered_map<NamedType*, Type*> namedRHS;
  // Interface type literals not nested in another one (source nodes), for
  // cmd/compile's "anonymous interface refers to itself" check.
  std::vector<std::pair<syntax::InterfaceType*, InterfaceType*>> interfaceLits;
  int interfaceDepth = 0;
  void anonymousInterfaceCycles();  // type T rhs: rhs as written (validType)
  std::unordered_map<const syntax::Ident*, TypeParamType*> recvTParamMap;  // `_` receiver type params
  // Partial explicit instantiations f[int] of generic function arguments,
  // completed by inference in the enclosing call.
  std::unordered_map<Expr*, std::vector<Type*>> pendingTargs;
  Instance* lastInstance = nullptr;
  // Description of the assignment target for reverse type inference
  // messages ("type func(int) string of f does not match ...").
  std::string targetDesc;  // the instance made by the last instantiateFunc
  // Generic functions used as values with inferred type arguments.
  std::unordered_map<Expr*, Instance*> implicitInstances;

  // --- instantiation cycles (mono.cpp): Go rejects generic code whose
  // instantiation would never end (f[T] instantiating f[[]T]), since it
  // compiles every instance.
  struct MonoEdge {
    int dst, src, weight;  // weight 1: the argument wraps the source parameter
    syntax::Pos pos;       // the type argument (or the instantiation)
    Type* targ;
  };
  std::vector<MonoEdge> monoEdges;
  std::vector<TypeParamType*> monoVerts;
  std::unordered_map<TypeParamType*, int> monoIndex;
  std::unordered_map<TypeParamType*, TypeParamType*> monoCanon;  // receiver -> type parameter
  int monoVertex(TypeParamType* tp);
  void monoRecord(syntax::Pos pos, const std::vector<TypeParamType*>& tparams, const std::vector<Type*>& targs,
                  const std::vector<Expr*>& xlist);
  void monomorph();

  // --- errors (check.cpp)
  void error(syntax::Pos p, const std::string& msg);
  void errorf(syntax::Pos p, const char* fmt, ...);
  // A multi-part error: "msg\n\tPOS: sub".
  void errorWithSub(syntax::Pos p, const std::string& msg,
                    const std::vector<std::pair<syntax::Pos, std::string>>& subs);
  std::string posString(syntax::Pos p) const { return sources.format(p); }
  // A position as an absolute path: Go prints the compiler's (absolute)
  // file name where the go command does not shorten it, e.g. inside
  // parentheses: "cannot infer T (/tmp/x/prog.go:5:11)".
  std::string absPosString(syntax::Pos p) const;
  std::string typeStr(const Type* t) const { return typeString(t, pkg); }
  std::string opString(const Operand& x) const;
  std::string exprStr(const syntax::Node* e) const { return exprString(e); }
  syntax::Pos startPos(const syntax::Node* n) const;  // go/types' syntax.StartPos
  // cmd/compile's Node.Pos(): operator/bracket position for some nodes.
  syntax::Pos syntaxPos(const syntax::Node* n) const;

  // --- recording
  void record(Operand& x);
  void recordTypeAndValue(Expr* e, OpMode mode, Type* t, const Constant* val);
  void rememberUntyped(Expr* e, bool lhs, OpMode mode, Type* t, const Constant* val);
  void updateExprType(Expr* e, Type* t, bool final);
  void updateExprVal(Expr* e, const Constant& val);
  void recordUntypedRemaining();
  void recordDef(syntax::Ident* id, Object* obj);
  void recordUse(syntax::Ident* id, Object* obj);
  Constant* newConst(const Constant& c) { return ctx.make<Constant>(c); }
  // The plain `interface{}` go/types uses for recover's result and the
  // parameters of panic/print (printed as "interface{}", unlike `any`).
  InterfaceType* emptyIface_ = nullptr;
  InterfaceType* emptyInterface() {
    if (!emptyIface_) {
      emptyIface_ = ctx.make<InterfaceType>();
      emptyIface_->complete = true;
    }
    return emptyIface_;
  }

  // --- declarations (check_decl.cpp)
  void collectObjects();
  void packageObjects();
  void objDecl(Object* obj, TypeName* def);
  bool validCycle(Object* obj);
  void cycleError(const std::vector<Object*>& cycle, size_t start);
  void constDecl(ConstObj* obj, Expr* typ, Expr* init, bool inherited);
  void varDecl(Var* obj, const std::vector<Var*>& lhs, Expr* typ, Expr* init);
  void typeDecl(TypeName* obj, syntax::TypeSpec* tdecl, TypeName* def);
  void collectMethods(TypeName* obj);
  void funcDecl(Func* obj, DeclInfo* d);
  void funcBody(syntax::Node* fnode, const std::string& name, Signature* sig, syntax::BlockStmt* body,
                const Constant* iota);
  void declStmt(syntax::GenDecl* d);
  void declareInScope(Scope* s, syntax::Ident* id, Object* obj, syntax::Pos scopePos);
  void declarePkgObj(syntax::Ident* id, Object* obj, DeclInfo* d);
  void unusedImports();
  void usage(Scope* s);
  void validType(NamedType* t);
  void checkFieldUniqueness(NamedType* t);
  void resolveBaseTypeName(syntax::Expr* recvType, std::string* name, bool* ptr);
  void addMethodDecls(NamedType* named, TypeName* obj);
  void checkDuplicateMethods(NamedType* named);

  // --- type expressions (check_typexpr.cpp)
  Type* typExpr(Expr* e);                      // a type (reports "is not a type")
  Type* varType(Expr* e);                      // a type usable for variables (no constraint ifaces)
  Type* definedType(Expr* e, TypeName* def);
  Type* genericType(Expr* e, std::string* cause);
  Type* typInternal(Expr* e, TypeName* def);
  void ident(Operand& x, syntax::Ident* e, TypeName* def, bool wantType);
  int64_t arrayLength(Expr* e);
  Type* structType(syntax::StructType* e);
  void structInto(syntax::StructType* e, StructType* st);
  Type* interfaceType(syntax::InterfaceType* e, TypeName* def);
  Signature* funcType(syntax::FuncType* ftype, syntax::FieldList* recv, syntax::Node* owner,
                      Scope** scopeOut, Signature* into = nullptr);
  Tuple* collectParams(Scope* scope, syntax::FieldList* list, bool variadicOk, bool* variadic,
                       syntax::Node* owner, bool isResult);
  std::vector<TypeParamType*> collectTypeParams(syntax::FieldList* list, Scope* scope,
                                                std::vector<TypeParamType*>* dst = nullptr);
  Type* bound(Expr* e);  // a type parameter's constraint
  Type* instantiatedType(syntax::IndexExpr* ix, TypeName* def);
  Type* unionType(const std::vector<Expr*>& terms, Expr* whole);
  bool validateTypeArgs(syntax::Pos pos, const std::vector<TypeParamType*>& tparams,
                        const std::vector<Type*>& targs, const std::vector<syntax::Pos>& argPos);
  bool implementsIface(Type* V, Type* T, bool constraint, std::string* cause);

  // --- expressions (check_expr.cpp)
  enum class ExprKind { Conversion, Expression, Statement };
  ExprKind rawExpr(Type* T, Operand& x, Expr* e, Type* hint, bool allowGeneric);
  ExprKind exprInternal(Type* T, Operand& x, Expr* e, Type* hint);
  void expr(Type* T, Operand& x, Expr* e);          // single value
  void genericExpr(Operand& x, Expr* e);
  void multiExpr(Expr* e, bool allowCommaOk, std::vector<Operand>* out, bool* commaOk);
  void exprWithHint(Operand& x, Expr* e, Type* hint);
  void exprOrType(Operand& x, Expr* e, bool allowGeneric);
  void singleValue(Operand& x);
  void exclude(Operand& x, unsigned modeset);
  void unary(Operand& x, syntax::UnaryExpr* e);
  void binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Tok op, syntax::Pos opPos);
  void shift(Operand& x, Operand& y, Expr* e, Tok op);
  void comparison(Operand& x, Operand& y, Tok op, bool switchCase);
  void matchTypes(Operand& x, Operand& y);
  bool op(Operand& x, Tok op);  // operator applicability
  void overflow(Operand& x, syntax::Pos opPos);
  void convertUntyped(Operand& x, Type* target);
  bool implicitTypeAndValue(Operand& x, Type* target, Type** outType, Constant* outVal, int* code);
  void invalidConversion(Operand& x, Type* target, int code);
  void representable(Operand& x, BasicType* typ);
  bool representation(Operand& x, BasicType* typ, Constant* out, int* code);
  void compositeLit(Operand& x, syntax::CompositeLit* e, Type* hint);
  int64_t indexedElts(const std::vector<Expr*>& elts, Type* typ, int64_t length);
  bool indexExprImpl(Operand& x, syntax::IndexExpr* e);
  void sliceExpr(Operand& x, syntax::SliceExpr* e);
  int64_t index(Expr* e, int64_t max, bool* ok, Operand* out = nullptr);
  bool isValidIndex(Operand& x, const char* what, bool allowNegative);
  void typeAssertion(Expr* e, Operand& x, Type* T, bool typeSwitch);
  void selector(Operand& x, syntax::SelectorExpr* e, TypeName* def, bool wantType);
  void funcLit(Operand& x, syntax::FuncLit* e);
  void useExprs(const std::vector<Expr*>& es);
  void useExpr(Expr* e);
  void useLHS(const std::vector<Expr*>& es);
  bool isNilExpr(Expr* e);
  bool isNilExprSyntactic(Expr* e);  // e denotes the predeclared nil (by lookup)

  // --- calls and builtins (check_call.cpp)
  ExprKind callExpr(Operand& x, syntax::CallExpr* call);
  void conversion(Operand& x, Type* T);
  bool convertibleTo(Operand& x, Type* T, std::string* cause);
  bool builtin(Operand& x, syntax::CallExpr* call, syntax::Builtin id);
  void genericExprList(const std::vector<Expr*>& elist, std::vector<Operand>* out);
  Type* arguments(syntax::CallExpr* call, Signature* sig, const std::vector<Type*>& targs,
                  const std::vector<syntax::Pos>& targPos, std::vector<Operand>& args,
                  Instance** instOut);
  void funcInst(Operand& x, syntax::IndexExpr* ix, Type* T, bool infer);
  Signature* instantiateFunc(syntax::Pos pos, Signature* sig, const std::vector<Type*>& targs,
                             syntax::Expr* fexpr);

  // --- assignments (check_assign.cpp)
  void assignment(Operand& x, Type* T, const std::string& context);
  bool assignableTo(Operand& x, Type* T, std::string* cause, int* code);
  Type* initConst(ConstObj* lhs, Operand& x);
  Type* initVar(Var* lhs, Operand& x, const std::string& context);
  Type* lhsVar(Expr* lhs);
  Type* assignVar(Expr* lhs, Expr* rhs, Operand& x, const std::string& context);
  void initVars(const std::vector<Var*>& lhs, const std::vector<Expr*>& orig_rhs, syntax::Node* returnStmt);
  void assignVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& orig_rhs);
  void shortVarDecl(syntax::Pos pos, syntax::AssignStmt* s);
  void assignError(const std::vector<Expr*>& rhs, size_t l, size_t r);
  void returnError(syntax::Node* at, const std::vector<Var*>& lhs, const std::vector<Operand>& rhs);

  // --- statements (check_stmt.cpp)
  void stmtList(unsigned ctxt, const std::vector<syntax::Stmt*>& list);
  void stmt(unsigned ctxt, syntax::Stmt* s);
  void simpleStmt(syntax::Stmt* s);
  void openScope(syntax::Node* n);
  void closeScope();
  void funcBodyStmts(syntax::BlockStmt* body);
  void switchStmt(unsigned ctxt, syntax::SwitchStmt* s);
  void typeSwitchStmt(unsigned ctxt, syntax::TypeSwitchStmt* s);
  void rangeStmt(unsigned ctxt, syntax::RangeStmt* s);
  void caseValues(Operand& x, const std::vector<Expr*>& values, std::vector<std::pair<Operand, syntax::Pos>>& seen);
  Type* caseTypes(Operand& x, const std::vector<Expr*>& types, std::vector<std::pair<Type*, syntax::Pos>>& seen);
  bool isTerminating(syntax::Stmt* s, const std::string& label);
  bool isTerminatingList(const std::vector<syntax::Stmt*>& list, const std::string& label);
  bool isTerminatingSwitch(syntax::BlockStmt* body, const std::string& label);
  bool hasBreak(syntax::Stmt* s, const std::string& label, bool implicit);
  bool hasBreakList(const std::vector<syntax::Stmt*>& list, const std::string& label, bool implicit);
  void suspendedCall(const char* keyword, syntax::CallExpr* call);
  std::unordered_set<syntax::CallExpr*> isPanic;

  // --- inference (infer.cpp)
  // Returns the inferred type arguments (all of tparams), or an empty
  // vector with *err (and *errPos) set; err may stay empty when the failure
  // was caused by an earlier error.
  std::vector<Type*> infer(syntax::Pos pos, const std::vector<TypeParamType*>& tparams,
                           const std::vector<Type*>& targs, Tuple* params,
                           std::vector<Operand>& args, bool reverse, std::string* err,
                           syntax::Pos* errPos);

  // --- init order (check_init.cpp)
  void initOrder();
};

// Formats like printf into a std::string.
std::string strprintf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

}  // namespace gs::types
