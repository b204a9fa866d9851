// The Go syntax tree.
//
// The parser (core/syntax/parser.*) builds it; the type checker (core/types)
// annotates it in place (the fields marked "checker" below); escape analysis
// (core/escape) and the compiler (core/compile) read the annotations. No stage
// after the checker changes the tree's shape.
//
// Ownership: every node is allocated through an AstArena and lives as long as
// the arena (one arena per compilation). Nodes refer to each other with plain
// pointers. Node kinds are a closed enum; use `as<T>()` / `is<T>()` instead of
// dynamic_cast.
//
// The node set follows go/ast closely (Go's spec productions are named on each
// node), with two deliberate differences:
//   * a generic instantiation with several type arguments is an IndexExpr with
//     several indices (go/ast's IndexListExpr);
//   * constraint unions `A | ~B` are BinaryExpr(Or) / UnaryExpr(Tilde) inside
//     an InterfaceType's embedded list, exactly as go/ast represents them.
#pragma once

#include "core/syntax/arena.h"
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/syntax/token.h"

namespace gs::types {
class Type;
class Object;
class Scope;
struct Selection;
struct Constant;
struct Instance;
}  // namespace gs::types

namespace gs::syntax {

class AstArena;

enum class NodeKind : uint8_t {
  // expressions
  BadExpr, Ident, BasicLit, CompositeLit, FuncLit, ParenExpr, SelectorExpr,
  IndexExpr, SliceExpr, TypeAssertExpr, CallExpr, StarExpr, UnaryExpr,
  BinaryExpr, KeyValueExpr,
  // type expressions
  ArrayType, StructType, FuncType, InterfaceType, MapType, ChanType, Ellipsis,
  // statements
  BadStmt, DeclStmt, EmptyStmt, LabeledStmt, ExprStmt, SendStmt, IncDecStmt,
  AssignStmt, GoStmt, DeferStmt, ReturnStmt, BranchStmt, BlockStmt, IfStmt,
  CaseClause, SwitchStmt, TypeSwitchStmt, CommClause, SelectStmt, ForStmt,
  RangeStmt,
  // declarations and specs
  ImportSpec, ValueSpec, TypeSpec, GenDecl, FuncDecl,
  // other
  Field, FieldList, File,
};

struct Node {
  NodeKind kind;
  Pos pos;  // position of the node's first token (go/ast's Pos())
  explicit Node(NodeKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Node() = default;
  template <class T> bool is() const { return kind == T::Kind; }
  template <class T> T* as() { return kind == T::Kind ? static_cast<T*>(this) : nullptr; }
  template <class T> const T* as() const {
    return kind == T::Kind ? static_cast<const T*>(this) : nullptr;
  }
};

// ---------------------------------------------------------------------------
// Expressions

// How an expression may be used, as decided by the checker (go/types'
// operandMode).
enum class ExprMode : uint8_t {
  Invalid,   // not yet checked, or erroneous
  NoValue,   // call of a function without results
  Builtin,   // a built-in function name (only in call position)
  TypeExpr,  // the expression denotes a type
  Constant,  // a constant; Expr::constant holds the value
  Variable,  // an addressable value
  MapIndex,  // m[k]: assignable but not addressable; comma-ok capable
  Value,     // any other value
  CommaOk,   // a value that may be used in a comma-ok assignment (x.(T), <-ch)
};

struct Expr : Node {
  using Node::Node;
  // checker: the expression's type after untyped defaulting in context (for
  // constants, the type the value was converted to; untyped only where Go
  // leaves it untyped, e.g. the operand of a shift count or a comparison).
  types::Type* type = nullptr;
  // checker: the constant value when mode == Constant.
  types::Constant* constant = nullptr;
  ExprMode mode = ExprMode::Invalid;
};

// Ident = identifier .
struct Ident : Expr {
  static constexpr NodeKind Kind = NodeKind::Ident;
  std::string name;
  // checker: the object the identifier denotes or declares (nullptr for `_`
  // on the left of a declaration and for the package name).
  types::Object* obj = nullptr;
  Ident(Pos p, std::string n) : Expr(Kind, p), name(std::move(n)) {}
};

// BasicLit = int_lit | float_lit | imaginary_lit | rune_lit | string_lit .
// `value` is the literal's source text exactly as written (quotes included).
struct BasicLit : Expr {
  static constexpr NodeKind Kind = NodeKind::BasicLit;
  Tok litKind;  // Int, Float, Imag, Char, String
  std::string value;
  // The lexer reported an error for this literal (e.g. "invalid digit '8' in
  // octal literal"); the checker should not report it again (types2 skips
  // such literals).
  bool bad = false;
  BasicLit(Pos p, Tok k, std::string v) : Expr(Kind, p), litKind(k), value(std::move(v)) {}
};

// CompositeLit = LiteralType LiteralValue .  `T{a, k: v}`; typeExpr is null for
// an elided type inside another composite literal.
struct CompositeLit : Expr {
  static constexpr NodeKind Kind = NodeKind::CompositeLit;
  Expr* typeExpr = nullptr;
  std::vector<Expr*> elts;  // KeyValueExpr for keyed elements
  Pos lbrace, rbrace;
  // checker: for `[...]T{}` and elided types the type is in Expr::type.
  CompositeLit(Pos p) : Expr(Kind, p) {}
};

struct FuncType;
struct BlockStmt;

// FunctionLit = "func" Signature FunctionBody .
struct FuncLit : Expr {
  static constexpr NodeKind Kind = NodeKind::FuncLit;
  FuncType* sig = nullptr;
  BlockStmt* body = nullptr;
  // checker: the function literal's scope owner information
  types::Scope* scope = nullptr;
  FuncLit(Pos p) : Expr(Kind, p) {}
};

struct ParenExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::ParenExpr;
  Expr* x = nullptr;
  ParenExpr(Pos p, Expr* x_) : Expr(Kind, p), x(x_) {}
};

// Selector = PrimaryExpr "." identifier .
struct SelectorExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::SelectorExpr;
  Expr* x = nullptr;
  Ident* sel = nullptr;
  // checker: what the selector selects (field, method value, method
  // expression, or a package-qualified name — then sel->obj is the object and
  // selection is null).
  types::Selection* selection = nullptr;
  SelectorExpr(Pos p, Expr* x_, Ident* s) : Expr(Kind, p), x(x_), sel(s) {}
};

