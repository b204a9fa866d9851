// The parser's class, shared by parser.cpp (infrastructure, declarations),
// parser_expr.cpp (expressions and types) and parser_stmt.cpp (statements
// and branch checks). Not part of the public API: include parser.h.
//
// The parser looks at one token only (the current one). That matches
// cmd/compile's parser, which we follow function by function because the
// syntax errors users see depend on exactly where and how each production
// gives up; every function names the production it parses.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/syntax/ast.h"
#include "core/syntax/lexer.h"
#include "core/syntax/parser.h"
#include "core/syntax/source.h"

namespace gs::syntax::detail {

// A set of token kinds, for error recovery (the tokens to skip to).
class TokSet {
 public:
  TokSet() = default;
  TokSet(std::initializer_list<Tok> toks) {
    for (Tok t : toks) add(t);
  }
  void add(Tok t) { bits_[index(t) / 64] |= uint64_t(1) << (index(t) % 64); }
  bool has(Tok t) const { return (bits_[index(t) / 64] >> (index(t) % 64)) & 1; }
  bool empty() const { return bits_[0] == 0 && bits_[1] == 0; }

 private:
  static unsigned index(Tok t) { return static_cast<unsigned>(t); }
  uint64_t bits_[2] = {0, 0};
};

// One entry of a parameter list before names and types are distributed
// (`a, b int` is first read as a:nil, b:int). pos is its first token.
struct Param {
  Pos pos;
  Ident* name = nullptr;
  Expr* type = nullptr;
};

// The header of an if, for or switch statement. guard is set for a type
// switch header `v := x.(type)` (an AssignStmt); a range clause comes back
// as a RangeStmt in init.
struct Header {
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  Stmt* guard = nullptr;
};

class Parser {
 public:
  Parser(AstArena& arena, const SourceSet& sources, int32_t fileIndex, Diagnostics& diags);
  File* parseFile();
  bool skipBodies = false;  // see syntax::parseFile
  // Scans from m on (the current token becomes the one there).
  void restartAt(const Lexer::Mark& m);
  void reportCheckerErrors();

  // ---- tokens (parser.cpp)
  void next();
  bool got(Tok t);
  void want(Tok t);
  bool gotAssign();
  bool isLiteral() const {
    return tok_ == Tok::Int || tok_ == Tok::Float || tok_ == Tok::Imag || tok_ == Tok::Char ||
           tok_ == Tok::String;
  }

  // ---- errors (parser.cpp)
  bool hasErrors() const { return errors_ + lex_.errorCount() > 0; }
  int errorCount() const { return errors_ + lex_.errorCount(); }
  // Messages are string_views so that recursive productions do not carry
  // std::string temporaries in their stack frames.
  void errorAt(Pos pos, std::string_view msg);
  void error(std::string_view msg) { errorAt(pos_, msg); }
  void syntaxErrorAt(Pos pos, std::string_view msg);
  void syntaxError(std::string_view msg) { syntaxErrorAt(pos_, msg); }
  void listError(const char* context, Tok sep, Tok close);
  // An error go/types would report; kept until the end of the file and
  // reported only if the program has no syntax error.
  void checkerErrorAt(Pos pos, std::string msg) { checkerErrors_.push_back({pos, std::move(msg), false}); }
  void advance(const TokSet& follow = TokSet());
  std::string tokDescription() const;
  static std::string tokString(Tok t);

  // list = [ f { sep f } [sep] ] close .  f returns true to stop early.
  // Returns the position of the closing token.
  template <class F>
  Pos list(const char* context, Tok sep, Tok close, F f) {
    bool done = false;
    while (tok_ != Tok::EOF_ && tok_ != close && !done) {
      done = f();
      // sep is optional before close
      if (!got(sep) && tok_ != close) {
        listError(context, sep, close);
        advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
        if (tok_ != close) return pos_;  // give up on this list
      }
    }
    Pos closing = pos_;
    want(close);
    return closing;
  }

  // ---- nesting guard: every recursive production holds one
  struct Nest {
    Parser* p;
    bool ok;
    explicit Nest(Parser* parser) : p(parser), ok(++parser->depth_ <= kMaxNesting || parser->tooDeep()) {}
    ~Nest() { --p->depth_; }
  };
  bool tooDeep();
  // For productions that nest the tree in a loop rather than by recursion:
  // deeper() adds a level (false if that is one too many) and DepthRestore
  // gives them back when the production returns.
  bool deeper() { return ++depth_ <= kMaxNesting || tooDeep(); }
  struct DepthRestore {
    Parser* p;
    int saved;
    explicit DepthRestore(Parser* parser) : p(parser), saved(parser->depth_) {}
    ~DepthRestore() { p->depth_ = saved; }
  };

