// The parser: statements, and the branch checks cmd/compile's parser runs on
// every function body (labels, break, continue, goto, fallthrough).
#include <deque>
#include <unordered_map>

#include "core/syntax/astdump.h"
#include "core/syntax/parser_internal.h"

namespace gs::syntax::detail {

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
// lhs, if not empty, is the already parsed expression list. keyword is the
// statement whose header this is (For allows a range clause, Switch a type
// switch guard), or Illegal.
Stmt* Parser::simpleStmt(std::vector<Expr*> lhs, Tok keyword) {
  if (keyword == Tok::For && tok_ == Tok::Range) {
    // "range" Expression
    return rangeClause({}, Tok::Illegal, Pos{});
  }

  if (lhs.empty()) lhs = exprList();

  if (lhs.size() == 1 && tok_ != Tok::Assign && tok_ != Tok::Define) {
    Expr* x = lhs[0];
    Pos pos = pos_;
    Tok t = tok_;
    if (assignOpBase(t) != Tok::Illegal) {
      // x op= y
      next();
      AssignStmt* a = arena_.make<AssignStmt>(x->pos);
      a->lhs.push_back(x);
      a->tok = t;
      a->tokPos = pos;
      a->rhs.push_back(expr());
      return a;
    }
    if (t == Tok::Inc || t == Tok::Dec) {
      next();
      return arena_.make<IncDecStmt>(x->pos, x, t, pos);
    }
    if (t == Tok::Arrow) {
      // SendStmt = Channel "<-" Expression .
      next();
      SendStmt* s = arena_.make<SendStmt>(x->pos);
      s->chan = x;
      s->arrow = pos;
      s->value = expr();
      return s;
    }
    return arena_.make<ExprStmt>(x->pos, x);
  }

  if (tok_ == Tok::Assign || tok_ == Tok::Define) {
    // ExpressionList ( "=" | ":=" ) ExpressionList
    Pos pos = pos_;
    Tok op = tok_;
    next();
    if (keyword == Tok::For && tok_ == Tok::Range) return rangeClause(std::move(lhs), op, pos);
    AssignStmt* a = arena_.make<AssignStmt>(lhs[0]->pos);
    a->lhs = std::move(lhs);
    a->tok = op;
    a->tokPos = pos;
    a->rhs = exprList();
    return a;
  }

  syntaxError("expected := or = or comma");
  advance({Tok::Semicolon, Tok::RBrace});
  return arena_.make<ExprStmt>(lhs[0]->pos, lhs[0]);  // make the best of what we have
}

// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
// (The current token is "range".) Returns a RangeStmt without body; its pos
// is fixed by forStmt.
RangeStmt* Parser::rangeClause(std::vector<Expr*> lhs, Tok defTok, Pos tokPos) {
  RangeStmt* r = arena_.make<RangeStmt>(pos_);
  next();  // range
  r->tok = defTok;
  r->tokPos = tokPos;
  if (lhs.size() > 0) r->key = lhs[0];
  if (lhs.size() > 1) r->value = lhs[1];
  if (lhs.size() > 2) {
    checkerErrorAt(syntaxStartPos(lhs[2]), "range clause permits at most two iteration variables");
  }
  r->x = expr();
  return r;
}

// LabeledStmt = Label ":" Statement .  (label parsed; current token ":")
Stmt* Parser::labeledStmtOrNil(Ident* label) {
  LabeledStmt* s = arena_.make<LabeledStmt>(label->pos);
  s->label = label;
  Pos colon = pos_;
  want(Tok::Colon);

  if (tok_ == Tok::RBrace) {
    // A statement must follow; before "}" that is an (implicit) empty one.
    EmptyStmt* e = arena_.make<EmptyStmt>(pos_);
    e->implicit = true;
    s->stmt = e;
    return s;
  }

  s->stmt = stmtOrNil();
  if (s->stmt) return s;

  // report the error at the line of the ':'
  syntaxErrorAt(colon, "missing statement after label");
  return nullptr;  // avoids follow-on errors
}

// Block = "{" StatementList "}" .  context names what the block belongs to
// ("for clause") for the error when "{" is missing.
BlockStmt* Parser::blockStmt(const char* context) {
  BlockStmt* s = arena_.make<BlockStmt>(pos_);
  s->lbrace = pos_;
  // people coming from C may forget that braces are mandatory in Go
  if (!got(Tok::LBrace)) {
    syntaxError(std::string("expected { after ") + context);
    advance({Tok::Ident, Tok::RBrace});
    s->rbrace = pos_;  // in case we found "}"
    if (got(Tok::RBrace)) return s;
  }
  s->list = stmtList();
  s->rbrace = pos_;
  want(Tok::RBrace);
  return s;
}

// Declaration inside a function: ConstDecl | TypeDecl | VarDecl .
Stmt* Parser::declStmt(Tok keyword) {
  Pos pos = pos_;
  next();
  return arena_.make<DeclStmt>(pos, genDecl(keyword, pos));
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
Stmt* Parser::forStmt() {
  Pos pos = pos_;
  Header h = header(Tok::For);
  if (RangeStmt* r = h.init ? h.init->as<RangeStmt>() : nullptr) {
    r->pos = pos;
    r->body = blockStmt("for clause");
    return r;
  }
  ForStmt* s = arena_.make<ForStmt>(pos);
  s->init = h.init;
  s->cond = h.cond;
  s->post = h.post;
  s->body = blockStmt("for clause");
  return s;
}

namespace {

// `v := x.(type)`, the binding form of a type switch guard.
bool isTypeSwitchAssign(const Stmt* s) {
  const AssignStmt* a = s->as<AssignStmt>();
  if (!a || a->tok != Tok::Define || a->lhs.size() != 1 || a->rhs.size() != 1) return false;
  const TypeAssertExpr* t = a->rhs[0]->as<TypeAssertExpr>();
  return a->lhs[0]->is<Ident>() && t && !t->typeExpr;
}

// Like exprString, but a binary expression gets parentheses, so that the
// `=` stands out in "cannot use assignment (a + b) = c as value".
std::string emphasize(const std::vector<Expr*>& list) {
  if (list.size() == 1 && list[0]->is<BinaryExpr>()) return "(" + exprString(list[0]) + ")";
  return exprListString(list);
}

// The position cmd/compile's tree gives a simple statement: its operator.
Pos simpleStmtPos(const Stmt* s) {
  if (auto* a = s->as<AssignStmt>()) return a->tokPos;
  if (auto* i = s->as<IncDecStmt>()) return i->tokPos;
  if (auto* d = s->as<SendStmt>()) return d->arrow;
  return s->pos;
}

}  // namespace

// The header of an if, for or switch statement (the keyword is the current
// token):
//   IfStmt     = "if" [ SimpleStmt ";" ] Expression Block ...
//   SwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression | TypeSwitchGuard ] "{" ...
//   ForClause  = [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ] .
// Inside a header "T{" opens the block, not a composite literal.
Header Parser::header(Tok keyword) {
  Header h;
  want(keyword);

  if (tok_ == Tok::LBrace) {
    if (keyword == Tok::If) {
      syntaxError("missing condition in if statement");
      h.cond = badExpr();
    }
    return h;
  }

  int outer = xnest_;
  xnest_ = -1;

  if (tok_ != Tok::Semicolon) {
    // accept a var declaration, but complain
    if (got(Tok::Var)) {
      syntaxError("var declaration not allowed in " + tokString(keyword) + " initializer");
    }
    h.init = simpleStmt({}, keyword);
    // A range clause ends the header (only possible after "for").
    if (h.init->is<RangeStmt>()) {
      xnest_ = outer;
      return h;
    }
  }

  Stmt* condStmt = nullptr;
  Pos semiPos;
  std::string_view semiLit;
  bool gaveUp = false;
  if (tok_ != Tok::LBrace) {
    if (tok_ == Tok::Semicolon) {
      semiPos = pos_;
      semiLit = lit_;
      next();
    } else {
      // asking for "{" rather than ";" gives a better error message
      want(Tok::LBrace);
      if (tok_ != Tok::LBrace) advance({Tok::LBrace, Tok::RBrace});  // resynchronize
    }
    if (keyword == Tok::For) {
      if (tok_ != Tok::Semicolon) {
        if (tok_ == Tok::LBrace) {
          syntaxError("expected for loop condition");
          gaveUp = true;
        } else {
          condStmt = simpleStmt({}, Tok::Illegal);  // no range here
        }
      }
      if (!gaveUp) {
        want(Tok::Semicolon);
        if (tok_ != Tok::LBrace) {
          h.post = simpleStmt({}, Tok::Illegal);
          const AssignStmt* a = h.post->as<AssignStmt>();
          if (a && a->tok == Tok::Define) {
            syntaxErrorAt(a->tokPos, "cannot declare in post statement of for loop");
          }
        }
      }
    } else if (tok_ != Tok::LBrace) {
      condStmt = simpleStmt({}, keyword);
    }
  } else {
    condStmt = h.init;
    h.init = nullptr;
  }

  // What was parsed as a statement must be the condition (or tag).
  if (!condStmt) {
    if (keyword == Tok::If && semiPos.valid()) {
      if (semiLit != "semicolon") {
        syntaxErrorAt(semiPos, "unexpected " + std::string(semiLit) + ", expected { after if clause");
      } else {
        syntaxErrorAt(semiPos, "missing condition in if statement");
      }
      h.cond = arena_.make<BadExpr>(semiPos);
    }
  } else if (ExprStmt* es = condStmt->as<ExprStmt>()) {
    h.cond = es->x;
  } else if (keyword == Tok::Switch && isTypeSwitchAssign(condStmt)) {
    h.guard = condStmt;
  } else {
    // A common mistake is `=` for `==`; say so explicitly.
    std::string str;
    const AssignStmt* as = condStmt->as<AssignStmt>();
    if (as && as->tok == Tok::Assign) {
      str = "assignment " + emphasize(as->lhs) + " = " + emphasize(as->rhs);
    } else {
      str = stmtString(condStmt);
    }
    syntaxErrorAt(simpleStmtPos(condStmt), "cannot use " + str + " as value");
  }

  xnest_ = outer;
  return h;
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
// An else-if chain is built in a loop; each link still counts as a nesting
// level because later stages walk the chain recursively.
Stmt* Parser::ifStmt() {
  IfStmt* first = nullptr;
  IfStmt* prev = nullptr;
  int depthBefore = depth_;
  for (;;) {
    IfStmt* s = arena_.make<IfStmt>(pos_);
    if (prev) {
      prev->els = s;
      if (++depth_ > kMaxNesting) {
        tooDeep();
        break;
      }
    } else {
      first = s;
    }
    prev = s;
    Header h = header(Tok::If);
    s->init = h.init;
    s->cond = h.cond;
    s->body = blockStmt("if clause");
    if (!got(Tok::Else)) break;
    if (tok_ == Tok::If) continue;
    if (tok_ == Tok::LBrace) {
      s->els = blockStmt("");
    } else {
      syntaxError("else must be followed by if or statement block");
      advance({Tok::Ident, Tok::RBrace});
    }
    break;
  }
  depth_ = depthBefore;
  return first;
}

// SwitchStmt = ExprSwitchStmt | TypeSwitchStmt .
Stmt* Parser::switchStmt() {
  Pos pos = pos_;
  Header h = header(Tok::Switch);

  BlockStmt* body = arena_.make<BlockStmt>(pos_);
  body->lbrace = pos_;
  if (!got(Tok::LBrace)) {
    syntaxError("missing { after switch clause");
    advance({Tok::Case, Tok::Default, Tok::RBrace});
  }
  while (tok_ != Tok::EOF_ && tok_ != Tok::RBrace) body->list.push_back(caseClause());
  body->rbrace = pos_;
  want(Tok::RBrace);

  const TypeAssertExpr* guard = h.cond ? h.cond->as<TypeAssertExpr>() : nullptr;
  if (h.guard || (guard && !guard->typeExpr)) {
    TypeSwitchStmt* s = arena_.make<TypeSwitchStmt>(pos);
    s->init = h.init;
    s->assign = h.guard ? h.guard : arena_.make<ExprStmt>(h.cond->pos, h.cond);
    s->body = body;
    return s;
  }
  SwitchStmt* s = arena_.make<SwitchStmt>(pos);
  s->init = h.init;
  s->tag = h.cond;
  s->body = body;
  return s;
}

// SelectStmt = "select" "{" { CommClause } "}" .
Stmt* Parser::selectStmt() {
  SelectStmt* s = arena_.make<SelectStmt>(pos_);
  want(Tok::Select);
  BlockStmt* body = arena_.make<BlockStmt>(pos_);
  body->lbrace = pos_;
  s->body = body;
  if (!got(Tok::LBrace)) {
    syntaxError("missing { after select clause");
    advance({Tok::Case, Tok::Default, Tok::RBrace});
  }
  while (tok_ != Tok::EOF_ && tok_ != Tok::RBrace) body->list.push_back(commClause());
  body->rbrace = pos_;
  want(Tok::RBrace);
  return s;
}

// ExprCaseClause = ExprSwitchCase ":" StatementList .
// ExprSwitchCase = "case" ExpressionList | "default" .  (TypeSwitchCase alike)
CaseClause* Parser::caseClause() {
  CaseClause* c = arena_.make<CaseClause>(pos_);
  switch (tok_) {
    case Tok::Case:
      next();
      c->list = exprList();
      break;
    case Tok::Default:
      next();
      break;
    default:
      syntaxError("expected case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
      break;
  }
  c->colon = pos_;
  want(Tok::Colon);
  c->body = stmtList();
  return c;
}

// CommClause = CommCase ":" StatementList .
// CommCase   = "case" ( SendStmt | RecvStmt ) | "default" .
// Any simple statement is accepted here; the checker rejects the others.
CommClause* Parser::commClause() {
  CommClause* c = arena_.make<CommClause>(pos_);
  switch (tok_) {
    case Tok::Case:
      next();
      c->comm = simpleStmt({}, Tok::Illegal);
      break;
    case Tok::Default:
      next();
      break;
    default:
      syntaxError("expected case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
      break;
  }
  c->colon = pos_;
  want(Tok::Colon);
  c->body = stmtList();
  return c;
}

// GoStmt = "go" Expression .   DeferStmt = "defer" Expression .
Stmt* Parser::callStmt() {
  Pos pos = pos_;
  Tok keyword = tok_;
  const char* kw = keyword == Tok::Go ? "go" : "defer";
  next();

  Expr* x = pexpr(nullptr);
  if (Expr* t = unparen(x); t != x) {
    errorAt(x->pos, std::string("expression in ") + kw + " must not be parenthesized");
    x = t;
  }
  CallExpr* call = x->as<CallExpr>();
  if (!call) {
    // go/types' error; see parser.h for the synthesized call.
    checkerErrorAt(syntaxStartPos(x), std::string("expression in ") + kw + " must be function call");
    call = arena_.make<CallExpr>(x->pos);
    call->fun = x;
  }
  if (keyword == Tok::Go) {
    GoStmt* s = arena_.make<GoStmt>(pos);
    s->call = call;
    return s;
  }
  DeferStmt* s = arena_.make<DeferStmt>(pos);
  s->call = call;
  return s;
}

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt
//           | BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block
//           | IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt .
// Returns null if the current token cannot start a statement.
Stmt* Parser::stmtOrNil() {
  Nest nest(this);
  if (!nest.ok) return nullptr;

  // Most statements start with a name; look for that first.
  if (tok_ == Tok::Ident) {
    std::vector<Expr*> lhs = exprList();
    if (lhs.size() == 1 && tok_ == Tok::Colon) {
      if (Ident* label = lhs[0]->as<Ident>()) return labeledStmtOrNil(label);
    }
    return simpleStmt(std::move(lhs), Tok::Illegal);
  }

  Pos pos = pos_;
  switch (tok_) {
    case Tok::Var:
    case Tok::Const:
    case Tok::Type:
      return declStmt(tok_);

    case Tok::LBrace:
      return blockStmt("");

    case Tok::Add: case Tok::Sub: case Tok::Mul: case Tok::And: case Tok::Xor: case Tok::Not:
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String:
    case Tok::Func: case Tok::LParen:                                        // operands
    case Tok::LBrack: case Tok::Struct: case Tok::Map: case Tok::Chan: case Tok::Interface:
    case Tok::Arrow:                                                         // receive
      return simpleStmt({}, Tok::Illegal);

    case Tok::For:
      return forStmt();
    case Tok::Switch:
      return switchStmt();
    case Tok::Select:
      return selectStmt();
    case Tok::If:
      return ifStmt();

    case Tok::Fallthrough:
      next();
      return arena_.make<BranchStmt>(pos, Tok::Fallthrough);

    case Tok::Break:
    case Tok::Continue: {
      BranchStmt* s = arena_.make<BranchStmt>(pos, tok_);
      next();
      if (tok_ == Tok::Ident) s->label = name();
      return s;
    }

    case Tok::Go:
    case Tok::Defer:
      return callStmt();

    case Tok::Goto: {
      BranchStmt* s = arena_.make<BranchStmt>(pos, Tok::Goto);
      next();
      s->label = name();
      return s;
    }

    case Tok::Return: {
      ReturnStmt* s = arena_.make<ReturnStmt>(pos);
      next();
      if (tok_ != Tok::Semicolon && tok_ != Tok::RBrace) s->results = exprList();
      return s;
    }

    case Tok::Semicolon: {
      EmptyStmt* s = arena_.make<EmptyStmt>(pos);
      s->implicit = lit_ != "semicolon";
      return s;
    }

    default:
      return nullptr;
  }
}

// StatementList = { Statement ";" } .
std::vector<Stmt*> Parser::stmtList() {
  std::vector<Stmt*> list;
  while (tok_ != Tok::EOF_ && tok_ != Tok::RBrace && tok_ != Tok::Case && tok_ != Tok::Default) {
    Stmt* s = stmtOrNil();
    if (!s) break;
    list.push_back(s);
    // ";" is optional before "}"
    if (!got(Tok::Semicolon) && tok_ != Tok::RBrace) {
      syntaxError("at end of statement");
      advance({Tok::Semicolon, Tok::RBrace, Tok::Case, Tok::Default});
      got(Tok::Semicolon);  // avoid a spurious empty statement
    }
  }
  return list;
}

// ---------------------------------------------------------------------------
// Branch checks (cmd/compile's syntax.CheckBranches), per function body:
// misplaced break/continue/fallthrough, bad labeled break/continue, unused,
// duplicate and missing labels, gotos into blocks or over declarations.

namespace {

struct LabelBlock;

struct Label {
  LabelBlock* parent;  // block containing the label's declaration
  LabeledStmt* lstmt;
  bool used = false;
};

// A block of statements; lstmt is the labeled statement whose statement
// owns this block (e.g. the loop of `L: for {...}`), or null.
struct LabelBlock {
  LabelBlock* parent;
  Pos start;
  LabeledStmt* lstmt;
};

// The statements a break or continue may refer to. caseIndex is the index
// of the innermost switch case whose statement list is being checked, or
// -1 when not directly in a case body.
struct Targets {
  Stmt* breaks = nullptr;     // ForStmt, RangeStmt, SwitchStmt, TypeSwitchStmt, SelectStmt
  Stmt* continues = nullptr;  // ForStmt, RangeStmt
  int caseIndex = -1;
};

class BranchChecker {
 public:
  BranchChecker(Parser& p) : p_(p) {}

  void check(BlockStmt* body) {
    std::vector<BranchStmt*> fwd = blockBranches(nullptr, Targets{}, nullptr, body->pos, body->list);
    // Forward gotos left over found no label: either it does not exist or
    // it is inside a block the goto cannot enter.
    for (BranchStmt* g : fwd) {
      const std::string& name = g->label->name;
      auto it = labels_.find(name);
      if (it != labels_.end()) {
        it->second.used = true;  // avoid "defined and not used"
        p_.errorAt(g->label->pos, "goto " + name + " jumps into block starting at " +
                                      p_.sources_.format(it->second.parent->start));
      } else {
        p_.errorAt(g->label->pos, "label " + name + " not defined");
      }
    }
    // "It is illegal to define a label that is never used."
    for (const std::string& name : order_) {
      const Label& l = labels_.at(name);
      if (!l.used) p_.errorAt(l.lstmt->label->pos, "label " + name + " defined and not used");
    }
  }

 private:
  Label* declare(LabelBlock* b, LabeledStmt* s) {
    const std::string& name = s->label->name;
    auto it = labels_.find(name);
    if (it != labels_.end()) {
      p_.errorAt(s->label->pos, "label " + name + " already defined at " +
                                    p_.sources_.format(it->second.lstmt->label->pos));
      return &it->second;
    }
    order_.push_back(name);
    return &labels_.emplace(name, Label{b, s}).first->second;
  }

  // The labeled statement `name` if it is declared in b or a block around
  // it (a valid goto target), else null.
  LabeledStmt* gotoTarget(LabelBlock* b, const std::string& name) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    it->second.used = true;  // even if it is not a valid target
    for (; b; b = b->parent) {
      if (it->second.parent == b) return it->second.lstmt;
    }
    return nullptr;
  }

  // The innermost enclosing labeled statement called name. Null if there is
  // none: then *invalid tells whether the label exists elsewhere (it is
  // marked used either way).
  LabeledStmt* enclosingTarget(LabelBlock* b, const std::string& name, bool* invalid) {
    *invalid = false;
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    it->second.used = true;  // even if it is not a valid target
    for (; b; b = b->parent) {
      if (it->second.lstmt == b->lstmt) return it->second.lstmt;
    }
    *invalid = true;
    return nullptr;
  }

  static bool isLoop(const Stmt* s) { return s && (s->is<ForStmt>() || s->is<RangeStmt>()); }

  // Checks one statement list; returns its unresolved forward gotos.
  std::vector<BranchStmt*> blockBranches(LabelBlock* parent, Targets ctxt, LabeledStmt* lstmt, Pos start,
                                         const std::vector<Stmt*>& body) {
    // Blocks outlive this call: labels keep pointing at them.
    blocks_.push_back(LabelBlock{parent, start, lstmt});
    LabelBlock& b = blocks_.back();
    Pos varPos;
    std::string varName;
    std::vector<BranchStmt*> fwdGotos, badGotos;

    // Forward gotos seen before a variable declaration jump over it, unless
    // they turn out to leave the block.
    auto recordVarDecl = [&](Pos pos, std::string name) {
      varPos = pos;
      varName = std::move(name);
      badGotos = fwdGotos;
    };
    auto jumpsOverVarDecl = [&](BranchStmt* fwd) {
      if (!varPos.valid()) return false;
      for (BranchStmt* bad : badGotos) {
        if (bad == fwd) return true;
      }
      return false;
    };
    auto innerBlock = [&](Targets inner, Pos innerStart, const std::vector<Stmt*>& list) {
      std::vector<BranchStmt*> more = blockBranches(&b, inner, lstmt, innerStart, list);
      fwdGotos.insert(fwdGotos.end(), more.begin(), more.end());
    };

    // A fallthrough is last in its list even if empty statements follow.
    size_t n = body.size();
    while (n > 0 && body[n - 1]->is<EmptyStmt>()) n--;

    for (size_t index = 0; index < n; index++) {
      Stmt* stmt = body[index];
      lstmt = nullptr;
      for (;;) {  // once per statement; a labeled statement repeats with its statement
        if (!stmt) break;
        if (DeclStmt* d = stmt->as<DeclStmt>()) {
          if (d->decl->tok == Tok::Var && !d->decl->specs.empty()) {
            auto* v = static_cast<ValueSpec*>(d->decl->specs[0]);
            recordVarDecl(v->pos, v->names.empty() ? std::string("_") : v->names[0]->name);
          }
        } else if (LabeledStmt* s = stmt->as<LabeledStmt>()) {
          const std::string& name = s->label->name;
          if (name != "_") {
            Label* l = declare(&b, s);
            // resolve matching forward gotos
            size_t keep = 0;
            for (BranchStmt* fwd : fwdGotos) {
              if (fwd->label->name == name) {
                fwd->target = s;
                l->used = true;
                if (jumpsOverVarDecl(fwd)) {
                  p_.errorAt(fwd->label->pos, "goto " + name + " jumps over declaration of " + varName +
                                                  " at " + p_.sources_.format(varPos));
                }
              } else {
                fwdGotos[keep++] = fwd;
              }
            }
            fwdGotos.resize(keep);
            lstmt = s;
          }
          stmt = s->stmt;  // process the labeled statement itself
          continue;
        } else if (BranchStmt* s = stmt->as<BranchStmt>()) {
          branch(s, &b, ctxt, index + 1 < n, &fwdGotos);
        } else if (AssignStmt* s = stmt->as<AssignStmt>()) {
          if (s->tok == Tok::Define) recordVarDecl(s->tokPos, exprListString(s->lhs));
        } else if (BlockStmt* s = stmt->as<BlockStmt>()) {
          innerBlock(Targets{ctxt.breaks, ctxt.continues, -1}, s->pos, s->list);
        } else if (IfStmt* s = stmt->as<IfStmt>()) {
          Targets inner{ctxt.breaks, ctxt.continues, -1};
          innerBlock(inner, s->body->pos, s->body->list);
          if (s->els) innerBlock(inner, s->els->pos, std::vector<Stmt*>{s->els});
        } else if (stmt->is<ForStmt>() || stmt->is<RangeStmt>()) {
          BlockStmt* loopBody = stmt->is<ForStmt>() ? stmt->as<ForStmt>()->body : stmt->as<RangeStmt>()->body;
          innerBlock(Targets{stmt, stmt, -1}, loopBody->pos, loopBody->list);
        } else if (stmt->is<SwitchStmt>() || stmt->is<TypeSwitchStmt>()) {
          BlockStmt* clauses =
              stmt->is<SwitchStmt>() ? stmt->as<SwitchStmt>()->body : stmt->as<TypeSwitchStmt>()->body;
          Targets inner{stmt, ctxt.continues, -1};
          for (size_t i = 0; i < clauses->list.size(); i++) {
            inner.caseIndex = static_cast<int>(i);
            auto* cc = static_cast<CaseClause*>(clauses->list[i]);
            innerBlock(inner, cc->pos, cc->body);
          }
        } else if (SelectStmt* s = stmt->as<SelectStmt>()) {
          Targets inner{stmt, ctxt.continues, -1};
          for (Stmt* c : s->body->list) {
            auto* cc = static_cast<CommClause*>(c);
            innerBlock(inner, cc->pos, cc->body);
          }
        }
        break;
      }
    }
    return fwdGotos;
  }

  // A break, continue, goto or fallthrough; notLast: statements follow it
  // in its list.
  void branch(BranchStmt* s, LabelBlock* b, const Targets& ctxt, bool notLast, std::vector<BranchStmt*>* fwdGotos) {
    if (!s->label) {
      switch (s->tok) {
        case Tok::Break:
          if (ctxt.breaks) {
            s->target = ctxt.breaks;
          } else {
            p_.errorAt(s->pos, "break is not in a loop, switch, or select");
          }
          return;
        case Tok::Continue:
          if (ctxt.continues) {
            s->target = ctxt.continues;
          } else {
            p_.errorAt(s->pos, "continue is not in a loop");
          }
          return;
        case Tok::Fallthrough: {
          const char* msg = "fallthrough statement out of place";
          Stmt* sw = ctxt.breaks;
          if (sw && sw->is<TypeSwitchStmt>()) {
            msg = "cannot fallthrough in type switch";
          } else if (SwitchStmt* t = sw ? sw->as<SwitchStmt>() : nullptr) {
            if (ctxt.caseIndex < 0 || notLast) {
              // nested in a block, or not the last statement: out of place
            } else if (static_cast<size_t>(ctxt.caseIndex) + 1 == t->body->list.size()) {
              msg = "cannot fallthrough final case in switch";
            } else {
              s->target = t;  // fallthrough ok
              return;
            }
          }
          p_.errorAt(s->pos, msg);
          return;
        }
        default:
          return;  // goto always has a label
      }
    }

    const std::string& name = s->label->name;
    bool invalid;
    switch (s->tok) {
      case Tok::Break: {
        // "If there is a label, it must be that of an enclosing for, switch
        // or select statement."
        LabeledStmt* t = enclosingTarget(b, name, &invalid);
        if (t || invalid) {
          Stmt* st = t ? t->stmt : nullptr;
          if (st && (isLoop(st) || st->is<SwitchStmt>() || st->is<TypeSwitchStmt>() || st->is<SelectStmt>())) {
            s->target = st;
          } else {
            p_.errorAt(s->label->pos, "invalid break label " + name);
          }
        } else {
          p_.errorAt(s->label->pos, "break label not defined: " + name);
        }
        return;
      }
      case Tok::Continue: {
        // "If there is a label, it must be that of an enclosing for statement."
        LabeledStmt* t = enclosingTarget(b, name, &invalid);
        if (t || invalid) {
          Stmt* st = t ? t->stmt : nullptr;
          if (isLoop(st)) {
            s->target = st;
          } else {
            p_.errorAt(s->label->pos, "invalid continue label " + name);
          }
        } else {
          p_.errorAt(s->label->pos, "continue label not defined: " + name);
        }
        return;
      }
      case Tok::Goto:
        if (LabeledStmt* t = gotoTarget(b, name)) {
          s->target = t;
        } else {
          fwdGotos->push_back(s);  // the label may be declared later
        }
        return;
      default:
        return;
    }
  }

  Parser& p_;
  std::deque<LabelBlock> blocks_;  // stable addresses
  std::unordered_map<std::string, Label> labels_;
  std::vector<std::string> order_;  // label names in declaration order
};

}  // namespace

void Parser::checkBranches(BlockStmt* body) {
  if (!body) return;
  BranchChecker(*this).check(body);
}

}  // namespace gs::syntax::detail