// Index = PrimaryExpr "[" Expression "]" .  Also a generic instantiation
// `F[int, string]` (several indices, or one index that denotes a type).
struct IndexExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::IndexExpr;
  Expr* x = nullptr;
  std::vector<Expr*> indices;
  Pos lbrack;
  // checker: set when this denotes an instantiated generic function or type.
  types::Instance* instance = nullptr;
  IndexExpr(Pos p) : Expr(Kind, p) {}
};

// Slice = "[" [Expression] ":" [Expression] "]" | "[" [Expression] ":" Expression ":" Expression "]" .
struct SliceExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::SliceExpr;
  Expr* x = nullptr;
  Expr *lo = nullptr, *hi = nullptr, *max = nullptr;
  bool slice3 = false;
  Pos lbrack;
  SliceExpr(Pos p) : Expr(Kind, p) {}
};

// TypeAssertion = PrimaryExpr "." "(" Type ")" .  typeExpr is null for x.(type).
struct TypeAssertExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::TypeAssertExpr;
  Expr* x = nullptr;
  Expr* typeExpr = nullptr;
  Pos lparen;
  TypeAssertExpr(Pos p) : Expr(Kind, p) {}
};

// What a CallExpr turned out to be (checker).
enum class CallKind : uint8_t { Unknown, Conversion, Builtin, Call };