  // ---- declarations (parser.cpp)
  GenDecl* genDecl(Tok keyword, Pos keywordPos);
  Spec* spec(Tok keyword, int index);
  ImportSpec* importSpec();
  ValueSpec* constSpec(int index);
  ValueSpec* varSpec(int index);
  TypeSpec* typeSpec();
  FuncDecl* funcDecl(Pos funcPos, std::vector<std::string> directives);
  BlockStmt* funcBody();

  // ---- expressions (parser_expr.cpp)
  Expr* expr();
  Expr* binaryExpr(Expr* x, int prec);
  Expr* unaryExpr();
  Expr* operand();
  Expr* pexpr(Expr* x);
  Expr* indexOrSlice(Expr* x);
  void recvChanType(ChanType* x);
  Expr* bareComplitexpr();
  CompositeLit* complitexpr();
  void argList(CallExpr* call);
  std::vector<Expr*> exprList();
  std::vector<Expr*> typeList(bool strict, bool* comma);
  Ident* name();
  std::vector<Ident*> nameList(Ident* first);
  Expr* qualifiedName(Ident* name);
  BasicLit* oliteral();
  BadExpr* badExpr() { return arena_.make<BadExpr>(pos_); }
  Ident* newIdent(Pos p, std::string_view n) { return arena_.make<Ident>(p, std::string(n)); }

  // ---- types (parser_expr.cpp)
  Expr* type_();
  Expr* typeOrNil();
  Expr* typeInstance(Expr* typ);
  FuncType* funcType(const char* context, Pos pos);
  Expr* arrayType(Pos lbrack, Expr* len);
  Expr* sliceType(Pos lbrack);
  Expr* chanElem();
  StructType* structType();
  void fieldDecl(FieldList* fields);
  void addField(FieldList* fields, Pos pos, std::vector<Ident*> names, Expr* type, BasicLit* tag);
  InterfaceType* interfaceType();
  Field* methodDecl();
  Expr* embeddedElem(Expr* first);
  Expr* embeddedTerm();
  Expr* arrayOrTArgs();
  FieldList* funcResult();
  bool paramDecl(Ident* name, Tok follow, Param* out);
  std::vector<Param> paramList(Ident* name, Expr* typ, Tok close, bool requireNames, Pos* closing);
  FieldList* groupParams(const std::vector<Param>& params, Pos opening, Pos closing);

  // ---- statements (parser_stmt.cpp)
  Stmt* simpleStmt(std::vector<Expr*> lhs, Tok keyword);
  RangeStmt* rangeClause(std::vector<Expr*> lhs, Tok defTok, Pos tokPos);
  Stmt* labeledStmtOrNil(Ident* label);
  BlockStmt* blockStmt(const char* context);
  Stmt* declStmt(Tok keyword);
  Stmt* forStmt();
  Header header(Tok keyword);
  Stmt* ifStmt();
  Stmt* switchStmt();
  Stmt* selectStmt();
  CaseClause* caseClause();
  CommClause* commClause();
  Stmt* callStmt();
  Stmt* stmtOrNil();
  std::vector<Stmt*> stmtList();
  void checkBranches(BlockStmt* body);

  AstArena& arena_;
  const SourceSet& sources_;
  int32_t file_;
  Diagnostics& diags_;
  Lexer lex_;

  // The current token.
  Tok tok_ = Tok::EOF_;
  Pos pos_;
  std::string_view lit_;
  bool bad_ = false;

  int errors_ = 0;             // errors reported by the parser (also those not recorded)
  int32_t lastSyntaxLine_ = 0;  // line of the last recorded syntax error
  std::vector<Diagnostic> checkerErrors_;
  int fnest_ = 0;  // function nesting level (error recovery stops at statement keywords)
  // Expression nesting level; -1 in an if/for/switch header, where `T{`
  // starts the block rather than a composite literal.
  int xnest_ = 0;
  int depth_ = 0;  // recursion depth, see Nest
  bool bailed_ = false;  // nesting limit hit: the rest of the file reads as EOF
};

// Syntactic predicates on expressions, as Go's parser defines them.
bool isTypeElem(const Expr* x);
bool isValue(const Expr* x);

}  // namespace gs::syntax::detail
