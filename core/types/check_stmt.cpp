// Statements (Go spec "Statements"), terminating statements and switch /
// select / range specifics. Branch statements (break/continue/goto/labels)
// are checked by the parser, as cmd/compile does.
#include <algorithm>
#include <map>

#include "core/types/check_internal.h"

namespace gs::types {

using namespace syntax;

void Checker::openScope(Node* n) {
  Scope* s = ctx.make<Scope>(env.scope, n);
  env.scope->children.push_back(s);
  env.scope = s;
}

void Checker::closeScope() { env.scope = env.scope->parent; }

void Checker::stmtList(unsigned ctxt, const std::vector<Stmt*>& list0) {
  bool ok = ctxt & kFallthroughOk;
  unsigned inner = ctxt & ~kFallthroughOk;
  // Trailing empty statements are invisible to fallthrough analysis.
  size_t n = list0.size();
  while (n > 0 && list0[n - 1]->is<EmptyStmt>()) n--;
  for (size_t i = 0; i < n; i++) {
    unsigned in = inner;
    if (ok && i + 1 == n) in |= kFallthroughOk;
    stmt(in, list0[i]);
  }
}

void Checker::simpleStmt(Stmt* s) {
  if (s) stmt(0, s);
}

void Checker::suspendedCall(const char* keyword, CallExpr* call) {
  if (!call->lparen.valid() && call->args.empty()) {
    // `go f` without a call: the parser reported it; just use f.
    useExpr(call->fun);
    return;
  }
  Operand x;
  ExprKind kind = rawExpr(nullptr, x, call, nullptr, false);
  std::string msg;
  switch (kind) {
    case ExprKind::Conversion: msg = "requires function call, not conversion"; break;
    case ExprKind::Expression: msg = "discards result of"; break;
    case ExprKind::Statement: return;
  }
  error(startPos(call), std::string(keyword) + " " + msg + " " + opString(x));
}

void Checker::stmt(unsigned ctxt, Stmt* s) {
  size_t top = delayed.size();
  unsigned inner = ctxt & ~(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch);
  switch (s->kind) {
    case NodeKind::EmptyStmt: case NodeKind::BadStmt: break;
    case NodeKind::DeclStmt: declStmt(static_cast<DeclStmt*>(s)->decl); break;
    case NodeKind::LabeledStmt: {
      auto* l = static_cast<LabeledStmt*>(s);
      env.hasLabel = true;
      if (l->stmt) stmt(ctxt, l->stmt);
      break;
    }
    case NodeKind::ExprStmt: {
      auto* es = static_cast<ExprStmt*>(s);
      Operand x;
      ExprKind kind = rawExpr(nullptr, x, es->x, nullptr, false);
      std::string msg;
      switch (x.mode) {
        case OpMode::Builtin: msg = "must be called"; break;
        case OpMode::TypeExpr: msg = "is not an expression"; break;
        default:
          if (kind == ExprKind::Statement) goto done;
          msg = "is not used";
          break;
      }
      error(startPos(es->x), opString(x) + " " + msg);
      break;
    }
    case NodeKind::SendStmt: {
      auto* ss = static_cast<SendStmt*>(s);
      Operand ch, val;
      expr(nullptr, ch, ss->chan);
      expr(nullptr, val, ss->value);
      if (ch.invalid() || val.invalid()) break;
      Type* u = coreType(ch.type);
      if (!u) {
        error(startPos(s), "invalid operation: cannot send to " + opString(ch) + ": no core type");
        break;
      }
      auto* uch = u->as<ChanType>();
      if (!uch) {
        error(startPos(s), "invalid operation: cannot send to non-channel " + opString(ch));
        break;
      }
      if (uch->dir == ChanDir::Recv) {
        error(startPos(s), "invalid operation: cannot send to receive-only channel " + opString(ch));
        break;
      }
      assignment(val, uch->elem, "send");
      break;
    }
    case NodeKind::IncDecStmt: {
      auto* ids = static_cast<IncDecStmt*>(s);
      Operand x;
      expr(nullptr, x, ids->x);
      if (x.invalid()) break;
      if (!allNumeric(x.type)) {
        std::string op(tokSpelling(ids->tok));
        error(startPos(ids->x), "invalid operation: " + exprStr(ids->x) + op + " (non-numeric type " +
                                    typeStr(x.type) + ")");
        break;
      }
      assignVar(ids->x, nullptr, x, "assignment");
      break;
    }
    case NodeKind::AssignStmt: {
      auto* as = static_cast<AssignStmt*>(s);
      if (as->tok == Tok::Assign) {
        assignVars(as->lhs, as->rhs);
        break;
      }
      if (as->tok == Tok::Define) {
        shortVarDecl(as->tokPos.valid() ? as->tokPos : as->pos, as);
        break;
      }
      Tok op = assignOpBase(as->tok);
      if (as->lhs.size() != 1 || as->rhs.size() != 1) {
        error(startPos(s), "assignment operation " + std::string(tokSpelling(as->tok)) +
                               " requires single-valued expressions");
        break;
      }
      Operand x;
      binary(x, nullptr, as->lhs[0], as->rhs[0], op, as->tokPos);
      assignVar(as->lhs[0], nullptr, x, "assignment");
      break;
    }
    case NodeKind::GoStmt: suspendedCall("go", static_cast<GoStmt*>(s)->call); break;
    case NodeKind::DeferStmt: suspendedCall("defer", static_cast<DeferStmt*>(s)->call); break;
    case NodeKind::ReturnStmt: {
      auto* rs = static_cast<ReturnStmt*>(s);
      Tuple* res = env.sig ? env.sig->results : nullptr;
      if (rs->results.empty() && res && !res->vars.empty() && !res->vars[0]->name.empty()) {
        // Naked return: the named results must not be shadowed.
        for (Var* v : res->vars) {
          Object* alt = env.scope->lookup(v->name);
          if (alt && alt != v) {
            std::vector<std::pair<Pos, std::string>> subs;
            subs.push_back({alt->pos, "inner declaration of var " + alt->name + " " + typeStr(alt->type)});
            errorWithSub(startPos(s), "result parameter " + v->name + " not in scope at return", subs);
          }
        }
      } else {
        std::vector<Var*> lhs;
        if (res) lhs = res->vars;
        initVars(lhs, rs->results, rs);
      }
      break;
    }
    case NodeKind::BranchStmt: {
      auto* bs = static_cast<BranchStmt*>(s);
      if (bs->label) env.hasLabel = true;
      break;
    }
    case NodeKind::BlockStmt:
      openScope(s);
      stmtList(inner, static_cast<BlockStmt*>(s)->list);
      closeScope();
      break;
    case NodeKind::IfStmt: {
      auto* is = static_cast<IfStmt*>(s);
      openScope(s);
      simpleStmt(is->init);
      Operand x;
      if (is->cond) {
        expr(nullptr, x, is->cond);
        if (x.mode != OpMode::Invalid && !allBoolean(x.type))
          error(startPos(is->cond), "non-boolean condition in if statement");
      }
      if (is->body) stmt(inner, is->body);
      if (is->els) stmt(inner, is->els);
      closeScope();
      break;
    }
    case NodeKind::SwitchStmt: {
      auto* ss = static_cast<SwitchStmt*>(s);
      openScope(s);
      simpleStmt(ss->init);
      switchStmt(inner | kBreakOk, ss);
      closeScope();
      break;
    }
    case NodeKind::TypeSwitchStmt: {
      auto* ts = static_cast<TypeSwitchStmt*>(s);
      openScope(s);
      simpleStmt(ts->init);
      typeSwitchStmt(inner | kBreakOk | kInTypeSwitch, ts);
      closeScope();
      break;
    }
    case NodeKind::SelectStmt: {
      auto* ss = static_cast<SelectStmt*>(s);
      inner |= kBreakOk;
      if (!ss->body) break;
      CommClause* firstDefault = nullptr;
      for (Stmt* cs : ss->body->list) {
        auto* cc = cs->as<CommClause>();
        if (cc && !cc->comm) {
          if (firstDefault) error(cc->pos, "multiple defaults (first at " + posString(firstDefault->pos) + ")");
          else firstDefault = cc;
        }
      }
      for (Stmt* cs : ss->body->list) {
        auto* cc = cs->as<CommClause>();
        if (!cc) continue;
        bool valid = false;
        Expr* rhs = nullptr;
        if (!cc->comm || cc->comm->is<SendStmt>()) valid = true;
        else if (auto* as = cc->comm->as<AssignStmt>()) {
          if (as->rhs.size() == 1) rhs = as->rhs[0];
        } else if (auto* es = cc->comm->as<ExprStmt>()) {
          rhs = es->x;
        }
        if (rhs) {
          if (auto* u = unparen(rhs)->as<UnaryExpr>(); u && u->op == Tok::Arrow) valid = true;
        }
        if (!valid) {
          error(startPos(cc->comm), "select case must be send or receive (possibly with assignment)");
          continue;
        }
        openScope(cc);
        if (cc->comm) stmt(inner, cc->comm);
        stmtList(inner, cc->body);
        closeScope();
      }
      break;
    }
    case NodeKind::ForStmt: {
      auto* fs = static_cast<ForStmt*>(s);
      inner |= kBreakOk | kContinueOk;
      openScope(s);
      simpleStmt(fs->init);
      if (fs->cond) {
        Operand x;
        expr(nullptr, x, fs->cond);
        if (x.mode != OpMode::Invalid && !allBoolean(x.type))
          error(startPos(fs->cond), "non-boolean condition in for statement");
      }
      simpleStmt(fs->post);
      if (auto* as = fs->post ? fs->post->as<AssignStmt>() : nullptr; as && as->tok == Tok::Define)
        useExprs(as->lhs);
      if (fs->body) stmt(inner, fs->body);
      closeScope();
      break;
    }
    case NodeKind::RangeStmt: rangeStmt(inner | kBreakOk | kContinueOk, static_cast<RangeStmt*>(s)); break;
    default:
      error(startPos(s), "invalid statement");
      break;
  }
done:
  // Function literals in this statement are checked before the scope
  // changes.
  for (size_t k = top; k < delayed.size(); k++) {
    auto f = delayed[k];
    f();
  }
  delayed.resize(top);
}

// ---------------------------------------------------------------------------
// Switch statements

namespace {
// Key for duplicate case detection: the Go value of a constant.
bool goValKey(const Constant& v, std::string* key) {
  switch (v.kind) {
    case Constant::CKind::Int: {
      if (!v.re.num().fitsInt64() && !v.re.num().fitsUint64()) return false;
      *key = "i" + v.re.num().toString();
      return true;
    }
    case Constant::CKind::Float: {
      bool overflow;
      double d = v.re.toDouble(&overflow);
      if (overflow) return false;
      char buf[64];
      std::snprintf(buf, sizeof buf, "f%.17g", d);
      *key = buf;
      return true;
    }
    case Constant::CKind::String: *key = "s" + v.s; return true;
    default: return false;
  }
}
}  // namespace

void Checker::caseValues(Operand& x, const std::vector<Expr*>& values,
                         std::vector<std::pair<Operand, Pos>>& seen) {
  for (Expr* e : values) {
    Operand v;
    expr(nullptr, v, e);
    if (x.invalid() || v.invalid()) continue;
    convertUntyped(v, x.type);
    if (v.invalid()) continue;
    Operand res = v;
    comparison(res, x, Tok::Eql, true);
    if (res.invalid()) continue;
    if (v.mode != OpMode::Constant) continue;
    std::string key;
    if (!goValKey(v.val, &key)) continue;
    bool dup = false;
    for (auto& sv : seen) {
      std::string k2;
      if (goValKey(sv.first.val, &k2) && k2 == key && identical(v.type, sv.first.type)) {
        std::vector<std::pair<Pos, std::string>> subs;
        subs.push_back({sv.second, "previous case"});
        errorWithSub(startPos(v.expr), "duplicate case " + opString(v) + " in expression switch", subs);
        dup = true;
        break;
      }
    }
    if (!dup) seen.push_back({v, syntaxPos(v.expr)});  // go/types records v.Pos()
  }
}

void Checker::switchStmt(unsigned inner, SwitchStmt* s) {
  Operand x;
  if (s->tag) {
    expr(nullptr, x, s->tag);
    assignment(x, nullptr, "switch expression");
    if (x.mode != OpMode::Invalid && !comparableType(x.type, true) && !hasNil(x.type)) {
      error(startPos(s->tag), "cannot switch on " + opString(x) + " (" + typeStr(x.type) + " is not comparable)");
      x.mode = OpMode::Invalid;
    }
  } else {
    x.mode = OpMode::Constant;
    x.type = ctx.basic(Kind::Bool);
    x.val = makeBool(true);
    Pos pos = s->body ? s->body->rbrace : s->pos;
    if (s->body && !s->body->list.empty()) pos = s->body->list[0]->pos;
    x.expr = ctx.make<Ident>(pos, "true");
  }
  if (!s->body) return;
  // multiple defaults
  CaseClause* first = nullptr;
  for (Stmt* st : s->body->list) {
    auto* cc = st->as<CaseClause>();
    if (cc && cc->list.empty()) {
      if (first) error(cc->pos, "multiple defaults (first at " + posString(first->pos) + ")");
      else first = cc;
    }
  }
  std::vector<std::pair<Operand, Pos>> seen;
  const auto& body = s->body->list;
  for (size_t i = 0; i < body.size(); i++) {
    auto* cc = body[i]->as<CaseClause>();
    if (!cc) continue;
    unsigned in = inner;
    if (i + 1 < body.size()) in |= kFallthroughOk;
    else in |= kFinalSwitchCase;
    caseValues(x, cc->list, seen);
    openScope(cc);
    stmtList(in, cc->body);
    closeScope();
  }
}

Type* Checker::caseTypes(Operand& x, const std::vector<Expr*>& types, std::vector<std::pair<Type*, Pos>>& seen) {
  Type* T = nullptr;
  for (Expr* e : types) {
    if (isNilExprSyntactic(e)) {
      T = nullptr;
      Operand dummy;
      expr(nullptr, dummy, e);
    } else {
      T = varType(e);
      if (T->kind == Kind::Invalid) continue;
    }
    bool dup = false;
    for (auto& sv : seen) {
      if ((!T && !sv.first) || (T && sv.first && identical(T, sv.first))) {
        std::string Ts = T ? typeStr(T) : "nil";
        std::vector<std::pair<Pos, std::string>> subs;
        subs.push_back({sv.second, "previous case"});
        errorWithSub(startPos(e), "duplicate case " + Ts + " in type switch", subs);
        dup = true;
        break;
      }
    }
    if (dup) continue;
    seen.push_back({T, startPos(e)});
    if (!x.invalid() && T) typeAssertion(e, x, T, true);
  }
  return T;
}

void Checker::typeSwitchStmt(unsigned inner, TypeSwitchStmt* s) {
  Ident* lhs = nullptr;
  TypeAssertExpr* guard = nullptr;
  if (auto* es = s->assign ? s->assign->as<ExprStmt>() : nullptr) {
    guard = unparen(es->x)->as<TypeAssertExpr>();
  } else if (auto* as = s->assign ? s->assign->as<AssignStmt>() : nullptr) {
    if (!as->lhs.empty()) lhs = as->lhs[0]->as<Ident>();
    if (!as->rhs.empty()) guard = unparen(as->rhs[0])->as<TypeAssertExpr>();
  }
  if (!guard) {
    error(startPos(s), "invalid syntax tree: incorrect type switch");
    return;
  }
  if (lhs) {
    if (lhs->name == "_") {
      error(lhs->pos, "no new variable on left side of :=");
      lhs = nullptr;
    } else {
      recordDef(lhs, nullptr);
    }
  }
  Operand sx;  // invalid unless the guard is usable
  {
    Operand x;
    expr(nullptr, x, guard->x);
    if (x.mode != OpMode::Invalid) {
      if (isTypeParam(x.type)) {
        error(startPos(guard->x), "cannot use type switch on type parameter value " + opString(x));
      } else if (underlying(x.type)->kind == Kind::Interface) {
        sx = x;
      } else {
        error(startPos(guard->x), opString(x) + " is not an interface");
      }
    }
    recordTypeAndValue(guard, x.invalid() ? OpMode::Invalid : OpMode::Value, x.type, nullptr);
  }
  if (!s->body) return;
  CaseClause* first = nullptr;
  for (Stmt* st : s->body->list) {
    auto* cc = st->as<CaseClause>();
    if (cc && cc->list.empty()) {
      if (first) error(cc->pos, "multiple defaults (first at " + posString(first->pos) + ")");
      else first = cc;
    }
  }
  std::vector<Var*> lhsVars;
  std::vector<std::pair<Type*, Pos>> seen;
  for (Stmt* st : s->body->list) {
    auto* cc = st->as<CaseClause>();
    if (!cc) continue;
    Type* T = caseTypes(sx, cc->list, seen);
    openScope(cc);
    if (lhs) {
      if (cc->list.size() != 1 || !T) {
        T = ctx.basic(Kind::Invalid);
        if (!sx.invalid()) T = sx.type;
      }
      auto* obj = ctx.make<Var>(lhs->pos, pkg, lhs->name, T);
      obj->declaringFunc = env.funcNode;
      declareInScope(env.scope, nullptr, obj, Pos{});
      cc->implicitObj = obj;
      lhsVars.push_back(obj);
    }
    stmtList(inner, cc->body);
    closeScope();
  }
  if (lhs) {
    bool used = false;
    for (Var* v : lhsVars) {
      if (v->used) used = true;
      v->used = true;
    }
    if (!used) error(lhs->pos, lhs->name + " declared and not used");
  }
}

bool Checker::isNilExprSyntactic(Expr* e) {
  auto* id = unparen(e)->as<Ident>();
  if (!id) return false;
  Object* o = env.scope->lookup(id->name);
  return o && o->kind == ObjKind::Nil;
}

// ---------------------------------------------------------------------------
// Range statements

void Checker::rangeStmt(unsigned inner, RangeStmt* s) {
  Expr* sKey = s->key;
  Expr* sValue = s->value;
  bool isDef = s->tok == Tok::Define;
  Operand x;
  expr(nullptr, x, s->x);
  Type *key = nullptr, *val = nullptr;
  if (x.mode != OpMode::Invalid) {
    std::string cause;
    bool ok = false;
    Type* t = coreType(x.type);
    if (t) {
      if (auto* p = t->as<PointerType>()) {
        if (auto* a = underlying(p->elem)->as<ArrayType>()) t = a;
      }
    }
    if (!t) {
      cause = "no core type";
    } else if (t->isBasic()) {
      if (isStringKind(t->kind)) {
        key = ctx.basic(Kind::Int);
        val = ctx.universe()->lookup("rune")->type;
        ok = true;
      } else if (isIntegerKind(t->kind)) {
        key = x.type;
        ok = true;
      }
    } else if (auto* a = t->as<ArrayType>()) {
      key = ctx.basic(Kind::Int);
      val = a->elem;
      ok = true;
    } else if (auto* sl = t->as<SliceType>()) {
      key = ctx.basic(Kind::Int);
      val = sl->elem;
      ok = true;
    } else if (auto* m = t->as<MapType>()) {
      key = m->key;
      val = m->elem;
      ok = true;
    } else if (auto* c = t->as<ChanType>()) {
      if (c->dir == ChanDir::Send) {
        cause = "receive from send-only channel";
      } else {
        key = c->elem;
        ok = true;
      }
    } else if (auto* sig = t->as<Signature>()) {
      auto toSig = [](Type* tt) -> Signature* {
        Type* ct = coreType(tt);
        return ct ? ct->as<Signature>() : nullptr;
      };
      if (sig->params->vars.size() != 1) cause = "func must be func(yield func(...) bool): wrong argument count";
      else if (!toSig(sig->params->vars[0]->type))
        cause = "func must be func(yield func(...) bool): argument is not func";
      else if (!sig->results->vars.empty()) cause = "func must be func(yield func(...) bool): unexpected results";
      else {
        Signature* cb = toSig(sig->params->vars[0]->type);
        if (cb->params->vars.size() > 2)
          cause = "func must be func(yield func(...) bool): yield func has too many parameters";
        else if (cb->results->vars.size() != 1 || !isBooleanType(cb->results->vars[0]->type))
          cause = "func must be func(yield func(...) bool): yield func does not return bool";
        else {
          if (cb->params->vars.size() >= 1) key = cb->params->vars[0]->type;
          if (cb->params->vars.size() >= 2) val = cb->params->vars[1]->type;
          ok = true;
        }
      }
    }
    if (!ok && !cause.empty()) error(startPos(s->x), "cannot range over " + opString(x) + ": " + cause);
    else if (!ok) error(startPos(s->x), "cannot range over " + opString(x));
    else if (!key && sKey) error(startPos(sKey), "range over " + opString(x) + " permits no iteration variables");
    else if (!val && sValue)
      error(startPos(sValue), "range over " + opString(x) + " permits only one iteration variable");
    if (!ok) {
      key = ctx.basic(Kind::Invalid);
      val = ctx.basic(Kind::Invalid);
    }
  }
  openScope(s);
  Expr* lhs[2] = {sKey, sValue};
  Type* rhs[2] = {key, val};
  bool rangeOverInt = isIntegerType(x.type);
  if (isDef) {
    std::vector<Var*> vars;
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      Var* obj;
      if (auto* ident = lhs[i]->as<Ident>()) {
        obj = ctx.make<Var>(ident->pos, pkg, ident->name, nullptr);
        obj->declaringFunc = env.funcNode;
        recordDef(ident, obj);
        if (ident->name != "_") vars.push_back(obj);
      } else {
        error(startPos(lhs[i]), "cannot declare " + exprStr(lhs[i]));
        obj = ctx.make<Var>(lhs[i]->pos, pkg, "_", nullptr);
      }
      Type* typ = rhs[i];
      if (!typ || typ->kind == Kind::Invalid) {
        obj->type = ctx.basic(Kind::Invalid);
        obj->used = true;
        continue;
      }
      if (rangeOverInt) {
        initVar(obj, x, "range clause");
      } else {
        Operand y;
        y.mode = OpMode::Value;
        y.expr = lhs[i];
        y.type = typ;
        initVar(obj, y, "assignment");
      }
      recordTypeAndValue(lhs[i], OpMode::Variable, obj->type, nullptr);
    }
    if (!vars.empty()) {
      for (Var* v : vars) declareInScope(env.scope, nullptr, v, Pos{});
    } else {
      error(startPos(s), "no new variables on left side of :=");
    }
  } else if (sKey) {
    for (int i = 0; i < 2; i++) {
      if (!lhs[i]) continue;
      Type* typ = rhs[i];
      if (!typ || typ->kind == Kind::Invalid) continue;
      if (rangeOverInt) {
        assignVar(lhs[i], nullptr, x, "range clause");
        if (x.mode != OpMode::Invalid && !isIntegerType(x.type))
          error(startPos(lhs[i]), "cannot use iteration variable of type " + typeStr(x.type));
      } else {
        Operand y;
        y.mode = OpMode::Value;
        y.expr = lhs[i];
        y.type = typ;
        assignVar(lhs[i], nullptr, y, "assignment");
      }
    }
  } else if (rangeOverInt) {
    assignment(x, nullptr, "range clause");
  }
  if (s->body) stmt(inner, s->body);
  closeScope();
}