// Built-in functions, in the universe scope and package unsafe.
#define GS_BUILTINS(B)                                                               \
  B(Append, "append") B(Cap, "cap") B(Clear, "clear") B(Close, "close")              \
  B(Complex, "complex") B(Copy, "copy") B(Delete, "delete") B(Imag, "imag")          \
  B(Len, "len") B(Make, "make") B(Max, "max") B(Min, "min") B(New, "new")            \
  B(Panic, "panic") B(Print, "print") B(Println, "println") B(Real, "real")          \
  B(Recover, "recover")                                                              \
  B(Alignof, "Alignof") B(Offsetof, "Offsetof") B(Sizeof, "Sizeof")                  \
  B(Add, "Add") B(Slice, "Slice") B(String, "String") B(StringData, "StringData")    \
  B(SliceData, "SliceData")

enum class Builtin : uint8_t {
  None,
#define GS_BUILTIN_ENUM(name, spelling) name,
  GS_BUILTINS(GS_BUILTIN_ENUM)
#undef GS_BUILTIN_ENUM
};

// Call = PrimaryExpr "(" [ArgumentList [","]] ")" .
struct CallExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::CallExpr;
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool hasEllipsis = false;  // f(xs...)
  Pos lparen, rparen, ellipsis;
  // checker
  CallKind callKind = CallKind::Unknown;
  Builtin builtin = Builtin::None;
  // checker: for a call of a generic function whose type arguments were
  // (partly) inferred, the full instantiation; also in fun's IndexExpr when
  // explicit.
  types::Instance* instance = nullptr;
  CallExpr(Pos p) : Expr(Kind, p) {}
};

// `*x`: a pointer type or an indirection.
struct StarExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::StarExpr;
  Expr* x = nullptr;
  StarExpr(Pos p, Expr* x_) : Expr(Kind, p), x(x_) {}
};

// unary_op = "+" | "-" | "!" | "^" | "*" | "&" | "<-" ; also "~" in constraints.
struct UnaryExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::UnaryExpr;
  Tok op;
  Expr* x = nullptr;
  UnaryExpr(Pos p, Tok o, Expr* x_) : Expr(Kind, p), op(o), x(x_) {}
};

struct BinaryExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::BinaryExpr;
  Tok op;
  Pos opPos;
  Expr *x = nullptr, *y = nullptr;
  BinaryExpr(Pos p, Tok o, Pos op_pos, Expr* x_, Expr* y_)
      : Expr(Kind, p), op(o), opPos(op_pos), x(x_), y(y_) {}
};

struct KeyValueExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::KeyValueExpr;
  Expr *key = nullptr, *value = nullptr;
  Pos colon;
  KeyValueExpr(Pos p, Expr* k, Expr* v) : Expr(Kind, p), key(k), value(v) {}
};

struct BadExpr : Expr {
  static constexpr NodeKind Kind = NodeKind::BadExpr;
  BadExpr(Pos p) : Expr(Kind, p) {}
};

// ---------------------------------------------------------------------------
// Type expressions (they are Exprs: a type can appear where an expression is
// parsed, e.g. in conversions `[]byte(s)`)

// ArrayType = "[" ArrayLength "]" ElementType .  len == nullptr: slice type;
// len is an Ellipsis node for `[...]T` in a composite literal.
struct ArrayType : Expr {
  static constexpr NodeKind Kind = NodeKind::ArrayType;
  Expr* len = nullptr;
  Expr* elem = nullptr;
  ArrayType(Pos p) : Expr(Kind, p) {}
};

struct FieldList;

// StructType = "struct" "{" { FieldDecl ";" } "}" .
struct StructType : Expr {
  static constexpr NodeKind Kind = NodeKind::StructType;
  FieldList* fields = nullptr;
  StructType(Pos p) : Expr(Kind, p) {}
};

