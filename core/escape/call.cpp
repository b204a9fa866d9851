// Calls (Go's escape/call.go): arguments flow to the callee's parameters
// as its tags say (or straight into the parameters of a callee of the same
// batch); an unknown callee (a func value, an interface method) leaks every
// argument to the heap. Builtins have their own rules. go and defer
// statements wrap the call into a closure whose captured values are the
// arguments evaluated at the statement (Go's normalizeGoDeferCall).
#include <algorithm>
#include <functional>

#include "core/escape/internal.h"

namespace gs::escape {

namespace {

ty::Signature* signatureOf(ty::Type* t) {
  if (!t) return nullptr;
  ty::Type* c = ty::coreType(t);
  if (!c) c = ty::underlying(t);
  return c ? c->as<ty::Signature>() : nullptr;
}

// The type reached from x through the implicit fields of a method
// selection (all of sel->selection->index but the last).
ty::Type* implicitRecvType(syn::SelectorExpr* sel) {
  ty::Type* cur = sel->x->type;
  const auto& idx = sel->selection->index;
  for (size_t i = 0; i + 1 < idx.size() && cur; i++) {
    ty::Type* u = ty::underlying(cur);
    ty::Type* base = u->kind == ty::Kind::Pointer ? u->as<ty::PointerType>()->elem : cur;
    auto* st = ty::underlying(base)->as<ty::StructType>();
    if (!st || idx[i] < 0 || static_cast<size_t>(idx[i]) >= st->fields.size()) return nullptr;
    cur = st->fields[static_cast<size_t>(idx[i])]->type;
  }
  return cur;
}

bool isSmallIntConst(syn::Expr* e, int64_t* v) {
  e = syn::unparen(e);
  if (!e || e->mode != syn::ExprMode::Constant || !e->constant) return false;
  if (e->constant->kind != ty::Constant::CKind::Int && e->constant->kind != ty::Constant::CKind::Float) return false;
  bool exact = false;
  int64_t x = e->constant->int64Val(&exact);
  if (!exact || x < INT32_MIN || x > INT32_MAX) return false;
  *v = x;
  return true;
}

}  // namespace

Func* Walker::staticCallee(syn::Expr* fun) {
  for (int guard = 0; guard < 32; guard++) {
    fun = syn::unparen(fun);
    if (!fun) return nullptr;
    switch (fun->kind) {
      case syn::NodeKind::FuncLit: {
        auto it = b_.an->funcOfNode.find(fun);
        return it == b_.an->funcOfNode.end() ? nullptr : it->second;
      }
      case syn::NodeKind::Ident: {
        auto* id = fun->as<syn::Ident>();
        if (!id->obj) return nullptr;
        if (id->obj->kind == ty::ObjKind::Func) {
          auto it = b_.an->funcOfObj.find(static_cast<ty::Func*>(id->obj));
          return it == b_.an->funcOfObj.end() ? nullptr : it->second;
        }
        if (id->obj->kind != ty::ObjKind::Var) return nullptr;
        auto* v = static_cast<ty::Var*>(id->obj);
        if (v->isGlobal || v->isParam || v->isResult) return nullptr;
        // A local initialized once and never reassigned: its value
        // (Go's ir.StaticValue).
        auto it = b_.an->vars.find(v);
        if (it == b_.an->vars.end()) return nullptr;
        const VarInfo& vi = it->second;
        if (!vi.hasDefn || !vi.defnValue || vi.staticReassigned || vi.addrTaken) return nullptr;
        fun = vi.defnValue;
        continue;
      }
      case syn::NodeKind::SelectorExpr: {
        auto* se = fun->as<syn::SelectorExpr>();
        if (!se->selection) {
          if (se->sel->obj && se->sel->obj->kind == ty::ObjKind::Func) {
            auto it = b_.an->funcOfObj.find(static_cast<ty::Func*>(se->sel->obj));
            return it == b_.an->funcOfObj.end() ? nullptr : it->second;
          }
          return nullptr;
        }
        if (se->selection->kind == ty::SelectionKind::MethodExpr) {
          auto* m = static_cast<ty::Func*>(se->selection->obj);
          if (m->iface) return nullptr;
          ty::Func* origin = m->origin ? m->origin : m;
          auto it = b_.an->funcOfObj.find(origin);
          return it == b_.an->funcOfObj.end() ? nullptr : it->second;
        }
        return nullptr;
      }
      case syn::NodeKind::IndexExpr: {
        auto* ix = fun->as<syn::IndexExpr>();
        if (!ix->instance) return nullptr;
        fun = ix->x;
        continue;
      }
      case syn::NodeKind::CallExpr: {
        auto* c = fun->as<syn::CallExpr>();
        // A conversion between func types is a no-op conversion.
        if (c->callKind == syn::CallKind::Conversion && c->args.size() == 1) {
          fun = c->args[0];
          continue;
        }
        return nullptr;
      }
      default:
        return nullptr;
    }
  }
  return nullptr;
}

Hole Walker::tagHole(const std::vector<Hole>& ks, Func* fn, int paramIndex, bool dynamic) {
  if (dynamic || !fn) return b_.heapHole();
  if (b_.inMutualBatch(fn)) {
    // Not tagged yet: flow straight into the parameter.
    if (paramIndex < 0 || static_cast<size_t>(paramIndex) >= fn->recvParams.size()) return b_.discardHole();
    const ty::Var* p = fn->recvParams[static_cast<size_t>(paramIndex)];
    if (p->name.empty() || p->name == "_") return b_.discardHole();
    Location* loc = b_.oldLoc(p);
    return loc ? Hole{loc} : b_.discardHole();
  }
  if (!fn->tagged || paramIndex < 0 || static_cast<size_t>(paramIndex) >= fn->tags.size()) return b_.heapHole();
  const Leaks& esc = fn->tags[static_cast<size_t>(paramIndex)];
  std::vector<Hole> tagKs;
  if (int x = esc.heap(); x >= 0) tagKs.push_back(b_.heapHole().shift(x));
  if (int x = esc.mutator(); x >= 0) tagKs.push_back(b_.mutatorHole().shift(x));
  if (int x = esc.callee(); x >= 0) tagKs.push_back(b_.calleeHole().shift(x));
  if (!ks.empty()) {
    for (int i = 0; i < Leaks::kNumResults && static_cast<size_t>(i) < ks.size(); i++) {
      if (int x = esc.result(i); x >= 0) tagKs.push_back(ks[static_cast<size_t>(i)].shift(x));
    }
  }
  return teeHole(tagKs);
}

void Walker::call(const std::vector<Hole>& ks, syn::CallExpr* c) {
  if (c->callKind == syn::CallKind::Conversion) {
    conversion(ks.empty() ? b_.discardHole() : ks[0], c);
    return;
  }
  if (c->callKind == syn::CallKind::Builtin) {
    builtin(ks, c);
    return;
  }
  syn::Expr* fun = syn::unparen(c->fun);
  ty::Signature* sig = signatureOf(fun->type);
  syn::SelectorExpr* msel = nullptr;
  Func* fn = nullptr;
  bool dynamic = false;
  if (auto* se = fun->as<syn::SelectorExpr>(); se && se->selection && se->selection->kind == ty::SelectionKind::MethodVal) {
    msel = se;
    auto* m = static_cast<ty::Func*>(se->selection->obj);
    ty::Type* rt = implicitRecvType(se);
    if (m->iface || isInterface(rt) || (rt && rt->kind == ty::Kind::TypeParam)) {
      dynamic = true;  // OCALLINTER (or a call through the dictionary)
    } else {
      ty::Func* origin = m->origin ? m->origin : m;
      auto it = b_.an->funcOfObj.find(origin);
      if (it != b_.an->funcOfObj.end()) fn = it->second;
      else dynamic = true;
    }
  } else {
    fn = staticCallee(fun);
    dynamic = fn == nullptr;
  }

  // The results of a function of this batch flow from its result
  // variables.
  if (!ks.empty() && fn && b_.inMutualBatch(fn)) {
    for (size_t i = 0; i < fn->results.size() && i < ks.size(); i++) {
      const ty::Var* r = fn->results[i];
      if (!hasPointers(r->type)) continue;
      if (Location* rl = b_.oldLoc(r)) b_.flow(ks[i], rl);
    }
  }
  if (!msel) {
    // The callee expression: a closure called from an unknown place may
    // have its results flow anywhere.
    Hole calleeK = b_.discardHole();
    if (!fn) {
      for (const Hole& k : ks) {
        if (k.dst != &b_.blankLoc) {
          calleeK = noteNode(b_.calleeHole(), c, "callee operand");
          break;
        }
      }
    }
    expr(calleeK, fun);
  }
  argsToParams(ks, c, fn, sig, nullptr, msel, dynamic);
}

void Walker::argsToParams(const std::vector<Hole>& ks, syn::CallExpr* c, Func* fn, ty::Signature* sig,
                          syn::Expr* recvArg, syn::SelectorExpr* msel, bool dynamic) {
  (void)recvArg;
  int pi = 0;
  if (msel) {
    Hole k = tagHole(ks, fn, 0, dynamic);
    recvExpr(noteNode(k, c, "call parameter"), msel);
    pi = 1;
  }
  if (!sig) {
    for (syn::Expr* a : c->args) discard(a);
    return;
  }
  const auto& params = sig->params->vars;
  size_t np = params.size();
  // f(g()) with a multi-valued g: Go evaluates g into temporaries (named
  // .autotmp_N) and passes them, converted to the parameter types.
  if (c->args.size() == 1) {
    syn::Expr* a0 = syn::unparen(c->args[0]);
    if (auto* tu = a0->type ? a0->type->as<ty::Tuple>() : nullptr; tu && tu->vars.size() > 1) {
      tupleArgs(ks, c, fn, sig, pi, dynamic, a0, tu);
      return;
    }
  }
  for (size_t i = 0; i < np; i++) {
    ty::Type* pt = params[i]->type;
    if (sig->variadic && i + 1 == np && !c->hasEllipsis) {
      Hole k = tagHole(ks, fn, pi + static_cast<int>(i), dynamic);
      if (c->args.size() <= i) break;  // no extra arguments: a nil slice
      // The implicit []T{args...} ("... argument").
      syn::Pos pos = irPos(b_.an->sources, c);
      Location* loc = newSite(SiteKind::Variadic, c, pos, "... argument");
      Hole kk = spill(noteNode(k, c, "call parameter"), loc, pos, "... argument");
      auto* sl = pt->as<ty::SliceType>();
      ty::Type* et = sl ? sl->elem : nullptr;
      for (size_t j = i; j < c->args.size(); j++) {
        Hole ke = kk;
        if (b_.explain()) ke = b_.note(ke, pos, "... argument", "slice-literal-element");
        exprConv(ke, c->args[j], et);
      }
      break;
    }
    Hole k = tagHole(ks, fn, pi + static_cast<int>(i), dynamic);
    if (i < c->args.size()) exprConv(noteNode(k, c, "call parameter"), c->args[i], pt);
  }
}

std::string Analyzer::tempName(const syn::Node* n, size_t i) const {
  auto it = tempBase.find(n);
  if (it == tempBase.end()) return ".autotmp";
  return ".autotmp_" + std::to_string(it->second + static_cast<int>(i));
}

// The value i of a multi-valued expression held in a temporary, converted
// to dst (boxed when dst is an interface and the value is not).
void Walker::tempValue(Hole k, Location* t, ty::Type* vt, ty::Type* dst, const syn::Node* tupleExpr, size_t i,
                       syn::Pos pos) {
  if (dst && isInterface(dst) && vt && !isInterface(vt)) {
    std::string text;
    if (b_.an->printingPkg) text = b_.an->tempName(tupleExpr, i);
    if (!isDirectIface(vt)) {
      Location* box = newSite(SiteKind::Box, nullptr, pos, text);
      k = spill(k, box, pos, text);
    }
    if (b_.explain()) k = b_.note(k, pos, text, "interface-converted");
  }
  if (k.derefs >= 0 && vt && !hasPointers(vt)) return;
  b_.flow(k, t);
}

void Walker::tupleArgs(const std::vector<Hole>& ks, syn::CallExpr* c, Func* fn, ty::Signature* sig, int pi,
                       bool dynamic, syn::Expr* a0, ty::Tuple* tu) {
  const auto& params = sig->params->vars;
  size_t np = params.size();
  size_t n = tu->vars.size();
  syn::Pos pos = irPos(b_.an->sources, c);
  bool pre = !tupleSubst_.empty();  // a go/defer wrapper: already evaluated and converted
  std::vector<Location*> temps = tupleSubst_;
  if (!pre) {
    for (size_t i = 0; i < n; i++) {
      Location* t = b_.newLoc(fn_, loopDepth_, true);
      temps.push_back(t);
    }
  }
  bool initDone = pre;
  auto value = [&](Hole k, size_t i, ty::Type* pt) {
    if (!initDone) {
      // The call of g is the initialization of the first value.
      initDone = true;
      std::vector<Hole> tks;
      for (Location* t : temps) tks.push_back(Hole{t});
      multiValue(tks, a0);
    }
    if (i >= temps.size()) return;
    if (pre) {
      b_.flow(k, temps[i]);
      return;
    }
    tempValue(k, temps[i], tu->vars[i]->type, pt, a0, i, pos);
  };
  for (size_t i = 0; i < np; i++) {
    ty::Type* pt = params[i]->type;
    Hole k = tagHole(ks, fn, pi + static_cast<int>(i), dynamic);
    if (sig->variadic && i + 1 == np) {
      if (n <= i) break;
      Location* loc = newSite(SiteKind::Variadic, c, pos, "... argument");
      Hole kk = spill(noteNode(k, c, "call parameter"), loc, pos, "... argument");
      auto* sl = pt->as<ty::SliceType>();
      ty::Type* et = sl ? sl->elem : nullptr;
      for (size_t j = i; j < n; j++) {
        Hole ke = kk;
        if (b_.explain()) ke = b_.note(ke, pos, "... argument", "slice-literal-element");
        value(ke, j, et);
      }
      break;
    }
    if (i < n) value(noteNode(k, c, "call parameter"), i, pt);
  }
  if (!initDone) value(b_.discardHole(), n, nullptr);
}

void Walker::builtin(const std::vector<Hole>& ks, syn::CallExpr* c) {
  Hole k0 = ks.empty() ? b_.discardHole() : ks[0];
  auto& args = c->args;
  auto argument = [&](Hole k, syn::Expr* a) { expr(noteNode(k, c, "call parameter"), a); };
  IrPrinter pr{b_.an->curPkg, &b_.an->sources};
  pr.shapes = &b_.an->shapeNames;
  switch (c->builtin) {
    case syn::Builtin::Append: {
      if (args.empty()) return;
      ty::Type* st = c->type ? ty::coreType(c->type) : nullptr;
      if (!st && c->type) st = ty::underlying(c->type);
      ty::Type* et = st && st->kind == ty::Kind::Slice ? st->as<ty::SliceType>()->elem : nullptr;
      // The appended-to slice may be the result (enough capacity), or be
      // copied into a new heap array.
      Hole appendeeK = teeHole({k0, b_.mutatorHole()});
      if (et && hasPointers(et)) appendeeK = teeHole({appendeeK, derefNode(b_.heapHole(), c, "appendee slice")});
      argument(appendeeK, args[0]);
      if (c->hasEllipsis) {
        Hole appendedK = b_.discardHole();
        if (args.size() > 1) {
          ty::Type* at = args[1]->type;
          ty::Type* ac = at ? ty::coreType(at) : nullptr;
          if (!ac && at) ac = ty::underlying(at);
          if (ac && ac->kind == ty::Kind::Slice && hasPointers(ac->as<ty::SliceType>()->elem))
            appendedK = derefNode(b_.heapHole(), c, "appended slice...");
          argument(appendedK, args[1]);
        }
      } else {
        for (size_t i = 1; i < args.size(); i++) exprConv(noteNode(b_.heapHole(), c, "call parameter"), args[i], et);
      }
      return;
    }
    case syn::Builtin::Copy: {
      if (args.size() < 2) return;
      argument(b_.mutatorHole(), args[0]);
      Hole copiedK = b_.discardHole();
      ty::Type* at = args[1]->type;
      ty::Type* ac = at ? ty::coreType(at) : nullptr;
      if (!ac && at) ac = ty::underlying(at);
      if (ac && ac->kind == ty::Kind::Slice && hasPointers(ac->as<ty::SliceType>()->elem))
        copiedK = derefNode(b_.heapHole(), c, "copied slice");
      argument(copiedK, args[1]);
      return;
    }
    case syn::Builtin::Panic:
      if (!args.empty()) exprConv(noteNode(b_.heapHole(), c, "call parameter"), args[0], b_.an->tc.anyType());
      return;
    case syn::Builtin::Complex:
      for (syn::Expr* a : args) discard(a);
      return;
    case syn::Builtin::Delete: {
      if (args.size() < 2) return;
      discard(args[0]);
      ty::Type* mt = args[0]->type ? ty::coreType(args[0]->type) : nullptr;
      ty::Type* kt = mt && mt->kind == ty::Kind::Map ? mt->as<ty::MapType>()->key : nullptr;
      discardConv(args[1], kt);
      return;
    }
    case syn::Builtin::Print: case syn::Builtin::Println: case syn::Builtin::Recover:
      for (syn::Expr* a : args) discard(a);
      return;
    case syn::Builtin::Min: case syn::Builtin::Max:
      for (syn::Expr* a : args) argument(k0, a);
      return;
    case syn::Builtin::Len: case syn::Builtin::Cap: case syn::Builtin::Real: case syn::Builtin::Imag:
    case syn::Builtin::Close:
      for (syn::Expr* a : args) discard(a);
      return;
    case syn::Builtin::Clear:
      if (!args.empty()) argument(b_.mutatorHole(), args[0]);
      return;
    case syn::Builtin::StringData: case syn::Builtin::SliceData:
      if (!args.empty()) argument(k0, args[0]);
      return;
    case syn::Builtin::Add: case syn::Builtin::Slice: case syn::Builtin::String:
      if (!args.empty()) argument(k0, args[0]);
      for (size_t i = 1; i < args.size(); i++) discard(args[i]);
      return;
    case syn::Builtin::Make: {
      ty::Type* t = c->type;
      ty::Type* core = t ? ty::coreType(t) : nullptr;
      if (!core && t) core = ty::underlying(t);
      if (!core) return;
      syn::Pos pos = irPos(b_.an->sources, c);
      if (core->kind == ty::Kind::Slice) {
        std::string text;
        if (b_.an->namingSites) text = pr.expr(c);
        Location* loc = newSite(SiteKind::Alloc, c, pos, text);
        syn::Expr* r = args.size() > 2 ? args[2] : (args.size() > 1 ? args[1] : nullptr);
        int64_t n = 0;
        if (r && !isSmallIntConst(r, &n)) {
          loc->heapReason = "non-constant size";
        } else if (r) {
          int64_t es = typeSize(core->as<ty::SliceType>()->elem);
          if (es != 0 && n > kMaxImplicitStackVarSize / es) loc->heapReason = "too large for stack";
        }
        spill(k0, loc, pos, text);
        for (size_t i = 1; i < args.size(); i++) discard(args[i]);
        return;
      }
      if (core->kind == ty::Kind::Map) {
        std::string text;
        if (b_.an->namingSites) text = pr.expr(c);
        Location* loc = newSite(SiteKind::Alloc, c, pos, text);
        spill(k0, loc, pos, text);
        for (size_t i = 1; i < args.size(); i++) discard(args[i]);
        return;
      }
      // Channels are always allocated by the runtime, in the heap.
      for (size_t i = 1; i < args.size(); i++) discard(args[i]);
      return;
    }
    case syn::Builtin::New: {
      syn::Pos pos = irPos(b_.an->sources, c);
      std::string text;
      if (b_.an->namingSites) text = pr.expr(c);
      Location* loc = newSite(SiteKind::Alloc, c, pos, text);
      ty::Type* elem = c->type && c->type->kind == ty::Kind::Pointer ? c->type->as<ty::PointerType>()->elem : nullptr;
      if (elem && typeSize(elem) > kMaxImplicitStackVarSize) loc->heapReason = "too large for stack";
      spill(k0, loc, pos, text);
      return;
    }
    default:
      for (syn::Expr* a : args) discard(a);
      return;
  }
}

// The operands of a go/defer call that Go evaluates at the statement into
// temporaries (normalizeGoDeferCall), in order: a callee that is not a
// plain function name, the receiver of a method call, then the arguments
// (converted to their parameter types), except constants, nil, new(T),
// function names and the elements of composite literals (the literal is
// built in the wrapper).
void deferTemps(syn::CallExpr* c, ty::TypeContext& tc, std::vector<DeferTemp>* out) {
  syn::Expr* fun = syn::unparen(c->fun);
  ty::Signature* sig = signatureOf(fun->type);
  std::function<void(syn::Expr*, ty::Type*)> visit = [&](syn::Expr* e, ty::Type* dst) {
    syn::Expr* x = syn::unparen(e);
    if (!x) return;
    bool converts = dst && isInterface(dst) && x->type && (!isInterface(x->type) || x->type->isUntyped()) && !isNilExpr(x);
    if (!converts) {
      if (x->mode == syn::ExprMode::Constant || isNilExpr(x)) return;
      if (auto* id = x->as<syn::Ident>(); id && id->obj && id->obj->kind == ty::ObjKind::Func) return;
      if (auto* se = x->as<syn::SelectorExpr>()) {
        if (!se->selection && se->sel->obj && se->sel->obj->kind == ty::ObjKind::Func) return;
        if (se->selection && se->selection->kind == ty::SelectionKind::MethodExpr) return;
      }
      if (auto* nc = x->as<syn::CallExpr>(); nc && nc->callKind == syn::CallKind::Builtin && nc->builtin == syn::Builtin::New)
        return;
      if (auto* lit = x->as<syn::CompositeLit>()) {
        ty::Type* lt = lit->type;
        ty::Type* core = lt ? ty::coreType(lt) : nullptr;
        if (!core && lt) core = ty::underlying(lt);
        if (lt && lt->kind != ty::Kind::Pointer && core &&
            (core->kind == ty::Kind::Array || core->kind == ty::Kind::Slice || core->kind == ty::Kind::Struct)) {
          auto* st = core->as<ty::StructType>();
          for (size_t i = 0; i < lit->elts.size(); i++) {
            syn::Expr* el = lit->elts[i];
            ty::Type* et = nullptr;
            if (auto* kv = el->as<syn::KeyValueExpr>()) {
              if (st) {
                if (auto* key = syn::unparen(kv->key)->as<syn::Ident>())
                  for (ty::Var* f : st->fields)
                    if (f->name == key->name) et = f->type;
              }
              el = kv->value;
            } else if (st && i < st->fields.size()) {
              et = st->fields[i]->type;
            }
            if (core->kind == ty::Kind::Array) et = core->as<ty::ArrayType>()->elem;
            if (core->kind == ty::Kind::Slice) et = core->as<ty::SliceType>()->elem;
            visit(el, et);
          }
          return;
        }
      }
    }
    out->push_back(DeferTemp{DeferTemp::Value, x, converts ? dst : nullptr, nullptr});
  };
  if (c->callKind == syn::CallKind::Builtin) {
    if (c->builtin == syn::Builtin::Panic) {
      if (!c->args.empty()) visit(c->args[0], tc.anyType());
    } else {
      for (syn::Expr* a : c->args) visit(a, nullptr);
    }
    return;
  }
  if (c->callKind != syn::CallKind::Call) {
    for (syn::Expr* a : c->args) visit(a, nullptr);
    return;
  }
  if (auto* se = fun->as<syn::SelectorExpr>(); se && se->selection && se->selection->kind == ty::SelectionKind::MethodVal) {
    out->push_back(DeferTemp{DeferTemp::Receiver, nullptr, nullptr, se});
  } else {
    visit(fun, nullptr);
  }
  if (!sig) return;
  const auto& params = sig->params->vars;
  size_t np = params.size();
  bool tupleArg = c->args.size() == 1 && c->args[0]->type && c->args[0]->type->as<ty::Tuple>() &&
                  c->args[0]->type->as<ty::Tuple>()->vars.size() > 1;
  if (tupleArg) {
    // f(g()): the reader's temporaries are the arguments; each is saved.
    for (size_t i = 0; i < c->args[0]->type->as<ty::Tuple>()->vars.size(); i++)
      out->push_back(DeferTemp{DeferTemp::TupleElem, syn::unparen(c->args[0]), nullptr, nullptr, static_cast<int>(i)});
    return;
  }
  for (size_t i = 0; i < c->args.size(); i++) {
    ty::Type* pt = nullptr;
    if (np) {
      size_t p = std::min(i, np - 1);
      pt = params[p]->type;
      if (sig->variadic && p + 1 == np && !c->hasEllipsis) {
        auto* sl = pt->as<ty::SliceType>();
        pt = sl ? sl->elem : nullptr;
      }
    }
    visit(c->args[i], pt);
  }
}

bool needsDeferWrapper(syn::CallExpr* c) {
  syn::Expr* fun = syn::unparen(c->fun);
  ty::Signature* sig = signatureOf(fun->type);
  bool methodCall = false;
  if (auto* se = fun->as<syn::SelectorExpr>(); se && se->selection && se->selection->kind == ty::SelectionKind::MethodVal)
    methodCall = true;
  return !(c->callKind == syn::CallKind::Call && !methodCall && sig && sig->params->vars.empty() &&
           sig->results->vars.empty());
}

// go/defer: Go rewrites `defer f(x, y)` into
//   x1, y1 := x, y; defer func() { f(x1, y1) }()
// The hidden closure (never reported) escapes for go statements and for
// defers inside loops; a top-level defer's arguments only need to last
// until the deferred call runs.
void Walker::goDefer(syn::Stmt* s, syn::CallExpr* c, bool isGo) {
  Hole k = b_.heapHole();
  // A defer at the top loop level of its function keeps its operands until
  // the function returns, not longer: they need not reach the heap. Not so
  // inside a range-over-func body (a closure without a FuncLit): Go's
  // rewrite attaches such a defer to the enclosing function's frame
  // (DeferAt), so it outlives the body and its operands escape.
  bool inRangeBody = fn_->kind == FuncKind::Lit && !fn_->lit && fn_->closureParent;
  bool topDefer = !isGo && loopDepth_ == 1 && !inRangeBody;
  if (topDefer) k = later(b_.discardHole());
  syn::Expr* fun = syn::unparen(c->fun);
  if (!needsDeferWrapper(c)) {
    // Already a call of a function without parameters or results: the
    // deferred value is the function itself.
    expr(k, fun);
    b_.an->out.deferOnHeap[s] = !topDefer;
    return;
  }

  Func* w = b_.an->newFunc(FuncKind::Wrapper);
  w->closureParent = fn_;
  w->pkg = fn_->pkg;
  w->name = fn_->name + (isGo ? ".gowrap" : ".deferwrap");
  w->esc = kFuncPlanned;
  b_.fns.push_back(w);

  std::vector<DeferTemp> dts;
  deferTemps(c, b_.an->tc, &dts);
  std::unordered_map<const syn::Expr*, Location*> subst;
  std::unordered_map<const syn::SelectorExpr*, Location*> recvSubst;
  std::vector<Location*> temps;
  // Go's temporaries are variables (.autotmp_N, at the operand's position)
  // assigned by one statement `t1, t2 = a, b` at the go/defer keyword;
  // -m=2 names them in flows and capture lines.
  const syn::SourceSet& src = b_.an->sources;
  auto tempPos = [&](const DeferTemp& dt) {
    switch (dt.kind) {
      case DeferTemp::Receiver: return irPos(src, dt.sel);
      case DeferTemp::Value: return irPos(src, dt.x);
      default: return irPos(src, c);
    }
  };
  Hole assignNote;  // carries the "assign-pair" note only
  if (b_.explain()) {
    IrPrinter pr = b_.an->printer();
    std::string lhs, rhs;
    for (size_t i = 0; i < dts.size(); i++) {
      const DeferTemp& dt = dts[i];
      if (i) lhs += ", ", rhs += ", ";
      lhs += b_.an->tempName(c, i);
      switch (dt.kind) {
        case DeferTemp::Receiver: rhs += pr.expr(dt.sel->x); break;
        case DeferTemp::Value: rhs += pr.expr(dt.x); break;
        case DeferTemp::TupleElem: rhs += b_.an->tempName(dt.x, static_cast<size_t>(dt.index)); break;
      }
    }
    assignNote = b_.note(assignNote, stmtPos(s), lhs + " = " + rhs, "assign-pair");
  }
  auto newTemp = [&](ty::Type* t, size_t i) {
    Location* tmp = b_.newLoc(fn_, loopDepth_, true);
    tmp->tempSize = typeSize(t);
    tmp->pos = tempPos(dts[i]);
    if (b_.an->printingPkg) tmp->text = b_.an->tempName(c, i);
    temps.push_back(tmp);
    return tmp;
  };
  auto noted = [&](Location* tmp) {
    Hole k{tmp};
    k.notes = assignNote.notes;
    return k;
  };
  std::vector<Location*> tupleTemps;
  for (size_t i = 0; i < dts.size(); i++) {
    const DeferTemp& dt = dts[i];
    switch (dt.kind) {
      case DeferTemp::Receiver: {
        // The receiver as the method takes it: a pointer, or a copy of the
        // value.
        auto* m = static_cast<ty::Func*>(dt.sel->selection->obj);
        ty::Type* rt = m->ptrRecv || !m->sig() || !m->sig()->recv ? nullptr : m->sig()->recv->type;
        Location* tmp = newTemp(rt, i);
        recvExpr(noted(tmp), dt.sel);
        recvSubst[dt.sel] = tmp;
        break;
      }
      case DeferTemp::Value: {
        Location* tmp = newTemp(dt.dst ? dt.dst : dt.x->type, i);
        exprConv(noted(tmp), dt.x, dt.dst);
        subst[dt.x] = tmp;
        break;
      }
      case DeferTemp::TupleElem: {
        Location* tmp = newTemp(nullptr, i);
        tupleTemps.push_back(tmp);
        break;
      }
    }
  }
  if (!tupleTemps.empty()) {
    // f(g()): g's values (the reader's temporaries), converted to the
    // parameter types, are what the wrapper keeps.
    syn::Expr* a0 = syn::unparen(c->args[0]);
    auto* tu = a0->type->as<ty::Tuple>();
    std::vector<Location*> readerTemps;
    std::vector<Hole> ks;
    for (size_t i = 0; i < tupleTemps.size(); i++) {
      Location* t = b_.newLoc(fn_, loopDepth_, true);
      readerTemps.push_back(t);
      ks.push_back(Hole{t});
    }
    multiValue(ks, a0);
    ty::Signature* sig = signatureOf(fun->type);
    syn::Pos pos = irPos(b_.an->sources, c);
    for (size_t i = 0; i < tupleTemps.size(); i++) {
      ty::Type* pt = nullptr;
      if (sig && !sig->params->vars.empty()) {
        size_t np = sig->params->vars.size();
        size_t p = std::min(i, np - 1);
        pt = sig->params->vars[p]->type;
        if (sig->variadic && p + 1 == np) {
          auto* sl = pt->as<ty::SliceType>();
          pt = sl ? sl->elem : nullptr;
        }
      }
      tempValue(Hole{tupleTemps[i]}, readerTemps[i], tu->vars[i]->type, pt, a0, i, pos);
    }
  }

  // The closure itself.
  Location* wl = newSite(SiteKind::Wrapper, s, s->pos, "func literal");
  wl->closureFn = w;
  w->closureLoc = wl;
  w->wrapperTemps = temps;
  Hole kk = spill(k, wl, s->pos, "func literal");
  b_.closures.push_back(Batch::ClosureFlow{kk, w});
  for (Location* t : temps) t->captured = true;

  Walker ww(b_, w);
  if (b_.explain()) {
    for (const auto& [x, t] : subst)
      if (!t->text.empty()) ww.rename_[x] = t->text;
    for (const auto& [sel, t] : recvSubst)
      if (!t->text.empty()) ww.rename_[sel] = t->text;
  }
  ww.subst_ = std::move(subst);
  ww.recvSubst_ = std::move(recvSubst);
  ww.tupleSubst_ = tupleTemps;
  w->esc = kFuncStarted;
  ww.call({}, c);
  b_.an->wrapperOf[s] = w;
}

// Go's isSelfAssign: assignments that store nothing new.
namespace {

bool sameSafeExpr(syn::Expr* l, syn::Expr* r);

// "op" of a selector: field through a pointer (ODOTPTR) or not (ODOT).
bool selectorThroughPtr(syn::SelectorExpr* se) {
  ty::Type* t = se->x->type;
  if (!t || !se->selection || se->selection->index.size() != 1) return false;
  return ty::underlying(t)->kind == ty::Kind::Pointer;
}

bool sameSafeExpr(syn::Expr* l, syn::Expr* r) {
  l = syn::unparen(l);
  r = syn::unparen(r);
  if (!l || !r) return false;
  if (l->mode == syn::ExprMode::Constant && r->mode == syn::ExprMode::Constant && l->constant && r->constant) {
    return ty::compare(*l->constant, syn::Tok::Eql, *r->constant);
  }
  if (l->kind != r->kind) return false;
  switch (l->kind) {
    case syn::NodeKind::Ident: {
      auto* a = l->as<syn::Ident>();
      auto* b = r->as<syn::Ident>();
      return a->obj && a->obj == b->obj && a->obj->kind == ty::ObjKind::Var;
    }
    case syn::NodeKind::SelectorExpr: {
      auto* a = l->as<syn::SelectorExpr>();
      auto* b = r->as<syn::SelectorExpr>();
      if (!a->selection || !b->selection || a->selection->kind != ty::SelectionKind::FieldVal ||
          b->selection->kind != ty::SelectionKind::FieldVal)
        return false;
      return a->selection->obj == b->selection->obj && a->selection->index == b->selection->index &&
             sameSafeExpr(a->x, b->x);
    }
    case syn::NodeKind::StarExpr:
      return sameSafeExpr(l->as<syn::StarExpr>()->x, r->as<syn::StarExpr>()->x);
    case syn::NodeKind::IndexExpr: {
      auto* a = l->as<syn::IndexExpr>();
      auto* b = r->as<syn::IndexExpr>();
      if (a->indices.size() != 1 || b->indices.size() != 1) return false;
      return sameSafeExpr(a->x, b->x) && sameSafeExpr(a->indices[0], b->indices[0]);
    }
    case syn::NodeKind::UnaryExpr: {
      auto* a = l->as<syn::UnaryExpr>();
      auto* b = r->as<syn::UnaryExpr>();
      if (a->op != b->op || a->op == syn::Tok::And || a->op == syn::Tok::Arrow) return false;
      return sameSafeExpr(a->x, b->x);
    }
    case syn::NodeKind::BinaryExpr: {
      auto* a = l->as<syn::BinaryExpr>();
      auto* b = r->as<syn::BinaryExpr>();
      if (a->op != b->op) return false;
      switch (a->op) {
        case syn::Tok::Add: case syn::Tok::Sub: case syn::Tok::Or: case syn::Tok::Xor: case syn::Tok::Mul:
        case syn::Tok::Shl: case syn::Tok::Shr: case syn::Tok::And: case syn::Tok::AndNot: case syn::Tok::Quo:
        case syn::Tok::Rem:
          return sameSafeExpr(a->x, b->x) && sameSafeExpr(a->y, b->y);
        default:
          return false;
      }
    }
    default:
      return false;
  }
}

bool mayAffectMemory(syn::Expr* n) {
  n = syn::unparen(n);
  if (!n) return false;
  if (n->mode == syn::ExprMode::Constant) return false;
  switch (n->kind) {
    case syn::NodeKind::Ident:
    case syn::NodeKind::BasicLit:
      return false;
    case syn::NodeKind::BinaryExpr: {
      auto* b = n->as<syn::BinaryExpr>();
      switch (b->op) {
        case syn::Tok::Add: case syn::Tok::Sub: case syn::Tok::Or: case syn::Tok::Xor: case syn::Tok::Mul:
        case syn::Tok::Shl: case syn::Tok::Shr: case syn::Tok::And: case syn::Tok::AndNot: case syn::Tok::Quo:
        case syn::Tok::Rem:
          return mayAffectMemory(b->x) || mayAffectMemory(b->y);
        default:
          return true;
      }
    }
    case syn::NodeKind::IndexExpr: {
      auto* ix = n->as<syn::IndexExpr>();
      if (ix->indices.size() != 1) return true;
      ty::Type* xt = ix->x->type;
      if (xt && ty::underlying(xt)->kind == ty::Kind::Map) return true;
      return mayAffectMemory(ix->x) || mayAffectMemory(ix->indices[0]);
    }
    case syn::NodeKind::CallExpr: {
      auto* c = n->as<syn::CallExpr>();
      if (c->callKind == syn::CallKind::Conversion && c->args.size() == 1) return mayAffectMemory(c->args[0]);
      if (c->callKind == syn::CallKind::Builtin && (c->builtin == syn::Builtin::Len || c->builtin == syn::Builtin::Cap) &&
          c->args.size() == 1)
        return mayAffectMemory(c->args[0]);
      return true;
    }
    case syn::NodeKind::UnaryExpr: {
      auto* u = n->as<syn::UnaryExpr>();
      if (u->op == syn::Tok::Not || u->op == syn::Tok::Xor || u->op == syn::Tok::Add || u->op == syn::Tok::Sub)
        return mayAffectMemory(u->x);
      return true;
    }
    case syn::NodeKind::SelectorExpr: {
      auto* se = n->as<syn::SelectorExpr>();
      if (se->selection && se->selection->kind == ty::SelectionKind::FieldVal) return mayAffectMemory(se->x);
      return true;
    }
    case syn::NodeKind::StarExpr:
      return mayAffectMemory(n->as<syn::StarExpr>()->x);
    default:
      return true;
  }
}

// dst is *p or p.f with p a name; src slices *p or p.f (b.buf = b.buf[n:m]).
bool isSliceSelfAssign(syn::Expr* dst, syn::Expr* src) {
  dst = syn::unparen(dst);
  src = syn::unparen(src);
  auto baseName = [](syn::Expr* e) -> syn::Ident* {
    e = syn::unparen(e);
    if (auto* st = e->as<syn::StarExpr>()) return syn::unparen(st->x)->as<syn::Ident>();
    if (auto* se = e->as<syn::SelectorExpr>(); se && se->selection && se->selection->kind == ty::SelectionKind::FieldVal &&
                                               selectorThroughPtr(se))
      return syn::unparen(se->x)->as<syn::Ident>();
    return nullptr;
  };
  syn::Ident* d = baseName(dst);
  if (!d) return false;
  auto* sl = src->as<syn::SliceExpr>();
  if (!sl) return false;
  ty::Type* xt = sl->x->type;
  // Slicing an array value takes its address: a new pointer into the base.
  if (xt && ty::underlying(xt)->kind == ty::Kind::Array) return false;
  syn::Ident* s = baseName(sl->x);
  return s && s->obj && s->obj == d->obj;
}

}  // namespace

bool isSelfAssign(syn::Expr* dst, syn::Expr* src) {
  if (isSliceSelfAssign(dst, src)) return true;
  dst = syn::unparen(dst);
  src = syn::unparen(src);
  if (!dst || !src || dst->kind != src->kind) return false;
  if (auto* a = dst->as<syn::SelectorExpr>()) {
    auto* b = src->as<syn::SelectorExpr>();
    if (!a->selection || !b->selection || a->selection->kind != ty::SelectionKind::FieldVal ||
        b->selection->kind != ty::SelectionKind::FieldVal)
      return false;
    if (selectorThroughPtr(a) != selectorThroughPtr(b)) return false;
    if (a->selection->index.size() != 1 || b->selection->index.size() != 1) return false;
    return sameSafeExpr(a->x, b->x);
  }
  if (auto* a = dst->as<syn::IndexExpr>()) {
    auto* b = src->as<syn::IndexExpr>();
    if (a->indices.size() != 1 || b->indices.size() != 1) return false;
    ty::Type* at = a->x->type;
    ty::Type* bt = b->x->type;
    if (!at || !bt || ty::underlying(at)->kind == ty::Kind::Map || ty::underlying(bt)->kind == ty::Kind::Map) return false;
    if (mayAffectMemory(a->indices[0]) || mayAffectMemory(b->indices[0])) return false;
    return sameSafeExpr(a->x, b->x);
  }
  return false;
}

// Range over a function (Go 1.23): the loop body becomes a closure passed
// to the iterator. Modeled as the call x(body) with the body's captured
// variables, like Go's rewrite (without its hidden state variables).
void Walker::rangeFunc(syn::RangeStmt* s) {
  auto it = b_.an->funcOfNode.find(s);
  Func* body = it == b_.an->funcOfNode.end() ? nullptr : it->second;
  Location* state = nullptr;
  if (auto st = b_.an->rangeState.find(s); st != b_.an->rangeState.end()) {
    dcl(st->second);
    state = b_.oldLoc(st->second);
  }
  syn::Expr* fun = syn::unparen(s->x);
  Func* fn = staticCallee(fun);
  expr(b_.discardHole(), fun);
  if (!body) return;
  Hole k = tagHole({}, fn, 0, fn == nullptr);
  Location* loc = newSite(SiteKind::Closure, s, s->pos, "func literal");
  loc->closureFn = body;
  body->closureLoc = loc;
  k = spill(noteNode(k, s, "call parameter"), loc, s->pos, "func literal");
  b_.closures.push_back(Batch::ClosureFlow{k, body});
  for (const Capture& cv : body->closureVars) {
    Location* vl = b_.oldLoc(cv.var);
    if (vl && !vl->captured) {
      vl->captured = true;
      if (vl->loopDepth == loopDepth_) vl->reassigned = false;
    }
  }
  Walker w(b_, body);
  w.walkFunc();
  // The body and the code after the call assign the state variable.
  if (state) state->reassigned = true;
}

}  // namespace gs::escape