// ---------------------------------------------------------------------------
// Terminating statements (Go spec "Terminating statements")

bool Checker::isTerminating(Stmt* s, const std::string& label) {
  switch (s->kind) {
    case NodeKind::LabeledStmt: {
      auto* l = static_cast<LabeledStmt*>(s);
      return l->stmt && isTerminating(l->stmt, l->label->name);
    }
    case NodeKind::ExprStmt: {
      auto* call = unparen(static_cast<ExprStmt*>(s)->x)->as<CallExpr>();
      return call && isPanic.count(call);
    }
    case NodeKind::ReturnStmt: return true;
    case NodeKind::BranchStmt: {
      Tok t = static_cast<BranchStmt*>(s)->tok;
      return t == Tok::Goto || t == Tok::Fallthrough;
    }
    case NodeKind::BlockStmt: return isTerminatingList(static_cast<BlockStmt*>(s)->list, "");
    case NodeKind::IfStmt: {
      auto* is = static_cast<IfStmt*>(s);
      return is->els && is->body && isTerminating(is->body, "") && isTerminating(is->els, "");
    }
    case NodeKind::SwitchStmt: return isTerminatingSwitch(static_cast<SwitchStmt*>(s)->body, label);
    case NodeKind::TypeSwitchStmt: return isTerminatingSwitch(static_cast<TypeSwitchStmt*>(s)->body, label);
    case NodeKind::SelectStmt: {
      auto* ss = static_cast<SelectStmt*>(s);
      if (!ss->body) return true;
      for (Stmt* c : ss->body->list) {
        auto* cc = c->as<CommClause>();
        if (!cc) continue;
        if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true)) return false;
      }
      return true;
    }
    case NodeKind::ForStmt: {
      auto* fs = static_cast<ForStmt*>(s);
      return !fs->cond && !(fs->body && hasBreak(fs->body, label, true));
    }
    default: return false;
  }
}

