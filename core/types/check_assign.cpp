// Assignability (Go spec "Assignability"), assignments, variable and
// constant initialization, short variable declarations.
#include "core/types/check_internal.h"

namespace gs::types {

using namespace syntax;

namespace {
bool hasName(Type* t) { return t->isBasic() || t->kind == Kind::Named || t->kind == Kind::TypeParam; }

std::string measure(size_t n, const char* unit) {
  return std::to_string(n) + " " + unit + (n != 1 ? "s" : "");
}

std::string typesSummary(Checker& c, const std::vector<Type*>& list) {
  std::string out = "(";
  for (size_t i = 0; i < list.size(); i++) {
    if (i) out += ", ";
    Type* t = list[i];
    if (!t || t->kind == Kind::Invalid) out += "unknown type";
    else if (isUntypedType(t)) {
      if (isNumericType(t)) out += "number";
      else {
        std::string n = static_cast<BasicType*>(t)->name;
        if (n.rfind("untyped ", 0) == 0) n = n.substr(8);
        out += n;
      }
    } else {
      out += c.typeStr(t);
    }
  }
  return out + ")";
}
}  // namespace

bool Checker::assignableTo(Operand& x, Type* T, std::string* cause, int* code) {
  if (x.invalid() || !T || T->kind == Kind::Invalid) return true;
  Type* V = x.type;
  if (identical(V, T)) return true;
  Type* Vu = underlying(V);
  Type* Tu = underlying(T);
  auto* Vp = V->as<TypeParamType>();
  auto* Tp = T->as<TypeParamType>();
  if (isUntypedType(Vu)) {
    if (Tp) {
      InterfaceType* it = interfaceOf(Tp);
      if (!it || !it->hasTerms || it->terms.empty()) return false;
      for (auto& term : it->terms) {
        Type* nt;
        Constant v;
        int c;
        Operand tmp = x;
        implicitTypeAndValue(tmp, term.type, &nt, &v, &c);
        if (c != 0) return false;
      }
      return true;
    }
    Type* nt;
    Constant v;
    int c;
    Operand tmp = x;
    implicitTypeAndValue(tmp, T, &nt, &v, &c);
    return c == 0;
  }
  // Identical underlying types and at least one is not a named type.
  if (identical(Vu, Tu) && (!hasName(V) || !hasName(T)) && !Vp && !Tp) return true;
  // T is an interface and V implements T.
  bool tIsIfacePtr = false;
  if (auto* p = Tu->as<PointerType>()) tIsIfacePtr = isInterfaceType(p->elem);
  if ((Tu->kind == Kind::Interface && !Tp) || tIsIfacePtr) {
    if (implementsIface(V, T, false, cause)) return true;
    if (!Vp) return false;
    if (cause) cause->clear();
  }
  // V is an interface that T implements: a type assertion is needed.
  if (Vu->kind == Kind::Interface && !Vp) {
    if (implementsIface(T, V, false, nullptr)) {
      if (cause) *cause = "need type assertion";
      return false;
    }
  }
  // Bidirectional channels.
  if (auto* vc = Vu->as<ChanType>(); vc && vc->dir == ChanDir::Both) {
    if (auto* tc = Tu->as<ChanType>(); tc && identical(vc->elem, tc->elem)) return !hasName(V) || !hasName(T);
  }
  if (!Vp && !Tp) return false;
  auto addCause = [&](const std::string& msg) {
    if (!cause) return;
    std::string m = msg;
    if (!cause->empty()) m += "\n\t" + *cause;
    *cause = m;
  };
  if (!hasName(V) && Tp) {
    InterfaceType* it = interfaceOf(Tp);
    if (!it || !it->hasTerms || it->terms.empty()) return false;
    for (auto& term : it->terms) {
      if (!assignableTo(x, term.type, cause, code)) {
        addCause("cannot assign " + typeStr(x.type) + " to " + typeStr(term.type) + " (in " + typeStr(Tp) + ")");
        return false;
      }
    }
    return true;
  }
  if (Vp && !hasName(T)) {
    InterfaceType* it = interfaceOf(Vp);
    if (!it || !it->hasTerms || it->terms.empty()) return false;
    for (auto& term : it->terms) {
      Operand y = x;
      y.type = term.type;
      if (!assignableTo(y, T, cause, code)) {
        addCause("cannot assign " + typeStr(term.type) + " (in " + typeStr(Vp) + ") to " + typeStr(T));
        return false;
      }
    }
    return true;
  }
  return false;
}

void Checker::assignment(Operand& x, Type* T, const std::string& context) {
  singleValue(x);
  switch (x.mode) {
    case OpMode::Invalid: return;
    case OpMode::NilValue: case OpMode::Constant: case OpMode::Variable: case OpMode::MapIndex:
    case OpMode::Value: case OpMode::CommaOk:
      break;
    default:
      error(startPos(x.expr), "cannot assign " + opString(x) + " to " + (T ? typeStr(T) : "<nil>") + " in " + context);
      x.mode = OpMode::Invalid;
      return;
  }
  if (isUntypedType(x.type)) {
    Type* target = T;
    if (x.isNil()) {
      if (!T) {
        error(startPos(x.expr), "use of untyped nil in " + context);
        x.mode = OpMode::Invalid;
        return;
      }
    } else if (!T || isInterfaceType(T)) {
      target = defaultType(ctx, x.type);
    }
    Type* newType;
    Constant val;
    int code;
    bool hasVal = implicitTypeAndValue(x, target, &newType, &val, &code);
    if (code != 0) {
      std::string msg = "cannot use " + opString(x) + " as " + typeStr(target) + " value in " + context;
      if (code == 1) msg += " (truncated)";
      else if (code == 2) msg += " (overflows)";
      error(startPos(x.expr), msg);
      x.mode = OpMode::Invalid;
      return;
    }
    if (hasVal) {
      x.val = val;
      updateExprVal(x.expr, val);
    }
    if (newType != x.type) {
      x.type = newType;
      updateExprType(x.expr, newType, false);
    }
  }
  if (auto* sig = underlying(x.type)->as<Signature>(); sig && !sig->typeParams.empty()) {
    error(startPos(x.expr), "cannot use generic function " + exprStr(x.expr) + " without instantiation in " + context);
    x.mode = OpMode::Invalid;
    return;
  }
  if (!T) return;
  std::string cause;
  if (!assignableTo(x, T, &cause, nullptr)) {
    if (!cause.empty())
      error(startPos(x.expr), "cannot use " + opString(x) + " as " + typeStr(T) + " value in " + context + ": " + cause);
    else
      error(startPos(x.expr), "cannot use " + opString(x) + " as " + typeStr(T) + " value in " + context);
    x.mode = OpMode::Invalid;
  }
}

Type* Checker::initConst(ConstObj* lhs, Operand& x) {
  Type* invalid = ctx.basic(Kind::Invalid);
  if (x.invalid() || x.type->kind == Kind::Invalid || (lhs->type && lhs->type->kind == Kind::Invalid)) {
    if (!lhs->type) lhs->type = invalid;
    return lhs->type;
  }
  if (x.mode != OpMode::Constant) {
    error(startPos(x.expr), opString(x) + " is not constant");
    if (!lhs->type) lhs->type = invalid;
    return lhs->type;
  }
  if (!lhs->type) lhs->type = x.type;
  assignment(x, lhs->type, "constant declaration");
  if (x.invalid()) return lhs->type;
  lhs->value = newConst(x.val);
  return lhs->type;
}

Type* Checker::initVar(Var* lhs, Operand& x, const std::string& context) {
  Type* invalid = ctx.basic(Kind::Invalid);
  if (x.invalid() || x.type->kind == Kind::Invalid || (lhs->type && lhs->type->kind == Kind::Invalid)) {
    if (!lhs->type) lhs->type = invalid;
    x.mode = OpMode::Invalid;
    return lhs->type;
  }
  if (!lhs->type) {
    Type* typ = x.type;
    if (isUntypedType(typ)) {
      if (typ->kind == Kind::UntypedNil) {
        error(startPos(x.expr), "use of untyped nil in " + context);
        lhs->type = invalid;
        x.mode = OpMode::Invalid;
        return lhs->type;
      }
      typ = defaultType(ctx, typ);
    }
    lhs->type = typ;
  }
  assignment(x, lhs->type, context);
  return lhs->type;
}

Type* Checker::lhsVar(Expr* lhs) {
  Expr* un = unparen(lhs);
  auto* ident = un->as<Ident>();
  if (ident && ident->name == "_") {
    recordDef(ident, nullptr);
    return nullptr;
  }
  // Assigning to a variable does not count as using it.
  Var* v = nullptr;
  bool used = false;
  if (ident) {
    if (Object* obj = env.scope->lookup(ident->name); obj && obj->kind == ObjKind::Var && obj->pkg == pkg) {
      v = static_cast<Var*>(obj);
      used = v->used;
    }
  }
  Operand x;
  expr(nullptr, x, lhs);
  if (v) v->used = used;
  if (x.invalid() || x.type->kind == Kind::Invalid) return ctx.basic(Kind::Invalid);
  switch (x.mode) {
    case OpMode::Variable: case OpMode::MapIndex: break;
    default: {
      if (auto* sel = x.expr->as<SelectorExpr>()) {
        // a struct field of a map element
        Expr* base = unparen(sel->x);
        if (base->mode == ExprMode::MapIndex) {
          error(startPos(x.expr), "cannot assign to struct field " + exprStr(x.expr) + " in map");
          return ctx.basic(Kind::Invalid);
        }
      }
      error(startPos(x.expr), "cannot assign to " + exprStr(x.expr) + " (neither addressable nor a map index expression)");
      return ctx.basic(Kind::Invalid);
    }
  }
  return x.type;
}

Type* Checker::assignVar(Expr* lhs, Expr* rhs, Operand& x, const std::string& context) {
  Type* T = lhsVar(lhs);
  if (T && T->kind == Kind::Invalid) {
    if (rhs) useExpr(rhs);
    else x.mode = OpMode::Invalid;
    return T;
  }
  if (rhs) {
    Type* target = nullptr;
    if (T && underlying(T)->kind == Kind::Signature) target = T;
    std::string savedDesc = targetDesc;
    targetDesc = exprStr(lhs);
    expr(target, x, rhs);
    targetDesc = savedDesc;
  }
  std::string c = context;
  if (!T && context == "assignment") c = "assignment to _ identifier";
  assignment(x, T, c);
  return T;
}

void Checker::assignError(const std::vector<Expr*>& rhs, size_t l, size_t r) {
  std::string vars = measure(l, "variable");
  std::string vals = measure(r, "value");
  Expr* rhs0 = rhs[0];
  if (rhs.size() == 1) {
    if (auto* call = unparen(rhs0)->as<CallExpr>()) {
      error(startPos(rhs0), "assignment mismatch: " + vars + " but " + exprStr(call->fun) + " returns " + vals);
      return;
    }
  }
  error(startPos(rhs0), "assignment mismatch: " + vars + " but " + vals);
}

void Checker::returnError(Node* at, const std::vector<Var*>& lhs, const std::vector<Operand>& rhs) {
  size_t l = lhs.size(), r = rhs.size();
  const char* qualifier = "not enough";
  Pos pos = startPos(at);
  if (r > l) {
    pos = startPos(rhs[l].expr);
    qualifier = "too many";
  } else if (r > 0) {
    pos = startPos(rhs[r - 1].expr);
  }
  std::vector<Type*> have, want;
  for (auto& o : rhs) have.push_back(o.type);
  for (Var* v : lhs) want.push_back(v->type);
  error(pos, std::string(qualifier) + " return values\n\thave " + typesSummary(*this, have) + "\n\twant " +
                 typesSummary(*this, want));
}

void Checker::initVars(const std::vector<Var*>& lhs, const std::vector<Expr*>& origRhs, Node* returnStmt) {
  std::string context = returnStmt ? "return statement" : "assignment";
  size_t l = lhs.size(), r = origRhs.size();
  bool isCall = r == 1 && unparen(origRhs[0])->is<CallExpr>();
  if (l == r && !isCall) {
    for (size_t i = 0; i < l; i++) {
      Operand x;
      std::string savedDesc = targetDesc;
      targetDesc = lhs[i]->name;
      if (returnStmt && targetDesc.empty()) targetDesc = "result variable";
      expr(lhs[i]->type, x, origRhs[i]);
      targetDesc = savedDesc;
      initVar(lhs[i], x, context);
    }
    return;
  }
  if (r != 1) {
    bool ok = true;
    for (Expr* e : origRhs) {
      Operand x;
      rawExpr(nullptr, x, e, nullptr, true);
      if (x.invalid()) ok = false;
    }
    if (ok) {
      if (returnStmt) {
        std::vector<Operand> rhs;
        for (Expr* e : origRhs) {
          Operand o;
          o.mode = static_cast<OpMode>(e->mode == ExprMode::Invalid ? OpMode::Invalid : OpMode::Value);
          o.expr = e;
          o.type = e->type;
          rhs.push_back(o);
        }
        returnError(returnStmt, lhs, rhs);
      } else {
        assignError(origRhs, l, r);
      }
    }
    for (Var* v : lhs)
      if (!v->type) v->type = ctx.basic(Kind::Invalid);
    return;
  }
  std::vector<Operand> rhs;
  bool commaOk = false;
  multiExpr(origRhs[0], l == 2 && !returnStmt, &rhs, &commaOk);
  r = rhs.size();
  if (l == r) {
    for (size_t i = 0; i < l; i++) initVar(lhs[i], rhs[i], context);
    return;
  }
  if (!rhs[0].invalid()) {
    if (returnStmt) returnError(returnStmt, lhs, rhs);
    else assignError(origRhs, l, r);
  }
  for (Var* v : lhs)
    if (!v->type) v->type = ctx.basic(Kind::Invalid);
}

void Checker::assignVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& origRhs) {
  size_t l = lhs.size(), r = origRhs.size();
  bool isCall = r == 1 && unparen(origRhs[0])->is<CallExpr>();
  if (l == r && !isCall) {
    for (size_t i = 0; i < l; i++) {
      Operand x;
      assignVar(lhs[i], origRhs[i], x, "assignment");
    }
    return;
  }
  if (r != 1) {
    // Evaluate both sides for their errors; report the count mismatch only
    // if they are fine.
    size_t before = diags.count();
    useLHS(lhs);
    bool okLHS = diags.count() == before;
    bool okRHS = true;
    for (Expr* e : origRhs) {
      Operand x;
      rawExpr(nullptr, x, e, nullptr, true);
      if (x.invalid()) okRHS = false;
    }
    if (okLHS && okRHS) assignError(origRhs, l, r);
    return;
  }
  std::vector<Operand> rhs;
  bool commaOk = false;
  multiExpr(origRhs[0], l == 2, &rhs, &commaOk);
  r = rhs.size();
  if (l == r) {
    for (size_t i = 0; i < l; i++) assignVar(lhs[i], nullptr, rhs[i], "assignment");
    return;
  }
  if (!rhs[0].invalid()) assignError(origRhs, l, r);
  useLHS(lhs);
}

