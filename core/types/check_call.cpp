// Calls, conversions, selectors and function instantiation.
#include <algorithm>

#include "core/types/check_internal.h"

namespace gs::types {

using namespace syntax;

// ---------------------------------------------------------------------------
// Selectors

void Checker::selector(Operand& x, SelectorExpr* e, TypeName* def, bool wantType) {
  const std::string& sel = e->sel->name;
  auto fail = [&]() {
    x.mode = OpMode::Invalid;
    x.expr = e;
  };
  // Package-qualified identifiers.
  if (auto* ident = e->x->as<Ident>()) {
    Object* obj = env.scope->lookup(ident->name);
    if (obj && obj->kind == ObjKind::PkgName) {
      auto* pname = static_cast<PkgName*>(obj);
      recordUse(ident, pname);
      pname->used = true;
      Package* p = pname->imported;
      Object* exp = p->scope ? p->scope->lookupLocal(sel) : nullptr;
      bool fake = p->scope && p->scope->names.empty() && p != ctx.unsafePackage() && p->files.empty();
      if (!exp) {
        if (!fake) error(e->sel->pos, "undefined: " + exprStr(e));
        return fail();
      }
      if (!exp->exported()) error(e->sel->pos, "name " + sel + " not exported by package " + p->name);
      if (!exp->type) objDecl(exp, nullptr);  // declared when first used (lazily checked prelude)
      recordUse(e->sel, exp);
      switch (exp->kind) {
        case ObjKind::Const:
          x.mode = OpMode::Constant;
          x.type = exp->type;
          x.val = static_cast<ConstObj*>(exp)->value ? *static_cast<ConstObj*>(exp)->value : makeUnknown();
          break;
        case ObjKind::TypeName:
          x.mode = OpMode::TypeExpr;
          x.type = exp->type;
          break;
        case ObjKind::Var:
          x.mode = OpMode::Variable;
          x.type = exp->type;
          break;
        case ObjKind::Func:
          x.mode = OpMode::Value;
          x.type = exp->type;
          break;
        case ObjKind::Builtin:
          x.mode = OpMode::Builtin;
          x.type = ctx.basic(Kind::Invalid);
          x.builtin = static_cast<BuiltinObj*>(exp)->id;
          break;
        default: return fail();
      }
      if (!x.type && x.mode != OpMode::Builtin) x.type = ctx.basic(Kind::Invalid);
      x.expr = e;
      return;
    }
  }
  exprOrType(x, e->x, false);
  switch (x.mode) {
    case OpMode::TypeExpr:
      if (def && def->type == x.type) {
        cycleError({def}, 0);
        return fail();
      }
      break;
    case OpMode::Builtin:
      error(syntaxPos(e), "invalid operation: cannot select on " + opString(x));
      return fail();
    case OpMode::Invalid: return fail();
    default: break;
  }
  if (wantType) {
    error(e->sel->pos, exprStr(e) + " is not a type");
    return fail();
  }
  LookupResult r = lookupFieldOrMethodEx(x.type, x.mode == OpMode::Variable, pkg, sel);
  if (!r.obj) {
    if (underlying(x.type)->kind == Kind::Invalid) return fail();
    if (r.ambiguous) {
      error(e->sel->pos, "ambiguous selector " + exprStr(e->x) + "." + sel);
      return fail();
    }
    if (r.needPtr) {
      if (x.mode == OpMode::TypeExpr)
        error(e->sel->pos, "invalid method expression " + typeStr(x.type) + "." + sel + " (needs pointer receiver (*" +
                               typeStr(x.type) + ")." + sel + ")");
      else
        error(e->sel->pos, "cannot call pointer method " + sel + " on " + typeStr(x.type));
      return fail();
    }
    std::string why;
    auto* pt = underlying(x.type)->as<PointerType>();
    if (pt && (isInterfaceType(pt->elem) || isTypeParam(pt->elem))) {
      if (isTypeParam(pt->elem))
        why = "type " + typeStr(x.type) + " is pointer to type parameter, not type parameter";
      else
        why = "type " + typeStr(x.type) + " is pointer to interface, not interface";
    } else {
      LookupResult alt = lookupFieldOrMethodEx(x.type, x.mode == OpMode::Variable, pkg, sel, true);
      // go/types' lookupError
      enum { Missing, Misspelled, Unexported, Inaccessible } ecase = Missing;
      std::string altName;
      auto tail = [](const std::string& s) { return s.empty() ? s : s.substr(1); };
      if (alt.obj) {
        altName = alt.obj->name;
        if (alt.obj->pkg == pkg) ecase = Misspelled;
        else if (!sel.empty() && sel[0] >= 'A' && sel[0] <= 'Z') {
          if (alt.obj->exported()) ecase = Misspelled;
          else if (tail(sel) == tail(altName)) ecase = Unexported;
        } else if (alt.obj->exported()) {
          if (tail(sel) == tail(altName)) ecase = Misspelled;
        } else if (sel == altName) {
          ecase = Inaccessible;
        }
      }
      const char* what = "object";
      if (alt.obj && alt.obj->kind == ObjKind::Var) what = "field";
      if (alt.obj && alt.obj->kind == ObjKind::Func) what = "method";
      std::string ts = typeStr(x.type);
      switch (ecase) {
        case Missing: why = "type " + ts + " has no field or method " + sel; break;
        case Misspelled:
          why = "type " + ts + " has no field or method " + sel + ", but does have " + what + " " + altName;
          break;
        case Unexported:
          why = "type " + ts + " has no field or method " + sel + ", but does have unexported " + what + " " + altName;
          break;
        case Inaccessible: why = std::string("cannot refer to unexported ") + what + " " + altName; break;
      }
    }
    error(e->sel->pos, exprStr(e->x) + "." + sel + " undefined (" + why + ")");
    return fail();
  }
  auto addDeclDep = [&](Object* o) {
    if (env.decl && objMap.count(o)) env.decl->addDep(o);
  };
  if (r.obj->kind == ObjKind::Func) {
    auto* m = static_cast<Func*>(r.obj);
    objDecl(m, nullptr);
  }
  recordUse(e->sel, r.obj);
  auto* selection = ctx.make<Selection>();
  selection->recv = x.type;
  selection->obj = r.obj;
  selection->index = r.index;
  selection->indirect = r.indirect;
  if (x.mode == OpMode::TypeExpr) {
    // Method expression T.m: a function with the receiver as first param.
    if (r.obj->kind != ObjKind::Func) {
      error(e->sel->pos, exprStr(e->x) + "." + sel + " undefined (type " + typeStr(x.type) + " has no method " + sel + ")");
      return fail();
    }
    auto* m = static_cast<Func*>(r.obj);
    selection->kind = SelectionKind::MethodExpr;
    e->selection = selection;
    Signature* sig = m->sig();
    if (!sig || !sig->recv) {
      error(startPos(e), "illegal cycle in method declaration");
      return fail();
    }
    // Methods of generic types: substitute the receiver's type arguments.
    Signature* msig = methodSigFor(ctx, m, x.type);
    if (auto* pt = x.type->as<PointerType>()) msig = methodSigFor(ctx, m, pt->elem);
    auto* ns = ctx.make<Signature>();
    ns->params = ctx.make<Tuple>();
    std::string rname;
    if (!msig->params->vars.empty() && !msig->params->vars[0]->name.empty()) {
      rname = sig->recv->name.empty() ? "_" : sig->recv->name;
    }
    auto* rv = ctx.make<Var>(sig->recv->pos, sig->recv->pkg, rname, x.type);
    rv->isParam = true;
    ns->params->vars.push_back(rv);
    for (Var* v : msig->params->vars) ns->params->vars.push_back(v);
    ns->results = msig->results;
    ns->variadic = msig->variadic;
    x.mode = OpMode::Value;
    x.type = ns;
    addDeclDep(m);
  } else if (r.obj->kind == ObjKind::Var) {
    selection->kind = SelectionKind::FieldVal;
    e->selection = selection;
    if (x.mode == OpMode::Variable || r.indirect) x.mode = OpMode::Variable;
    else x.mode = OpMode::Value;
    Type* ft = r.obj->type;
    x.type = ft;
  } else {
    auto* m = static_cast<Func*>(r.obj);
    selection->kind = SelectionKind::MethodVal;
    e->selection = selection;
    x.mode = OpMode::Value;
    // The method's type without receiver; for methods of generic types
    // found on an instance, with the receiver type arguments substituted.
    Type* recvBase = x.type;
    // Walk the embedding path to the type declaring the method.
    {
      Type* t = x.type;
      if (auto* p = t->as<PointerType>()) t = p->elem;
      for (size_t i = 0; i + 1 < r.index.size(); i++) {
        auto* st = underlying(t)->as<types::StructType>();
        if (!st) break;
        t = st->fields[static_cast<size_t>(r.index[i])]->type;
        if (auto* p = t->as<PointerType>()) t = p->elem;
      }
      recvBase = t;
    }
    Signature* sig = m->sig();
    if (!m->iface) sig = methodSigFor(ctx, m, recvBase);
    auto* ns = ctx.make<Signature>();
    ns->params = sig->params;
    ns->results = sig->results;
    ns->variadic = sig->variadic;
    x.type = ns;
    addDeclDep(m);
  }
  x.expr = e;
}

// ---------------------------------------------------------------------------
// Calls

void Checker::genericExprList(const std::vector<Expr*>& elist, std::vector<Operand>* out) {
  if (elist.size() == 1) {
    Expr* e = elist[0];
    Operand x;
    auto* inst = e->as<IndexExpr>();
    if (inst && indexExprImpl(x, inst)) {
      // A generic function argument, partially instantiated: keep it
      // generic for inference from the parameter type.
      funcInst(x, inst, nullptr, false);
      x.expr = inst;
      record(x);
      out->push_back(x);
      return;
    }
    rawExpr(nullptr, x, e, nullptr, true);
    exclude(x, (1u << static_cast<int>(OpMode::NoValue)) | (1u << static_cast<int>(OpMode::Builtin)) |
                   (1u << static_cast<int>(OpMode::TypeExpr)));
    if (x.mode != OpMode::Invalid && x.type && x.type->kind == Kind::Tuple) {
      for (Var* v : static_cast<Tuple*>(x.type)->vars) {
        Operand o;
        o.mode = OpMode::Value;
        o.expr = e;
        o.type = v->type;
        out->push_back(o);
      }
      return;
    }
    out->push_back(x);
    return;
  }
  for (Expr* e : elist) {
    Operand x;
    auto* inst = e->as<IndexExpr>();
    if (inst && indexExprImpl(x, inst)) {
      funcInst(x, inst, nullptr, false);
      x.expr = inst;
      record(x);
    } else {
      genericExpr(x, e);
    }
    out->push_back(x);
  }
}

namespace {
std::string typesSummary(Checker& c, const std::vector<Type*>& list, bool variadic) {
  std::string out = "(";
  for (size_t i = 0; i < list.size(); i++) {
    if (i) out += ", ";
    Type* t = list[i];
    if (!t || t->kind == Kind::Invalid) {
      out += "unknown type";
    } else if (isUntypedType(t)) {
      if (isNumericType(t)) {
        out += "number";
      } else {
        std::string n = static_cast<BasicType*>(t)->name;
        if (n.rfind("untyped ", 0) == 0) n = n.substr(8);
        out += n;
      }
    } else if (variadic && i + 1 == list.size() && t->kind == Kind::Slice) {
      out += "..." + c.typeStr(static_cast<SliceType*>(t)->elem);
    } else {
      out += c.typeStr(t);
    }
  }
  return out + ")";
}

}  // namespace

Signature* Checker::instantiateFunc(Pos pos, Signature* sig, const std::vector<Type*>& targs, Expr* fexpr) {
  Signature* inst = instantiateSignature(ctx, sig, targs);
  // Record the instance on the function expression.
  auto* instance = ctx.make<Instance>();
  Expr* f = fexpr ? unparen(fexpr) : nullptr;
  Object* generic = nullptr;
  if (auto* ix = f ? f->as<IndexExpr>() : nullptr) f = unparen(ix->x);
  if (auto* id = f ? f->as<Ident>() : nullptr) generic = id->obj;
  else if (auto* se = f ? f->as<SelectorExpr>() : nullptr) generic = se->sel->obj;
  instance->generic = generic;
  instance->typeArgs = targs;
  instance->type = inst;
  if (auto* ix = fexpr ? unparen(fexpr)->as<IndexExpr>() : nullptr) ix->instance = instance;
  lastInstance = instance;
  std::vector<TypeParamType*> tparams = sig->typeParams;
  std::vector<Pos> argPos;
  std::vector<Expr*> xlist;
  if (auto* ix = fexpr ? unparen(fexpr)->as<IndexExpr>() : nullptr) {
    for (Expr* e : ix->indices) argPos.push_back(startPos(e));
    xlist = ix->indices;
  }
  monoRecord(pos, tparams, targs, xlist);
  delayed.push_back([this, pos, tparams, targs, argPos] { validateTypeArgs(pos, tparams, targs, argPos); });
  return inst;
}

void Checker::funcInst(Operand& x, IndexExpr* inst, Type* T, bool doInfer) {
  std::vector<Type*> targs;
  std::vector<Expr*> xlist;
  if (inst) {
    x.expr = inst;
    xlist = inst->indices;
    bool ok = true;
    for (Expr* e : xlist) {
      Type* t = varType(e);
      if (t->kind == Kind::Invalid) ok = false;
      targs.push_back(t);
    }
    if (!ok) {
      x.mode = OpMode::Invalid;
      return;
    }
  }
  auto* sig = x.type->as<Signature>();
  size_t got = targs.size(), want = sig->typeParams.size();
  if (got > want) {
    error(startPos(xlist[got - 1]), strprintf("got %zu type arguments but want %zu", got, want));
    x.mode = OpMode::Invalid;
    return;
  }
  if (got < want) {
    if (!doInfer) {
      // Keep the partial instantiation for inference in the call.
      pendingTargs[x.expr] = targs;
      return;
    }
    // Reverse inference from the target function type.
    std::vector<Operand> args;
    auto* params = ctx.make<Tuple>();
    if (T) {
      if (auto* tsig = underlying(T)->as<Signature>()) {
        auto* gsig = ctx.make<Signature>();
        gsig->params = sig->params;
        gsig->results = sig->results;
        gsig->variadic = sig->variadic;
        params->vars.push_back(ctx.make<Var>(x.expr->pos, pkg, "", gsig));
        Operand a;
        a.mode = OpMode::Value;
        a.expr = x.expr;
        a.type = tsig;
        args.push_back(a);
      }
    }
    std::string err;
    Pos errPos = x.expr->pos;
    std::vector<Type*> inferred = infer(inst ? (inst->lbrack.valid() ? inst->lbrack : inst->pos) : x.expr->pos,
                                        sig->typeParams, targs, params, args,
                                        true, &err, &errPos);
    if (inferred.empty()) {
      if (!err.empty()) error(errPos, err);
      x.mode = OpMode::Invalid;
      return;
    }
    targs = inferred;
  }
  Signature* isig = instantiateFunc(inst ? (inst->lbrack.valid() ? inst->lbrack : inst->pos) : x.expr->pos, sig,
                                    targs, inst ? inst : x.expr);
  if (!inst) {
    // Implicit instantiation of a generic function value.
    auto* instance = lastInstance;
    if (auto* id = unparen(x.expr)->as<Ident>()) {
      (void)id;
    }
    implicitInstances[x.expr] = instance;
  }
  x.type = isig;
  x.mode = OpMode::Value;
}

Checker::ExprKind Checker::callExpr(Operand& x, CallExpr* call) {
  IndexExpr* inst = nullptr;
  if (auto* iexpr = call->fun->as<IndexExpr>()) {
    if (indexExprImpl(x, iexpr)) inst = iexpr;
    x.expr = iexpr;
    record(x);
  } else {
    exprOrType(x, call->fun, true);
  }
  switch (x.mode) {
    case OpMode::Invalid:
      useExprs(call->args);
      x.expr = call;
      return ExprKind::Statement;
    case OpMode::TypeExpr: {
      // A conversion T(x).
      call->callKind = CallKind::Conversion;
      if (isGenericType(x.type)) {
        error(startPos(call->fun), "cannot use generic type " + typeStr(x.type) + " without instantiation");
        x.mode = OpMode::Invalid;
        x.expr = call;
        return ExprKind::Conversion;
      }
      Type* T = x.type;
      x.mode = OpMode::Invalid;
      switch (call->args.size()) {
        case 0:
          error(startPos(call), "missing argument in conversion to " + typeStr(T));
          break;
        case 1: {
          expr(nullptr, x, call->args[0]);
          if (x.mode != OpMode::Invalid) {
            if (auto* it = underlying(T)->as<InterfaceType>(); it && !isTypeParam(T)) {
              completeInterface(it);
              if (it->hasTerms || it->comparable) {
                error(startPos(call), "cannot use interface " + typeStr(T) +
                                          " in conversion (contains specific type constraints or is comparable)");
                x.mode = OpMode::Invalid;
                break;
              }
            }
            if (call->hasEllipsis) {
              error(startPos(call->args[0]), "invalid use of ... in conversion to " + typeStr(T));
              x.mode = OpMode::Invalid;
              break;
            }
            conversion(x, T);
          }
          break;
        }
        default:
          useExprs(call->args);
          error(startPos(call->args.back()), "too many arguments in conversion to " + typeStr(T));
          break;
      }
      x.expr = call;
      return ExprKind::Conversion;
    }
    case OpMode::Builtin: {
      Builtin id = x.builtin;
      call->callKind = CallKind::Builtin;
      call->builtin = id;
      if (!builtin(x, call, id)) x.mode = OpMode::Invalid;
      x.expr = call;
      if (x.mode != OpMode::Invalid && x.mode != OpMode::Constant) env.hasCallOrRecv = true;
      switch (id) {
        case Builtin::Clear: case Builtin::Close: case Builtin::Copy: case Builtin::Delete: case Builtin::Panic:
        case Builtin::Print: case Builtin::Println: case Builtin::Recover:
          return ExprKind::Statement;
        default: return ExprKind::Expression;
      }
    }
    default: break;
  }
  call->callKind = CallKind::Call;
  Type* ct = coreType(x.type);
  auto* sig = ct ? ct->as<Signature>() : nullptr;
  if (!sig) {
    error(startPos(call->fun), "invalid operation: cannot call non-function " + opString(x));
    x.mode = OpMode::Invalid;
    x.expr = call;
    return ExprKind::Statement;
  }
  bool wasGeneric = !sig->typeParams.empty();
  std::vector<Type*> targs;
  std::vector<Expr*> xlist;
  if (inst) {
    xlist = inst->indices;
    bool ok = true;
    for (Expr* e : xlist) {
      Type* t = varType(e);
      if (t->kind == Kind::Invalid) ok = false;
      targs.push_back(t);
    }
    if (!ok) {
      useExprs(call->args);
      x.mode = OpMode::Invalid;
      x.expr = call;
      return ExprKind::Statement;
    }
    size_t got = targs.size(), want = sig->typeParams.size();
    if (got > want) {
      error(startPos(xlist[want]), strprintf("got %zu type arguments but want %zu", got, want));
      useExprs(call->args);
      x.mode = OpMode::Invalid;
      x.expr = call;
      return ExprKind::Statement;
    }
    if (got == want && want > 0) {
      sig = instantiateFunc(inst->lbrack.valid() ? inst->lbrack : inst->pos, sig, targs, inst);
      call->instance = inst->instance;
      targs.clear();
      xlist.clear();
    }
  }
  std::vector<Operand> args;
  genericExprList(call->args, &args);
  Instance* instOut = nullptr;
  std::vector<Pos> targPos;
  for (Expr* e : xlist) targPos.push_back(startPos(e));
  Type* rt = arguments(call, sig, targs, targPos, args, &instOut);
  sig = rt ? static_cast<Signature*>(rt) : sig;
  if (instOut) call->instance = instOut;
  if (wasGeneric && sig->typeParams.empty()) {
    recordTypeAndValue(call->fun, OpMode::Value, sig, nullptr);
  }
  switch (sig->results->vars.size()) {
    case 0: x.mode = OpMode::NoValue; break;
    case 1:
      x.mode = OpMode::Value;
      x.type = sig->results->vars[0]->type;
      break;
    default:
      x.mode = OpMode::Value;
      x.type = sig->results;
      break;
  }
  x.expr = call;
  env.hasCallOrRecv = true;
  if (x.mode == OpMode::Value && !sig->typeParams.empty() && isParameterized(sig->typeParams, x.type))
    x.mode = OpMode::Invalid;
  return ExprKind::Statement;
}

Type* Checker::arguments(CallExpr* call, Signature* sig, const std::vector<Type*>& targs0,
                         const std::vector<Pos>& targPos, std::vector<Operand>& args, Instance** instOut) {
  Signature* rsig = sig;
  size_t nargs = args.size();
  size_t npars = sig->params->vars.size();
  bool ddd = call->hasEllipsis;
  Tuple* sigParams = sig->params;
  bool adjusted = false;
  if (sig->variadic) {
    if (ddd) {
      if (call->args.size() == 1 && nargs > 1) {
        error(startPos(call), strprintf("cannot use ... with %zu-valued %s", nargs, exprStr(call->args[0]).c_str()));
        return rsig;
      }
    } else {
      if (nargs + 1 >= npars) {
        auto* vars = ctx.make<Tuple>();
        for (size_t i = 0; i + 1 < npars; i++) vars->vars.push_back(sig->params->vars[i]);
        Var* last = sig->params->vars[npars - 1];
        Type* et = last->type->kind == Kind::Slice ? static_cast<SliceType*>(last->type)->elem : last->type;
        if (auto* ct = coreType(last->type); ct && ct->kind == Kind::Slice) et = static_cast<SliceType*>(ct)->elem;
        while (vars->vars.size() < nargs) {
          auto* v = ctx.make<Var>(last->pos, last->pkg, last->name, et);
          v->isParam = true;
          vars->vars.push_back(v);
        }
        sigParams = vars;
        adjusted = true;
        npars = nargs;
      } else {
        npars--;  // for the error message below
      }
    }
  } else if (ddd) {
    error(startPos(call), "cannot use ... in call to non-variadic " + exprStr(call->fun));
    return rsig;
  }
  if (nargs != npars) {
    Pos at = startPos(call);
    const char* qualifier = "not enough";
    if (nargs > npars) {
      at = startPos(args[npars].expr);
      qualifier = "too many";
    } else if (nargs > 0) {
      at = startPos(args[nargs - 1].expr);
    }
    std::vector<Type*> have, want;
    for (auto& a : args) have.push_back(a.type);
    for (Var* v : sig->params->vars) want.push_back(v->type);
    error(at, std::string(qualifier) + " arguments in call to " + exprStr(call->fun) + "\n\thave " +
                  typesSummary(*this, have, false) + "\n\twant " + typesSummary(*this, want, sig->variadic));
    return rsig;
  }
  // Generic functions: infer the missing type arguments.
  std::vector<TypeParamType*> tparams = sig->typeParams;
  std::vector<Type*> targs = targs0;
  size_t n = tparams.size();
  while (targs.size() < tparams.size()) targs.push_back(nullptr);
  // Generic function arguments (f(g) with g generic) take part in inference.
  std::vector<size_t> genericArgs;
  for (size_t i = 0; i < args.size(); i++) {
    auto* asig = args[i].type ? args[i].type->as<Signature>() : nullptr;
    if (asig && !asig->typeParams.empty() && args[i].mode != OpMode::Invalid) {
      for (TypeParamType* tp : asig->typeParams) tparams.push_back(tp);
      auto pit = pendingTargs.find(args[i].expr);
      std::vector<Type*> partial;
      if (pit != pendingTargs.end()) partial = pit->second;
      for (size_t k = 0; k < asig->typeParams.size(); k++) targs.push_back(k < partial.size() ? partial[k] : nullptr);
      genericArgs.push_back(i);
    }
  }
  if (!tparams.empty()) {
    std::string err;
    Pos lp = call->lparen.valid() ? call->lparen : call->pos;
    Pos errPos = lp;
    std::vector<Type*> inferred = infer(lp, tparams, targs, sigParams, args, false, &err, &errPos);
    if (inferred.empty()) {
      if (!err.empty()) error(errPos, "in call to " + exprStr(call->fun) + ", " + err);
      return rsig;
    }
    if (n > 0) {
      std::vector<Type*> own(inferred.begin(), inferred.begin() + static_cast<ptrdiff_t>(n));
      rsig = instantiateFunc(lp, sig, own, call->fun);
      *instOut = lastInstance;
      if (adjusted) {
        SubstMap m;
        m.params = sig->typeParams;
        m.args = own;
        sigParams = static_cast<Tuple*>(subst(ctx, sigParams, m));
      } else {
        sigParams = rsig->params;
      }
    }
    size_t j = n;
    for (size_t i : genericArgs) {
      Operand& a = args[i];
      auto* asig = a.type->as<Signature>();
      size_t k = j + asig->typeParams.size();
      std::vector<Type*> at(inferred.begin() + static_cast<ptrdiff_t>(j), inferred.begin() + static_cast<ptrdiff_t>(k));
      a.type = instantiateFunc(lp, asig, at, a.expr);
      if (!unparen(a.expr)->is<IndexExpr>()) implicitInstances[a.expr] = lastInstance;
      record(a);
      j = k;
    }
  }
  (void)targPos;
  if (!args.empty()) {
    std::string context = "argument to " + exprStr(call->fun);
    for (size_t i = 0; i < args.size(); i++) assignment(args[i], sigParams->vars[i]->type, context);
  }
  return rsig;
}

// ---------------------------------------------------------------------------
// Conversions

bool Checker::convertibleTo(Operand& x, Type* T, std::string* cause) {
  if (assignableTo(x, T, cause, nullptr)) return true;
  Type* V = x.type;
  Type* Vu = underlying(V);
  Type* Tu = underlying(T);
  auto* Vp = V->as<TypeParamType>();
  auto* Tp = T->as<TypeParamType>();
  if (identicalIgnoreTags(Vu, Tu) && !Vp && !Tp) return true;
  if (auto* vp = V->as<PointerType>()) {
    if (auto* tp = T->as<PointerType>()) {
      if (identicalIgnoreTags(underlying(vp->elem), underlying(tp->elem)) && !isTypeParam(vp->elem) &&
          !isTypeParam(tp->elem))
        return true;
    }
  }
  auto isIntOrFloat = [](Type* u) { return u->isBasic() && (isIntegerKind(u->kind) || isFloatKind(u->kind)); };
  if (isIntOrFloat(Vu) && isIntOrFloat(Tu)) return true;
  if (Vu->isBasic() && Tu->isBasic() && isComplexKind(Vu->kind) && isComplexKind(Tu->kind)) return true;
  auto isBytesOrRunes = [](Type* u) {
    auto* s = u->as<SliceType>();
    if (!s) return false;
    Type* e = underlying(s->elem);
    return e->kind == Kind::Uint8 || e->kind == Kind::Int32;
  };
  auto isStr = [](Type* u) { return u->isBasic() && isStringKind(u->kind); };
  if (((Vu->isBasic() && isIntegerKind(Vu->kind)) || isBytesOrRunes(Vu)) && isStr(Tu)) return true;
  if (isStr(Vu) && isBytesOrRunes(Tu)) return true;
  if ((Vu->kind == Kind::Pointer || Vu->kind == Kind::Uintptr) && Tu->kind == Kind::UnsafePointer) return true;
  if (Vu->kind == Kind::UnsafePointer && (Tu->kind == Kind::Pointer || Tu->kind == Kind::Uintptr)) return true;
  if (auto* s = Vu->as<SliceType>()) {
    if (auto* a = Tu->as<ArrayType>()) {
      if (identical(s->elem, a->elem)) return true;
    } else if (auto* p = Tu->as<PointerType>()) {
      if (auto* a2 = underlying(p->elem)->as<ArrayType>())
        if (identical(s->elem, a2->elem)) return true;
    }
  }
  if (!Vp && !Tp) return false;
  auto addCause = [&](const std::string& msg) {
    if (!cause) return;
    std::string m = msg;
    if (!cause->empty()) m += "\n\t" + *cause;
    *cause = m;
  };
  auto termsOf = [](TypeParamType* tp) -> std::vector<Term> {
    InterfaceType* it = interfaceOf(tp);
    if (!it || !it->hasTerms) return {};
    return it->terms;
  };
  if (Vp && Tp) {
    auto vt = termsOf(Vp), tt = termsOf(Tp);
    if (vt.empty() || tt.empty()) return false;
    for (auto& v : vt) {
      Operand y = x;
      y.type = v.type;
      for (auto& t : tt) {
        if (!convertibleTo(y, t.type, cause)) {
          addCause("cannot convert " + typeStr(v.type) + " (in " + typeStr(Vp) + ") to type " + typeStr(t.type) +
                   " (in " + typeStr(Tp) + ")");
          return false;
        }
      }
    }
    return true;
  }
  if (Vp) {
    auto vt = termsOf(Vp);
    if (vt.empty()) return false;
    for (auto& v : vt) {
      Operand y = x;
      y.type = v.type;
      if (!convertibleTo(y, T, cause)) {
        addCause("cannot convert " + typeStr(v.type) + " (in " + typeStr(Vp) + ") to type " + typeStr(T));
        return false;
      }
    }
    return true;
  }
  auto tt = termsOf(Tp);
  if (tt.empty()) return false;
  for (auto& t : tt) {
    if (!convertibleTo(x, t.type, cause)) {
      addCause("cannot convert " + typeStr(x.type) + " to type " + typeStr(t.type) + " (in " + typeStr(Tp) + ")");
      return false;
    }
  }
  return true;
}

void Checker::conversion(Operand& x, Type* T) {
  bool constArg = x.mode == OpMode::Constant;
  auto constConvertibleTo = [&](Type* t, Constant* val) {
    BasicType* b = asBasic(t);
    if (!b) return false;
    if (b->kind != Kind::UnsafePointer && types::representable(x.val, repKind(b->kind), val)) return true;
    if (isIntegerType(x.type) && isStringKind(b->kind)) {
      uint32_t cp = 0xFFFD;
      bool exact;
      uint64_t i = x.val.uint64Val(&exact);
      if (exact && i <= 0x10FFFF && !(i >= 0xD800 && i < 0xE000)) cp = static_cast<uint32_t>(i);
      std::string s;
      if (cp < 0x80) s += static_cast<char>(cp);
      else if (cp < 0x800) {
        s += static_cast<char>(0xC0 | (cp >> 6));
        s += static_cast<char>(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        s += static_cast<char>(0xF0 | (cp >> 18));
        s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
      }
      if (val) *val = makeString(s);
      return true;
    }
    return false;
  };
  bool ok = false;
  std::string cause;
  if (constArg && isConstType(T)) {
    // Like go/types, a value converted to an integer type is replaced by
    // its integer form even when it does not fit (for the message).
    ok = constConvertibleTo(T, &x.val);
    if (!ok && isIntegerType(x.type) && isIntegerType(T)) {
      error(startPos(x.expr), "constant " + x.val.toString() + " overflows " + typeStr(T));
      x.mode = OpMode::Invalid;
      return;
    }
  } else if (constArg && isTypeParam(T)) {
    auto* tp = T->as<TypeParamType>();
    InterfaceType* it = interfaceOf(tp);
    ok = it && it->hasTerms && !it->terms.empty();
    if (!ok) cause = typeStr(T) + " does not contain specific types";
    if (ok) {
      for (auto& term : it->terms) {
        Type* u = underlying(term.type);
        auto* s = u->as<SliceType>();
        bool bytesOrRunes = s && (underlying(s->elem)->kind == Kind::Uint8 || underlying(s->elem)->kind == Kind::Int32);
        if (isStringType(x.type) && bytesOrRunes) continue;
        if (!constConvertibleTo(u, nullptr)) {
          if (isIntegerType(x.type) && isIntegerType(u))
            cause = "constant " + x.val.toString() + " overflows " + typeStr(u) + " (in " + typeStr(T) + ")";
          else
            cause = "cannot convert " + opString(x) + " to type " + typeStr(u) + " (in " + typeStr(T) + ")";
          ok = false;
          break;
        }
      }
    }
    x.mode = OpMode::Value;
  } else if (convertibleTo(x, T, &cause)) {
    ok = true;
    x.mode = OpMode::Value;
  }
  if (!ok) {
    if (!cause.empty())
      error(startPos(x.expr), "cannot convert " + opString(x) + " to type " + typeStr(T) + ": " + cause);
    else
      error(startPos(x.expr), "cannot convert " + opString(x) + " to type " + typeStr(T));
    x.mode = OpMode::Invalid;
    return;
  }
  if (isUntypedType(x.type)) {
    Type* final = T;
    if (x.isNil()) {
      // nil takes the target type
    } else if (isInterfaceType(T) || (constArg && !isConstType(T))) {
      final = defaultType(ctx, x.type);
    } else if (x.mode == OpMode::Constant && isIntegerType(x.type) && allString(T)) {
      final = x.type;
    }
    updateExprType(x.expr, final, true);
  }
  x.type = T;
}

}  // namespace gs::types