// Signature = Parameters [ Result ] ; with optional TypeParameters.
struct FuncType : Expr {
  static constexpr NodeKind Kind = NodeKind::FuncType;
  FieldList* typeParams = nullptr;  // may be null
  FieldList* params = nullptr;      // never null after parsing
  FieldList* results = nullptr;     // may be null
  FuncType(Pos p) : Expr(Kind, p) {}
};

// InterfaceType = "interface" "{" { InterfaceElem ";" } "}" .
// methods: Fields with one name and a FuncType type; embedded: Fields without
// names whose type is a type name, a union (BinaryExpr Or) or ~T (UnaryExpr Tilde).
struct InterfaceType : Expr {
  static constexpr NodeKind Kind = NodeKind::InterfaceType;
  FieldList* elems = nullptr;  // in source order, methods and embedded elements
  InterfaceType(Pos p) : Expr(Kind, p) {}
};

struct MapType : Expr {
  static constexpr NodeKind Kind = NodeKind::MapType;
  Expr *key = nullptr, *value = nullptr;
  MapType(Pos p) : Expr(Kind, p) {}
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct ChanType : Expr {
  static constexpr NodeKind Kind = NodeKind::ChanType;
  ChanDir dir = ChanDir::Both;
  Expr* elem = nullptr;
  ChanType(Pos p) : Expr(Kind, p) {}
};

// `...T` as the type of a final parameter, or `[...]` in an array type
// (then elem is null).
struct Ellipsis : Expr {
  static constexpr NodeKind Kind = NodeKind::Ellipsis;
  Expr* elem = nullptr;
  Ellipsis(Pos p) : Expr(Kind, p) {}
};

// ---------------------------------------------------------------------------
// Fields

// A parameter, result, struct field, method or embedded element.
// `names` is empty for anonymous parameters and embedded fields.
struct Field : Node {
  static constexpr NodeKind Kind = NodeKind::Field;
  std::vector<Ident*> names;
  Expr* typeExpr = nullptr;
  BasicLit* tag = nullptr;  // struct field tag or null
  Field(Pos p) : Node(Kind, p) {}
};

struct FieldList : Node {
  static constexpr NodeKind Kind = NodeKind::FieldList;
  std::vector<Field*> list;
  Pos opening, closing;
  FieldList(Pos p) : Node(Kind, p) {}
  // Number of entities declared (names, or 1 per anonymous field).
  size_t numFields() const {
    size_t n = 0;
    for (auto* f : list) n += f->names.empty() ? 1 : f->names.size();
    return n;
  }
};

// ---------------------------------------------------------------------------
// Statements

struct Stmt : Node {
  using Node::Node;
};

struct BadStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::BadStmt;
  BadStmt(Pos p) : Stmt(Kind, p) {}
};

struct GenDecl;

struct DeclStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::DeclStmt;
  GenDecl* decl = nullptr;
  DeclStmt(Pos p, GenDecl* d) : Stmt(Kind, p), decl(d) {}
};

struct EmptyStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::EmptyStmt;
  bool implicit = false;  // inserted semicolon
  EmptyStmt(Pos p) : Stmt(Kind, p) {}
};

struct LabeledStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::LabeledStmt;
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
  LabeledStmt(Pos p) : Stmt(Kind, p) {}
};

struct ExprStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::ExprStmt;
  Expr* x = nullptr;
  ExprStmt(Pos p, Expr* x_) : Stmt(Kind, p), x(x_) {}
};

struct SendStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::SendStmt;
  Expr *chan = nullptr, *value = nullptr;
  Pos arrow;
  SendStmt(Pos p) : Stmt(Kind, p) {}
};

struct IncDecStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::IncDecStmt;
  Expr* x = nullptr;
  Tok tok;  // Inc or Dec
  Pos tokPos;
  IncDecStmt(Pos p, Expr* x_, Tok t, Pos tp) : Stmt(Kind, p), x(x_), tok(t), tokPos(tp) {}
};