void Checker::shortVarDecl(Pos pos, AssignStmt* s) {
  size_t top = delayed.size();
  Scope* scope = env.scope;
  std::unordered_set<std::string> seen;
  std::vector<Var*> lhsVars(s->lhs.size(), nullptr);
  std::vector<Var*> newVars;
  std::vector<Ident*> newIdents;
  bool hasErr = false;
  for (size_t i = 0; i < s->lhs.size(); i++) {
    Expr* lhs = s->lhs[i];
    auto* ident = lhs->as<Ident>();
    if (!ident) {
      useLHS({lhs});
      error(startPos(lhs), "non-name " + exprStr(lhs) + " on left side of :=");
      hasErr = true;
      continue;
    }
    const std::string& name = ident->name;
    if (name != "_") {
      if (seen.count(name)) {
        error(startPos(lhs), exprStr(lhs) + " repeated on left side of :=");
        hasErr = true;
        continue;
      }
      seen.insert(name);
    }
    if (Object* alt = scope->lookupLocal(name)) {
      recordUse(ident, alt);
      if (alt->kind == ObjKind::Var) {
        lhsVars[i] = static_cast<Var*>(alt);
        recordTypeAndValue(ident, OpMode::Variable, alt->type, nullptr);
      } else {
        error(startPos(lhs), "cannot assign to " + exprStr(lhs));
        hasErr = true;
      }
      continue;
    }
    auto* obj = ctx.make<Var>(ident->pos, pkg, name, nullptr);
    obj->declaringFunc = env.funcNode;
    lhsVars[i] = obj;
    if (name != "_") {
      newVars.push_back(obj);
      newIdents.push_back(ident);
    }
    recordDef(ident, obj);
  }
  for (size_t i = 0; i < lhsVars.size(); i++) {
    if (!lhsVars[i]) {
      lhsVars[i] = ctx.make<Var>(s->lhs[i]->pos, pkg, "_", nullptr);
    }
  }
  initVars(lhsVars, s->rhs, nullptr);
  // Record the lhs identifiers' types.
  for (size_t i = 0; i < s->lhs.size(); i++) {
    if (auto* id = s->lhs[i]->as<Ident>(); id && lhsVars[i]->type)
      recordTypeAndValue(id, OpMode::Variable, lhsVars[i]->type, nullptr);
  }
  for (size_t k = top; k < delayed.size(); k++) {
    auto f = delayed[k];
    f();
  }
  delayed.resize(top);
  if (newVars.empty() && !hasErr) {
    error(pos, "no new variables on left side of :=");
    return;
  }
  for (Var* v : newVars) declareInScope(scope, nullptr, v, Pos{});
}

}  // namespace gs::types
