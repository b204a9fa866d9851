// Statements: blocks, declarations, assignments, control flow, loops over
// every range form, switches, returns, branches.
#include <algorithm>
#include <unordered_set>

#include "core/compile/internal.h"

namespace gs::compile {

using syn::Tok;

namespace {

bool isSimpleRhs(syn::Expr* e) {
  e = syn::unparen(e);
  switch (e->kind) {
    case syn::NodeKind::BinaryExpr: case syn::NodeKind::UnaryExpr: case syn::NodeKind::CallExpr:
    case syn::NodeKind::BasicLit: case syn::NodeKind::Ident:
      return true;
    default:
      return e->mode == syn::ExprMode::Constant;
  }
}

bool isIntegerLike(ty::Type* u) { return u->kind >= ty::Kind::Int && u->kind <= ty::Kind::Uintptr; }
bool isSignedInt(ty::Type* u) {
  return u->kind == ty::Kind::Int || u->kind == ty::Kind::Int8 || u->kind == ty::Kind::Int16 ||
         u->kind == ty::Kind::Int32 || u->kind == ty::Kind::Int64;
}

bool isBlank(syn::Expr* e) {
  auto* id = syn::unparen(e)->as<syn::Ident>();
  return id && id->name == "_";
}

}  // namespace

void FuncGen::genBlock(syn::BlockStmt* b) {
  if (!b) return;
  int32_t m = mark();
  genStmts(b->list);
  release(m);
}

void FuncGen::genStmts(const std::vector<syn::Stmt*>& list) {
  for (syn::Stmt* s : list) genStmt(s);
}

FuncGen::Target* FuncGen::findTarget(syn::Stmt* s) {
  for (auto it = targets_.rbegin(); it != targets_.rend(); ++it)
    if (it->stmt == s) return &*it;
  return nullptr;
}

void FuncGen::genStmt(syn::Stmt* s) {
  if (!s) return;
  setLine(s->pos);
  switch (s->kind) {
    case syn::NodeKind::EmptyStmt: return;
    case syn::NodeKind::BlockStmt: genBlock(static_cast<syn::BlockStmt*>(s)); return;
    case syn::NodeKind::ExprStmt: {
      int32_t m = mark();
      gen(static_cast<syn::ExprStmt*>(s)->x);
      release(m);
      return;
    }
    case syn::NodeKind::DeclStmt: {
      auto* d = static_cast<syn::DeclStmt*>(s)->decl;
      if (d->tok != Tok::Var) return;
      for (syn::Spec* sp : d->specs)
        if (auto* vs = sp->as<syn::ValueSpec>()) genVarDecl(vs);
      return;
    }
    case syn::NodeKind::AssignStmt: {
      auto* a = static_cast<syn::AssignStmt*>(s);
      if (a->tok == Tok::Define) genDefine(a);
      else if (a->tok == Tok::Assign) genAssign(a);
      else genOpAssign(a);
      return;
    }
    case syn::NodeKind::IncDecStmt: genIncDec(static_cast<syn::IncDecStmt*>(s)); return;
    case syn::NodeKind::IfStmt: genIf(static_cast<syn::IfStmt*>(s)); return;
    case syn::NodeKind::ForStmt: genFor(static_cast<syn::ForStmt*>(s), nullptr); return;
    case syn::NodeKind::RangeStmt: genRange(static_cast<syn::RangeStmt*>(s), nullptr); return;
    case syn::NodeKind::SwitchStmt: genSwitch(static_cast<syn::SwitchStmt*>(s), nullptr); return;
    case syn::NodeKind::TypeSwitchStmt: genTypeSwitch(static_cast<syn::TypeSwitchStmt*>(s), nullptr); return;
    case syn::NodeKind::ReturnStmt: genReturn(static_cast<syn::ReturnStmt*>(s)); return;
    case syn::NodeKind::BranchStmt: genBranch(static_cast<syn::BranchStmt*>(s)); return;
    case syn::NodeKind::DeferStmt: genDefer(static_cast<syn::DeferStmt*>(s)); return;
    case syn::NodeKind::LabeledStmt: {
      auto* l = static_cast<syn::LabeledStmt*>(s);
      int32_t here = pc();
      labelPcs_[l->label->name] = here;
      auto it = gotoFixups_.find(l->label->name);
      if (it != gotoFixups_.end()) {
        for (int32_t j : it->second) patchJump(j, here);
        gotoFixups_.erase(it);
      }
      syn::Stmt* inner = l->stmt;
      switch (inner->kind) {
        case syn::NodeKind::ForStmt: genFor(static_cast<syn::ForStmt*>(inner), l); return;
        case syn::NodeKind::RangeStmt: genRange(static_cast<syn::RangeStmt*>(inner), l); return;
        case syn::NodeKind::SwitchStmt: genSwitch(static_cast<syn::SwitchStmt*>(inner), l); return;
        case syn::NodeKind::TypeSwitchStmt: genTypeSwitch(static_cast<syn::TypeSwitchStmt*>(inner), l); return;
        case syn::NodeKind::SelectStmt: genSelect(static_cast<syn::SelectStmt*>(inner), l); return;
        default: genStmt(inner); return;
      }
    }
    case syn::NodeKind::GoStmt: {
      auto* g = static_cast<syn::GoStmt*>(s);
      genDeferOrGo(g->call, g->pos, true, g);
      return;
    }
    case syn::NodeKind::SendStmt: {
      auto* ss = static_cast<syn::SendStmt*>(s);
      int32_t m = mark();
      int32_t ch = genSlot(ss->chan);
      ty::Type* et = T(ty::underlying(typeOf(ss->chan))->as<ty::ChanType>()->elem);
      int32_t v = alloc(et);
      genTo(ss->value, et, v);
      setLine(ss->arrow);
      emit(Op::CHANSEND, ch, v);
      release(m);
      return;
    }
    case syn::NodeKind::SelectStmt: genSelect(static_cast<syn::SelectStmt*>(s), nullptr); return;
    default:
      c.internalError(s->pos, "unsupported statement");
      return;
  }
}

// ------------------------------------------------------------ declarations

void FuncGen::genVarDecl(syn::ValueSpec* spec) {
  int32_t m = mark();
  if (spec->values.empty()) {
    for (syn::Ident* n : spec->names) {
      if (n->name == "_" || !n->obj) continue;
      declareVar(static_cast<ty::Var*>(n->obj));
    }
    return;
  }
  if (spec->values.size() == spec->names.size()) {
    std::vector<int32_t> tmps;
    std::vector<ty::Type*> types;
    for (size_t i = 0; i < spec->names.size(); i++) {
      syn::Ident* n = spec->names[i];
      ty::Type* vt = n->obj ? T(n->obj->type) : concreteType(c.tc, typeOf(spec->values[i]));
      int32_t tmp = alloc(vt);
      genTo(spec->values[i], vt, tmp);
      tmps.push_back(tmp);
      types.push_back(vt);
    }
    std::vector<int32_t> dsts;
    for (size_t i = 0; i < spec->names.size(); i++) {
      syn::Ident* n = spec->names[i];
      if (n->name == "_" || !n->obj) continue;
      auto* v = static_cast<ty::Var*>(n->obj);
      (void)v;
    }
    // Move the values into freshly declared variables (after the temps, so
    // release the temps only at the end of the enclosing block).
    for (size_t i = 0; i < spec->names.size(); i++) {
      syn::Ident* n = spec->names[i];
      if (n->name == "_" || !n->obj) continue;
      auto* v = static_cast<ty::Var*>(n->obj);
      declareVar(v);
      store(varLoc(v), tmps[i]);
    }
    (void)m;
    return;
  }
  // var a, b = f() / var v, ok = m[k] ...
  std::vector<syn::Expr*> lhs(spec->names.begin(), spec->names.end());
  syn::AssignStmt as(spec->pos);
  as.lhs = lhs;
  as.tok = Tok::Define;
  as.rhs = spec->values;
  genDefine(&as);
}

// ----------------------------------------------------------- assignments

FuncGen::LValue FuncGen::prepareLValue(syn::Expr* lhs) {
  LValue lv;
  if (isBlank(lhs)) {
    lv.blank = true;
    return lv;
  }
  syn::Expr* x = syn::unparen(lhs);
  lv.type = typeOf(x);
  if (auto* ix = x->as<syn::IndexExpr>()) {
    if (auto* mt = ty::underlying(typeOf(ix->x))->as<ty::MapType>()) {
      lv.mapSlot = genSlot(ix->x);
      ty::Type* kt = T(mt->key);
      lv.keySlot = alloc(kt);
      genTo(ix->indices[0], kt, lv.keySlot);
      return lv;
    }
  }
  lv.loc = gen(x);
  return lv;
}

void FuncGen::storeLValue(const LValue& lv, int32_t src, ty::Type* srcType) {
  if (lv.blank) return;
  int32_t m = mark();
  bool box = ty::underlying(lv.type)->kind == ty::Kind::Interface && ty::underlying(srcType)->kind != ty::Kind::Interface;
  if (box) {
    int32_t b = alloc(lv.type);
    convertInto(src, srcType, lv.type, b);
    src = b;
  }
  if (lv.mapSlot >= 0) {
    emit(Op::MAPSET, lv.mapSlot, lv.keySlot, src);
  } else {
    store(lv.loc, src);
  }
  release(m);
}

void FuncGen::assignTo(syn::Expr* lhs, int32_t src, ty::Type* srcType) {
  int32_t m = mark();
  LValue lv = prepareLValue(lhs);
  storeLValue(lv, src, srcType);
  release(m);
}

void FuncGen::genAssign(syn::AssignStmt* s) {
  int32_t m = mark();
  if (s->lhs.size() == 1 && s->rhs.size() == 1) {
    syn::Expr* lhs = syn::unparen(s->lhs[0]);
    syn::Expr* rhs = s->rhs[0];
    if (isBlank(lhs)) {
      // The value is computed and dropped: loading it is what makes
      // `_ = p.x` panic on a nil p, as in Go.
      ty::Type* rt = concreteType(c.tc, typeOf(rhs));
      genTo(rhs, rt, alloc(rt));
      release(m);
      return;
    }
    ty::Type* lt = typeOf(lhs);
    // Fast path: a frame variable takes the value directly.
    if (auto* id = lhs->as<syn::Ident>()) {
      if (id->obj && id->obj->kind == ty::ObjKind::Var) {
        auto* v = static_cast<ty::Var*>(id->obj);
        auto it = vars_.find(v);
        if (!v->isGlobal && it != vars_.end() && it->second.kind == VarLoc::Frame && isSimpleRhs(rhs)) {
          genTo(rhs, lt, it->second.off);
          release(m);
          return;
        }
      }
    }
    LValue lv = prepareLValue(lhs);
    int32_t tmp = alloc(lt);
    genTo(rhs, lt, tmp);
    storeLValue(lv, tmp, lt);
    release(m);
    return;
  }
  // Tuple assignment: left operands, then right-hand sides, then stores.
  // A pointer the left side goes through is copied, so that assigning the
  // pointer variable itself earlier in the tuple does not redirect it.
  std::vector<LValue> lvs;
  for (syn::Expr* l : s->lhs) {
    LValue lv = prepareLValue(l);
    if (!lv.blank && lv.mapSlot < 0 && lv.loc.kind == Loc::Indirect) {
      int32_t p = alloc(c.tc.pointerTo(lv.type));
      move(p, lv.loc.off, 8);
      lv.loc.off = p;
    }
    lvs.push_back(lv);
  }
  std::vector<int32_t> srcs;
  std::vector<ty::Type*> types;
  if (s->rhs.size() == s->lhs.size()) {
    for (size_t i = 0; i < s->rhs.size(); i++) {
      ty::Type* lt = lvs[i].blank ? typeOf(s->rhs[i]) : lvs[i].type;
      int32_t tmp = alloc(lt);
      genTo(s->rhs[i], lt, tmp);
      srcs.push_back(tmp);
      types.push_back(lt);
    }
  } else if (!genMultiValue(s->rhs[0], &srcs, &types)) {
    c.internalError(s->pos, "unsupported comma-ok assignment");
    release(m);
    return;
  }
  for (size_t i = 0; i < lvs.size() && i < srcs.size(); i++) storeLValue(lvs[i], srcs[i], types[i]);
  release(m);
}

// Evaluates the single multi-valued right-hand side of `a, b = rhs` or
// `a, b := rhs` (a call with several results, or a comma-ok form: type
// assertion, map index, receive) into fresh temporaries, appending each
// value's slot and type. False for a form the compiler does not know.
bool FuncGen::genMultiValue(syn::Expr* rhs, std::vector<int32_t>* srcs, std::vector<ty::Type*>* types) {
  syn::Expr* r = syn::unparen(rhs);
  if (auto* call = r->as<syn::CallExpr>()) {
    CallResult cr = genCallMulti(call);
    for (size_t i = 0; i < cr.resultTypes.size(); i++) {
      int32_t tmp = alloc(cr.resultTypes[i]);
      move(tmp, cr.block + cr.layout.results[i], tsize(cr.resultTypes[i]));
      srcs->push_back(tmp);
      types->push_back(cr.resultTypes[i]);
    }
  } else {
    // comma-ok forms
    ty::Type* boolT = c.tc.basic(ty::Kind::Bool);
    if (auto* ta = r->as<syn::TypeAssertExpr>()) {
      int32_t ok = alloc(boolT);
      Loc v = genTypeAssert(ta, ok);
      srcs->push_back(toSlot(v));
      types->push_back(v.type);
      srcs->push_back(ok);
      types->push_back(boolT);
    } else if (auto* ix = r->as<syn::IndexExpr>()) {
      auto* mt = ty::underlying(typeOf(ix->x))->as<ty::MapType>();
      ty::Type* et = T(mt->elem);
      int32_t ms = genSlot(ix->x);
      ty::Type* kt = T(mt->key);
      int32_t ks = alloc(kt);
      genTo(ix->indices[0], kt, ks);
      int32_t d = alloc(et);
      int32_t ok = allocRaw(1, 1, {});
      emit(Op::MAPGET2, d, ms, ks, static_cast<uint16_t>(ok - d));
      srcs->push_back(d);
      types->push_back(et);
      srcs->push_back(ok);
      types->push_back(boolT);
    } else if (auto* u = r->as<syn::UnaryExpr>(); u && u->op == Tok::Arrow) {
      ty::Type* et = T(ty::underlying(typeOf(u->x))->as<ty::ChanType>()->elem);
      int32_t d = alloc(et);
      int32_t ok = alloc(boolT);
      genRecv(u->x, d, ok);
      srcs->push_back(d);
      types->push_back(et);
      srcs->push_back(ok);
      types->push_back(boolT);
    } else {
      return false;
    }
  }
  return true;
}

void FuncGen::genDefine(syn::AssignStmt* s) {
  // Single new variable initialized from a simple expression: evaluate
  // straight into its slot.
  if (s->lhs.size() == 1 && s->rhs.size() == 1) {
    auto* id = syn::unparen(s->lhs[0])->as<syn::Ident>();
    if (id && id->name != "_" && id->obj && id->obj->kind == ty::ObjKind::Var) {
      auto* v = static_cast<ty::Var*>(id->obj);
      if (!vars_.count(v)) {
        ty::Type* vt = T(v->type);
        if (!c.heapVars.count(v)) {
          int32_t off = alloc(vt, v->name);
          genTo(s->rhs[0], vt, off);
          vars_[v] = VarLoc{VarLoc::Frame, off, 0};
          return;
        }
        // The cell comes first, so that it outlives the temporaries.
        declareVar(v);
        int32_t m = mark();
        int32_t tmp = alloc(vt);
        genTo(s->rhs[0], vt, tmp);
        store(varLoc(v), tmp);
        release(m);
        return;
      }
    }
  }
  // General case: evaluate every right-hand side, then declare and assign.
  std::vector<int32_t> srcs;
  std::vector<ty::Type*> types;
  if (s->rhs.size() == s->lhs.size()) {
    for (size_t i = 0; i < s->rhs.size(); i++) {
      ty::Type* lt = isBlank(s->lhs[i]) ? concreteType(c.tc, typeOf(s->rhs[i])) : T(s->lhs[i]->as<syn::Ident>()->obj->type);
      int32_t tmp = alloc(lt);
      genTo(s->rhs[i], lt, tmp);
      srcs.push_back(tmp);
      types.push_back(lt);
    }
  } else if (!genMultiValue(s->rhs[0], &srcs, &types)) {
    c.internalError(s->pos, "unsupported comma-ok definition");
    return;
  }
  for (size_t i = 0; i < s->lhs.size() && i < srcs.size(); i++) {
    auto* id = syn::unparen(s->lhs[i])->as<syn::Ident>();
    if (!id || id->name == "_") continue;
    auto* v = static_cast<ty::Var*>(id->obj);
    if (!vars_.count(v) && !v->isGlobal) declareVar(v);
    ty::Type* vt = T(v->type);
    if (ty::underlying(vt)->kind == ty::Kind::Interface && ty::underlying(types[i])->kind != ty::Kind::Interface) {
      int32_t b = alloc(vt);
      convertInto(srcs[i], types[i], vt, b);
      store(varLoc(v), b);
    } else {
      store(varLoc(v), srcs[i]);
    }
  }
}

void FuncGen::genOpAssign(syn::AssignStmt* s) {
  Tok op = syn::assignOpBase(s->tok);
  int32_t m = mark();
  syn::Expr* lhs = syn::unparen(s->lhs[0]);
  ty::Type* lt = typeOf(lhs);
  Loc l;
  if (auto* ix = lhs->as<syn::IndexExpr>()) {
    if (auto* mt = ty::underlying(typeOf(ix->x))->as<ty::MapType>()) {
      int32_t ms = genSlot(ix->x);
      ty::Type* kt = T(mt->key);
      int32_t ks = alloc(kt);
      genTo(ix->indices[0], kt, ks);
      int32_t p = alloc(c.tc.pointerTo(lt));
      emit(Op::MAPREF, p, ms, ks);
      l = Loc::indirect(p, 0, lt);
    }
  }
  if (l.kind == Loc::None) l = gen(lhs);
  syn::Expr* y = s->rhs[0];
  // A frame variable is updated in place.
  if (l.kind == Loc::Slot && op != Tok::Shl && op != Tok::Shr) {
    if (op == Tok::Quo || op == Tok::Rem || !genBinaryImm(op, lt, l.off, l.off, y)) {
      int32_t ys = alloc(lt);
      genTo(y, lt, ys);
      genBinaryOp(op, lt, l.off, l.off, ys, s->pos);
    }
    release(m);
    return;
  }
  int32_t cur = toSlot(l);
  int32_t res = alloc(lt);
  if (op == Tok::Shl || op == Tok::Shr) {
    syn::BinaryExpr be(s->pos, op, s->tokPos, lhs, y);
    be.type = lhs->type;
    // Reuse the shift code on already-evaluated operands.
    ty::Type* ct = ty::underlying(concreteType(c.tc, typeOf(y)));
    int32_t cnt = alloc(c.tc.basic(ty::Kind::Uint64));
    if (y->mode == syn::ExprMode::Constant && y->constant) {
      uint64_t v = y->constant->uint64Val();
      emit(Op::MOVK64, cnt, static_cast<int32_t>(static_cast<uint32_t>(v)), static_cast<int32_t>(v >> 32));
    } else {
      int32_t ys = genSlot(y);
      int sz = tsize(ct);
      bool sgn = ct->kind == ty::Kind::Int || ct->kind == ty::Kind::Int8 || ct->kind == ty::Kind::Int16 ||
                 ct->kind == ty::Kind::Int32 || ct->kind == ty::Kind::Int64;
      if (sz == 8) move(cnt, ys, 8);
      else emit(sz == 1 ? (sgn ? Op::SX8 : Op::ZX8) : sz == 2 ? (sgn ? Op::SX16 : Op::ZX16) : (sgn ? Op::SX32 : Op::ZX32), cnt, ys);
      if (sgn) emit(Op::SHCHK, cnt);
    }
    ty::Type* u = ty::underlying(lt);
    int size = tsize(u);
    bool sgnx = u->kind == ty::Kind::Int || u->kind == ty::Kind::Int8 || u->kind == ty::Kind::Int16 ||
                u->kind == ty::Kind::Int32 || u->kind == ty::Kind::Int64;
    static const Op shl[4] = {Op::SHL8, Op::SHL16, Op::SHL32, Op::SHL64};
    static const Op shrs[4] = {Op::SHRS8, Op::SHRS16, Op::SHRS32, Op::SHRS64};
    static const Op shru[4] = {Op::SHRU8, Op::SHRU16, Op::SHRU32, Op::SHRU64};
    int w = size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3;
    emit(op == Tok::Shl ? shl[w] : (sgnx ? shrs[w] : shru[w]), res, cur, cnt);
  } else {
    int32_t ys = alloc(lt);
    genTo(y, lt, ys);
    genBinaryOp(op, lt, res, cur, ys, s->pos);
  }
  store(l, res);
  release(m);
}

void FuncGen::genIncDec(syn::IncDecStmt* s) {
  int32_t m = mark();
  syn::Expr* x = syn::unparen(s->x);
  ty::Type* t = typeOf(x);
  ty::Type* u = ty::underlying(t);
  int delta = s->tok == Tok::Inc ? 1 : -1;
  // Fast path: an int-sized frame variable.
  if (auto* id = x->as<syn::Ident>()) {
    if (id->obj && id->obj->kind == ty::ObjKind::Var && tsize(u) == 8 &&
        (u->kind == ty::Kind::Int || u->kind == ty::Kind::Int64 || u->kind == ty::Kind::Uint ||
         u->kind == ty::Kind::Uint64 || u->kind == ty::Kind::Uintptr)) {
      auto it = vars_.find(static_cast<ty::Var*>(id->obj));
      if (it != vars_.end() && it->second.kind == VarLoc::Frame) {
        emit(Op::INC64, it->second.off, delta);
        release(m);
        return;
      }
    }
  }
  Loc l;
  if (auto* ix = x->as<syn::IndexExpr>()) {
    if (auto* mt = ty::underlying(typeOf(ix->x))->as<ty::MapType>()) {
      int32_t ms = genSlot(ix->x);
      ty::Type* kt = T(mt->key);
      int32_t ks = alloc(kt);
      genTo(ix->indices[0], kt, ks);
      int32_t p = alloc(c.tc.pointerTo(t));
      emit(Op::MAPREF, p, ms, ks);
      l = Loc::indirect(p, 0, t);
    }
  }
  if (l.kind == Loc::None) l = gen(x);
  int32_t cur = toSlot(l);
  int32_t one = alloc(t);
  ty::Constant k = ty::makeInt64(1);
  loadConst(k, t, one);
  int32_t res = alloc(t);
  genBinaryOp(delta > 0 ? Tok::Add : Tok::Sub, t, res, cur, one, s->pos);
  store(l, res);
  release(m);
}

// ------------------------------------------------------------- conditions

void FuncGen::genCond(syn::Expr* e, bool jumpIf, std::vector<int32_t>* jumps) {
  e = syn::unparen(e);
  setLine(e->pos);
  if (e->mode == syn::ExprMode::Constant && e->constant) {
    if (e->constant->boolVal() == jumpIf) jumps->push_back(emit(Op::JMP, 0));
    return;
  }
  if (auto* u = e->as<syn::UnaryExpr>()) {
    if (u->op == Tok::Not) {
      genCond(u->x, !jumpIf, jumps);
      return;
    }
  }
  if (auto* b = e->as<syn::BinaryExpr>()) {
    if (b->op == Tok::LAnd || b->op == Tok::LOr) {
      bool isAnd = b->op == Tok::LAnd;
      if (isAnd != jumpIf) {
        // (x && y) jumping when false, or (x || y) jumping when true.
        genCond(b->x, jumpIf, jumps);
        genCond(b->y, jumpIf, jumps);
      } else {
        std::vector<int32_t> local;
        genCond(b->x, !jumpIf, &local);
        genCond(b->y, jumpIf, jumps);
        for (int32_t j : local) patchJump(j, pc());
      }
      return;
    }
    // Fused compare-and-branch on int-sized signed integers.
    ty::Type* xt = concreteType(c.tc, typeOf(b->x));
    ty::Type* yt = concreteType(c.tc, typeOf(b->y));
    ty::Type* xu = ty::underlying(xt);
    bool intLike = (xu->kind == ty::Kind::Int || xu->kind == ty::Kind::Int64) && ty::identical(ty::underlying(yt), xu);
    if (intLike && (b->op == Tok::Lss || b->op == Tok::Leq || b->op == Tok::Gtr || b->op == Tok::Geq ||
                    b->op == Tok::Eql || b->op == Tok::Neq)) {
      int32_t m = mark();
      Tok op = b->op;
      if (!jumpIf) {
        switch (op) {
          case Tok::Lss: op = Tok::Geq; break;
          case Tok::Leq: op = Tok::Gtr; break;
          case Tok::Gtr: op = Tok::Leq; break;
          case Tok::Geq: op = Tok::Lss; break;
          case Tok::Eql: op = Tok::Neq; break;
          default: op = Tok::Eql; break;
        }
      }
      int32_t x = genSlot(b->x);
      syn::Expr* y = b->y;
      if (y->mode == syn::ExprMode::Constant && y->constant) {
        bool exact = false;
        int64_t k = y->constant->int64Val(&exact);
        if (exact && k >= INT32_MIN && k <= INT32_MAX && (op == Tok::Lss || op == Tok::Geq || op == Tok::Eql || op == Tok::Neq)) {
          Op o = op == Tok::Lss ? Op::JLTSI64 : op == Tok::Geq ? Op::JGESI64 : op == Tok::Eql ? Op::JEQI64 : Op::JNEI64;
          jumps->push_back(emit(o, x, static_cast<int32_t>(k), 0));
          release(m);
          return;
        }
      }
      int32_t ys = genSlot(y);
      Op o;
      switch (op) {
        case Tok::Lss: o = Op::JLTS64; break;
        case Tok::Leq: o = Op::JLES64; break;
        case Tok::Gtr: o = Op::JGTS64; break;
        case Tok::Geq: o = Op::JGES64; break;
        case Tok::Eql: o = Op::JEQ64; break;
        default: o = Op::JNE64; break;
      }
      jumps->push_back(emit(o, x, ys, 0));
      release(m);
      return;
    }
  }
  int32_t m = mark();
  int32_t v = genSlot(e);
  jumps->push_back(emit(jumpIf ? Op::JT : Op::JF, v, 0));
  release(m);
}

// ------------------------------------------------------------ control flow

void FuncGen::genIf(syn::IfStmt* s) {
  int32_t m = mark();
  genStmt(s->init);
  std::vector<int32_t> falseJumps;
  genCond(s->cond, false, &falseJumps);
  genBlock(s->body);
  if (s->els) {
    int32_t j = emit(Op::JMP, 0);
    for (int32_t f : falseJumps) patchJump(f, pc());
    genStmt(s->els);
    patchJump(j, pc());
  } else {
    for (int32_t f : falseJumps) patchJump(f, pc());
  }
  release(m);
}

void FuncGen::genFor(syn::ForStmt* s, syn::LabeledStmt* label) {
  (void)label;
  int32_t m = mark();
  genStmt(s->init);
  // Go 1.22: variables declared by the init statement are per-iteration.
  // Only those living in heap cells can be observed; they get a fresh cell
  // holding the current value before each post statement.
  std::vector<ty::Var*> loopVars;
  if (auto* a = s->init ? s->init->as<syn::AssignStmt>() : nullptr) {
    if (a->tok == Tok::Define)
      for (syn::Expr* l : a->lhs)
        if (auto* id = l->as<syn::Ident>())
          if (id->obj && id->obj->kind == ty::ObjKind::Var && c.heapVars.count(static_cast<ty::Var*>(id->obj)))
            loopVars.push_back(static_cast<ty::Var*>(id->obj));
  }
  int32_t top = pc();
  std::vector<int32_t> exits;
  if (s->cond) genCond(s->cond, false, &exits);
  targets_.push_back(Target{s, {}, {}, -1, mark()});
  genBlock(s->body);
  Target t = targets_.back();
  targets_.pop_back();
  int32_t cont = pc();
  for (int32_t j : t.continues) patchJump(j, cont);
  for (ty::Var* v : loopVars) {
    int32_t m2 = mark();
    ty::Type* vt = T(v->type);
    int32_t tmp = alloc(vt);
    load(varLoc(v), tmp);
    const VarLoc& vl = vars_[v];
    emit(Op::NEW, vl.off, c.typeIndex(vt), -1);
    store(Loc::indirect(vl.off, 0, vt), tmp);
    release(m2);
  }
  genStmt(s->post);
  emit(Op::LOOP, top);
  int32_t end = pc();
  for (int32_t j : exits) patchJump(j, end);
  for (int32_t j : t.breaks) patchJump(j, end);
  release(m);
}

void FuncGen::genRange(syn::RangeStmt* s, syn::LabeledStmt* label) {
  ty::Type* xt = concreteType(c.tc, typeOf(s->x));
  ty::Type* u = ty::underlying(xt);
  if (u->kind == ty::Kind::Signature) {
    genRangeFunc(s, label);
    return;
  }
  int32_t m = mark();
  ty::Type* intT = c.tc.basic(ty::Kind::Int);
  bool define = s->tok == Tok::Define;
  syn::Expr* key = s->key && !isBlank(s->key) ? s->key : nullptr;
  syn::Expr* val = s->value && !isBlank(s->value) ? s->value : nullptr;
  // Binds the iteration's key or value: declares the variable (fresh each
  // iteration) or assigns to the existing lvalue.
  // Binds the iteration's key or value: a fresh variable each iteration
  // (a new cell for variables that live in cells), or an assignment to the
  // existing lvalue. Variable slots are allocated once, before the loop.
  auto bindTo = [&](syn::Expr* lhs, int32_t src, ty::Type* st) {
    if (!lhs) return;
    if (define) {
      auto* v = static_cast<ty::Var*>(lhs->as<syn::Ident>()->obj);
      ty::Type* vt = T(v->type);
      const VarLoc& vl = vars_[v];
      if (vl.kind == VarLoc::Cell) {
        emit(Op::NEW, vl.off, c.typeIndex(vt), -1);
        store(Loc::indirect(vl.off, 0, vt), src);
      } else {
        move(vl.off, src, tsize(vt));
      }
    } else {
      assignTo(lhs, src, st);
    }
  };
  if (define) {
    for (syn::Expr* x : {key, val}) {
      if (!x) continue;
      auto* v = static_cast<ty::Var*>(x->as<syn::Ident>()->obj);
      ty::Type* vt = T(v->type);
      if (c.heapVars.count(v)) {
        int32_t cell = allocRaw(8, 8, {0});
        noteSlot(v->name, vt, cell, vm::SlotKind::Local, true);
        vars_[v] = VarLoc{VarLoc::Cell, cell, 0};
      } else {
        int32_t off = alloc(vt, v->name);
        vars_[v] = VarLoc{VarLoc::Frame, off, 0};
      }
    }
  }
  int32_t top, cont;
  std::vector<int32_t> exits;
  Target t;
  if (isIntegerLike(u)) {
    // for i := range n (an untyped constant n ranges over int)
    if (key && s->tok == Tok::Define) xt = T(static_cast<ty::Var*>(key->as<syn::Ident>()->obj)->type);
    u = ty::underlying(xt);
    int32_t n = alloc(xt);
    genInto(s->x, n);
    int32_t i = alloc(xt);
    emit(Op::ZERO, i, tsize(xt));
    int32_t n64 = n, i64 = i;
    if (tsize(u) != 8) {
      n64 = alloc(intT);
      i64 = alloc(intT);
      emit(isSignedInt(u) ? (tsize(u) == 1 ? Op::SX8 : tsize(u) == 2 ? Op::SX16 : Op::SX32)
                          : (tsize(u) == 1 ? Op::ZX8 : tsize(u) == 2 ? Op::ZX16 : Op::ZX32),
           n64, n);
      emit(Op::ZERO, i64, 8);
    }
    top = pc();
    exits.push_back(emit(Op::JGES64, i64, n64, 0));
    if (tsize(u) != 8) move(i, i64, tsize(u));
    bindTo(key, i, xt);
    targets_.push_back(Target{s, {}, {}, -1, mark()});
    genBlock(s->body);
    t = targets_.back();
    targets_.pop_back();
    cont = pc();
    emit(Op::INC64, i64, 1);
    emit(Op::LOOP, top);
  } else if (u->kind == ty::Kind::String) {
    int32_t str = alloc(xt);
    genInto(s->x, str);
    int32_t i = alloc(intT);
    emit(Op::ZERO, i, 8);
    int32_t next = allocRaw(16, 8, {});  // next index, rune
    top = pc();
    exits.push_back(emit(Op::JGES64, i, str + 8, 0));
    emit(Op::STRNEXT, next, str, i);
    bindTo(key, i, intT);
    bindTo(val, next + 8, c.tc.basic(ty::Kind::Int32));
    targets_.push_back(Target{s, {}, {}, -1, mark()});
    genBlock(s->body);
    t = targets_.back();
    targets_.pop_back();
    cont = pc();
    move(i, next, 8);
    emit(Op::LOOP, top);
  } else if (u->kind == ty::Kind::Chan) {
    // for v := range ch: receive until the channel is closed and drained.
    ty::Type* et = T(u->as<ty::ChanType>()->elem);
    int32_t ch = alloc(xt);
    genInto(s->x, ch);
    int32_t v = alloc(et);
    int32_t ok = alloc(c.tc.basic(ty::Kind::Bool));
    top = pc();
    setLine(s->pos);
    emit(Op::CHANRECV, ch, v, ok);
    exits.push_back(emit(Op::JF, ok, 0));
    bindTo(key, v, et);
    targets_.push_back(Target{s, {}, {}, -1, mark()});
    genBlock(s->body);
    t = targets_.back();
    targets_.pop_back();
    cont = pc();
    emit(Op::LOOP, top);
  } else if (u->kind == ty::Kind::Map) {
    auto* mt = u->as<ty::MapType>();
    ty::Type* kt = T(mt->key);
    ty::Type* vt = T(mt->elem);
    int32_t mp = genSlot(s->x);
    int32_t it = alloc(c.tc.basic(ty::Kind::UnsafePointer));
    emit(Op::MAPITER, it, mp);
    int32_t kv = allocRaw(16, 8, {0, 8});
    top = pc();
    exits.push_back(emit(Op::MAPNEXT, it, kv, 0));
    if (key) {
      int32_t m2 = mark();
      int32_t k = toSlot(Loc::indirect(kv, 0, kt));
      bindTo(key, k, kt);
      release(m2);
    }
    if (val) {
      int32_t m2 = mark();
      int32_t v = toSlot(Loc::indirect(kv + 8, 0, vt));
      bindTo(val, v, vt);
      release(m2);
    }
    targets_.push_back(Target{s, {}, {}, -1, mark()});
    genBlock(s->body);
    t = targets_.back();
    targets_.pop_back();
    cont = pc();
    emit(Op::LOOP, top);
  } else {
    // Arrays, pointers to arrays, slices.
    ty::Type* et;
    int32_t base;  // slot holding a pointer to the first element
    int32_t n = alloc(intT);
    if (u->kind == ty::Kind::Slice) {
      et = T(u->as<ty::SliceType>()->elem);
      int32_t sl = alloc(xt);
      genInto(s->x, sl);
      base = sl;
      move(n, sl + 8, 8);
    } else {
      ty::ArrayType* at;
      if (u->kind == ty::Kind::Pointer) {
        at = ty::underlying(u->as<ty::PointerType>()->elem)->as<ty::ArrayType>();
        base = genSlot(s->x);
      } else {
        at = u->as<ty::ArrayType>();
        if (val) {
          // The range expression is evaluated once: iterate over a copy.
          int32_t copy = alloc(xt);
          genInto(s->x, copy);
          base = alloc(c.tc.pointerTo(xt));
          emit(Op::LEA, base, copy);
        } else {
          int32_t m2 = mark();
          gen(s->x);
          release(m2);
          base = -1;
        }
      }
      et = T(at->elem);
      emit(Op::MOVK64, n, static_cast<int32_t>(at->len), static_cast<int32_t>(static_cast<uint64_t>(at->len) >> 32));
    }
    int32_t i = alloc(intT);
    emit(Op::ZERO, i, 8);
    top = pc();
    exits.push_back(emit(Op::JGES64, i, n, 0));
    bindTo(key, i, intT);
    if (val) {
      int32_t m2 = mark();
      int32_t p = alloc(c.tc.pointerTo(et));
      int32_t es = tsize(et);
      if (es <= 0xffff) {
        emit(Op::IDXADDR, p, base, i, static_cast<uint16_t>(es));
      } else {
        emit(Op::IDXADDRW, p, base, i);
        emitExt(es, 0, 0);
      }
      int32_t v = toSlot(Loc::indirect(p, 0, et));
      bindTo(val, v, et);
      release(m2);
    }
    targets_.push_back(Target{s, {}, {}, -1, mark()});
    genBlock(s->body);
    t = targets_.back();
    targets_.pop_back();
    cont = pc();
    emit(Op::INC64, i, 1);
    emit(Op::LOOP, top);
  }
  int32_t end = pc();
  for (int32_t j : t.continues) patchJump(j, cont);
  for (int32_t j : exits) patchJump(j, end);
  for (int32_t j : t.breaks) patchJump(j, end);
  release(m);
  (void)label;
}

void FuncGen::genRecv(syn::Expr* chExpr, int32_t dst, int32_t okSlot) {
  int32_t m = mark();
  int32_t ch = genSlot(chExpr);
  emit(Op::CHANRECV, ch, dst, okSlot);
  release(m);
}

// select: every channel operand and value to send is evaluated first, in
// source order; then one SELECT instruction picks a case (or default), and
// a chain of compares jumps to its body.
void FuncGen::genSelect(syn::SelectStmt* s, syn::LabeledStmt* label) {
  (void)label;
  int32_t m = mark();
  struct Case {
    syn::CommClause* cc;
    bool send = false;
    int32_t chan = -1, value = -1, ok = -1;
    ty::Type* elem = nullptr;
    syn::AssignStmt* assign = nullptr;  // v[, ok] = / := <-ch
  };
  std::vector<Case> cases;
  syn::CommClause* dflt = nullptr;
  ty::Type* boolT = c.tc.basic(ty::Kind::Bool);
  for (syn::Stmt* st : s->body->list) {
    auto* cc = st->as<syn::CommClause>();
    if (!cc) continue;
    if (!cc->comm) {
      dflt = cc;
      continue;
    }
    Case k;
    k.cc = cc;
    setLine(cc->pos);
    if (auto* ss = cc->comm->as<syn::SendStmt>()) {
      k.send = true;
      k.chan = genSlot(ss->chan);
      k.elem = T(ty::underlying(typeOf(ss->chan))->as<ty::ChanType>()->elem);
      k.value = alloc(k.elem);
      genTo(ss->value, k.elem, k.value);
    } else {
      syn::Expr* rx = nullptr;
      if (auto* es = cc->comm->as<syn::ExprStmt>()) rx = es->x;
      if (auto* as = cc->comm->as<syn::AssignStmt>()) {
        k.assign = as;
        rx = as->rhs[0];
      }
      auto* u = syn::unparen(rx)->as<syn::UnaryExpr>();
      k.chan = genSlot(u->x);
      k.elem = T(ty::underlying(typeOf(u->x))->as<ty::ChanType>()->elem);
      if (k.assign) {
        k.value = alloc(k.elem);
        if (k.assign->lhs.size() > 1) k.ok = alloc(boolT);
      }
    }
    // The channel slot must stay a distinct temp (genSlot may return a variable's slot).
    cases.push_back(k);
  }
  int32_t res = alloc(c.tc.basic(ty::Kind::Int));
  setLine(s->pos);
  emit(Op::SELECT, res, static_cast<int32_t>(cases.size()), dflt ? 1 : 0);
  for (const Case& k : cases) emitExt(k.chan, k.value, k.ok, k.send ? 1 : 0);
  std::vector<int32_t> toBody;
  for (size_t i = 0; i < cases.size(); i++) toBody.push_back(emit(Op::JEQI64, res, static_cast<int32_t>(i), 0));
  int32_t toDefault = emit(Op::JMP, 0);
  targets_.push_back(Target{s, {}, {}, -1, mark()});
  std::vector<int32_t> ends;
  for (size_t i = 0; i < cases.size(); i++) {
    patchJump(toBody[i], pc());
    int32_t m2 = mark();
    const Case& k = cases[i];
    if (k.assign) {
      std::vector<syn::Expr*> lhs = k.assign->lhs;
      for (size_t j = 0; j < lhs.size(); j++) {
        int32_t src = j == 0 ? k.value : k.ok;
        ty::Type* st = j == 0 ? k.elem : boolT;
        auto* id = syn::unparen(lhs[j])->as<syn::Ident>();
        if (id && id->name == "_") continue;
        if (k.assign->tok == Tok::Define) {
          auto* v = static_cast<ty::Var*>(id->obj);
          declareVar(v);
          store(varLoc(v), src);
        } else {
          assignTo(lhs[j], src, st);
        }
      }
    }
    genStmts(k.cc->body);
    release(m2);
    ends.push_back(emit(Op::JMP, 0));
  }
  patchJump(toDefault, pc());
  if (dflt) {
    int32_t m2 = mark();
    genStmts(dflt->body);
    release(m2);
  }
  int32_t end = pc();
  for (int32_t j : ends) patchJump(j, end);
  Target t = targets_.back();
  targets_.pop_back();
  for (int32_t j : t.breaks) patchJump(j, end);
  release(m);
}

void FuncGen::genSwitch(syn::SwitchStmt* s, syn::LabeledStmt* label) {
  (void)label;
  int32_t m = mark();
  genStmt(s->init);
  int32_t tag = -1;
  ty::Type* tagT = nullptr;
  if (s->tag) {
    tagT = concreteType(c.tc, typeOf(s->tag));
    tag = alloc(tagT);
    genInto(s->tag, tag);
  }
  std::vector<syn::CaseClause*> clauses;
  for (syn::Stmt* st : s->body->list)
    if (auto* cc = st->as<syn::CaseClause>()) clauses.push_back(cc);
  std::vector<std::vector<int32_t>> toBody(clauses.size());
  int defaultIdx = -1;
  for (size_t i = 0; i < clauses.size(); i++) {
    syn::CaseClause* cc = clauses[i];
    if (cc->list.empty()) {
      defaultIdx = static_cast<int>(i);
      continue;
    }
    for (syn::Expr* x : cc->list) {
      setLine(x->pos);
      if (tag < 0) {
        genCond(x, true, &toBody[i]);
        continue;
      }
      int32_t m2 = mark();
      ty::Type* xt = concreteType(c.tc, typeOf(x));
      bool ti = ty::underlying(tagT)->kind == ty::Kind::Interface;
      bool xi = ty::underlying(xt)->kind == ty::Kind::Interface;
      int32_t b = alloc(c.tc.basic(ty::Kind::Bool));
      if (ti != xi) {
        ty::Type* it = ti ? tagT : xt;
        int32_t a1 = alloc(it), a2 = alloc(it);
        convertInto(tag, tagT, it, a1);
        genTo(x, it, a2);
        genCompare(Tok::Eql, it, b, a1, a2);
      } else {
        int32_t xs = alloc(tagT);
        genTo(x, tagT, xs);
        genCompare(Tok::Eql, tagT, b, tag, xs);
      }
      toBody[i].push_back(emit(Op::JT, b, 0));
      release(m2);
    }
  }
  int32_t noMatch = emit(Op::JMP, 0);
  targets_.push_back(Target{s, {}, {}, -1, mark()});
  std::vector<int32_t> ends;
  std::vector<int32_t> bodyPc(clauses.size());
  std::vector<int32_t> fallJumps;
  for (size_t i = 0; i < clauses.size(); i++) {
    bodyPc[i] = pc();
    for (int32_t j : fallJumps) patchJump(j, bodyPc[i]);
    fallJumps.clear();
    for (int32_t j : toBody[i]) patchJump(j, bodyPc[i]);
    int32_t m2 = mark();
    syn::CaseClause* cc = clauses[i];
    bool falls = !cc->body.empty() && cc->body.back()->is<syn::BranchStmt>() &&
                 cc->body.back()->as<syn::BranchStmt>()->tok == Tok::Fallthrough;
    genStmts(cc->body);
    release(m2);
    if (falls) {
      fallJumps.push_back(emit(Op::JMP, 0));
    } else {
      ends.push_back(emit(Op::JMP, 0));
    }
  }
  int32_t end = pc();
  patchJump(noMatch, defaultIdx >= 0 ? bodyPc[static_cast<size_t>(defaultIdx)] : end);
  for (int32_t j : ends) patchJump(j, end);
  for (int32_t j : fallJumps) patchJump(j, end);
  Target t = targets_.back();
  targets_.pop_back();
  for (int32_t j : t.breaks) patchJump(j, end);
  release(m);
}

void FuncGen::genTypeSwitch(syn::TypeSwitchStmt* s, syn::LabeledStmt* label) {
  (void)label;
  int32_t m = mark();
  genStmt(s->init);
  syn::TypeAssertExpr* ta = nullptr;
  if (auto* es = s->assign->as<syn::ExprStmt>()) ta = syn::unparen(es->x)->as<syn::TypeAssertExpr>();
  if (auto* as = s->assign->as<syn::AssignStmt>()) ta = syn::unparen(as->rhs[0])->as<syn::TypeAssertExpr>();
  ty::Type* xt = typeOf(ta->x);
  int32_t x = alloc(xt);
  genInto(ta->x, x);
  std::vector<syn::CaseClause*> clauses;
  for (syn::Stmt* st : s->body->list)
    if (auto* cc = st->as<syn::CaseClause>()) clauses.push_back(cc);
  std::vector<std::vector<int32_t>> toBody(clauses.size());
  int defaultIdx = -1;
  ty::Type* boolT = c.tc.basic(ty::Kind::Bool);
  for (size_t i = 0; i < clauses.size(); i++) {
    syn::CaseClause* cc = clauses[i];
    if (cc->list.empty()) {
      defaultIdx = static_cast<int>(i);
      continue;
    }
    for (syn::Expr* te : cc->list) {
      auto* id = syn::unparen(te)->as<syn::Ident>();
      if (id && id->obj && id->obj->kind == ty::ObjKind::Nil) {
        toBody[i].push_back(emit(Op::JEQI64, x, 0, 0));
        continue;
      }
      int32_t m2 = mark();
      int32_t b = alloc(boolT);
      emit(Op::TYPEIS, b, x, c.typeIndex(T(te->type)));
      toBody[i].push_back(emit(Op::JT, b, 0));
      release(m2);
    }
  }
  int32_t noMatch = emit(Op::JMP, 0);
  targets_.push_back(Target{s, {}, {}, -1, mark()});
  std::vector<int32_t> ends;
  std::vector<int32_t> bodyPc(clauses.size());
  for (size_t i = 0; i < clauses.size(); i++) {
    syn::CaseClause* cc = clauses[i];
    bodyPc[i] = pc();
    for (int32_t j : toBody[i]) patchJump(j, bodyPc[i]);
    int32_t m2 = mark();
    if (cc->implicitObj && cc->implicitObj->kind == ty::ObjKind::Var) {
      auto* v = static_cast<ty::Var*>(cc->implicitObj);
      ty::Type* vt = T(v->type);
      int32_t vs = alloc(vt);
      bool single = cc->list.size() == 1;
      auto* nilId = single ? syn::unparen(cc->list[0])->as<syn::Ident>() : nullptr;
      bool isNil = nilId && nilId->obj && nilId->obj->kind == ty::ObjKind::Nil;
      if (single && !isNil && ty::underlying(vt)->kind != ty::Kind::Interface) {
        emit(Op::ASSERT, vs, x, c.typeIndex(vt), static_cast<uint16_t>(c.typeIndex(xt)));
      } else {
        move(vs, x, 16);
      }
      if (c.heapVars.count(v)) {
        declareVar(v);
        store(varLoc(v), vs);
      } else {
        vars_[v] = VarLoc{VarLoc::Frame, vs, 0};
        noteSlot(v->name, vt, vs, vm::SlotKind::Local, false);
      }
    }
    genStmts(cc->body);
    release(m2);
    ends.push_back(emit(Op::JMP, 0));
  }
  int32_t end = pc();
  patchJump(noMatch, defaultIdx >= 0 ? bodyPc[static_cast<size_t>(defaultIdx)] : end);
  for (int32_t j : ends) patchJump(j, end);
  Target t = targets_.back();
  targets_.pop_back();
  for (int32_t j : t.breaks) patchJump(j, end);
  release(m);
}

// ---------------------------------------------------------------- returns

void FuncGen::genReturn(syn::ReturnStmt* s) {
  int32_t m = mark();
  if (rangeBody_) {
    // A return from the enclosing function: store its results into their
    // cells and tell the loop.
    const auto& rv = rangeBody_->outerResults;
    if (s->results.size() == 1 && rv.size() > 1) {
      auto* call = syn::unparen(s->results[0])->as<syn::CallExpr>();
      CallResult r = genCallMulti(call);
      for (size_t i = 0; i < rv.size() && i < r.resultTypes.size(); i++) {
        ty::Type* rt = T(rv[i]->type);
        int32_t tmp = alloc(rt);
        convertInto(r.block + r.layout.results[i], r.resultTypes[i], rt, tmp);
        store(varLoc(rv[i]), tmp);
      }
    } else {
      std::vector<int32_t> tmps;
      for (size_t i = 0; i < s->results.size() && i < rv.size(); i++) {
        ty::Type* rt = T(rv[i]->type);
        int32_t tmp = alloc(rt);
        genTo(s->results[i], rt, tmp);
        tmps.push_back(tmp);
      }
      for (size_t i = 0; i < tmps.size(); i++) store(varLoc(rv[i]), tmps[i]);
    }
    leaveRangeBody(1);
    release(m);
    return;
  }
  size_t nr = layout_.results.size();
  auto resultLoc = [&](size_t i) -> Loc {
    ty::Var* r = i < resultVars_.size() ? resultVars_[i] : nullptr;
    ty::Type* rt = T(sig_->results->vars[i]->type);
    if (r) {
      auto it = vars_.find(r);
      if (it != vars_.end() && it->second.kind == VarLoc::Cell) return Loc::indirect(it->second.off, 0, rt);
      if (it != vars_.end() && it->second.kind == VarLoc::Captured) return varLoc(r);
    }
    return Loc::slot(layout_.results[i], rt);
  };
  if (!s->results.empty()) {
    if (s->results.size() == 1 && nr > 1) {
      // return f() with several results
      auto* call = syn::unparen(s->results[0])->as<syn::CallExpr>();
      CallResult r = genCallMulti(call);
      for (size_t i = 0; i < nr && i < r.resultTypes.size(); i++) {
        ty::Type* rt = T(sig_->results->vars[i]->type);
        int32_t tmp = alloc(rt);
        convertInto(r.block + r.layout.results[i], r.resultTypes[i], rt, tmp);
        store(resultLoc(i), tmp);
      }
    } else if (nr == 1) {
      ty::Type* rt = T(sig_->results->vars[0]->type);
      Loc l = resultLoc(0);
      if (l.kind == Loc::Slot) {
        genTo(s->results[0], rt, l.off);
      } else {
        int32_t tmp = alloc(rt);
        genTo(s->results[0], rt, tmp);
        store(l, tmp);
      }
    } else {
      std::vector<int32_t> tmps;
      for (size_t i = 0; i < nr; i++) {
        ty::Type* rt = T(sig_->results->vars[i]->type);
        int32_t tmp = alloc(rt);
        genTo(s->results[i], rt, tmp);
        tmps.push_back(tmp);
      }
      for (size_t i = 0; i < nr; i++) store(resultLoc(i), tmps[i]);
    }
  }
  bool cells = false;
  for (ty::Var* r : resultVars_) {
    auto it = vars_.find(r);
    if (it != vars_.end() && it->second.kind == VarLoc::Cell) cells = true;
  }
  if (!hasDefer_ && !cells && !needEpilogue_) {
    emit(Op::RET);
  } else {
    returnJumps_.push_back(emit(Op::JMP, 0));
  }
  release(m);
}

void FuncGen::genBranch(syn::BranchStmt* s) {
  switch (s->tok) {
    case Tok::Goto: {
      const std::string& name = s->label->name;
      if (rangeBody_) {
        for (const RangeFuncInfo::Exit& x : rangeBody_->exits)
          if (x.branch == s) {
            leaveRangeBody(x.code);
            return;
          }
      }
      auto it = labelPcs_.find(name);
      if (it != labelPcs_.end()) {
        emit(Op::LOOP, it->second);
      } else {
        gotoFixups_[name].push_back(emit(Op::JMP, 0));
      }
      return;
    }
    case Tok::Fallthrough:
      return;  // handled by the switch
    case Tok::Break:
    case Tok::Continue: {
      Target* t = nullptr;
      if (s->target) {
        t = findTarget(s->target);
      } else {
        for (auto it = targets_.rbegin(); it != targets_.rend(); ++it) {
          syn::NodeKind k = it->stmt->kind;
          bool loop = k == syn::NodeKind::ForStmt || k == syn::NodeKind::RangeStmt;
          if (s->tok == Tok::Continue ? loop : true) {
            t = &*it;
            break;
          }
        }
      }
      if (rangeBody_ && (!t || s->target == rangeBody_->stmt)) {
        if (!t && s->target && s->target != rangeBody_->stmt) {
          for (const RangeFuncInfo::Exit& x : rangeBody_->exits)
            if (x.branch == s) leaveRangeBody(x.code);
          return;
        }
        // The range-over-func loop's own break/continue.
        if (s->tok == Tok::Continue) {
          emit(Op::MOVK8, layout_.results[0], 1);
          emit(Op::RET);
        } else {
          leaveRangeBody(-1);
        }
        return;
      }
      if (!t) {
        c.internalError(s->pos, "branch target not found");
        return;
      }
      int32_t j = emit(Op::JMP, 0);
      if (s->tok == Tok::Break) t->breaks.push_back(j);
      else t->continues.push_back(j);
      return;
    }
    default:
      return;
  }
}

namespace {

bool containsDeferStmt(syn::Stmt* s);

// Statements nested in a range-over-func body (closures excluded), to tell
// which branches leave it.
void collectStmts(syn::Stmt* s, std::unordered_set<const syn::Stmt*>* in, std::vector<syn::Stmt*>* exitsOrReturns) {
  if (!s) return;
  in->insert(s);
  switch (s->kind) {
    case syn::NodeKind::BlockStmt:
      for (syn::Stmt* x : static_cast<syn::BlockStmt*>(s)->list) collectStmts(x, in, exitsOrReturns);
      return;
    case syn::NodeKind::LabeledStmt: collectStmts(static_cast<syn::LabeledStmt*>(s)->stmt, in, exitsOrReturns); return;
    case syn::NodeKind::IfStmt: {
      auto* i = static_cast<syn::IfStmt*>(s);
      collectStmts(i->init, in, exitsOrReturns);
      collectStmts(i->body, in, exitsOrReturns);
      collectStmts(i->els, in, exitsOrReturns);
      return;
    }
    case syn::NodeKind::ForStmt: {
      auto* f = static_cast<syn::ForStmt*>(s);
      collectStmts(f->init, in, exitsOrReturns);
      collectStmts(f->post, in, exitsOrReturns);
      collectStmts(f->body, in, exitsOrReturns);
      return;
    }
    case syn::NodeKind::RangeStmt: collectStmts(static_cast<syn::RangeStmt*>(s)->body, in, exitsOrReturns); return;
    case syn::NodeKind::SwitchStmt: {
      auto* sw = static_cast<syn::SwitchStmt*>(s);
      collectStmts(sw->init, in, exitsOrReturns);
      collectStmts(sw->body, in, exitsOrReturns);
      return;
    }
    case syn::NodeKind::TypeSwitchStmt: {
      auto* sw = static_cast<syn::TypeSwitchStmt*>(s);
      collectStmts(sw->init, in, exitsOrReturns);
      collectStmts(sw->body, in, exitsOrReturns);
      return;
    }
    case syn::NodeKind::SelectStmt: collectStmts(static_cast<syn::SelectStmt*>(s)->body, in, exitsOrReturns); return;
    case syn::NodeKind::CaseClause:
      for (syn::Stmt* x : static_cast<syn::CaseClause*>(s)->body) collectStmts(x, in, exitsOrReturns);
      return;
    case syn::NodeKind::CommClause:
      for (syn::Stmt* x : static_cast<syn::CommClause*>(s)->body) collectStmts(x, in, exitsOrReturns);
      return;
    case syn::NodeKind::BranchStmt:
    case syn::NodeKind::ReturnStmt:
      exitsOrReturns->push_back(s);
      return;
    default:
      return;
  }
}

}  // namespace

namespace {
bool containsDeferStmt(syn::Stmt* s) {
  std::unordered_set<const syn::Stmt*> in;
  std::vector<syn::Stmt*> unused;
  collectStmts(s, &in, &unused);
  for (const syn::Stmt* x : in)
    if (x->kind == syn::NodeKind::DeferStmt) return true;
  return false;
}
}  // namespace

void FuncGen::leaveRangeBody(int32_t code) {
  int32_t m = mark();
  ty::Type* intT = c.tc.basic(ty::Kind::Int);
  int32_t k = alloc(intT);
  emit(Op::MOVK64, k, code, code < 0 ? -1 : 0);
  store(varLoc(rangeBody_->state), k);
  emit(Op::MOVK8, layout_.results[0], 0);
  emit(Op::RET);
  release(m);
}

void FuncGen::genRangeFunc(syn::RangeStmt* s, syn::LabeledStmt* label) {
  (void)label;
  int32_t m = mark();
  auto info = std::make_shared<RangeFuncInfo>();
  info->stmt = s;
  std::string base = rangeBody_ ? rangeBody_->name : name_;
  info->name = base + "-range" + std::to_string(++rangeCounter_);
  ty::Type* intT = c.tc.basic(ty::Kind::Int);
  // One hidden state variable per loop, shared by every instantiation.
  ty::Var*& state = c.rangeStates[s];
  if (!state) {
    state = c.tc.make<ty::Var>(s->pos, nullptr, "#state", intT);
    c.heapVars.insert(state);
  }
  info->state = state;
  // Which statements leave the body?
  std::unordered_set<const syn::Stmt*> inside;
  std::vector<syn::Stmt*> exits;
  collectStmts(s->body, &inside, &exits);
  int32_t code = 2;
  for (syn::Stmt* x : exits) {
    if (x->kind == syn::NodeKind::ReturnStmt) {
      info->hasReturn = true;
      continue;
    }
    auto* b = static_cast<syn::BranchStmt*>(x);
    if (b->tok == Tok::Fallthrough) continue;
    syn::Stmt* t = b->target;
    if (!t) {
      if (b->tok == Tok::Goto) continue;
      // An unlabeled break/continue belongs to the innermost loop (or
      // switch/select, for break) around it inside the body, if any.
      continue;
    }
    if (t == s || inside.count(t)) continue;
    info->exits.push_back({b, code++});
  }
  info->outerResults = rangeBody_ ? rangeBody_->outerResults : resultVars_;
  // defer statements in the body attach to the enclosing function's frame.
  if (containsDeferStmt(s->body)) {
    if (rangeBody_) {
      info->frameVar = rangeBody_->frameVar;
      info->rootRunDefers = rangeBody_->rootRunDefers;
    } else {
      ty::Var*& fv = c.frameVars[decl_];
      if (!fv) {
        fv = c.tc.make<ty::Var>(s->pos, nullptr, "#frame", intT);
        c.heapVars.insert(fv);
      }
      info->frameVar = fv;
      if (!vars_.count(fv)) {
        declareVar(fv);
        int32_t m2 = mark();
        int32_t off = alloc(intT);
        emit(Op::FRAMEOFF, off);
        store(varLoc(fv), off);
        release(m2);
      }
      if (!rootRunDefers_) rootRunDefers_ = std::make_shared<int32_t>(-1);
      info->rootRunDefers = rootRunDefers_;
    }
  }
  auto& caps = c.captures[s];
  auto addCap = [&](ty::Var* v) {
    if (std::find(caps.begin(), caps.end(), v) == caps.end()) caps.push_back(v);
  };
  addCap(info->state);
  if (info->hasReturn)
    for (ty::Var* r : info->outerResults) addCap(r);
  // Outer range bodies pass their own state through too.
  if (rangeBody_ && (info->hasReturn || !info->exits.empty())) addCap(rangeBody_->state);
  if (info->frameVar) addCap(info->frameVar);
  declareVar(info->state);
  // The range expression is evaluated first, then the body closure.
  ty::Type* seqT = typeOf(s->x);
  auto* seqSig = ty::underlying(seqT)->as<ty::Signature>();
  int32_t seq = genSlot(s->x);
  int32_t f = c.funcForRangeBody(info, subst_);
  ty::Type* yieldT = T(seqSig->params->vars[0]->type);
  int32_t clo = alloc(yieldT);
  std::vector<std::pair<int32_t, ty::Type*>> cfields{{0, c.tc.basic(ty::Kind::Uintptr)}};
  for (size_t i = 0; i < caps.size(); i++)
    cfields.push_back({static_cast<int32_t>(8 + 8 * i), c.tc.pointerTo(T(caps[i]->type))});
  int32_t cloSize = static_cast<int32_t>(8 + 8 * caps.size());
  int32_t obj = siteSlot(s, cloSize);
  bool inFrame = obj >= 0;
  if (!inFrame && c.siteInFrame(s)) c.internalError(s->pos, "range-over-func body closure does not fit its frame slot");
  if (inFrame) {
    // The body does not escape (the iterator does not keep yield): its
    // closure is a frame object, and may point at this frame's variables.
    frameClosure(clo, obj, cloSize, f);
  } else {
    emitAlloc(s, "range-over-func loop body (func literal)", Op::MKCLO, clo, f, c.closureTypeIndex(cfields, cloSize));
  }
  for (size_t i = 0; i < caps.size(); i++) {
    int32_t m2 = mark();
    auto vit = vars_.find(caps[i]);
    int32_t cell = -1;
    if (vit != vars_.end() && vit->second.kind == VarLoc::Cell) {
      cell = vit->second.off;
    } else if (vit != vars_.end() && vit->second.kind == VarLoc::Captured && !vit->second.byValue) {
      cell = alloc(c.tc.pointerTo(T(caps[i]->type)));
      emit(Op::LOAD64, cell, vm::kCtxOffset, vit->second.index);
    } else if (vit != vars_.end() && inFrame) {
      // A variable of this frame (or one a closure holds by value): its
      // address, adjusted with the frame when the stack moves.
      cell = addrSlot(varLoc(caps[i]));
    } else {
      c.internalError(s->pos, "range-over-func body captures " + caps[i]->name + " which is not in a cell");
    }
    if (cell >= 0) emit(Op::STORE64, clo, cell, static_cast<int32_t>(8 + 8 * i));
    release(m2);
  }
  SigLayout l = c.layoutSignature(seqSig, nullptr, subst_);
  int32_t block = newBlock(l);
  markBlock(block, {l.params[0]});
  move(block + l.params[0], clo, 8);
  setLine(s->pos);
  emit(Op::CALLC, seq, block);
  // What did the body do last?
  int32_t st = alloc(intT);
  load(varLoc(info->state), st);
  int32_t over = alloc(intT);
  emit(Op::MOVK64, over, -2, -1);
  store(varLoc(info->state), over);
  if (info->hasReturn) {
    int32_t skip = emit(Op::JNEI64, st, 1, 0);
    if (rangeBody_) {
      leaveRangeBody(1);
    } else {
      returnJumps_.push_back(emit(Op::JMP, 0));
      needEpilogue_ = true;
    }
    patchJump(skip, pc());
  }
  for (const RangeFuncInfo::Exit& x : info->exits) {
    syn::BranchStmt* b = x.branch;
    Target* t = findTarget(b->target);
    if (t && b->tok != Tok::Goto) {
      int32_t j = emit(Op::JEQI64, st, x.code, 0);
      if (b->tok == Tok::Break) t->breaks.push_back(j);
      else t->continues.push_back(j);
      continue;
    }
    if (b->tok == Tok::Goto && !rangeBody_) {
      const std::string& name = b->label->name;
      auto it = labelPcs_.find(name);
      int32_t j = emit(Op::JEQI64, st, x.code, it != labelPcs_.end() ? it->second : 0);
      if (it == labelPcs_.end()) gotoFixups_[name].push_back(j);
      continue;
    }
    if (rangeBody_ && b->target == rangeBody_->stmt) {
      // break/continue of the range-over-func loop whose body this is.
      int32_t skip = emit(Op::JNEI64, st, x.code, 0);
      if (b->tok == Tok::Continue) {
        emit(Op::MOVK8, layout_.results[0], 1);
        emit(Op::RET);
      } else {
        leaveRangeBody(-1);
      }
      patchJump(skip, pc());
      continue;
    }
    if (rangeBody_) {
      // Leaving several loops: pass it on to the enclosing body's loop.
      for (const RangeFuncInfo::Exit& ox : rangeBody_->exits) {
        if (ox.branch == b) {
          int32_t skip = emit(Op::JNEI64, st, x.code, 0);
          leaveRangeBody(ox.code);
          patchJump(skip, pc());
        }
      }
      continue;
    }
    c.internalError(b->pos, "branch target of a range-over-func exit not found");
  }
  release(m);
}

// The yield function of a range-over-func loop.
void FuncGen::genRangeBody() {
  rangeBody_ = job_.range;
  syn::RangeStmt* s = rangeBody_->stmt;
  decl_ = s;
  name_ = info().name;
  ty::Type* seqT = T(s->x->type);
  auto* seqSig = ty::underlying(seqT)->as<ty::Signature>();
  sig_ = ty::underlying(T(seqSig->params->vars[0]->type))->as<ty::Signature>();
  layout_ = c.layoutSignature(sig_, nullptr, ty::SubstMap{});
  top_ = highWater_ = layout_.argsEnd;
  LiveSlot args;
  args.off = vm::kFrameHeader;
  args.size = layout_.argsEnd - vm::kFrameHeader;
  for (size_t i = 0; i < layout_.params.size(); i++)
    pointerWords(T(sig_->params->vars[i]->type), layout_.params[i], &args.ptrs);
  args.ptrs.push_back(vm::kCtxOffset);
  live_.push_back(args);
  ptrmapDirty_ = true;
  emit(Op::ZERO, layout_.results[0], 1);
  reserveSites(s);
  const auto& caps = c.captures[s];
  // The body's closure holds a cell pointer per captured variable.
  for (size_t i = 0; i < caps.size(); i++) vars_[caps[i]] = VarLoc{VarLoc::Captured, 0, static_cast<int32_t>(8 + 8 * i)};
  setLine(s->pos);
  // Calling yield after the loop body said stop, or after the loop, panics.
  {
    int32_t m = mark();
    int32_t st = toSlot(varLoc(rangeBody_->state));
    int32_t ok = emit(Op::JEQI64, st, 0, 0);
    int32_t notOver = emit(Op::JNEI64, st, -2, 0);
    std::string msg1 = "range function continued iteration after whole loop exit";
    emit(Op::RTERROR, c.internString(msg1), static_cast<int32_t>(msg1.size()));
    patchJump(notOver, pc());
    std::string msg2 = "range function continued iteration after function for loop body returned false";
    emit(Op::RTERROR, c.internString(msg2), static_cast<int32_t>(msg2.size()));
    patchJump(ok, pc());
    release(m);
  }
  // Bind the iteration values.
  syn::Expr* keyVal[2] = {s->key, s->value};
  for (size_t i = 0; i < 2 && i < layout_.params.size(); i++) {
    syn::Expr* x = keyVal[i];
    if (!x) continue;
    auto* id = syn::unparen(x)->as<syn::Ident>();
    if (id && id->name == "_") continue;
    ty::Type* pt = T(sig_->params->vars[i]->type);
    if (s->tok == Tok::Define) {
      auto* v = static_cast<ty::Var*>(id->obj);
      noteSlot(v->name, pt, layout_.params[i], vm::SlotKind::Param, false);
      if (c.heapVars.count(v)) {
        declareVar(v);
        store(varLoc(v), layout_.params[i]);
      } else {
        vars_[v] = VarLoc{VarLoc::Frame, layout_.params[i], 0};
      }
    } else {
      assignTo(x, layout_.params[i], pt);
    }
  }
  genBlock(s->body);
  emit(Op::MOVK8, layout_.results[0], 1);
  emit(Op::RET);
}

}  // namespace gs::compile