// Assignment, short variable declaration (tok == Define) and op-assignment.
struct AssignStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::AssignStmt;
  std::vector<Expr*> lhs;
  Tok tok;
  Pos tokPos;
  std::vector<Expr*> rhs;
  AssignStmt(Pos p) : Stmt(Kind, p) {}
};

struct GoStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::GoStmt;
  CallExpr* call = nullptr;
  GoStmt(Pos p) : Stmt(Kind, p) {}
};

struct DeferStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::DeferStmt;
  CallExpr* call = nullptr;
  DeferStmt(Pos p) : Stmt(Kind, p) {}
};

struct ReturnStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::ReturnStmt;
  std::vector<Expr*> results;
  ReturnStmt(Pos p) : Stmt(Kind, p) {}
};

// break, continue, goto, fallthrough.
struct BranchStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::BranchStmt;
  Tok tok;
  Ident* label = nullptr;
  // checker: the statement a break/continue/fallthrough refers to (a
  // ForStmt, RangeStmt, SwitchStmt, TypeSwitchStmt or SelectStmt), or the
  // LabeledStmt a goto jumps to.
  Stmt* target = nullptr;
  BranchStmt(Pos p, Tok t) : Stmt(Kind, p), tok(t) {}
};

struct BlockStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::BlockStmt;
  std::vector<Stmt*> list;
  Pos lbrace, rbrace;
  BlockStmt(Pos p) : Stmt(Kind, p) {}
};

struct IfStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::IfStmt;
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* body = nullptr;
  Stmt* els = nullptr;  // null, IfStmt or BlockStmt
  IfStmt(Pos p) : Stmt(Kind, p) {}
};

// A case of an expression switch or type switch. list is empty for default.
struct CaseClause : Stmt {
  static constexpr NodeKind Kind = NodeKind::CaseClause;
  std::vector<Expr*> list;
  std::vector<Stmt*> body;
  Pos colon;
  // checker (type switches with a bound variable `switch v := x.(type)`): the
  // variable implicitly declared in this clause.
  types::Object* implicitObj = nullptr;
  CaseClause(Pos p) : Stmt(Kind, p) {}
};

struct SwitchStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::SwitchStmt;
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // null for a tagless switch
  BlockStmt* body = nullptr;  // of CaseClauses
  SwitchStmt(Pos p) : Stmt(Kind, p) {}
};

// switch [init;] [v :=] x.(type) { ... }.  assign is an ExprStmt(TypeAssertExpr)
// or an AssignStmt(Define, [v], [TypeAssertExpr]).
struct TypeSwitchStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::TypeSwitchStmt;
  Stmt* init = nullptr;
  Stmt* assign = nullptr;
  BlockStmt* body = nullptr;
  TypeSwitchStmt(Pos p) : Stmt(Kind, p) {}
};

// A case of a select statement; comm is null for default, else a SendStmt,
// ExprStmt(<-ch) or AssignStmt(v[, ok] = / := <-ch).
struct CommClause : Stmt {
  static constexpr NodeKind Kind = NodeKind::CommClause;
  Stmt* comm = nullptr;
  std::vector<Stmt*> body;
  Pos colon;
  CommClause(Pos p) : Stmt(Kind, p) {}
};

struct SelectStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::SelectStmt;
  BlockStmt* body = nullptr;  // of CommClauses
  SelectStmt(Pos p) : Stmt(Kind, p) {}
};

struct ForStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::ForStmt;
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
  ForStmt(Pos p) : Stmt(Kind, p) {}
};

// for [key[, value] (=|:=)] range x { ... }.  tok is Illegal when there is no
// key/value, Define or Assign otherwise.
struct RangeStmt : Stmt {
  static constexpr NodeKind Kind = NodeKind::RangeStmt;
  Expr *key = nullptr, *value = nullptr;
  Tok tok = Tok::Illegal;
  Pos tokPos;
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
  RangeStmt(Pos p) : Stmt(Kind, p) {}
};