bool Checker::isTerminatingList(const std::vector<Stmt*>& list, const std::string& label) {
  for (size_t i = list.size(); i-- > 0;) {
    if (!list[i]->is<EmptyStmt>()) return isTerminating(list[i], label);
  }
  return false;
}

bool Checker::isTerminatingSwitch(BlockStmt* body, const std::string& label) {
  if (!body) return false;
  bool hasDefault = false;
  for (Stmt* c : body->list) {
    auto* cc = c->as<CaseClause>();
    if (!cc) continue;
    if (cc->list.empty()) hasDefault = true;
    if (!isTerminatingList(cc->body, "") || hasBreakList(cc->body, label, true)) return false;
  }
  return hasDefault;
}

bool Checker::hasBreak(Stmt* s, const std::string& label, bool implicit) {
  switch (s->kind) {
    case NodeKind::LabeledStmt: {
      auto* l = static_cast<LabeledStmt*>(s);
      return l->stmt && hasBreak(l->stmt, label, implicit);
    }
    case NodeKind::BranchStmt: {
      auto* b = static_cast<BranchStmt*>(s);
      if (b->tok == Tok::Break) {
        if (!b->label) return implicit;
        if (b->label->name == label) return true;
      }
      return false;
    }
    case NodeKind::BlockStmt: return hasBreakList(static_cast<BlockStmt*>(s)->list, label, implicit);
    case NodeKind::IfStmt: {
      auto* is = static_cast<IfStmt*>(s);
      return (is->body && hasBreak(is->body, label, implicit)) || (is->els && hasBreak(is->els, label, implicit));
    }
    case NodeKind::SwitchStmt: case NodeKind::TypeSwitchStmt: case NodeKind::SelectStmt: {
      if (label.empty()) return false;
      BlockStmt* body = nullptr;
      if (auto* ss = s->as<SwitchStmt>()) body = ss->body;
      else if (auto* ts = s->as<TypeSwitchStmt>()) body = ts->body;
      else body = static_cast<SelectStmt*>(s)->body;
      if (!body) return false;
      for (Stmt* c : body->list) {
        if (auto* cc = c->as<CaseClause>()) {
          if (hasBreakList(cc->body, label, false)) return true;
        } else if (auto* cm = c->as<CommClause>()) {
          if (hasBreakList(cm->body, label, false)) return true;
        }
      }
      return false;
    }
    case NodeKind::ForStmt: {
      auto* fs = static_cast<ForStmt*>(s);
      return !label.empty() && fs->body && hasBreak(fs->body, label, false);
    }
    case NodeKind::RangeStmt: {
      auto* rs = static_cast<RangeStmt*>(s);
      return !label.empty() && rs->body && hasBreak(rs->body, label, false);
    }
    default: return false;
  }
}

bool Checker::hasBreakList(const std::vector<Stmt*>& list, const std::string& label, bool implicit) {
  for (Stmt* s : list)
    if (hasBreak(s, label, implicit)) return true;
  return false;
}

}  // namespace gs::types
