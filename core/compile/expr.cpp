// Expressions: identifiers, constants, operators, selectors, indexing,
// slicing, composite literals, function literals, type assertions.
#include <cstring>

#include "core/compile/internal.h"

namespace gs::compile {

using syn::Tok;

namespace {

bool cIsSignedKind(ty::Kind k) {
  return k == ty::Kind::Int || k == ty::Kind::Int8 || k == ty::Kind::Int16 || k == ty::Kind::Int32 ||
         k == ty::Kind::Int64 || k == ty::Kind::UntypedInt || k == ty::Kind::UntypedRune;
}
bool cIsIntegerKind(ty::Kind k) {
  return (k >= ty::Kind::Int && k <= ty::Kind::Uintptr) || k == ty::Kind::UntypedInt || k == ty::Kind::UntypedRune;
}
bool cIsFloatKind(ty::Kind k) { return k == ty::Kind::Float32 || k == ty::Kind::Float64 || k == ty::Kind::UntypedFloat; }
bool cIsComplexKind(ty::Kind k) {
  return k == ty::Kind::Complex64 || k == ty::Kind::Complex128 || k == ty::Kind::UntypedComplex;
}

int widthIndex(int size) { return size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3; }

#define GS_W(NAME) {Op::NAME##8, Op::NAME##16, Op::NAME##32, Op::NAME##64}
const Op kAdd[4] = GS_W(ADD), kSub[4] = GS_W(SUB), kMul[4] = GS_W(MUL), kAnd[4] = GS_W(AND), kOr[4] = GS_W(OR),
         kXor[4] = GS_W(XOR), kAndN[4] = GS_W(ANDN), kNeg[4] = GS_W(NEG), kCom[4] = GS_W(COM),
         kDivS[4] = GS_W(DIVS), kDivU[4] = GS_W(DIVU), kRemS[4] = GS_W(REMS), kRemU[4] = GS_W(REMU),
         kShl[4] = GS_W(SHL), kShrS[4] = GS_W(SHRS), kShrU[4] = GS_W(SHRU), kEq[4] = GS_W(EQ), kNe[4] = GS_W(NE),
         kLtS[4] = GS_W(LTS), kLeS[4] = GS_W(LES), kLtU[4] = GS_W(LTU), kLeU[4] = GS_W(LEU);
#undef GS_W

ty::Type* defaultType(ty::TypeContext& tc, ty::Type* t) {
  switch (t->kind) {
    case ty::Kind::UntypedBool: return tc.basic(ty::Kind::Bool);
    case ty::Kind::UntypedInt: return tc.basic(ty::Kind::Int);
    case ty::Kind::UntypedRune: return tc.basic(ty::Kind::Int32);
    case ty::Kind::UntypedFloat: return tc.basic(ty::Kind::Float64);
    case ty::Kind::UntypedComplex: return tc.basic(ty::Kind::Complex128);
    case ty::Kind::UntypedString: return tc.basic(ty::Kind::String);
    default: return t;
  }
}

}  // namespace

ty::Type* concreteType(ty::TypeContext& tc, ty::Type* t) { return defaultType(tc, t); }

// ------------------------------------------------------------ constants

void FuncGen::loadConst(const ty::Constant& k, ty::Type* t, int32_t dst) {
  t = defaultType(c.tc, t);
  ty::Type* u = ty::underlying(t);
  auto movk64 = [&](uint64_t bits) {
    emit(Op::MOVK64, dst, static_cast<int32_t>(static_cast<uint32_t>(bits)),
         static_cast<int32_t>(static_cast<uint32_t>(bits >> 32)));
  };
  if (u->kind == ty::Kind::Interface) {
    // A constant stored into an interface: box its default type.
    ty::Type* dt = nullptr;
    switch (k.kind) {
      case ty::Constant::CKind::Bool: dt = c.tc.basic(ty::Kind::Bool); break;
      case ty::Constant::CKind::String: dt = c.tc.basic(ty::Kind::String); break;
      case ty::Constant::CKind::Int: dt = c.tc.basic(ty::Kind::Int); break;
      case ty::Constant::CKind::Float: dt = c.tc.basic(ty::Kind::Float64); break;
      case ty::Constant::CKind::Complex: dt = c.tc.basic(ty::Kind::Complex128); break;
      default: emit(Op::ZERO, dst, 16); return;
    }
    int32_t m = mark();
    int32_t tmp = alloc(dt);
    loadConst(k, dt, tmp);
    emitAlloc(nullptr, "constant " + ty::typeString(dt, nullptr) + " boxed in an interface", Op::BOX, dst, tmp,
              c.typeIndex(dt));
    release(m);
    return;
  }
  switch (u->kind) {
    case ty::Kind::Bool: emit(Op::MOVK8, dst, k.boolVal() ? 1 : 0); return;
    case ty::Kind::String: {
      const std::string& s = k.stringVal();
      emit(Op::LSTR, dst, s.empty() ? 0 : c.internString(s), static_cast<int32_t>(s.size()));
      return;
    }
    case ty::Kind::Float32: {
      float f = k.float32Val();
      uint32_t bits;
      std::memcpy(&bits, &f, 4);
      emit(Op::MOVK32, dst, static_cast<int32_t>(bits));
      return;
    }
    case ty::Kind::Float64: {
      double d = k.float64Val();
      uint64_t bits;
      std::memcpy(&bits, &d, 8);
      movk64(bits);
      return;
    }
    case ty::Kind::Complex64: {
      float re = k.real().float32Val(), im = k.imag().float32Val();
      uint32_t a, b;
      std::memcpy(&a, &re, 4);
      std::memcpy(&b, &im, 4);
      emit(Op::MOVK32, dst, static_cast<int32_t>(a));
      emit(Op::MOVK32, dst + 4, static_cast<int32_t>(b));
      return;
    }
    case ty::Kind::Complex128: {
      double re = k.real().float64Val(), im = k.imag().float64Val();
      uint64_t a, b;
      std::memcpy(&a, &re, 8);
      std::memcpy(&b, &im, 8);
      emit(Op::MOVK64, dst, static_cast<int32_t>(static_cast<uint32_t>(a)), static_cast<int32_t>(a >> 32));
      emit(Op::MOVK64, dst + 8, static_cast<int32_t>(static_cast<uint32_t>(b)), static_cast<int32_t>(b >> 32));
      return;
    }
    default:
      break;
  }
  if (cIsIntegerKind(u->kind)) {
    uint64_t bits;
    if (cIsSignedKind(u->kind)) {
      bits = static_cast<uint64_t>(k.int64Val());
    } else {
      bits = k.uint64Val();
    }
    switch (tsize(u)) {
      case 1: emit(Op::MOVK8, dst, static_cast<int32_t>(bits & 0xff)); return;
      case 2: emit(Op::MOVK16, dst, static_cast<int32_t>(bits & 0xffff)); return;
      case 4: emit(Op::MOVK32, dst, static_cast<int32_t>(static_cast<uint32_t>(bits))); return;
      default: movk64(bits); return;
    }
  }
  // Anything else (nil of some type): the zero value.
  emit(Op::ZERO, dst, tsize(t));
}

// --------------------------------------------------------------- general

Loc FuncGen::gen(syn::Expr* e) {
  setLine(e->pos);
  if (e->mode == syn::ExprMode::Constant && e->constant) return Loc::constant(e->constant, defaultType(c.tc, typeOf(e)));
  switch (e->kind) {
    case syn::NodeKind::ParenExpr: return gen(static_cast<syn::ParenExpr*>(e)->x);
    case syn::NodeKind::Ident: return genIdent(static_cast<syn::Ident*>(e));
    case syn::NodeKind::FuncLit: return genFuncLit(static_cast<syn::FuncLit*>(e));
    case syn::NodeKind::CompositeLit: return genCompositeLit(static_cast<syn::CompositeLit*>(e));
    case syn::NodeKind::SelectorExpr: return genSelector(static_cast<syn::SelectorExpr*>(e));
    case syn::NodeKind::IndexExpr: return genIndex(static_cast<syn::IndexExpr*>(e));
    case syn::NodeKind::SliceExpr: return genSliceExpr(static_cast<syn::SliceExpr*>(e));
    case syn::NodeKind::TypeAssertExpr: return genTypeAssert(static_cast<syn::TypeAssertExpr*>(e), -1);
    case syn::NodeKind::CallExpr: return genCall(static_cast<syn::CallExpr*>(e));
    case syn::NodeKind::StarExpr: {
      auto* s = static_cast<syn::StarExpr*>(e);
      int32_t p = genSlot(s->x);
      ty::Type* t = typeOf(e);
      if (tsize(t) == 0) emit(Op::NILCHK, p);
      return Loc::indirect(p, 0, t);
    }
    case syn::NodeKind::UnaryExpr: return genUnary(static_cast<syn::UnaryExpr*>(e));
    case syn::NodeKind::BinaryExpr: return genBinary(static_cast<syn::BinaryExpr*>(e));
    default:
      c.internalError(e->pos, "unexpected expression");
      return Loc::slot(alloc(c.tc.basic(ty::Kind::Int)), c.tc.basic(ty::Kind::Int));
  }
}

int32_t FuncGen::genSlot(syn::Expr* e) { return toSlot(gen(e)); }

void FuncGen::genInto(syn::Expr* e, int32_t dst) {
  syn::Expr* x = syn::unparen(e);
  if (!(x->mode == syn::ExprMode::Constant && x->constant)) {
    if (auto* b = x->as<syn::BinaryExpr>()) {
      int32_t m = mark();
      genBinary(b, dst);
      release(m);
      return;
    }
    if (auto* u = x->as<syn::UnaryExpr>()) {
      if (u->op != Tok::And && u->op != Tok::Arrow && u->op != Tok::Add) {
        int32_t m = mark();
        genUnary(u, dst);
        release(m);
        return;
      }
    }
  }
  if (auto* cl = x->as<syn::CompositeLit>()) {
    if (!(x->mode == syn::ExprMode::Constant)) {
      genCompositeInto(cl, typeOf(x), dst);
      return;
    }
  }
  int32_t m = mark();
  Loc l = gen(e);
  load(l, dst);
  release(m);
}

void FuncGen::genTo(syn::Expr* e, ty::Type* target, int32_t dst) {
  ty::Type* from = typeOf(e);
  ty::Type* tu = ty::underlying(target);
  if (tu->kind == ty::Kind::Interface && from && ty::underlying(from)->kind != ty::Kind::Interface) {
    if (from->kind == ty::Kind::UntypedNil) {
      emit(Op::ZERO, dst, 16);
      return;
    }
    int32_t m = mark();
    if (e->mode == syn::ExprMode::Constant && e->constant) {
      ty::Type* dt = defaultType(c.tc, from);
      int32_t tmp = alloc(dt);
      loadConst(*e->constant, dt, tmp);
      emitAlloc(syn::unparen(e), boxWhat(dt), Op::BOX, dst, tmp, c.typeIndex(dt));
    } else {
      int32_t src = genSlot(e);
      ty::Type* dt = defaultType(c.tc, from);
      auto bit = boxSlots_.find(syn::unparen(e));
      if (bit != boxSlots_.end() && bit->second.second >= tsize(dt)) {
        // A box that does not escape: the value is copied into its frame
        // slot and the interface points there.
        move(bit->second.first, src, tsize(dt));
        emit(Op::BOXNIL, dst, c.typeIndex(dt));
        emit(Op::LEA, dst + 8, bit->second.first);
      } else {
        emitAlloc(syn::unparen(e), boxWhat(dt), Op::BOX, dst, src, c.typeIndex(dt));
      }
    }
    release(m);
    return;
  }
  genInto(e, dst);
}

void FuncGen::convertInto(int32_t src, ty::Type* from, ty::Type* to, int32_t dst) {
  ty::Type* tu = ty::underlying(to);
  if (tu->kind == ty::Kind::Interface && ty::underlying(from)->kind != ty::Kind::Interface) {
    if (from->kind == ty::Kind::UntypedNil) {
      emit(Op::ZERO, dst, 16);
      return;
    }
    boxInto(src, from, dst);
    return;
  }
  move(dst, src, tsize(to));
}

std::string FuncGen::boxWhat(ty::Type* t) { return ty::typeString(t, nullptr) + " value boxed in an interface"; }

int32_t FuncGen::boxInto(int32_t src, ty::Type* from, int32_t dst) {
  ty::Type* dt = defaultType(c.tc, from);
  emitAlloc(nullptr, boxWhat(dt), Op::BOX, dst, src, c.typeIndex(dt));
  return dst;
}

// ------------------------------------------------------------ identifiers

Loc FuncGen::genIdent(syn::Ident* id) {
  if (!id->obj) {
    c.internalError(id->pos, "unresolved identifier " + id->name);
    return Loc::slot(alloc(c.tc.basic(ty::Kind::Int)), c.tc.basic(ty::Kind::Int));
  }
  return genObject(id->obj, typeOf(id), id);
}

// The value of a named object; t is the type the checker recorded for the
// expression naming it.
Loc FuncGen::genObject(ty::Object* o, ty::Type* t, syn::Expr* id) {
  switch (o->kind) {
    case ty::ObjKind::Var: return varLoc(static_cast<ty::Var*>(o));
    case ty::ObjKind::Nil: {
      if (!t || t->kind == ty::Kind::UntypedNil) t = c.tc.basic(ty::Kind::UnsafePointer);
      int32_t s = alloc(t);
      emit(Op::ZERO, s, tsize(t));
      return Loc::slot(s, t);
    }
    case ty::ObjKind::Func: {
      auto* fn = static_cast<ty::Func*>(o);
      int32_t f = c.funcForDecl(fn, ty::SubstMap{});
      int32_t s = alloc(t);
      emit(Op::FNVAL, s, f);
      return Loc::slot(s, t);
    }
    case ty::ObjKind::Const: {
      auto* k = static_cast<ty::ConstObj*>(o);
      return Loc::constant(k->value, defaultType(c.tc, t));
    }
    default:
      c.internalError(id->pos, "identifier " + o->name + " is not a value");
      return Loc::slot(alloc(c.tc.basic(ty::Kind::Int)), c.tc.basic(ty::Kind::Int));
  }
}

// ------------------------------------------------------------- selectors

Loc FuncGen::fieldLoc(const Loc& base, int32_t disp, ty::Type* ft) {
  switch (base.kind) {
    case Loc::Slot: return Loc::slot(base.off + disp, ft);
    case Loc::Indirect: return Loc::indirect(base.off, base.disp + disp, ft);
    case Loc::Global: return Loc::global(base.off + disp, ft);
    default: {
      int32_t s = toSlot(base);
      return Loc::slot(s + disp, ft);
    }
  }
}

// Follows path[0..n) through (embedded) struct fields starting at base, whose
// type is baseType; pointers along the way are dereferenced.
Loc FuncGen::walkEmbedded(Loc base, ty::Type* baseType, const std::vector<int>& path, size_t n, ty::Type** outType) {
  ty::Type* t = baseType;
  for (size_t i = 0; i < n; i++) {
    ty::Type* u = ty::underlying(t);
    if (auto* p = u->as<ty::PointerType>()) {
      int32_t ps = toSlot(base);
      base = Loc::indirect(ps, 0, p->elem);
      t = p->elem;
      u = ty::underlying(t);
    }
    auto* st = u->as<ty::StructType>();
    if (!st || path[i] < 0 || static_cast<size_t>(path[i]) >= st->fields.size()) {
      c.internalError(syn::Pos{}, "bad field path");
      break;
    }
    ty::sizeOf(u);
    ty::Var* f = st->fields[static_cast<size_t>(path[i])];
    ty::Type* ft = T(f->type);
    base = fieldLoc(base, static_cast<int32_t>(f->offset), ft);
    t = ft;
  }
  *outType = t;
  return base;
}

Loc FuncGen::genSelector(syn::SelectorExpr* e) {
  ty::Selection* sel = e->selection;
  if (!sel) {
    // A package-qualified name.
    ty::Object* o = e->sel->obj;
    if (!o) {
      c.internalError(e->pos, "unresolved qualified identifier");
      return Loc::slot(alloc(c.tc.basic(ty::Kind::Int)), c.tc.basic(ty::Kind::Int));
    }
    // The checker records the type on the selector, not on its name.
    return genObject(o, typeOf(e), e);
  }
  if (sel->kind == ty::SelectionKind::FieldVal) {
    ty::Type* xt = typeOf(e->x);
    Loc base;
    if (ty::underlying(xt)->kind == ty::Kind::Pointer) {
      int32_t p = genSlot(e->x);
      base = Loc::indirect(p, 0, ty::underlying(xt)->as<ty::PointerType>()->elem);
      xt = ty::underlying(xt)->as<ty::PointerType>()->elem;
    } else {
      base = gen(e->x);
    }
    ty::Type* ft;
    return walkEmbedded(base, xt, sel->index, sel->index.size(), &ft);
  }
  if (sel->kind == ty::SelectionKind::MethodVal) {
    // A method value: a closure holding the receiver.
    auto* m = static_cast<ty::Func*>(sel->obj);
    ty::Type* recvT = nullptr;
    bool viaIface = false;
    int32_t recv = genMethodReceiver(e, m, &recvT, &viaIface);
    int32_t f = c.funcForMethodValue(m, recvT, subst_);
    int32_t size = methodValueSize(recvT);
    ty::Type* ft = typeOf(e);
    int32_t clo = alloc(ft);
    int32_t obj = siteSlot(e, size);
    if (obj >= 0) {
      // The slot was typed (for the stack maps) by methodValueRecvType:
      // it must agree with the receiver genMethodReceiver produced.
      ty::Type* reserved = methodValueRecvType(e);
      if (!reserved || !ty::identical(reserved, recvT))
        c.internalError(e->pos, "method value receiver type differs from its frame slot's");
      // A method value that does not escape (Go: "x.M does not escape"):
      // its closure object is a frame slot, so a receiver pointer into this
      // frame is adjusted with the frame when the stack moves.
      frameClosure(clo, obj, size, f);
    } else {
      // HeapVarAnalysis left the receiver's variable in the frame for a
      // method value kept in the frame: a heap closure must not hold it.
      if (c.siteInFrame(e))
        c.internalError(e->pos, "method value kept in the frame has no frame slot");
      ty::Type* uptr = c.tc.basic(ty::Kind::Uintptr);
      emitAlloc(e, "method value", Op::MKCLO, clo, f, c.closureTypeIndex({{0, uptr}, {8, recvT}}, size));
    }
    store(Loc::indirect(clo, 8, recvT), recv);
    return Loc::slot(clo, ft);
  }
  // Method expression T.M: a function taking the receiver first.
  ty::Type* ft = typeOf(e);
  auto* m = static_cast<ty::Func*>(sel->obj);
  int32_t f = c.funcForMethodExpr(m, T(sel->recv), ty::underlying(ft)->as<ty::Signature>());
  int32_t d = alloc(ft);
  emit(Op::FNVAL, d, f);
  return Loc::slot(d, ft);
}

// ---------------------------------------------------------------- indexing

namespace {
// Converts an index value of any integer type to an int64 slot.
}  // namespace

Loc FuncGen::genIndex(syn::IndexExpr* e) {
  if (e->instance) {
    // F[int] used as a value.
    auto* fn = static_cast<ty::Func*>(e->instance->generic);
    ty::SubstMap m;
    for (size_t i = 0; i < fn->sig()->typeParams.size() && i < e->instance->typeArgs.size(); i++) {
      m.params.push_back(fn->sig()->typeParams[i]);
      m.args.push_back(T(e->instance->typeArgs[i]));
    }
    int32_t f = c.funcForDecl(fn, m);
    ty::Type* t = typeOf(e);
    int32_t s = alloc(t);
    emit(Op::FNVAL, s, f);
    return Loc::slot(s, t);
  }
  ty::Type* xt = typeOf(e->x);
  ty::Type* u = ty::underlying(xt);
  syn::Expr* idx = e->indices[0];
  auto indexSlot = [&]() -> int32_t {
    ty::Type* it = typeOf(idx);
    int32_t s = genSlot(idx);
    ty::Type* iu = ty::underlying(defaultType(c.tc, it));
    int sz = tsize(iu);
    if (sz == 8) return s;
    int32_t w = alloc(c.tc.basic(ty::Kind::Int));
    bool sgn = cIsSignedKind(iu->kind);
    emit(sz == 1 ? (sgn ? Op::SX8 : Op::ZX8) : sz == 2 ? (sgn ? Op::SX16 : Op::ZX16) : (sgn ? Op::SX32 : Op::ZX32), w, s);
    return w;
  };
  switch (u->kind) {
    case ty::Kind::String: {
      int32_t s = genSlot(e->x);
      int32_t i = indexSlot();
      ty::Type* bt = c.tc.basic(ty::Kind::Uint8);
      int32_t d = alloc(bt);
      emit(Op::STRIDX, d, s, i);
      return Loc::slot(d, bt);
    }
    case ty::Kind::Slice: {
      ty::Type* et = T(u->as<ty::SliceType>()->elem);
      int32_t s = genSlot(e->x);
      int32_t i = indexSlot();
      int32_t p = alloc(c.tc.pointerTo(et));
      int32_t es = tsize(et);
      if (es <= 0xffff) {
        emit(Op::SLIDX, p, s, i, static_cast<uint16_t>(es));
      } else {
        emit(Op::SLIDXW, p, s, i);
        emitExt(es, 0, 0);
      }
      return Loc::indirect(p, 0, et);
    }
    case ty::Kind::Map: {
      auto* mt = u->as<ty::MapType>();
      ty::Type* kt = T(mt->key);
      ty::Type* vt = T(mt->elem);
      int32_t ms = genSlot(e->x);
      int32_t ks = alloc(kt);
      genTo(idx, kt, ks);
      int32_t d = alloc(vt);
      emit(Op::MAPGET, d, ms, ks, static_cast<uint16_t>(tsize(vt) <= 0xffff ? tsize(vt) : 0));
      return Loc::slot(d, vt);
    }
    case ty::Kind::Array:
    case ty::Kind::Pointer: {
      Loc base;
      ty::ArrayType* at;
      if (u->kind == ty::Kind::Pointer) {
        at = ty::underlying(u->as<ty::PointerType>()->elem)->as<ty::ArrayType>();
        int32_t p = genSlot(e->x);
        base = Loc::indirect(p, 0, T(u->as<ty::PointerType>()->elem));
        if (!at) {
          c.internalError(e->pos, "index of non-array pointer");
          return base;
        }
      } else {
        at = u->as<ty::ArrayType>();
        base = gen(e->x);
      }
      ty::Type* et = T(at->elem);
      int32_t es = tsize(et);
      if (idx->mode == syn::ExprMode::Constant && idx->constant) {
        int64_t i = idx->constant->int64Val();
        if (u->kind == ty::Kind::Pointer && base.kind == Loc::Indirect && es == 0) emit(Op::NILCHK, base.off);
        return fieldLoc(base, static_cast<int32_t>(i * es), et);
      }
      int32_t i = indexSlot();
      emit(Op::BOUNDSK, i, static_cast<int32_t>(at->len));
      int32_t p = addrSlot(base);
      int32_t q = alloc(c.tc.pointerTo(et));
      if (es <= 0xffff) {
        emit(Op::IDXADDR, q, p, i, static_cast<uint16_t>(es));
      } else {
        emit(Op::IDXADDRW, q, p, i);
        emitExt(es, 0, 0);
      }
      return Loc::indirect(q, 0, et);
    }
    default:
      c.internalError(e->pos, "unsupported index expression");
      return Loc::slot(alloc(typeOf(e)), typeOf(e));
  }
}

// A pointer slot holding the address of the location.
int32_t FuncGen::addrSlot(const Loc& l) {
  ty::Type* pt = c.tc.pointerTo(l.type ? l.type : c.tc.basic(ty::Kind::Int));
  switch (l.kind) {
    case Loc::Indirect: {
      if (l.disp == 0) return l.off;
      int32_t p = alloc(pt);
      emit(Op::ADDP, p, l.off, l.disp);
      return p;
    }
    case Loc::Global: {
      int32_t p = alloc(pt);
      emit(Op::GADDR, p, l.off);
      return p;
    }
    case Loc::Slot: {
      int32_t p = alloc(pt);
      emit(Op::LEA, p, l.off);
      return p;
    }
    default: {
      int32_t s = toSlot(l);
      int32_t p = alloc(pt);
      emit(Op::LEA, p, s);
      return p;
    }
  }
}

Loc FuncGen::addressOf(syn::Expr* e) { return gen(e); }

Loc FuncGen::genSliceExpr(syn::SliceExpr* e) {
  ty::Type* xt = typeOf(e->x);
  ty::Type* u = ty::underlying(xt);
  ty::Type* rt = typeOf(e);
  int32_t src;
  int kind = 0;
  int32_t es = 1;
  ty::Type* intT = c.tc.basic(ty::Kind::Int);
  if (u->kind == ty::Kind::String) {
    src = genSlot(e->x);
    kind = 1;
  } else if (u->kind == ty::Kind::Slice) {
    src = genSlot(e->x);
    es = tsize(T(u->as<ty::SliceType>()->elem));
  } else {
    // An addressable array, or a pointer to an array: view it as a slice.
    ty::ArrayType* at;
    int32_t p;
    if (u->kind == ty::Kind::Pointer) {
      at = ty::underlying(u->as<ty::PointerType>()->elem)->as<ty::ArrayType>();
      p = genSlot(e->x);
      emit(Op::NILCHK, p);
    } else {
      at = u->as<ty::ArrayType>();
      p = addrSlot(gen(e->x));
    }
    es = tsize(T(at->elem));
    src = alloc(c.tc.sliceOf(T(at->elem)));
    move(src, p, 8);
    emit(Op::MOVK64, src + 8, static_cast<int32_t>(at->len), static_cast<int32_t>(static_cast<uint64_t>(at->len) >> 32));
    emit(Op::MOVK64, src + 16, static_cast<int32_t>(at->len), static_cast<int32_t>(static_cast<uint64_t>(at->len) >> 32));
    kind = 2;
  }
  auto bound = [&](syn::Expr* b) -> int32_t {
    if (!b) return -1;
    int32_t s = alloc(intT);
    ty::Type* bt = ty::underlying(defaultType(c.tc, typeOf(b)));
    if (b->mode == syn::ExprMode::Constant && b->constant) {
      loadConst(*b->constant, intT, s);
      return s;
    }
    int32_t v = genSlot(b);
    int sz = tsize(bt);
    bool sgn = cIsSignedKind(bt->kind);
    if (sz == 8) move(s, v, 8);
    else emit(sz == 1 ? (sgn ? Op::SX8 : Op::ZX8) : sz == 2 ? (sgn ? Op::SX16 : Op::ZX16) : (sgn ? Op::SX32 : Op::ZX32), s, v);
    return s;
  };
  int32_t lo = bound(e->lo), hi = bound(e->hi), mx = bound(e->max);
  int32_t dst = alloc(rt);
  emit(Op::SLICE, dst, src, es, static_cast<uint16_t>(kind));
  emitExt(lo, hi, mx);
  return Loc::slot(dst, rt);
}

// ------------------------------------------------------------ operators

Loc FuncGen::genUnary(syn::UnaryExpr* e, int32_t dstSlot) {
  ty::Type* t = typeOf(e);
  switch (e->op) {
    case Tok::Add: return gen(e->x);
    case Tok::And: {
      syn::Expr* x = syn::unparen(e->x);
      if (auto* cl = x->as<syn::CompositeLit>()) {
        // &T{...}: a new object, in the frame when it does not escape.
        ty::Type* ot = typeOf(x);
        int32_t p = alloc(t);
        newObject(p, ot, e, "&" + ty::typeString(ot, nullptr) + "{...}");
        int32_t m = mark();
        int32_t tmp = alloc(ot);
        genCompositeInto(cl, ot, tmp);
        store(Loc::indirect(p, 0, ot), tmp);
        release(m);
        return Loc::slot(p, t);
      }
      Loc l = gen(x);
      int32_t p = addrSlot(l);
      return Loc::slot(p, t);
    }
    case Tok::Arrow: {
      int32_t d = dstSlot >= 0 ? dstSlot : alloc(t);
      genRecv(e->x, d, -1);
      return Loc::slot(d, t);
    }
    default:
      break;
  }
  int32_t x = genSlot(e->x);
  int32_t d = dstSlot >= 0 ? dstSlot : alloc(t);
  ty::Type* u = ty::underlying(t);
  if (e->op == Tok::Not) {
    emit(Op::NOT, d, x);
  } else if (e->op == Tok::Sub) {
    if (u->kind == ty::Kind::Float64) emit(Op::NEGF64, d, x);
    else if (u->kind == ty::Kind::Float32) emit(Op::NEGF32, d, x);
    else if (u->kind == ty::Kind::Complex128) emit(Op::NEGC128, d, x);
    else if (u->kind == ty::Kind::Complex64) emit(Op::NEGC64, d, x);
    else emit(kNeg[widthIndex(tsize(u))], d, x);
  } else if (e->op == Tok::Xor) {
    emit(kCom[widthIndex(tsize(u))], d, x);
  } else {
    c.internalError(e->pos, "unsupported unary operator");
  }
  return Loc::slot(d, t);
}

void FuncGen::genBinaryOp(Tok op, ty::Type* t, int32_t dst, int32_t x, int32_t y, syn::Pos pos) {
  ty::Type* u = ty::underlying(defaultType(c.tc, t));
  ty::Kind k = u->kind;
  if (k == ty::Kind::String) {
    // s += t (the only string operator that gets here).
    emitAlloc(nullptr, "string concatenation (+=)", Op::CONCAT, dst, x, y, 0,
              "s += t is no escape analysis site: its result is always in the heap");
    return;
  }
  if (cIsFloatKind(k) || cIsComplexKind(k)) {
    bool f64 = k == ty::Kind::Float64 || k == ty::Kind::UntypedFloat;
    bool f32 = k == ty::Kind::Float32;
    bool c64 = k == ty::Kind::Complex64;
    Op o = Op::NOP;
    switch (op) {
      case Tok::Add: o = f64 ? Op::ADDF64 : f32 ? Op::ADDF32 : c64 ? Op::ADDC64 : Op::ADDC128; break;
      case Tok::Sub: o = f64 ? Op::SUBF64 : f32 ? Op::SUBF32 : c64 ? Op::SUBC64 : Op::SUBC128; break;
      case Tok::Mul: o = f64 ? Op::MULF64 : f32 ? Op::MULF32 : c64 ? Op::MULC64 : Op::MULC128; break;
      case Tok::Quo: o = f64 ? Op::DIVF64 : f32 ? Op::DIVF32 : c64 ? Op::DIVC64 : Op::DIVC128; break;
      default: c.internalError(pos, "unsupported float operator"); return;
    }
    emit(o, dst, x, y);
    return;
  }
  int w = widthIndex(tsize(u));
  bool sgn = cIsSignedKind(k);
  switch (op) {
    case Tok::Add: emit(kAdd[w], dst, x, y); return;
    case Tok::Sub: emit(kSub[w], dst, x, y); return;
    case Tok::Mul: emit(kMul[w], dst, x, y); return;
    case Tok::Quo: emit(sgn ? kDivS[w] : kDivU[w], dst, x, y); return;
    case Tok::Rem: emit(sgn ? kRemS[w] : kRemU[w], dst, x, y); return;
    case Tok::And: emit(kAnd[w], dst, x, y); return;
    case Tok::Or: emit(kOr[w], dst, x, y); return;
    case Tok::Xor: emit(kXor[w], dst, x, y); return;
    case Tok::AndNot: emit(kAndN[w], dst, x, y); return;
    default: c.internalError(pos, "unsupported integer operator"); return;
  }
}

// Shifts: the count may be any integer type; negative signed counts panic.
namespace {
bool isShift(Tok t) { return t == Tok::Shl || t == Tok::Shr; }
}  // namespace

void FuncGen::genCompare(Tok op, ty::Type* t, int32_t dst, int32_t x, int32_t y) {
  ty::Type* u = ty::underlying(defaultType(c.tc, t));
  ty::Kind k = u->kind;
  bool swap = op == Tok::Gtr || op == Tok::Geq;
  if (swap) {
    std::swap(x, y);
    op = op == Tok::Gtr ? Tok::Lss : Tok::Leq;
  }
  if (k == ty::Kind::String) {
    Op o = op == Tok::Eql ? Op::STREQ : op == Tok::Neq ? Op::STRNE : op == Tok::Lss ? Op::STRLT : Op::STRLE;
    emit(o, dst, x, y);
    return;
  }
  if (k == ty::Kind::Float64 || k == ty::Kind::UntypedFloat || k == ty::Kind::Float32) {
    bool f32 = k == ty::Kind::Float32;
    Op o = op == Tok::Eql ? (f32 ? Op::EQF32 : Op::EQF64)
         : op == Tok::Neq ? (f32 ? Op::NEF32 : Op::NEF64)
         : op == Tok::Lss ? (f32 ? Op::LTF32 : Op::LTF64)
                          : (f32 ? Op::LEF32 : Op::LEF64);
    emit(o, dst, x, y);
    return;
  }
  if (cIsComplexKind(k)) {
    bool c64 = k == ty::Kind::Complex64;
    emit(op == Tok::Eql ? (c64 ? Op::EQC64 : Op::EQC128) : (c64 ? Op::NEC64 : Op::NEC128), dst, x, y);
    return;
  }
  if (k == ty::Kind::Interface) {
    emit(Op::IFACEEQ, dst, x, y);
    if (op == Tok::Neq) emit(Op::NOT, dst, dst);
    return;
  }
  if (k == ty::Kind::Struct || k == ty::Kind::Array) {
    emit(Op::EQT, dst, x, y);
    emitExt(c.typeIndex(defaultType(c.tc, t)), 0, 0);
    if (op == Tok::Neq) emit(Op::NOT, dst, dst);
    return;
  }
  if (k == ty::Kind::Slice || k == ty::Kind::Map || k == ty::Kind::Signature) {
    // Only comparisons with nil exist: compare the pointer word.
    emit(op == Tok::Eql ? Op::EQ64 : Op::NE64, dst, x, y);
    return;
  }
  int size = tsize(u);
  if (k == ty::Kind::Bool) size = 1;
  int w = widthIndex(size);
  bool sgn = cIsSignedKind(k);
  switch (op) {
    case Tok::Eql: emit(kEq[w], dst, x, y); return;
    case Tok::Neq: emit(kNe[w], dst, x, y); return;
    case Tok::Lss: emit(sgn ? kLtS[w] : kLtU[w], dst, x, y); return;
    case Tok::Leq: emit(sgn ? kLeS[w] : kLeU[w], dst, x, y); return;
    default: return;
  }
}

bool FuncGen::genBinaryImm(Tok op, ty::Type* t, int32_t dst, int32_t x, syn::Expr* k) {
  if (!(k->mode == syn::ExprMode::Constant && k->constant)) return false;
  ty::Type* u = ty::underlying(defaultType(c.tc, t));
  if (!cIsIntegerKind(u->kind) || tsize(u) != 8) return false;
  bool exact = false;
  int64_t v = k->constant->int64Val(&exact);
  if (!exact) {
    uint64_t uv = k->constant->uint64Val(&exact);
    if (!exact) return false;
    v = static_cast<int64_t>(uv);
  }
  auto fits = [](int64_t x) { return x >= INT32_MIN && x <= INT32_MAX; };
  switch (op) {
    case Tok::Add:
      if (!fits(v)) return false;
      emit(Op::ADDI64, dst, x, static_cast<int32_t>(v));
      return true;
    case Tok::Sub:
      if (!fits(-v) || v == INT64_MIN) return false;
      emit(Op::ADDI64, dst, x, static_cast<int32_t>(-v));
      return true;
    case Tok::Mul:
      if (!fits(v)) return false;
      emit(Op::MULI64, dst, x, static_cast<int32_t>(v));
      return true;
    case Tok::And:
      if (!fits(v)) return false;
      emit(Op::ANDI64, dst, x, static_cast<int32_t>(v));
      return true;
    case Tok::Shl:
      if (v < 0 || v >= 64) return false;
      emit(Op::SHLI64, dst, x, static_cast<int32_t>(v));
      return true;
    case Tok::Shr:
      if (v < 0 || v >= 64) return false;
      emit(cIsSignedKind(u->kind) ? Op::SHRSI64 : Op::SHRUI64, dst, x, static_cast<int32_t>(v));
      return true;
    default:
      return false;
  }
}

Loc FuncGen::genBinary(syn::BinaryExpr* e, int32_t dstSlot) {
  ty::Type* t = defaultType(c.tc, typeOf(e));
  Tok op = e->op;
  auto dest = [&]() { return dstSlot >= 0 ? dstSlot : alloc(t); };
  if (op == Tok::LAnd || op == Tok::LOr) {
    int32_t d = alloc(t);
    genInto(e->x, d);
    int32_t j = emit(op == Tok::LAnd ? Op::JF : Op::JT, d, 0);
    genInto(e->y, d);
    patchJump(j, pc());
    if (dstSlot >= 0) {
      move(dstSlot, d, 1);
      return Loc::slot(dstSlot, t);
    }
    return Loc::slot(d, t);
  }
  if (op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq) {
    ty::Type* xt = defaultType(c.tc, typeOf(e->x));
    ty::Type* yt = defaultType(c.tc, typeOf(e->y));
    bool xi = ty::underlying(xt)->kind == ty::Kind::Interface;
    bool yi = ty::underlying(yt)->kind == ty::Kind::Interface;
    ty::Type* ct = xt;
    int32_t x, y;
    if (xi != yi) {
      // Mixed interface and concrete operands: compare as interfaces.
      ct = xi ? xt : yt;
      x = alloc(ct);
      genTo(e->x, ct, x);
      y = alloc(ct);
      genTo(e->y, ct, y);
    } else {
      if (xt->kind == ty::Kind::UntypedNil) ct = yt;
      x = genSlot(e->x);
      y = genSlot(e->y);
    }
    int32_t d = dest();
    genCompare(op, ct, d, x, y);
    return Loc::slot(d, t);
  }
  if (isShift(op)) {
    int32_t x = genSlot(e->x);
    {
      int32_t d = dstSlot >= 0 ? dstSlot : -1;
      int32_t m0 = mark();
      int32_t dd = d >= 0 ? d : alloc(t);
      if (genBinaryImm(op, t, dd, x, e->y)) return Loc::slot(dd, t);
      if (d < 0) release(m0);
    }
    ty::Type* ct = ty::underlying(defaultType(c.tc, typeOf(e->y)));
    int32_t cnt;
    ty::Type* u64 = c.tc.basic(ty::Kind::Uint64);
    if (e->y->mode == syn::ExprMode::Constant && e->y->constant) {
      cnt = alloc(u64);
      uint64_t v = e->y->constant->uint64Val();
      emit(Op::MOVK64, cnt, static_cast<int32_t>(static_cast<uint32_t>(v)), static_cast<int32_t>(v >> 32));
    } else {
      int32_t ys = genSlot(e->y);
      int sz = tsize(ct);
      bool sgn = cIsSignedKind(ct->kind);
      cnt = alloc(u64);
      if (sz == 8) move(cnt, ys, 8);
      else emit(sz == 1 ? (sgn ? Op::SX8 : Op::ZX8) : sz == 2 ? (sgn ? Op::SX16 : Op::ZX16) : (sgn ? Op::SX32 : Op::ZX32), cnt, ys);
      if (sgn) emit(Op::SHCHK, cnt);
    }
    ty::Type* u = ty::underlying(t);
    int w = widthIndex(tsize(u));
    int32_t d = dest();
    if (op == Tok::Shl) emit(kShl[w], d, x, cnt);
    else emit(cIsSignedKind(u->kind) ? kShrS[w] : kShrU[w], d, x, cnt);
    return Loc::slot(d, t);
  }
  if (op == Tok::Add && ty::underlying(t)->kind == ty::Kind::String) {
    // Flatten a + b + c into one concatenation.
    std::vector<syn::Expr*> parts;
    std::vector<syn::Expr*> stack{e};
    while (!stack.empty()) {
      syn::Expr* x = stack.back();
      stack.pop_back();
      auto* b = syn::unparen(x)->as<syn::BinaryExpr>();
      if (b && b->op == Tok::Add && !(x->mode == syn::ExprMode::Constant)) {
        stack.push_back(b->y);
        stack.push_back(b->x);
      } else {
        parts.push_back(x);
      }
    }
    int32_t d = dest();
    if (parts.size() == 2) {
      int32_t x = genSlot(parts[0]);
      int32_t y = genSlot(parts[1]);
      emitAlloc(e, "string concatenation", Op::CONCAT, d, x, y);
      return Loc::slot(d, t);
    }
    std::vector<int32_t> words;
    for (size_t i = 0; i < parts.size(); i++) words.push_back(static_cast<int32_t>(16 * i));
    int32_t arr = allocRaw(static_cast<int32_t>(16 * parts.size()), 8, words);
    for (size_t i = 0; i < parts.size(); i++) genInto(parts[i], arr + static_cast<int32_t>(16 * i));
    emitAlloc(e, "string concatenation", Op::CONCATN, d, arr, static_cast<int32_t>(parts.size()));
    return Loc::slot(d, t);
  }
  int32_t x = genSlot(e->x);
  if (op != Tok::Quo && op != Tok::Rem) {
    int32_t m0 = mark();
    int32_t d = dest();
    if (genBinaryImm(op, t, d, x, e->y)) return Loc::slot(d, t);
    if (dstSlot < 0) release(m0);
  }
  int32_t y = genSlot(e->y);
  int32_t d = dest();
  genBinaryOp(op, t, d, x, y, e->pos);
  return Loc::slot(d, t);
}

// --------------------------------------------------------------- literals

Loc FuncGen::genCompositeLit(syn::CompositeLit* e) {
  ty::Type* t = typeOf(e);
  int32_t d = alloc(t);
  genCompositeInto(e, t, d);
  return Loc::slot(d, t);
}

void FuncGen::genCompositeInto(syn::CompositeLit* e, ty::Type* t, int32_t dst) {
  ty::Type* u = ty::underlying(t);
  if (auto* p = u->as<ty::PointerType>()) {
    // An elided &T{...} inside another literal.
    ty::Type* ot = T(p->elem);
    newObject(dst, ot, e, "&" + ty::typeString(ot, nullptr) + "{...}");
    int32_t m = mark();
    int32_t tmp = alloc(ot);
    genCompositeInto(e, ot, tmp);
    store(Loc::indirect(dst, 0, ot), tmp);
    release(m);
    return;
  }
  auto elemInto = [&](syn::Expr* v, ty::Type* et, int32_t at) {
    syn::Expr* x = syn::unparen(v);
    // A literal element of the element's own type (elided or not) is built in
    // place; one stored into an interface element is built, then boxed.
    if (auto* cl = x->as<syn::CompositeLit>()) {
      ty::Type* lt = typeOf(x);
      if (lt && (ty::identical(lt, T(et)) || ty::underlying(T(et))->kind == ty::Kind::Pointer) &&
          ty::underlying(T(et))->kind != ty::Kind::Interface) {
        genCompositeInto(cl, T(et), at);
        return;
      }
    }
    genTo(v, et, at);
  };
  switch (u->kind) {
    case ty::Kind::Struct: {
      auto* st = u->as<ty::StructType>();
      ty::sizeOf(u);
      emit(Op::ZERO, dst, tsize(t));
      for (size_t i = 0; i < e->elts.size(); i++) {
        syn::Expr* el = e->elts[i];
        ty::Var* f;
        syn::Expr* v;
        if (auto* kv = el->as<syn::KeyValueExpr>()) {
          auto* key = kv->key->as<syn::Ident>();
          f = nullptr;
          for (ty::Var* fv : st->fields)
            if (key && fv->name == key->name) f = fv;
          v = kv->value;
        } else {
          f = i < st->fields.size() ? st->fields[i] : nullptr;
          v = el;
        }
        if (!f) {
          c.internalError(el->pos, "unknown field in composite literal");
          continue;
        }
        int32_t m = mark();
        elemInto(v, T(f->type), dst + static_cast<int32_t>(f->offset));
        release(m);
      }
      return;
    }
    case ty::Kind::Array: {
      auto* at = u->as<ty::ArrayType>();
      ty::Type* et = T(at->elem);
      int32_t es = tsize(et);
      emit(Op::ZERO, dst, tsize(t));
      int64_t idx = 0;
      for (syn::Expr* el : e->elts) {
        syn::Expr* v = el;
        if (auto* kv = el->as<syn::KeyValueExpr>()) {
          idx = kv->key->constant ? kv->key->constant->int64Val() : idx;
          v = kv->value;
        }
        int32_t m = mark();
        elemInto(v, et, dst + static_cast<int32_t>(idx * es));
        release(m);
        idx++;
      }
      return;
    }
    case ty::Kind::Slice: {
      ty::Type* et = T(u->as<ty::SliceType>()->elem);
      int32_t es = tsize(et);
      // Length: the largest index + 1.
      int64_t n = 0, idx = 0;
      for (syn::Expr* el : e->elts) {
        if (auto* kv = el->as<syn::KeyValueExpr>()) idx = kv->key->constant ? kv->key->constant->int64Val() : idx;
        idx++;
        if (idx > n) n = idx;
      }
      if (n == 0) {
        // []T{}: a non-nil empty slice.
        int32_t m = mark();
        ty::Type* arrT = c.tc.make<ty::ArrayType>(et, 0);
        int32_t p = alloc(c.tc.pointerTo(arrT));
        newObject(p, arrT, e, "[]" + ty::typeString(et, nullptr) + "{}");
        move(dst, p, 8);
        emit(Op::ZERO, dst + 8, 16);
        release(m);
        return;
      }
      ty::Type* arrT = c.tc.make<ty::ArrayType>(et, n);
      int32_t m = mark();
      int32_t p = alloc(c.tc.pointerTo(arrT));
      newObject(p, arrT, e, "[]" + ty::typeString(et, nullptr) + "{...}");
      idx = 0;
      for (syn::Expr* el : e->elts) {
        syn::Expr* v = el;
        if (auto* kv = el->as<syn::KeyValueExpr>()) {
          idx = kv->key->constant ? kv->key->constant->int64Val() : idx;
          v = kv->value;
        }
        int32_t m2 = mark();
        int32_t tmp = alloc(et);
        elemInto(v, et, tmp);
        store(Loc::indirect(p, static_cast<int32_t>(idx * es), et), tmp);
        release(m2);
        idx++;
      }
      move(dst, p, 8);
      emit(Op::MOVK64, dst + 8, static_cast<int32_t>(n), static_cast<int32_t>(static_cast<uint64_t>(n) >> 32));
      emit(Op::MOVK64, dst + 16, static_cast<int32_t>(n), static_cast<int32_t>(static_cast<uint64_t>(n) >> 32));
      release(m);
      return;
    }
    case ty::Kind::Map: {
      auto* mt = u->as<ty::MapType>();
      ty::Type* kt = T(mt->key);
      ty::Type* vt = T(mt->elem);
      int32_t m = mark();
      int32_t hint = alloc(c.tc.basic(ty::Kind::Int));
      int64_t n = static_cast<int64_t>(e->elts.size());
      emit(Op::MOVK64, hint, static_cast<int32_t>(n), 0);
      emitAlloc(e, ty::typeString(t, nullptr) + "{...}", Op::MAKEMAP, dst, c.typeIndex(t), hint);
      for (syn::Expr* el : e->elts) {
        auto* kv = el->as<syn::KeyValueExpr>();
        if (!kv) continue;
        int32_t m2 = mark();
        int32_t ks = alloc(kt);
        elemInto(kv->key, kt, ks);
        int32_t vs = alloc(vt);
        elemInto(kv->value, vt, vs);
        emit(Op::MAPSET, dst, ks, vs);
        release(m2);
      }
      release(m);
      return;
    }
    default:
      c.internalError(e->pos, "unsupported composite literal");
  }
}

std::vector<int32_t> FuncGen::ptrWordsOf(ty::Type* t) {
  std::vector<int32_t> ptrs;
  pointerWords(t, 0, &ptrs);
  return ptrs;
}

void FuncGen::newObject(int32_t p, ty::Type* t, const void* site, const std::string& what) {
  int32_t off = siteSlot(site, tsize(t));
  if (site && site == deferVariadic_) {
    // The implicit slice of a deferred (or go'd) variadic call: Go builds it
    // inside the defer wrapper when the call runs; we build it now and keep
    // it in the wrapper's closure, so it lives as long as that closure: in
    // this frame for a defer kept in the frame, else in the heap.
    off = deferVariadicInFrame_ ? allocFrameSite(tsize(t), talign(t), ptrWordsOf(t), ty::typeString(t, nullptr)) : -1;
    if (off < 0) {
      emit(Op::NEW, p, c.typeIndex(t),
           heapSite(what, site, "kept with its deferred call's closure, which is in the heap"));
      return;
    }
  }
  if (off >= 0) {
    // Escape analysis keeps it in the frame: clear the slot (it may hold the
    // previous iteration's object) and point at it.
    emit(Op::ZERO, off, tsize(t));
    emit(Op::LEA, p, off);
    return;
  }
  emit(Op::NEW, p, c.typeIndex(t), heapSite(what, site));
}

Loc FuncGen::genFuncLit(syn::FuncLit* e) {
  // Name it after the enclosing function (Go: main.main.func1).
  c.nameForLit(e, name_.empty() ? info().name : name_);
  int32_t f = c.funcForLit(e, subst_);
  ty::Type* t = typeOf(e);
  int32_t d = alloc(t);
  auto it = c.captures.find(e);
  if (it == c.captures.end() || it->second.empty()) {
    emit(Op::FNVAL, d, f);
    return Loc::slot(d, t);
  }
  const auto& caps = it->second;
  ClosureLayout l = closureLayout(e);
  int32_t obj = siteSlot(e, l.size);
  bool inFrame = obj >= 0;
  if (inFrame) {
    // A closure that does not escape: its object is a frame slot.
    frameClosure(d, obj, l.size, f);
  } else {
    emitAlloc(e, "func literal", Op::MKCLO, d, f, c.closureTypeIndex(l.fields, l.size));
  }
  for (size_t i = 0; i < caps.size(); i++) {
    int32_t m = mark();
    ty::Type* vt = T(caps[i]->type);
    if (l.byValue[i]) {
      // Capture by value: copy the variable's current value (escape
      // analysis chose this only for variables never assigned afterwards).
      int32_t tmp = alloc(vt);
      load(varLoc(caps[i]), tmp);
      store(Loc::indirect(d, l.offs[i], vt), tmp);
    } else {
      // Capture by reference: the variable's address, a heap cell or (for a
      // closure in the frame) the variable's own slot.
      Loc vl = varLoc(caps[i]);
      if (vl.kind == Loc::Slot && !inFrame) {
        c.internalError(e->pos, "closure in the heap captures the frame variable " + caps[i]->name);
      }
      int32_t p = addrSlot(vl);
      emit(Op::STORE64, d, p, l.offs[i]);
    }
    release(m);
  }
  return Loc::slot(d, t);
}

// ---------------------------------------------------------- type assertion

Loc FuncGen::genTypeAssert(syn::TypeAssertExpr* e, int32_t okSlot) {
  ty::Type* target = T(e->typeExpr->type);
  ty::Type* xt = typeOf(e->x);
  int32_t x = genSlot(e->x);
  int32_t d;
  bool iface = ty::underlying(target)->kind == ty::Kind::Interface;
  int32_t ti = c.typeIndex(target);
  uint16_t staticIface = static_cast<uint16_t>(c.typeIndex(xt));
  if (okSlot < 0) {
    d = alloc(target);
    emit(iface ? Op::ASSERTI : Op::ASSERT, d, x, ti, staticIface);
    return Loc::slot(d, target);
  }
  // Comma-ok: the result and the bool are consecutive in one block.
  int32_t size = tsize(target);
  d = alloc(target);
  int32_t ok = allocRaw(1, 1, {});
  if (ok != d + size) c.internalError(e->pos, "comma-ok slots are not adjacent");
  emit(iface ? Op::ASSERTI2 : Op::ASSERT2, d, x, ti, static_cast<uint16_t>(size));
  move(okSlot, d + size, 1);
  return Loc::slot(d, target);
}

}  // namespace gs::compile