// ---------------------------------------------------------------------------
// Declarations

struct Spec : Node {
  using Node::Node;
};

struct ImportSpec : Spec {
  static constexpr NodeKind Kind = NodeKind::ImportSpec;
  Ident* name = nullptr;  // local name, `.` or `_`; null if absent
  BasicLit* path = nullptr;
  // checker: the PkgName object declared in the file scope
  types::Object* obj = nullptr;
  ImportSpec(Pos p) : Spec(Kind, p) {}
};

// const/var spec: names [Type] [= values].  For a const spec without values
// the parser leaves values empty; the checker repeats the previous spec's
// expressions (with the new iota) as Go specifies.
struct ValueSpec : Spec {
  static constexpr NodeKind Kind = NodeKind::ValueSpec;
  std::vector<Ident*> names;
  Expr* typeExpr = nullptr;
  std::vector<Expr*> values;
  int iota = 0;  // the spec's index within its const declaration
  ValueSpec(Pos p) : Spec(Kind, p) {}
};

// TypeSpec = AliasDecl | TypeDef .
struct TypeSpec : Spec {
  static constexpr NodeKind Kind = NodeKind::TypeSpec;
  Ident* name = nullptr;
  FieldList* typeParams = nullptr;
  bool alias = false;  // type A = B
  Expr* typeExpr = nullptr;
  TypeSpec(Pos p) : Spec(Kind, p) {}
};

struct Decl : Node {
  using Node::Node;
};

// import/const/type/var, with or without parentheses.
struct GenDecl : Decl {
  static constexpr NodeKind Kind = NodeKind::GenDecl;
  Tok tok;  // Import, Const, Type, Var
  std::vector<Spec*> specs;
  Pos lparen, rparen;  // invalid when not parenthesized
  GenDecl(Pos p, Tok t) : Decl(Kind, p), tok(t) {}
};

// FunctionDecl = "func" FunctionName [TypeParameters] Signature [FunctionBody] .
// MethodDecl   = "func" Receiver MethodName Signature [FunctionBody] .
// body is null for a function implemented natively (library preludes only).
struct FuncDecl : Decl {
  static constexpr NodeKind Kind = NodeKind::FuncDecl;
  FieldList* recv = nullptr;  // null for plain functions
  Ident* name = nullptr;
  FuncType* sig = nullptr;  // sig->typeParams for generic functions
  BlockStmt* body = nullptr;
  // `//go:noinline` and similar directives seen just before the declaration.
  std::vector<std::string> directives;
  // A body parseFile skipped (skipBodies): body is null until
  // parseSkippedBody parses it from here.
  struct Skipped {
    AstArena* arena = nullptr;  // null: nothing skipped
    int32_t file = -1;
    ScanMark brace;  // the '{'
  } skipped;
  // Whether the function has a body in the source (parsed or skipped).
  bool hasBody() const { return body || skipped.arena; }
  FuncDecl(Pos p) : Decl(Kind, p) {}
};

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
struct File : Node {
  static constexpr NodeKind Kind = NodeKind::File;
  Ident* packageName = nullptr;
  std::vector<GenDecl*> imports;  // also present in decls
  std::vector<Decl*> decls;
  int32_t fileIndex = -1;
  File(Pos p) : Node(Kind, p) {}
};

// Owns every node of one compilation.
class AstArena {
 public:
  template <class T, class... Args>
  T* make(Args&&... args) {
    return arena_.make<T>(std::forward<Args>(args)...);
  }

 private:
  BumpArena arena_;
};

// Unwraps parentheses: ((x)) -> x.
inline Expr* unparen(Expr* e) {
  while (e && e->kind == NodeKind::ParenExpr) e = static_cast<ParenExpr*>(e)->x;
  return e;
}

}  // namespace gs::syntax
