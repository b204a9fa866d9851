// The parser: token handling, error reporting and recovery, the source file
// and its declarations. Expressions and types are in parser_expr.cpp,
// statements in parser_stmt.cpp.
#include "core/syntax/parser.h"

#include "core/syntax/parser_internal.h"

namespace gs::syntax {

using detail::Parser;
using detail::TokSet;

File* parseFile(AstArena& arena, const SourceSet& sources, int32_t fileIndex, Diagnostics& diags,
                bool skipBodies) {
  Parser p(arena, sources, fileIndex, diags);
  p.skipBodies = skipBodies;
  return p.parseFile();
}

void parseSkippedBody(const SourceSet& sources, FuncDecl* d, Diagnostics& diags) {
  FuncDecl::Skipped& s = d->skipped;
  if (!s.arena || d->body) return;
  Parser p(*s.arena, sources, s.file, diags);
  p.restartAt(s.brace);
  d->body = p.funcBody();
  p.reportCheckerErrors();
  s.arena = nullptr;
}

Pos syntaxStartPos(const Expr* x) {
  for (;;) {
    switch (x->kind) {
      case NodeKind::CompositeLit: {
        auto* c = static_cast<const CompositeLit*>(x);
        if (!c->typeExpr) return c->lbrace;
        x = c->typeExpr;
        break;
      }
      case NodeKind::KeyValueExpr: x = static_cast<const KeyValueExpr*>(x)->key; break;
      case NodeKind::SelectorExpr: x = static_cast<const SelectorExpr*>(x)->x; break;
      case NodeKind::IndexExpr: x = static_cast<const IndexExpr*>(x)->x; break;
      case NodeKind::TypeAssertExpr: x = static_cast<const TypeAssertExpr*>(x)->x; break;
      case NodeKind::CallExpr: x = static_cast<const CallExpr*>(x)->fun; break;
      case NodeKind::BinaryExpr: x = static_cast<const BinaryExpr*>(x)->x; break;
      case NodeKind::SliceExpr: return static_cast<const SliceExpr*>(x)->lbrack;
      case NodeKind::FuncType: {
        auto* f = static_cast<const FuncType*>(x);
        if (f->typeParams) return f->typeParams->opening;
        if (f->params && f->params->opening.valid()) return f->params->opening;
        return f->pos;
      }
      default:
        return x->pos;
    }
  }
}

namespace detail {

Parser::Parser(AstArena& arena, const SourceSet& sources, int32_t fileIndex, Diagnostics& diags)
    : arena_(arena), sources_(sources), file_(fileIndex), diags_(diags), lex_(sources, fileIndex, diags) {
  next();
}

// ---------------------------------------------------------------------------
// Tokens

void Parser::next() {
  if (bailed_) {
    tok_ = Tok::EOF_;
    return;
  }
  lex_.next();
  const Token& t = lex_.token();
  tok_ = t.tok;
  pos_ = t.pos;
  lit_ = t.lit;
  bad_ = t.bad;
}

bool Parser::got(Tok t) {
  if (tok_ == t) {
    next();
    return true;
  }
  return false;
}

void Parser::want(Tok t) {
  if (!got(t)) {
    syntaxError("expected " + tokString(t));
    advance();
  }
}

// Like got(Assign), but also accepts ":=" (with an error) to recover better
// from `var x := 1`.
bool Parser::gotAssign() {
  switch (tok_) {
    case Tok::Define:
      syntaxError("expected =");
      [[fallthrough]];
    case Tok::Assign:
      next();
      return true;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------
// Errors

void Parser::errorAt(Pos pos, std::string_view msg) {
  errors_++;
  // cmd/compile keeps only the first syntax error of a line.
  if (msg.substr(0, 12) == "syntax error") {
    if (pos.valid() && pos.line == lastSyntaxLine_) return;
    lastSyntaxLine_ = pos.line;
  }
  diags_.error(pos, std::string(msg));
}

// Reports "syntax error: ...". A message starting with "in ", "at ",
// "after " or "expected " is about the current token and becomes
// "unexpected TOKEN in ...", "unexpected TOKEN, expected ...".
void Parser::syntaxErrorAt(Pos pos, std::string_view msg) {
  if (tok_ == Tok::EOF_ && hasErrors()) return;  // avoid meaningless follow-up errors
  auto startsWith = [&](std::string_view prefix) { return msg.substr(0, prefix.size()) == prefix; };
  const char* sep = "";
  if (msg.empty()) {
    // just "unexpected TOKEN"
  } else if (startsWith("in ") || startsWith("at ") || startsWith("after ")) {
    sep = " ";
  } else if (startsWith("expected ")) {
    sep = ", ";
  } else {
    errorAt(pos, "syntax error: " + std::string(msg));
    return;
  }
  errorAt(pos, "syntax error: unexpected " + tokDescription() + sep + std::string(msg));
}

// The error of list(): "unexpected X in argument list; possibly missing comma or )".
void Parser::listError(const char* context, Tok sep, Tok close) {
  syntaxError(std::string("in ") + context + "; possibly missing " + tokString(sep) + " or " +
              tokString(close));
}

// The current token as Go's error messages name it.
std::string Parser::tokDescription() const {
  switch (tok_) {
    case Tok::Ident:
      return "name " + std::string(lit_);
    case Tok::Semicolon:
      return std::string(lit_);  // "semicolon", "newline" or "EOF"
    case Tok::Int:
    case Tok::Float:
    case Tok::Imag:
    case Tok::Char:
    case Tok::String:
      return "literal " + std::string(lit_);
    default:
      return tokString(tok_);
  }
}

// A token kind in English, for "expected X" messages.
std::string Parser::tokString(Tok t) {
  switch (t) {
    case Tok::Comma:
      return "comma";
    case Tok::Semicolon:
      return "semicolon or newline";
    default:
      return std::string(tokSpelling(t));
  }
}

namespace {

// Keywords that start a statement: good places to resume after an error
// inside a function body.
bool isStatementKeyword(Tok t) {
  switch (t) {
    case Tok::Break: case Tok::Const: case Tok::Continue: case Tok::Defer:
    case Tok::Fallthrough: case Tok::For: case Tok::Go: case Tok::Goto:
    case Tok::If: case Tok::Return: case Tok::Select: case Tok::Switch:
    case Tok::Type: case Tok::Var:
      return true;
    default:
      return false;
  }
}

}  // namespace

// Skips tokens until one in follow (or, inside a function, a statement
// keyword, or EOF). With an empty follow set, skips exactly one token.
void Parser::advance(const TokSet& follow) {
  if (follow.empty()) {
    if (tok_ != Tok::EOF_) next();
    return;
  }
  while (tok_ != Tok::EOF_ && !follow.has(tok_) && !(fnest_ > 0 && isStatementKeyword(tok_))) next();
}

// Called when the nesting limit is exceeded: reports it once and makes the
// rest of the file read as EOF so that every production unwinds at once.
bool Parser::tooDeep() {
  if (!bailed_) {
    syntaxError("exceeded max nesting depth");
    bailed_ = true;
    tok_ = Tok::EOF_;
  }
  return false;
}

// ---------------------------------------------------------------------------
// The source file

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
File* Parser::parseFile() {
  File* f = arena_.make<File>(pos_);
  f->fileIndex = file_;

  // PackageClause = "package" PackageName .
  if (!got(Tok::Package)) {
    syntaxError("package statement must be first");
    f->packageName = newIdent(pos_, "_");
    return f;
  }
  lex_.clearDirectives();  // directives before the package clause are not a function's
  f->packageName = name();
  want(Tok::Semicolon);
  // Like Go, don't bother with the rest if the package clause is broken.
  if (hasErrors()) return f;

  // Imports are accepted anywhere for error tolerance, with a complaint.
  Tok prev = Tok::Import;
  while (tok_ != Tok::EOF_) {
    if (tok_ == Tok::Import && prev != Tok::Import) {
      syntaxError("imports must appear before other declarations");
    }
    prev = tok_;

    Pos kwPos = pos_;
    switch (tok_) {
      case Tok::Import:
      case Tok::Const:
      case Tok::Type:
      case Tok::Var: {
        Tok kw = tok_;
        next();
        GenDecl* d = genDecl(kw, kwPos);
        f->decls.push_back(d);
        if (kw == Tok::Import) f->imports.push_back(d);
        break;
      }
      case Tok::Func: {
        // Directives were scanned before `func`; anything after is not theirs.
        std::vector<std::string> directives = lex_.takeDirectives();
        next();
        if (FuncDecl* d = funcDecl(kwPos, std::move(directives))) f->decls.push_back(d);
        break;
      }
      default: {
        FuncDecl* last = f->decls.empty() ? nullptr : f->decls.back()->as<FuncDecl>();
        if (tok_ == Tok::LBrace && last && !last->body) {
          // the opening { of a function declaration on the next line
          syntaxError("unexpected semicolon or newline before {");
        } else {
          syntaxError("non-declaration statement outside function body");
        }
        advance({Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func});
        continue;
      }
    }

    // Directives belong to the declaration that follows them directly; drop
    // what this declaration left before the ';' is consumed.
    lex_.clearDirectives();

    if (tok_ != Tok::EOF_ && !got(Tok::Semicolon)) {
      syntaxError("after top level declaration");
      advance({Tok::Import, Tok::Const, Tok::Type, Tok::Var, Tok::Func});
    }
  }

  reportCheckerErrors();
  return f;
}

void Parser::reportCheckerErrors() {
  // Errors go/types would report, only if type checking would happen.
  if (!diags_.hasSyntaxErrors()) {
    for (auto& d : checkerErrors_) diags_.error(d.pos, std::move(d.msg));
  }
  checkerErrors_.clear();
}

void Parser::restartAt(const Lexer::Mark& m) {
  lex_.seek(m);
  next();
}

// ---------------------------------------------------------------------------
// Declarations

// Declaration = keyword ( Spec | "(" { Spec ";" } ")" ) .  (keyword consumed)
GenDecl* Parser::genDecl(Tok keyword, Pos keywordPos) {
  GenDecl* d = arena_.make<GenDecl>(keywordPos, keyword);
  if (tok_ == Tok::LParen) {
    d->lparen = pos_;
    next();
    int index = 0;
    d->rparen = list("grouped declaration", Tok::Semicolon, Tok::RParen, [&] {
      if (Spec* s = spec(keyword, index++)) d->specs.push_back(s);
      return false;
    });
  } else if (Spec* s = spec(keyword, 0)) {
    d->specs.push_back(s);
  }
  return d;
}

Spec* Parser::spec(Tok keyword, int index) {
  switch (keyword) {
    case Tok::Import: return importSpec();
    case Tok::Const: return constSpec(index);
    case Tok::Type: return typeSpec();
    default: return varSpec(index);
  }
}

// ImportSpec = [ "." | PackageName ] ImportPath .
// ImportPath = string_lit .
ImportSpec* Parser::importSpec() {
  ImportSpec* s = arena_.make<ImportSpec>(pos_);
  if (tok_ == Tok::Ident) {
    s->name = name();
  } else if (tok_ == Tok::Period) {
    s->name = newIdent(pos_, ".");
    next();
  }
  s->path = oliteral();
  if (!s->path) {
    syntaxError("missing import path");
    advance({Tok::Semicolon, Tok::RParen});
    return s;
  }
  if (!s->path->bad && s->path->litKind != Tok::String) {
    syntaxErrorAt(s->path->pos, "import path must be a string");
    s->path->bad = true;
  }
  return s;
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
ValueSpec* Parser::constSpec(int index) {
  ValueSpec* s = arena_.make<ValueSpec>(pos_);
  s->iota = index;
  s->names = nameList(name());
  if (tok_ != Tok::EOF_ && tok_ != Tok::Semicolon && tok_ != Tok::RParen) {
    s->typeExpr = typeOrNil();
    if (gotAssign()) s->values = exprList();
  }
  return s;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
ValueSpec* Parser::varSpec(int index) {
  ValueSpec* s = arena_.make<ValueSpec>(pos_);
  s->iota = index;
  s->names = nameList(name());
  if (gotAssign()) {
    s->values = exprList();
  } else {
    s->typeExpr = type_();
    if (gotAssign()) s->values = exprList();
  }
  return s;
}

namespace {

// Splits x into a name and a type element if x could be written `name expr`
// where expr is a type element (or force is set), for the ambiguity between
// `type T[P *C] ...` (type parameters) and `type T[N * M] ...` (an array).
//   x           force   name  expr
//   P*[]int     any     P     *[]int
//   P*E         true    P     *E
//   P*E         false   -     P*E
//   P([]int)    any     P     []int
//   P(E)        true    P     E
//   P*E|F|~G    any     P     *E|F|~G
// A lone name gives (name, nullptr); no split gives (nullptr, x).
struct NameSplit {
  Ident* name;
  Expr* rest;
};

NameSplit extractName(AstArena& arena, Expr* x, bool force) {
  if (Ident* id = x->as<Ident>()) return {id, nullptr};
  if (BinaryExpr* b = x->as<BinaryExpr>()) {
    if (b->op == Tok::Mul) {
      Ident* id = b->x->as<Ident>();
      if (id && (force || isTypeElem(b->y))) return {id, arena.make<StarExpr>(b->opPos, b->y)};
    } else if (b->op == Tok::Or) {
      NameSplit s = extractName(arena, b->x, force || isTypeElem(b->y));
      if (s.name && s.rest) {
        return {s.name, arena.make<BinaryExpr>(s.rest->pos, Tok::Or, b->opPos, s.rest, b->y)};
      }
    }
  } else if (CallExpr* c = x->as<CallExpr>()) {
    Ident* id = c->fun->as<Ident>();
    if (id && c->args.size() == 1 && !c->hasEllipsis && (force || isTypeElem(c->args[0]))) {
      return {id, c->args[0]};
    }
  }
  return {nullptr, x};
}

}  // namespace

// TypeSpec = identifier [ TypeParams ] [ "=" ] Type .
TypeSpec* Parser::typeSpec() {
  TypeSpec* s = arena_.make<TypeSpec>(pos_);
  s->name = name();
  if (tok_ == Tok::LBrack) {
    // An array or slice type, or a type parameter list.
    Pos lbrack = pos_;
    next();
    switch (tok_) {
      case Tok::Ident: {
        // Parse the start as an expression and look at its shape. A name
        // followed by "[" must start a type parameter with a slice/array
        // constraint (an index expression is not a constant length).
        Expr* x = name();
        if (tok_ != Tok::LBrack) {
          xnest_++;
          x = binaryExpr(pexpr(x), 0);
          xnest_--;
        }
        // A lone name followed by "]" is an array length; a split that is
        // only possibly a type element counts when a comma follows.
        NameSplit split = extractName(arena_, x, tok_ == Tok::Comma);
        if (split.name && (split.rest || tok_ != Tok::RBrack)) {
          Pos closing;
          std::vector<Param> params = paramList(split.name, split.rest, Tok::RBrack, true, &closing);
          s->typeParams = groupParams(params, lbrack, closing);
          s->alias = gotAssign();
          s->typeExpr = typeOrNil();
        } else {
          s->typeExpr = arrayType(lbrack, x);
        }
        break;
      }
      case Tok::RBrack:
        next();
        s->typeExpr = sliceType(lbrack);
        break;
      default:
        s->typeExpr = arrayType(lbrack, nullptr);
        break;
    }
  } else {
    s->alias = gotAssign();
    s->typeExpr = typeOrNil();
  }

  if (!s->typeExpr) {
    s->typeExpr = badExpr();
    syntaxError("in type declaration");
    advance({Tok::Semicolon, Tok::RParen});
  }
  return s;
}

// FunctionDecl = "func" FunctionName [ TypeParams ] Signature [ FunctionBody ] .
// MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
// Receiver     = Parameters .
// ("func" consumed; funcPos is its position.)
FuncDecl* Parser::funcDecl(Pos funcPos, std::vector<std::string> directives) {
  FuncDecl* d = arena_.make<FuncDecl>(funcPos);
  d->directives = std::move(directives);

  const char* context = nullptr;
  if (tok_ == Tok::LParen) {
    context = "method";
    Pos lparen = pos_;
    next();
    Pos rparen;
    std::vector<Param> rcvr = paramList(nullptr, nullptr, Tok::RParen, false, &rparen);
    if (rcvr.empty()) {
      error("method has no receiver");
    } else {
      if (rcvr.size() > 1) {
        error("method has multiple receivers");
        rcvr.resize(1);  // like Go, keep the first
      }
      d->recv = groupParams(rcvr, lparen, rparen);
    }
  }

  if (tok_ == Tok::Ident) {
    d->name = name();
    d->sig = funcType(context, funcPos);
  } else {
    d->name = newIdent(pos_, "_");
    d->sig = arena_.make<FuncType>(funcPos);
    d->sig->params = arena_.make<FieldList>(pos_);
    syntaxError(context ? "expected name" : "expected name or (");
    advance({Tok::LBrace, Tok::Semicolon});
  }

  if (tok_ == Tok::LBrace && skipBodies) {
    Lexer::Mark m = lex_.tokenMark();
    if (lex_.skipBlock()) {
      d->skipped = FuncDecl::Skipped{&arena_, file_, m};
      next();
      return d;
    }
  }
  if (tok_ == Tok::LBrace) d->body = funcBody();
  return d;
}

// FunctionBody = Block .  The branch checks run on bodies that parsed
// without any error, as in cmd/compile.
BlockStmt* Parser::funcBody() {
  fnest_++;
  int before = errorCount();
  BlockStmt* body = blockStmt("");
  fnest_--;
  if (errorCount() == before && !bailed_) checkBranches(body);
  return body;
}

}  // namespace detail
}  // namespace gs::syntax
