// Calls: functions, methods (static and through interfaces), func values,
// conversions, builtins; method resolution for method sets; defer thunks and
// wrappers.
#include <algorithm>

#include "core/compile/internal.h"

namespace gs::compile {

namespace {
// Why an append's new array is in the heap: growslice always allocates there.
const char* const kAppendReason = "append outgrew the slice's capacity; the runtime allocates the new array in the heap";
}  // namespace

using syn::Tok;

ty::Type* concreteType(ty::TypeContext& tc, ty::Type* t);

namespace {

bool isSigned(ty::Kind k) {
  return k == ty::Kind::Int || k == ty::Kind::Int8 || k == ty::Kind::Int16 || k == ty::Kind::Int32 ||
         k == ty::Kind::Int64;
}
bool isInteger(ty::Kind k) { return k >= ty::Kind::Int && k <= ty::Kind::Uintptr; }
bool isFloat(ty::Kind k) { return k == ty::Kind::Float32 || k == ty::Kind::Float64; }
bool isComplex(ty::Kind k) { return k == ty::Kind::Complex64 || k == ty::Kind::Complex128; }

Op widenOp(int size, bool sgn) {
  switch (size) {
    case 1: return sgn ? Op::SX8 : Op::ZX8;
    case 2: return sgn ? Op::SX16 : Op::ZX16;
    default: return sgn ? Op::SX32 : Op::ZX32;
  }
}

ty::NamedType* namedOf(ty::Type* t) {
  if (auto* p = t->as<ty::PointerType>()) t = p->elem;
  return t->as<ty::NamedType>();
}

}  // namespace

// The substitution that instantiates method m (declared on a generic type)
// for a receiver of type recv (an instance, or a pointer to one).
ty::SubstMap FuncGen::recvSubst(ty::Func* m, ty::Type* recv) {
  ty::SubstMap s;
  if (m->origin) m = m->origin;
  ty::NamedType* n = namedOf(recv);
  if (!n || n->typeArgs.empty()) return s;
  const auto& tps = m->sig()->recvTypeParams;
  for (size_t i = 0; i < tps.size() && i < n->typeArgs.size(); i++) {
    s.params.push_back(tps[i]);
    s.args.push_back(n->typeArgs[i]);
  }
  return s;
}

void FuncGen::markBlock(int32_t block, const std::vector<int32_t>& ptrWords) {
  if (!ptrWords.empty()) localPtrs_ = true;
  for (auto it = live_.rbegin(); it != live_.rend(); ++it) {
    if (it->off == block) {
      it->ptrs.clear();
      for (int32_t w : ptrWords) it->ptrs.push_back(block + w);
      ptrmapDirty_ = true;
      return;
    }
  }
}

// --------------------------------------------------------------- receivers

// Evaluates the receiver of x.M (a method value or call). Returns a slot with
// the receiver as the method takes it (value or pointer); *recvOut is that
// type. *viaIface: the receiver is an interface value (a dynamic call).
int32_t FuncGen::genMethodReceiver(syn::SelectorExpr* sel, ty::Func* method, ty::Type** recvOut, bool* viaIface) {
  ty::Selection* s = sel->selection;
  ty::Type* xt = typeOf(sel->x);
  Loc base;
  ty::Type* baseType = xt;
  if (ty::underlying(xt)->kind == ty::Kind::Pointer && s->index.size() > 1) {
    int32_t p = genSlot(sel->x);
    baseType = ty::underlying(xt)->as<ty::PointerType>()->elem;
    base = Loc::indirect(p, 0, baseType);
  } else {
    base = gen(sel->x);
  }
  ty::Type* rt;
  Loc rl = walkEmbedded(base, baseType, s->index, s->index.size() - 1, &rt);
  *viaIface = false;
  if (ty::underlying(rt)->kind == ty::Kind::Interface) {
    *viaIface = true;
    *recvOut = rt;
    return toSlot(rl);
  }
  // Resolve the concrete method (type parameters are substituted now).
  std::vector<int> idx;
  bool indirect = false;
  ty::Object* o = ty::lookupFieldOrMethod(rt, true, method->pkg, method->name, &idx, &indirect);
  ty::Func* m = (o && o->kind == ty::ObjKind::Func) ? static_cast<ty::Func*>(o) : method;
  if (idx.size() > 1) {
    // Promoted through more embedding (a type argument's embedded method).
    ty::Type* t2;
    rl = walkEmbedded(rl, rt, idx, idx.size() - 1, &t2);
    rt = t2;
    if (ty::underlying(rt)->kind == ty::Kind::Interface) {
      *viaIface = true;
      *recvOut = rt;
      return toSlot(rl);
    }
  }
  bool rtIsPtr = ty::underlying(rt)->kind == ty::Kind::Pointer && rt->kind != ty::Kind::Named;
  if (m->ptrRecv) {
    if (rtIsPtr) {
      *recvOut = rt;
      return toSlot(rl);
    }
    *recvOut = c.tc.pointerTo(rt);
    return addrSlot(rl);
  }
  if (rtIsPtr) {
    ty::Type* elem = ty::underlying(rt)->as<ty::PointerType>()->elem;
    int32_t p = toSlot(rl);
    *recvOut = elem;
    return toSlot(Loc::indirect(p, 0, elem));
  }
  *recvOut = rt;
  return toSlot(rl);
}

ty::Type* FuncGen::methodValueRecvType(syn::SelectorExpr* sel) {
  // genMethodReceiver's choice of receiver, on types only: a method value's
  // closure object is reserved in the frame before any code is generated.
  ty::Selection* s = sel->selection;
  if (!s || s->kind != ty::SelectionKind::MethodVal || s->index.empty()) return nullptr;
  auto* method = static_cast<ty::Func*>(s->obj);
  ty::Type* t = typeOf(sel->x);
  if (!t) return nullptr;
  auto walk = [&](const std::vector<int>& path, size_t n) -> bool {
    for (size_t i = 0; i < n; i++) {
      ty::Type* u = ty::underlying(t);
      if (auto* p = u->as<ty::PointerType>()) u = ty::underlying(T(p->elem));
      auto* st = u->as<ty::StructType>();
      if (!st || path[i] < 0 || static_cast<size_t>(path[i]) >= st->fields.size()) return false;
      t = T(st->fields[static_cast<size_t>(path[i])]->type);
    }
    return true;
  };
  if (!walk(s->index, s->index.size() - 1)) return nullptr;
  if (ty::underlying(t)->kind == ty::Kind::Interface) return t;
  std::vector<int> idx;
  bool indirect = false;
  ty::Object* o = ty::lookupFieldOrMethod(t, true, method->pkg, method->name, &idx, &indirect);
  ty::Func* m = (o && o->kind == ty::ObjKind::Func) ? static_cast<ty::Func*>(o) : method;
  if (idx.size() > 1) {
    if (!walk(idx, idx.size() - 1)) return nullptr;
    if (ty::underlying(t)->kind == ty::Kind::Interface) return t;
  }
  bool isPtr = ty::underlying(t)->kind == ty::Kind::Pointer && t->kind != ty::Kind::Named;
  if (m->ptrRecv) return isPtr ? t : c.tc.pointerTo(t);
  if (isPtr) return T(ty::underlying(t)->as<ty::PointerType>()->elem);
  return t;
}

int32_t Compiler::methodFunc(ty::Type* recv, const std::string& name, bool* ptrRecv) {
  std::vector<int> index;
  bool indirect = false;
  ty::Object* o = nullptr;
  for (size_t i = 0; i <= packages.size(); i++) {
    o = ty::lookupFieldOrMethod(recv, false, i == 0 ? nullptr : packages[i - 1], name, &index, &indirect);
    if (o && o->kind == ty::ObjKind::Func) break;
  }
  if (!o || o->kind != ty::ObjKind::Func) return -1;
  auto* m = static_cast<ty::Func*>(o);
  ty::Type* u = ty::underlying(recv);
  if (u->kind == ty::Kind::Interface) return -1;
  bool recvIsPtr = u->kind == ty::Kind::Pointer && recv->kind != ty::Kind::Named;
  if (index.size() == 1) {
    ty::SubstMap s;
    ty::NamedType* n = namedOf(recv);
    if (n && !n->typeArgs.empty()) {
      ty::Func* om = m->origin ? m->origin : m;
      for (size_t i = 0; i < om->sig()->recvTypeParams.size() && i < n->typeArgs.size(); i++) {
        s.params.push_back(om->sig()->recvTypeParams[i]);
        s.args.push_back(n->typeArgs[i]);
      }
    }
    *ptrRecv = m->ptrRecv;
    return funcForDecl(m, s);
  }
  // Promoted through embedded fields: a wrapper with recv as its receiver.
  std::string key = reflectName(recv) + "." + name;
  auto it = promoted_.find(key);
  if (it != promoted_.end()) {
    for (auto& pr : it->second)
      if (ty::identical(pr.first, recv)) {
        *ptrRecv = recvIsPtr;
        return pr.second;
      }
  }
  int32_t f = newFunc(reflectName(recv) + "." + name, syn::Pos{});
  prog->funcs[static_cast<size_t>(f)].isWrapper = true;
  promoted_[key].push_back({recv, f});
  Job j;
  j.kind = JobKind::Promoted;
  j.func = f;
  j.recvType = recv;
  j.method = name;
  work.push_back(std::move(j));
  *ptrRecv = recvIsPtr;
  return f;
}

// ------------------------------------------------------------------ calls

void FuncGen::genArgs(syn::CallExpr* e, ty::Signature* sig, const ty::SubstMap& calleeSubst, const SigLayout& l,
                      int32_t block) {
  auto ptype = [&](size_t i) { return T(c.substType(sig->params->vars[i]->type, calleeSubst)); };
  size_t np = sig->params->vars.size();
  // f(g()) where g returns several values.
  if (e->args.size() == 1 && np >= 1) {
    syn::Expr* a = syn::unparen(e->args[0]);
    if (auto* inner = a->as<syn::CallExpr>()) {
      ty::Type* at = a->type;
      if (at && at->kind == ty::Kind::Tuple) {
        CallResult r = genCallMulti(inner);
        for (size_t i = 0; i < r.resultTypes.size() && i < np; i++) {
          ty::Type* pt = ptype(i);
          if (sig->variadic && i + 1 == np) {
            // g() results spread into a variadic tail: pack the rest.
            size_t n = r.resultTypes.size() - i;
            ty::Type* et = ty::underlying(pt)->as<ty::SliceType>()->elem;
            ty::Type* arrT = c.tc.make<ty::ArrayType>(et, static_cast<int64_t>(n));
            int32_t p = alloc(c.tc.pointerTo(arrT));
            newObject(p, arrT, e, "..." + ty::typeString(et, nullptr) + " argument");
            int32_t es = tsize(et);
            for (size_t k = 0; k < n; k++) {
              int32_t m = mark();
              int32_t tmp = alloc(et);
              convertInto(r.block + r.layout.results[i + k], r.resultTypes[i + k], et, tmp);
              store(Loc::indirect(p, static_cast<int32_t>(k * es), et), tmp);
              release(m);
            }
            int32_t d = block + l.params[i];
            move(d, p, 8);
            emit(Op::MOVK64, d + 8, static_cast<int32_t>(n), 0);
            emit(Op::MOVK64, d + 16, static_cast<int32_t>(n), 0);
            break;
          }
          convertInto(r.block + r.layout.results[i], r.resultTypes[i], pt, block + l.params[i]);
        }
        return;
      }
    }
  }
  for (size_t i = 0; i < np; i++) {
    ty::Type* pt = ptype(i);
    int32_t dst = block + l.params[i];
    if (sig->variadic && i + 1 == np && !e->hasEllipsis) {
      size_t n = e->args.size() > i ? e->args.size() - i : 0;
      if (n == 0) {
        emit(Op::ZERO, dst, 24);
        break;
      }
      ty::Type* et = T(ty::underlying(pt)->as<ty::SliceType>()->elem);
      ty::Type* arrT = c.tc.make<ty::ArrayType>(et, static_cast<int64_t>(n));
      int32_t m = mark();
      int32_t p = alloc(c.tc.pointerTo(arrT));
      newObject(p, arrT, e, "..." + ty::typeString(et, nullptr) + " argument");
      int32_t es = tsize(et);
      for (size_t k = 0; k < n; k++) {
        int32_t m2 = mark();
        int32_t tmp = alloc(et);
        genTo(e->args[i + k], et, tmp);
        store(Loc::indirect(p, static_cast<int32_t>(k * es), et), tmp);
        release(m2);
      }
      move(dst, p, 8);
      emit(Op::MOVK64, dst + 8, static_cast<int32_t>(n), 0);
      emit(Op::MOVK64, dst + 16, static_cast<int32_t>(n), 0);
      release(m);
      break;
    }
    if (i >= e->args.size()) break;
    int32_t m = mark();
    genTo(e->args[i], pt, dst);
    release(m);
  }
}

FuncGen::PreparedCall FuncGen::prepareCall(syn::CallExpr* e) {
  PreparedCall pcall;
  syn::Expr* fun = syn::unparen(e->fun);
  setLine(e->pos);
  // Method calls.
  if (auto* sel = fun->as<syn::SelectorExpr>()) {
    if (sel->selection && sel->selection->kind == ty::SelectionKind::MethodVal) {
      auto* m = static_cast<ty::Func*>(sel->selection->obj);
      ty::Type* recvT = nullptr;
      bool viaIface = false;
      int32_t m0 = mark();
      (void)m0;
      int32_t recv = genMethodReceiver(sel, m, &recvT, &viaIface);
      ty::Signature* sig = m->sig();
      if (viaIface) {
        // The method's own signature is in the interface's terms.
        ty::Type* ft = typeOf(sel);
        if (auto* fs = ft ? ty::underlying(ft)->as<ty::Signature>() : nullptr) sig = fs;
        pcall.kind = PreparedCall::Iface;
        pcall.ifaceSlot = recv;
        pcall.selector = c.selectorIndex(c.methodKey(m));
        pcall.layout = c.layoutSignature(sig, c.tc.basic(ty::Kind::UnsafePointer), subst_);
        pcall.block = newBlock(pcall.layout);
        std::vector<int32_t> ptrs;
        for (size_t i = 0; i < pcall.layout.params.size(); i++)
          pointerWords(T(sig->params->vars[i]->type), pcall.layout.params[i], &ptrs);
        markBlock(pcall.block, ptrs);
        genArgs(e, sig, ty::SubstMap{}, pcall.layout, pcall.block);
        for (ty::Var* r : sig->results->vars) pcall.resultTypes.push_back(T(r->type));
        for (ty::Var* pv : sig->params->vars) pcall.paramTypes.push_back(T(pv->type));
        return pcall;
      }
      // Static method call: resolve the concrete method for the receiver.
      std::vector<int> idx;
      bool indirect = false;
      ty::Type* named = recvT;
      ty::Object* o = ty::lookupFieldOrMethod(named, true, m->pkg, m->name, &idx, &indirect);
      ty::Func* cm = (o && o->kind == ty::ObjKind::Func) ? static_cast<ty::Func*>(o) : m;
      ty::SubstMap ms = recvSubst(cm, recvT);
      ty::Func* om = cm->origin ? cm->origin : cm;
      pcall.kind = PreparedCall::Static;
      pcall.callee = c.funcForDecl(om, ms);
      pcall.recvType = recvT;
      pcall.layout = c.layoutSignature(om->sig(), recvT, ms);
      pcall.block = newBlock(pcall.layout);
      std::vector<int32_t> ptrs;
      for (size_t i = 0; i < pcall.layout.params.size(); i++)
        pointerWords(T(c.substType(om->sig()->params->vars[i]->type, ms)), pcall.layout.params[i], &ptrs);
      pointerWords(recvT, pcall.layout.recv, &ptrs);
      markBlock(pcall.block, ptrs);
      move(pcall.block + pcall.layout.recv, recv, tsize(recvT));
      genArgs(e, om->sig(), ms, pcall.layout, pcall.block);
      for (ty::Var* r : om->sig()->results->vars) pcall.resultTypes.push_back(T(c.substType(r->type, ms)));
      for (ty::Var* pv : om->sig()->params->vars) pcall.paramTypes.push_back(T(c.substType(pv->type, ms)));
      return pcall;
    }
    if (sel->selection && sel->selection->kind == ty::SelectionKind::MethodExpr) {
      // T.M(recv, args...): call the method with the first argument as receiver.
      auto* m = static_cast<ty::Func*>(sel->selection->obj);
      ty::Type* recvT = T(sel->selection->recv);
      std::vector<int> idx;
      bool indirect = false;
      ty::Object* o = ty::lookupFieldOrMethod(recvT, true, m->pkg, m->name, &idx, &indirect);
      ty::Func* cm = (o && o->kind == ty::ObjKind::Func) ? static_cast<ty::Func*>(o) : m;
      ty::Func* om = cm->origin ? cm->origin : cm;
      ty::SubstMap ms = recvSubst(om, recvT);
      bool recvIsPtr = ty::underlying(recvT)->kind == ty::Kind::Pointer && recvT->kind != ty::Kind::Named;
      ty::Type* passT = recvT;
      if (!om->ptrRecv && recvIsPtr) passT = ty::underlying(recvT)->as<ty::PointerType>()->elem;
      pcall.kind = PreparedCall::Static;
      pcall.callee = c.funcForDecl(om, ms);
      pcall.recvType = passT;
      pcall.layout = c.layoutSignature(om->sig(), passT, ms);
      pcall.block = newBlock(pcall.layout);
      int32_t r = genSlot(e->args[0]);
      if (passT != recvT) {
        int32_t v = toSlot(Loc::indirect(r, 0, passT));
        move(pcall.block + pcall.layout.recv, v, tsize(passT));
      } else {
        move(pcall.block + pcall.layout.recv, r, tsize(passT));
      }
      // The remaining arguments.
      syn::CallExpr rest(e->pos);
      rest.args.assign(e->args.begin() + 1, e->args.end());
      rest.hasEllipsis = e->hasEllipsis;
      genArgs(&rest, om->sig(), ms, pcall.layout, pcall.block);
      for (ty::Var* rv : om->sig()->results->vars) pcall.resultTypes.push_back(T(c.substType(rv->type, ms)));
      for (ty::Var* pv : om->sig()->params->vars) pcall.paramTypes.push_back(T(c.substType(pv->type, ms)));
      return pcall;
    }
  }
  // Static function calls (possibly generic).
  ty::Func* fn = nullptr;
  ty::Instance* inst = e->instance;
  if (auto* id = fun->as<syn::Ident>()) {
    if (id->obj && id->obj->kind == ty::ObjKind::Func) fn = static_cast<ty::Func*>(id->obj);
  } else if (auto* sel = fun->as<syn::SelectorExpr>()) {
    if (!sel->selection && sel->sel->obj && sel->sel->obj->kind == ty::ObjKind::Func)
      fn = static_cast<ty::Func*>(sel->sel->obj);
  } else if (auto* ix = fun->as<syn::IndexExpr>()) {
    if (ix->instance && ix->instance->generic && ix->instance->generic->kind == ty::ObjKind::Func) {
      fn = static_cast<ty::Func*>(ix->instance->generic);
      if (!inst) inst = ix->instance;
    }
  }
  if (fn && !fn->sig()->recv) {
    ty::SubstMap ms;
    if (!fn->sig()->typeParams.empty()) {
      if (!inst) {
        c.internalError(e->pos, "generic call without instantiation");
      } else {
        for (size_t i = 0; i < fn->sig()->typeParams.size() && i < inst->typeArgs.size(); i++) {
          ms.params.push_back(fn->sig()->typeParams[i]);
          ms.args.push_back(T(inst->typeArgs[i]));
        }
      }
    }
    pcall.kind = PreparedCall::Static;
    pcall.callee = c.funcForDecl(fn, ms);
    pcall.layout = c.layoutSignature(fn->sig(), nullptr, ms);
    pcall.block = newBlock(pcall.layout);
    std::vector<int32_t> ptrs;
    for (size_t i = 0; i < pcall.layout.params.size(); i++)
      pointerWords(T(c.substType(fn->sig()->params->vars[i]->type, ms)), pcall.layout.params[i], &ptrs);
    markBlock(pcall.block, ptrs);
    genArgs(e, fn->sig(), ms, pcall.layout, pcall.block);
    for (ty::Var* r : fn->sig()->results->vars) pcall.resultTypes.push_back(T(c.substType(r->type, ms)));
    for (ty::Var* pv : fn->sig()->params->vars) pcall.paramTypes.push_back(T(c.substType(pv->type, ms)));
    return pcall;
  }
  // A func value.
  ty::Type* ft = typeOf(fun);
  auto* sig = ty::underlying(ft)->as<ty::Signature>();
  if (!sig) {
    c.internalError(e->pos, "call of a non-function");
    return pcall;
  }
  pcall.kind = PreparedCall::Value;
  pcall.fnSlot = genSlot(fun);
  pcall.layout = c.layoutSignature(sig, nullptr, ty::SubstMap{});
  pcall.block = newBlock(pcall.layout);
  std::vector<int32_t> ptrs;
  for (size_t i = 0; i < pcall.layout.params.size(); i++)
    pointerWords(T(sig->params->vars[i]->type), pcall.layout.params[i], &ptrs);
  markBlock(pcall.block, ptrs);
  genArgs(e, sig, ty::SubstMap{}, pcall.layout, pcall.block);
  for (ty::Var* r : sig->results->vars) pcall.resultTypes.push_back(T(r->type));
  for (ty::Var* pv : sig->params->vars) pcall.paramTypes.push_back(T(pv->type));
  return pcall;
}

FuncGen::CallResult FuncGen::finishCall(PreparedCall& p, syn::Pos pos) {
  setLine(pos);
  switch (p.kind) {
    case PreparedCall::Static: callInto(p.callee, p.block, pos); break;
    case PreparedCall::Value: emit(Op::CALLC, p.fnSlot, p.block); break;
    case PreparedCall::Iface:
      emit(Op::CALLI, p.ifaceSlot, p.block, p.selector, static_cast<uint16_t>(p.layout.recv));
      break;
  }
  std::vector<int32_t> ptrs;
  for (size_t i = 0; i < p.resultTypes.size(); i++) pointerWords(p.resultTypes[i], p.layout.results[i], &ptrs);
  markBlock(p.block, ptrs);
  CallResult r;
  r.block = p.block;
  r.layout = p.layout;
  r.resultTypes = p.resultTypes;
  return r;
}

FuncGen::CallResult FuncGen::genCallMulti(syn::CallExpr* e) {
  PreparedCall p = prepareCall(e);
  if (p.block < 0) return CallResult{};
  return finishCall(p, e->pos);
}

Loc FuncGen::genCall(syn::CallExpr* e) {
  if (e->callKind == syn::CallKind::Conversion) return genConversion(e);
  if (e->callKind == syn::CallKind::Builtin) return genBuiltin(e);
  CallResult r = genCallMulti(e);
  if (r.resultTypes.empty() || r.block < 0) return Loc{};
  return Loc::slot(r.block + r.layout.results[0], r.resultTypes[0]);
}

// ------------------------------------------------------------ conversions

Loc FuncGen::genConversion(syn::CallExpr* e) {
  ty::Type* to = typeOf(e);
  syn::Expr* x = e->args[0];
  ty::Type* from = concreteType(c.tc, typeOf(x));
  ty::Type* tu = ty::underlying(to);
  ty::Type* fu = ty::underlying(from);
  int32_t d = alloc(to);
  if (tu->kind == ty::Kind::Interface) {
    genTo(x, to, d);
    return Loc::slot(d, to);
  }
  if (from->kind == ty::Kind::UntypedNil) {
    emit(Op::ZERO, d, tsize(to));
    return Loc::slot(d, to);
  }
  int32_t s = genSlot(x);
  ty::Kind tk = tu->kind, fk = fu->kind;
  if (tk == ty::Kind::String) {
    if (isInteger(fk)) {
      int32_t w = s;
      if (tsize(fu) < 8) {
        w = alloc(c.tc.basic(ty::Kind::Int64));
        emit(widenOp(tsize(fu), isSigned(fk)), w, s);
      } else if (!isSigned(fk)) {
        // A huge unsigned value is not a valid rune.
        w = s;
      }
      emitAlloc(e, "string(" + ty::typeString(from, nullptr) + ")", Op::RUNE2STR, d, w);
      return Loc::slot(d, to);
    }
    if (fk == ty::Kind::Slice) {
      ty::Type* et = ty::underlying(fu->as<ty::SliceType>()->elem);
      emitAlloc(e, "string(" + ty::typeString(from, nullptr) + ")", et->kind == ty::Kind::Int32 ? Op::RUNES2STR : Op::BYTES2STR,
                d, s);
      return Loc::slot(d, to);
    }
    move(d, s, 16);
    return Loc::slot(d, to);
  }
  if (tk == ty::Kind::Slice && fk == ty::Kind::String) {
    ty::Type* et = ty::underlying(tu->as<ty::SliceType>()->elem);
    emitAlloc(e, ty::typeString(to, nullptr) + "(string)", et->kind == ty::Kind::Int32 ? Op::STR2RUNES : Op::STR2BYTES,
              d, s);
    return Loc::slot(d, to);
  }
  if (fk == ty::Kind::Slice && (tk == ty::Kind::Pointer || tk == ty::Kind::Array)) {
    ty::Type* at = tk == ty::Kind::Pointer ? ty::underlying(tu->as<ty::PointerType>()->elem) : tu;
    int64_t n = at->as<ty::ArrayType>() ? at->as<ty::ArrayType>()->len : 0;
    if (tk == ty::Kind::Pointer) {
      emit(Op::SLICE2ARRP, d, s, static_cast<int32_t>(n));
    } else {
      int32_t p = alloc(c.tc.pointerTo(to));
      emit(Op::SLICE2ARRP, p, s, static_cast<int32_t>(n));
      load(Loc::indirect(p, 0, to), d);
    }
    return Loc::slot(d, to);
  }
  bool fromInt = isInteger(fk), toInt = isInteger(tk);
  if (fromInt && toInt) {
    int fs = tsize(fu), ts = tsize(tu);
    if (ts > fs) {
      int32_t w = alloc(c.tc.basic(ty::Kind::Int64));
      emit(widenOp(fs, isSigned(fk)), w, s);
      move(d, w, ts);
    } else {
      move(d, s, ts);
    }
    return Loc::slot(d, to);
  }
  if (fromInt && isFloat(tk)) {
    int32_t w = s;
    if (tsize(fu) < 8) {
      w = alloc(c.tc.basic(ty::Kind::Int64));
      emit(widenOp(tsize(fu), isSigned(fk)), w, s);
    }
    bool sgn = isSigned(fk) || tsize(fu) < 8;
    if (tk == ty::Kind::Float64) emit(sgn ? Op::I64F64 : Op::U64F64, d, w);
    else emit(sgn ? Op::I64F32 : Op::U64F32, d, w);
    return Loc::slot(d, to);
  }
  if (isFloat(fk) && toInt) {
    int ts = tsize(tu);
    int32_t w = alloc(c.tc.basic(ty::Kind::Int64));
    bool sgn = isSigned(tk);
    if (fk == ty::Kind::Float64) emit(sgn || ts < 8 ? Op::F64I64 : Op::F64U64, w, s);
    else emit(sgn || ts < 8 ? Op::F32I64 : Op::F32U64, w, s);
    move(d, w, ts);
    return Loc::slot(d, to);
  }
  if (isFloat(fk) && isFloat(tk)) {
    if (fk == tk) move(d, s, tsize(tu));
    else emit(tk == ty::Kind::Float32 ? Op::F64F32 : Op::F32F64, d, s);
    return Loc::slot(d, to);
  }
  if (isComplex(fk) && isComplex(tk)) {
    if (fk == tk) {
      move(d, s, tsize(tu));
    } else if (tk == ty::Kind::Complex64) {
      emit(Op::F64F32, d, s);
      emit(Op::F64F32, d + 4, s + 8);
    } else {
      emit(Op::F32F64, d, s);
      emit(Op::F32F64, d + 8, s + 4);
    }
    return Loc::slot(d, to);
  }
  // Same representation: named/unnamed, pointers, channels, funcs, unsafe.Pointer.
  move(d, s, tsize(to));
  return Loc::slot(d, to);
}

// --------------------------------------------------------------- builtins

void FuncGen::emitPrint(int32_t s, ty::Type* t) {
  ty::Type* u = ty::underlying(concreteType(c.tc, t));
  ty::Kind k = u->kind;
  if (k == ty::Kind::Bool) {
    emit(Op::PRINTB, s);
  } else if (isInteger(k)) {
    int sz = tsize(u);
    int32_t w = s;
    if (sz < 8) {
      w = alloc(c.tc.basic(ty::Kind::Int64));
      emit(widenOp(sz, isSigned(k)), w, s);
    }
    emit(isSigned(k) ? Op::PRINTI : Op::PRINTU, w);
  } else if (k == ty::Kind::Float64) {
    emit(Op::PRINTF, s);
  } else if (k == ty::Kind::Float32) {
    int32_t w = alloc(c.tc.basic(ty::Kind::Float64));
    emit(Op::F32F64, w, s);
    emit(Op::PRINTF, w);
  } else if (k == ty::Kind::Complex128) {
    emit(Op::PRINTC, s);
  } else if (k == ty::Kind::Complex64) {
    int32_t w = alloc(c.tc.basic(ty::Kind::Complex128));
    emit(Op::F32F64, w, s);
    emit(Op::F32F64, w + 8, s + 4);
    emit(Op::PRINTC, w);
  } else if (k == ty::Kind::String) {
    emit(Op::PRINTS, s);
  } else if (k == ty::Kind::Interface) {
    emit(Op::PRINTE, s);
  } else if (k == ty::Kind::Slice) {
    emit(Op::PRINTSL, s);
  } else {
    emit(Op::PRINTP, s);
  }
}

Loc FuncGen::genBuiltin(syn::CallExpr* e) {
  ty::Type* t = typeOf(e);
  ty::Type* intT = c.tc.basic(ty::Kind::Int);
  auto arg = [&](size_t i) { return e->args[i]; };
  switch (e->builtin) {
    case syn::Builtin::Len:
    case syn::Builtin::Cap: {
      bool isLen = e->builtin == syn::Builtin::Len;
      ty::Type* xt = ty::underlying(typeOf(arg(0)));
      int32_t d = alloc(intT);
      if (xt->kind == ty::Kind::Pointer || xt->kind == ty::Kind::Array) {
        ty::Type* at = xt->kind == ty::Kind::Pointer ? ty::underlying(xt->as<ty::PointerType>()->elem) : xt;
        int64_t n = at->as<ty::ArrayType>()->len;
        int32_t m = mark();
        gen(arg(0));  // evaluated for side effects
        release(m);
        emit(Op::MOVK64, d, static_cast<int32_t>(n), static_cast<int32_t>(static_cast<uint64_t>(n) >> 32));
        return Loc::slot(d, intT);
      }
      int32_t s = genSlot(arg(0));
      if (xt->kind == ty::Kind::Chan) {
        emit(isLen ? Op::CHANLEN : Op::CHANCAP, d, s);
      } else if (xt->kind == ty::Kind::Map) {
        emit(Op::MAPLEN, d, s);
      } else if (xt->kind == ty::Kind::String || (xt->kind == ty::Kind::Slice && isLen)) {
        move(d, s + 8, 8);
      } else if (xt->kind == ty::Kind::Slice) {
        move(d, s + 16, 8);
      } else {
        c.internalError(e->pos, "len/cap of this type is not supported yet");
      }
      return Loc::slot(d, intT);
    }
    case syn::Builtin::Append: {
      ty::Type* st = t;
      ty::Type* et = T(ty::underlying(st)->as<ty::SliceType>()->elem);
      int32_t d = alloc(st);
      genInto(arg(0), d);
      if (e->args.size() == 1) return Loc::slot(d, st);
      // The array append allocates when the slice is full.
      const std::string appendWhat = "append growth of " + ty::typeString(st, nullptr);
      if (e->hasEllipsis) {
        int32_t m = mark();
        int32_t o = genSlot(arg(1));
        bool isStr = ty::underlying(typeOf(arg(1)))->kind == ty::Kind::String;
        emitAlloc(nullptr, appendWhat, Op::APPENDN, d, d, c.typeIndex(et), isStr ? 1 : 0, kAppendReason);
        emitExt(o, 0, 0);
        release(m);
        return Loc::slot(d, st);
      }
      size_t n = e->args.size() - 1;
      int32_t m = mark();
      if (n == 1) {
        int32_t v = alloc(et);
        genTo(arg(1), et, v);
        int32_t p = alloc(c.tc.pointerTo(et));
        emitAlloc(nullptr, appendWhat, Op::APPEND1, d, c.typeIndex(et), p, 0, kAppendReason);
        store(Loc::indirect(p, 0, et), v);
        release(m);
        return Loc::slot(d, st);
      }
      std::vector<int32_t> vals;
      for (size_t i = 0; i < n; i++) {
        int32_t v = alloc(et);
        genTo(arg(1 + i), et, v);
        vals.push_back(v);
      }
      int32_t cnt = alloc(intT);
      emit(Op::MOVK64, cnt, static_cast<int32_t>(n), 0);
      emitAlloc(nullptr, appendWhat, Op::GROW, d, cnt, c.typeIndex(et), 0, kAppendReason);
      int32_t idx = alloc(intT);
      int32_t p = alloc(c.tc.pointerTo(et));
      int32_t es = tsize(et);
      for (size_t i = 0; i < n; i++) {
        emit(Op::ADDI64, idx, d + 8, -static_cast<int32_t>(n - i));
        if (es <= 0xffff) {
          emit(Op::IDXADDR, p, d, idx, static_cast<uint16_t>(es));
        } else {
          emit(Op::IDXADDRW, p, d, idx);
          emitExt(es, 0, 0);
        }
        store(Loc::indirect(p, 0, et), vals[i]);
      }
      release(m);
      return Loc::slot(d, st);
    }
    case syn::Builtin::Copy: {
      int32_t d = alloc(intT);
      int32_t m = mark();
      int32_t dst = genSlot(arg(0));
      ty::Type* srcT = ty::underlying(typeOf(arg(1)));
      int32_t src;
      if (srcT->kind == ty::Kind::String) {
        src = allocRaw(24, 8, {0});
        genInto(arg(1), src);
        emit(Op::ZERO, src + 16, 8);
      } else {
        src = genSlot(arg(1));
      }
      ty::Type* et = T(ty::underlying(typeOf(arg(0)))->as<ty::SliceType>()->elem);
      int32_t es = tsize(et);
      if (es <= 0xffff) {
        emit(Op::COPY, d, dst, src, static_cast<uint16_t>(es));
      } else {
        emit(Op::COPYW, d, dst, src);
        emitExt(es, 0, 0);
      }
      release(m);
      return Loc::slot(d, intT);
    }
    case syn::Builtin::Delete: {
      auto* mt = ty::underlying(typeOf(arg(0)))->as<ty::MapType>();
      int32_t ms = genSlot(arg(0));
      ty::Type* kt = T(mt->key);
      int32_t ks = alloc(kt);
      genTo(arg(1), kt, ks);
      emit(Op::MAPDEL, ms, ks);
      return Loc{};
    }
    case syn::Builtin::Make: {
      ty::Type* mt = t;
      ty::Type* u = ty::underlying(mt);
      int32_t d = alloc(mt);
      auto intArg = [&](syn::Expr* a) {
        int32_t s = alloc(intT);
        if (a->mode == syn::ExprMode::Constant && a->constant) {
          loadConst(*a->constant, intT, s);
          return s;
        }
        ty::Type* at = ty::underlying(concreteType(c.tc, typeOf(a)));
        int32_t v = genSlot(a);
        if (tsize(at) == 8) move(s, v, 8);
        else emit(widenOp(tsize(at), isSigned(at->kind)), s, v);
        return s;
      };
      if (u->kind == ty::Kind::Slice) {
        // make([]T, n[, m]) with constant sizes that does not escape: the
        // array is a frame slot (Go: up to 64 KiB; escape analysis already
        // sends larger and non-constant ones to the heap).
        syn::Expr* capE = e->args.size() > 2 ? arg(2) : arg(1);
        ty::Type* et = T(u->as<ty::SliceType>()->elem);
        if (arg(1)->constant && capE->constant) {
          int64_t n = arg(1)->constant->int64Val(), k = capE->constant->int64Val();
          int32_t off = k > 0 && n >= 0 && k >= n ? siteSlot(e, static_cast<int32_t>(k * tsize(et))) : -1;
          if (off >= 0) {
            emit(Op::ZERO, off, static_cast<int32_t>(k * tsize(et)));
            emit(Op::LEA, d, off);
            emit(Op::MOVK64, d + 8, static_cast<int32_t>(n), static_cast<int32_t>(static_cast<uint64_t>(n) >> 32));
            emit(Op::MOVK64, d + 16, static_cast<int32_t>(k), static_cast<int32_t>(static_cast<uint64_t>(k) >> 32));
            return Loc::slot(d, mt);
          }
        }
        int32_t len = intArg(arg(1));
        int32_t cap = e->args.size() > 2 ? intArg(arg(2)) : -1;
        emitAlloc(e, "make(" + ty::typeString(mt, nullptr) + ")", Op::MAKESLICE, d, len, cap);
        emitExt(c.typeIndex(T(u->as<ty::SliceType>()->elem)), 0, 0);
      } else if (u->kind == ty::Kind::Map) {
        int32_t hint = e->args.size() > 1 ? intArg(arg(1)) : -1;
        emitAlloc(e, "make(" + ty::typeString(mt, nullptr) + ")", Op::MAKEMAP, d, c.typeIndex(mt), hint);
      } else if (u->kind == ty::Kind::Chan) {
        int32_t size = e->args.size() > 1 ? intArg(arg(1)) : -1;
        // Escape analysis has no site for channels: the runtime always
        // makes them in the heap (Go's makechan).
        emitAlloc(e, "make(" + ty::typeString(mt, nullptr) + (e->args.size() > 1 ? ", ...)" : ")"), Op::MAKECHAN, d,
                  c.typeIndex(mt), size, 0, "channels always live in the heap");
      }
      return Loc::slot(d, mt);
    }
    case syn::Builtin::New: {
      int32_t d = alloc(t);
      ty::Type* et = T(ty::underlying(t)->as<ty::PointerType>()->elem);
      newObject(d, et, e, "new(" + ty::typeString(et, nullptr) + ")");
      return Loc::slot(d, t);
    }
    case syn::Builtin::Panic: {
      ty::Type* anyT = c.tc.anyType();
      int32_t v = alloc(anyT);
      genTo(arg(0), anyT, v);
      emit(Op::PANIC, v);
      return Loc{};
    }
    case syn::Builtin::Print:
    case syn::Builtin::Println: {
      bool ln = e->builtin == syn::Builtin::Println;
      for (size_t i = 0; i < e->args.size(); i++) {
        if (ln && i > 0) emit(Op::PRINTSP);
        int32_t m = mark();
        ty::Type* at = concreteType(c.tc, typeOf(arg(i)));
        int32_t s = alloc(at);
        genInto(arg(i), s);
        emitPrint(s, at);
        release(m);
      }
      if (ln) emit(Op::PRINTNL);
      return Loc{};
    }
    case syn::Builtin::Min:
    case syn::Builtin::Max: {
      bool isMin = e->builtin == syn::Builtin::Min;
      ty::Type* rt = concreteType(c.tc, t);
      ty::Type* u = ty::underlying(rt);
      int32_t d = alloc(rt);
      genInto(arg(0), d);
      for (size_t i = 1; i < e->args.size(); i++) {
        int32_t m = mark();
        int32_t v = alloc(rt);
        genInto(arg(i), v);
        if (u->kind == ty::Kind::String) {
          emit(isMin ? Op::MINSTR : Op::MAXSTR, d, d, v);
        } else if (isFloat(u->kind)) {
          if (u->kind == ty::Kind::Float64) {
            emit(isMin ? Op::MINF64 : Op::MAXF64, d, d, v);
          } else {
            int32_t a = alloc(c.tc.basic(ty::Kind::Float64)), b = alloc(c.tc.basic(ty::Kind::Float64));
            emit(Op::F32F64, a, d);
            emit(Op::F32F64, b, v);
            emit(isMin ? Op::MINF64 : Op::MAXF64, a, a, b);
            emit(Op::F64F32, d, a);
          }
        } else {
          int sz = tsize(u);
          bool sgn = isSigned(u->kind);
          if (sz == 8) {
            emit(sgn ? (isMin ? Op::MINS64 : Op::MAXS64) : (isMin ? Op::MINU64 : Op::MAXU64), d, d, v);
          } else {
            int32_t a = alloc(c.tc.basic(ty::Kind::Int64)), b = alloc(c.tc.basic(ty::Kind::Int64));
            emit(widenOp(sz, sgn), a, d);
            emit(widenOp(sz, sgn), b, v);
            emit(sgn ? (isMin ? Op::MINS64 : Op::MAXS64) : (isMin ? Op::MINU64 : Op::MAXU64), a, a, b);
            move(d, a, sz);
          }
        }
        release(m);
      }
      return Loc::slot(d, rt);
    }
    case syn::Builtin::Clear: {
      ty::Type* xt = ty::underlying(typeOf(arg(0)));
      int32_t s = genSlot(arg(0));
      if (xt->kind == ty::Kind::Map) emit(Op::MAPCLEAR, s);
      else emit(Op::CLEARSL, s, tsize(T(xt->as<ty::SliceType>()->elem)));
      return Loc{};
    }
    case syn::Builtin::Complex: {
      ty::Type* rt = concreteType(c.tc, t);
      int32_t d = alloc(rt);
      int half = tsize(rt) / 2;
      ty::Type* ft = c.tc.basic(half == 4 ? ty::Kind::Float32 : ty::Kind::Float64);
      genTo(arg(0), ft, d);
      genTo(arg(1), ft, d + half);
      return Loc::slot(d, rt);
    }
    case syn::Builtin::Real:
    case syn::Builtin::Imag: {
      ty::Type* rt = concreteType(c.tc, t);
      int32_t s = genSlot(arg(0));
      int half = tsize(rt);
      return Loc::slot(e->builtin == syn::Builtin::Real ? s : s + half, rt);
    }
    case syn::Builtin::Close: {
      int32_t s = genSlot(arg(0));
      emit(Op::CHANCLOSE, s);
      return Loc{};
    }
    case syn::Builtin::Recover: {
      ty::Type* anyT = c.tc.anyType();
      int32_t d = alloc(anyT);
      emit(Op::RECOVER, d);
      return Loc::slot(d, anyT);
    }
    default:
      c.internalError(e->pos, "builtin not supported yet");
      return Loc{};
  }
}

// ------------------------------------------------------------------ defer

void FuncGen::genDefer(syn::DeferStmt* s) { genDeferOrGo(s->call, s->pos, false, s); }

// defer and go share the work: evaluate the call's function and arguments
// now, package them as a func() closure, then defer it or start it.
void FuncGen::genDeferOrGo(syn::CallExpr* call, syn::Pos pos, bool isGo, syn::Stmt* stmt) {
  syn::Expr* fun = syn::unparen(call->fun);
  int32_t m = mark();
  setLine(pos);
  const char* wrapName = isGo ? ".gowrap" : ".deferwrap";
  // The heap panel's name for the closure that saves the call's operands.
  const std::string wrapWhat = (isGo ? "go " : "defer ") + std::string("statement's closure (func literal)");
  // A defer that escape analysis keeps on the stack (one not in a loop)
  // gets its closure object in this frame; the defer record points at it
  // until the frame returns. Defers inside range-over-func bodies attach
  // to the enclosing frame and outlive the body's: always in the heap.
  bool frameDefer = !isGo && !rangeBody_ && c.deferInFrame(stmt);
  deferVariadic_ = call;
  deferVariadicInFrame_ = frameDefer;
  struct ClearDeferVariadic {
    const void** p;
    ~ClearDeferVariadic() { *p = nullptr; }
  } clearDeferVariadic{&deferVariadic_};
  auto pushDefer = [&](int32_t fnSlot) {
    if (isGo) {
      emit(Op::GO, fnSlot);
      return;
    }
    if (rangeBody_ && rangeBody_->frameVar) {
      // In a range-over-func body the deferred call belongs to the
      // enclosing function's frame.
      int32_t fo = toSlot(varLoc(rangeBody_->frameVar));
      emit(Op::DEFERAT, fnSlot, fo, *rangeBody_->rootRunDefers);
      return;
    }
    int32_t at = emit(Op::DEFER, fnSlot, 0);
    deferFixups_.push_back(at);
  };
  if (call->callKind == syn::CallKind::Builtin) {
    // defer println(...), defer panic(x), ...: evaluate the arguments now
    // into a closure object; the thunk replays the builtin.
    auto plan = std::make_shared<ThunkPlan>();
    plan->mode = ThunkPlan::Builtin;
    plan->builtin = call->builtin;
    std::vector<int32_t> vals;
    int32_t off = 8;
    for (syn::Expr* a : call->args) {
      ty::Type* at = concreteType(c.tc, typeOf(a));
      if (call->builtin == syn::Builtin::Panic) at = c.tc.anyType();
      int32_t v = alloc(at);
      if (call->builtin == syn::Builtin::Panic) genTo(a, at, v); else genInto(a, v);
      int32_t al = talign(at);
      off = (off + al - 1) / al * al;
      plan->fields.push_back(at);
      plan->fieldOffs.push_back(off);
      off += tsize(at);
      vals.push_back(v);
    }
    plan->objSize = (off + 7) / 8 * 8;
    int32_t f = c.funcForThunk(plan, name_ + wrapName);
    int32_t clo = alloc(c.tc.basic(ty::Kind::UnsafePointer));
    std::vector<std::pair<int32_t, ty::Type*>> fields{{0, c.tc.basic(ty::Kind::Uintptr)}};
    for (size_t i = 0; i < plan->fields.size(); i++) fields.push_back({plan->fieldOffs[i], plan->fields[i]});
    makeClosureObject(clo, f, fields, plan->objSize, frameDefer, stmt, wrapWhat);
    for (size_t i = 0; i < vals.size(); i++) store(Loc::indirect(clo, plan->fieldOffs[i], plan->fields[i]), vals[i]);
    pushDefer(clo);
    release(m);
    return;
  }
  // A call of a func value without arguments: defer the value itself.
  bool isMethod = false;
  if (auto* sel = fun->as<syn::SelectorExpr>())
    isMethod = sel->selection && sel->selection->kind != ty::SelectionKind::FieldVal;
  ty::Type* ft = typeOf(fun);
  auto* fsig = ft ? ty::underlying(ft)->as<ty::Signature>() : nullptr;
  if (!isMethod && fsig && fsig->params->vars.empty() && call->callKind == syn::CallKind::Call &&
      !(fun->as<syn::IndexExpr>() && fun->as<syn::IndexExpr>()->instance) && !call->instance) {
    int32_t fv = genSlot(fun);
    pushDefer(fv);
    release(m);
    return;
  }
  // General case: evaluate the callee and arguments into a call block now,
  // save them in a closure object, and defer a thunk that replays the call.
  PreparedCall p = prepareCall(call);
  auto plan = std::make_shared<ThunkPlan>();
  int32_t off = 8;
  int32_t calleeWordOff = -1;
  if (p.kind == PreparedCall::Value) {
    plan->mode = ThunkPlan::FuncValue;
    calleeWordOff = off;
    off += 8;
  } else if (p.kind == PreparedCall::Iface) {
    plan->mode = ThunkPlan::Interface;
    plan->selector = p.selector;
    calleeWordOff = off;
    off += 16;
  } else {
    plan->mode = ThunkPlan::Static;
    plan->callee = p.callee;
  }
  int32_t argsBytes = p.layout.argsEnd - vm::kFrameHeader;
  plan->fieldOffs.push_back(calleeWordOff);
  plan->dest.push_back(off);  // where the argument bytes start in the object
  plan->blockSize = p.layout.argsEnd;
  plan->recvOff = p.layout.recv;
  plan->objSize = off + (argsBytes + 7) / 8 * 8;
  int32_t f = c.funcForThunk(plan, name_ + wrapName);
  int32_t clo = alloc(c.tc.basic(ty::Kind::UnsafePointer));
  // The object's layout: function index, the callee word(s), then the call
  // block's parameter bytes (parameters keep their block offsets minus the
  // header, shifted to `off`).
  std::vector<std::pair<int32_t, ty::Type*>> fields{{0, c.tc.basic(ty::Kind::Uintptr)}};
  if (p.kind == PreparedCall::Value) fields.push_back({calleeWordOff, c.tc.basic(ty::Kind::UnsafePointer)});
  if (p.kind == PreparedCall::Iface) fields.push_back({calleeWordOff, c.tc.anyType()});
  for (size_t i = 0; i < p.paramTypes.size() && i < p.layout.params.size(); i++)
    fields.push_back({off + p.layout.params[i] - vm::kFrameHeader, p.paramTypes[i]});
  if (p.recvType && p.layout.recv >= 0) fields.push_back({off + p.layout.recv - vm::kFrameHeader, p.recvType});
  makeClosureObject(clo, f, fields, plan->objSize, frameDefer, stmt, wrapWhat);
  if (p.kind == PreparedCall::Value) emit(Op::STORE64, clo, p.fnSlot, calleeWordOff);
  if (p.kind == PreparedCall::Iface) emit(Op::STOREN, clo, p.ifaceSlot, 16, static_cast<uint16_t>(calleeWordOff));
  if (argsBytes > 0) {
    if (off <= 0xffff) emit(Op::STOREN, clo, p.block + vm::kFrameHeader, argsBytes, static_cast<uint16_t>(off));
  }
  pushDefer(clo);
  release(m);
}

// Makes a closure object for function f with the given fields (word 0 is
// the function index) into the pointer slot clo: in the heap, or in a frame
// site when inFrame.
void FuncGen::makeClosureObject(int32_t clo, int32_t f, const std::vector<std::pair<int32_t, ty::Type*>>& fields,
                                int32_t size, bool inFrame, const void* site, const std::string& what) {
  if (!inFrame) {
    emitAlloc(site, what, Op::MKCLO, clo, f, c.closureTypeIndex(fields, size));
    return;
  }
  std::vector<int32_t> ptrs;
  for (const auto& fl : fields) pointerWords(fl.second, fl.first, &ptrs);
  int32_t obj = allocFrameSite(size, 8, ptrs, "closure " + c.prog->funcs[static_cast<size_t>(f)].name);
  frameClosure(clo, obj, size, f);
}

void FuncGen::frameClosure(int32_t clo, int32_t obj, int32_t size, int32_t f) {
  emit(Op::ZERO, obj, size);
  emit(Op::MOVK64, obj, f, 0);
  emit(Op::LEA, clo, obj);
}

// A method expression's func value: parameters (receiver, args...), calls
// the method (through the interface when T is one).
void FuncGen::genMethodExprWrapper() {
  ty::Func* m = job_.obj;
  ty::Type* recvT = job_.recvType;
  name_ = info().name;
  sig_ = job_.exprSig;
  layout_ = c.layoutSignature(sig_, nullptr, ty::SubstMap{});
  top_ = highWater_ = layout_.argsEnd;
  LiveSlot args;
  args.off = vm::kFrameHeader;
  args.size = layout_.argsEnd - vm::kFrameHeader;
  for (size_t i = 0; i < layout_.params.size(); i++)
    pointerWords(sig_->params->vars[i]->type, layout_.params[i], &args.ptrs);
  live_.push_back(args);
  ptrmapDirty_ = true;
  PreparedCall p;
  bool isIface = ty::underlying(recvT)->kind == ty::Kind::Interface;
  if (isIface) {
    p.kind = PreparedCall::Iface;
    p.ifaceSlot = layout_.params[0];
    p.selector = c.selectorIndex(c.methodKey(m));
    ty::Signature* msig = m->sig();
    p.layout = c.layoutSignature(msig, c.tc.basic(ty::Kind::UnsafePointer), ty::SubstMap{});
  } else {
    std::vector<int> idx;
    bool indirect = false;
    ty::Object* o = ty::lookupFieldOrMethod(recvT, true, m->pkg, m->name, &idx, &indirect);
    ty::Func* cm = (o && o->kind == ty::ObjKind::Func) ? static_cast<ty::Func*>(o) : m;
    ty::Func* om = cm->origin ? cm->origin : cm;
    ty::SubstMap ms = recvSubst(om, recvT);
    bool recvIsPtr = ty::underlying(recvT)->kind == ty::Kind::Pointer && recvT->kind != ty::Kind::Named;
    ty::Type* passT = recvT;
    int32_t rv = layout_.params[0];
    if (!om->ptrRecv && recvIsPtr) {
      passT = ty::underlying(recvT)->as<ty::PointerType>()->elem;
      rv = toSlot(Loc::indirect(layout_.params[0], 0, passT));
    }
    p.kind = PreparedCall::Static;
    p.callee = c.funcForDecl(om, ms);
    p.layout = c.layoutSignature(om->sig(), passT, ms);
    p.block = newBlock(p.layout);
    move(p.block + p.layout.recv, rv, tsize(passT));
  }
  if (p.block < 0) p.block = newBlock(p.layout);
  for (size_t i = 1; i < layout_.params.size(); i++)
    move(p.block + p.layout.params[i - 1], layout_.params[i], tsize(sig_->params->vars[i]->type));
  for (ty::Var* r : sig_->results->vars) p.resultTypes.push_back(r->type);
  CallResult r = finishCall(p, syn::Pos{});
  for (size_t i = 0; i < layout_.results.size(); i++)
    move(layout_.results[i], r.block + r.layout.results[i], tsize(r.resultTypes[i]));
  emit(Op::RET);
}

// Thunks replay a deferred call from a closure object; promoted-method
// wrappers forward a call to the embedded receiver's method.
void FuncGen::genWrapper() {
  if (job_.kind == JobKind::Thunk) {
    const ThunkPlan& plan = *job_.thunk;
    name_ = info().name;
    layout_.argsEnd = vm::kFrameHeader;
    top_ = highWater_ = vm::kFrameHeader;
    LiveSlot ctxSlot;
    ctxSlot.off = vm::kCtxOffset;
    ctxSlot.size = 8;
    ctxSlot.ptrs = {vm::kCtxOffset};
    live_.push_back(ctxSlot);
    ptrmapDirty_ = true;
    if (plan.mode == ThunkPlan::Builtin) {
      std::vector<int32_t> vals;
      for (size_t i = 0; i < plan.fields.size(); i++) {
        int32_t v = alloc(plan.fields[i]);
        load(Loc::indirect(vm::kCtxOffset, plan.fieldOffs[i], plan.fields[i]), v);
        vals.push_back(v);
      }
      switch (plan.builtin) {
        case syn::Builtin::Panic: emit(Op::PANIC, vals[0]); break;
        case syn::Builtin::Print:
        case syn::Builtin::Println:
          for (size_t i = 0; i < vals.size(); i++) {
            if (plan.builtin == syn::Builtin::Println && i > 0) emit(Op::PRINTSP);
            emitPrint(vals[i], plan.fields[i]);
          }
          if (plan.builtin == syn::Builtin::Println) emit(Op::PRINTNL);
          break;
        case syn::Builtin::Delete: emit(Op::MAPDEL, vals[0], vals[1]); break;
        case syn::Builtin::Close: emit(Op::CHANCLOSE, vals[0]); break;
        case syn::Builtin::Recover: break;
        default: c.internalError(syn::Pos{}, "deferred builtin not supported"); break;
      }
      emit(Op::RET);
      return;
    }
    int32_t block = allocRaw(plan.blockSize, 16, {});
    int32_t argsBytes = plan.blockSize - vm::kFrameHeader;
    if (argsBytes > 0) emit(Op::LOADN, block + vm::kFrameHeader, vm::kCtxOffset, argsBytes, static_cast<uint16_t>(plan.dest[0]));
    switch (plan.mode) {
      case ThunkPlan::Static: callInto(plan.callee, block, syn::Pos{}); break;
      case ThunkPlan::FuncValue: {
        int32_t fv = alloc(c.tc.basic(ty::Kind::UnsafePointer));
        emit(Op::LOAD64, fv, vm::kCtxOffset, plan.fieldOffs[0]);
        emit(Op::CALLC, fv, block);
        break;
      }
      case ThunkPlan::Interface: {
        int32_t iv = alloc(c.tc.anyType());
        emit(Op::LOADN, iv, vm::kCtxOffset, 16, static_cast<uint16_t>(plan.fieldOffs[0]));
        emit(Op::CALLI, iv, block, plan.selector, static_cast<uint16_t>(plan.recvOff));
        break;
      }
      default: break;
    }
    emit(Op::RET);
    return;
  }
  // Promoted method wrapper: receiver type R (S or *S) has method `name`
  // through embedded fields.
  ty::Type* recvT = job_.recvType;
  std::vector<int> index;
  bool indirect = false;
  ty::Object* o = nullptr;
  for (size_t i = 0; i <= c.packages.size(); i++) {
    o = ty::lookupFieldOrMethod(recvT, false, i == 0 ? nullptr : c.packages[i - 1], job_.method, &index, &indirect);
    if (o && o->kind == ty::ObjKind::Func) break;
  }
  auto* m = static_cast<ty::Func*>(o);
  ty::Func* om = m->origin ? m->origin : m;
  name_ = info().name;
  // Walk to the embedded value to learn its type and the method's type arguments.
  ty::Type* baseType = recvT;
  bool recvIsPtr = ty::underlying(recvT)->kind == ty::Kind::Pointer && recvT->kind != ty::Kind::Named;
  // Layout: the method's signature with our receiver. Parameter types are
  // in the embedded type's terms; find its substitution first.
  ty::Type* walkT = recvIsPtr ? ty::underlying(recvT)->as<ty::PointerType>()->elem : recvT;
  for (size_t i = 0; i + 1 < index.size(); i++) {
    ty::Type* u = ty::underlying(walkT);
    if (auto* p = u->as<ty::PointerType>()) u = ty::underlying(p->elem);
    auto* st = u->as<ty::StructType>();
    walkT = st->fields[static_cast<size_t>(index[i])]->type;
  }
  ty::SubstMap ms = recvSubst(om, walkT);
  subst_ = ms;
  sig_ = om->sig();
  layout_ = c.layoutSignature(sig_, recvT, ms);
  recvType_ = recvT;
  top_ = highWater_ = layout_.argsEnd;
  LiveSlot args;
  args.off = vm::kFrameHeader;
  args.size = layout_.argsEnd - vm::kFrameHeader;
  pointerWords(recvT, layout_.recv, &args.ptrs);
  for (size_t i = 0; i < layout_.params.size(); i++)
    pointerWords(T(sig_->params->vars[i]->type), layout_.params[i], &args.ptrs);
  live_.push_back(args);
  ptrmapDirty_ = true;
  Loc base = recvIsPtr ? Loc::indirect(layout_.recv, 0, ty::underlying(recvT)->as<ty::PointerType>()->elem)
                       : Loc::slot(layout_.recv, recvT);
  if (recvIsPtr) baseType = ty::underlying(recvT)->as<ty::PointerType>()->elem;
  ty::Type* et;
  Loc rl = walkEmbedded(base, baseType, index, index.size() - 1, &et);
  PreparedCall p;
  if (ty::underlying(et)->kind == ty::Kind::Interface) {
    p.kind = PreparedCall::Iface;
    p.ifaceSlot = toSlot(rl);
    p.selector = c.selectorIndex(c.methodKey(m));
    p.layout = c.layoutSignature(sig_, c.tc.basic(ty::Kind::UnsafePointer), ms);
    p.block = newBlock(p.layout);
  } else {
    bool etIsPtr = ty::underlying(et)->kind == ty::Kind::Pointer && et->kind != ty::Kind::Named;
    ty::Type* passT;
    int32_t rv;
    if (om->ptrRecv) {
      passT = etIsPtr ? et : c.tc.pointerTo(et);
      rv = etIsPtr ? toSlot(rl) : addrSlot(rl);
    } else if (etIsPtr) {
      passT = ty::underlying(et)->as<ty::PointerType>()->elem;
      rv = toSlot(Loc::indirect(toSlot(rl), 0, passT));
    } else {
      passT = et;
      rv = toSlot(rl);
    }
    p.kind = PreparedCall::Static;
    p.callee = c.funcForDecl(om, ms);
    p.layout = c.layoutSignature(sig_, passT, ms);
    p.block = newBlock(p.layout);
    move(p.block + p.layout.recv, rv, tsize(passT));
  }
  for (size_t i = 0; i < layout_.params.size(); i++)
    move(p.block + p.layout.params[i], layout_.params[i], tsize(T(sig_->params->vars[i]->type)));
  for (ty::Var* r : sig_->results->vars) p.resultTypes.push_back(T(r->type));
  CallResult r = finishCall(p, syn::Pos{});
  for (size_t i = 0; i < layout_.results.size(); i++)
    move(layout_.results[i], r.block + r.layout.results[i], tsize(r.resultTypes[i]));
  emit(Op::RET);
}

}  // namespace gs::compile
