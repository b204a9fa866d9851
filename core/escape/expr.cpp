// Expressions: how evaluating each kind of expression flows values into a
// hole (Go's escape/expr.go), applied to our AST as Go's front end would
// have lowered it: implicit interface conversions are explicit (and
// allocate a box unless the value is pointer-shaped), slicing an array takes
// its address, x.f through embedded pointers dereferences, &T{...} and slice
// and map literals allocate, string conversions and concatenations allocate.
//
// Every sub-expression is visited, also when its value is discarded: it may
// contain allocations and calls.
#include "core/escape/internal.h"

namespace gs::escape {

Walker::Walker(Batch& b, Func* fn) : b_(b), fn_(fn) {}

namespace {

// The type of a value boxed into an interface: untyped constants box their
// default type.
ty::Type* boxedType(ty::TypeContext& tc, syn::Expr* x) {
  ty::Type* t = x->type;
  if (!t) return t;
  if (t->isUntyped()) {
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
  return t;
}

}  // namespace

bool isNilExpr(syn::Expr* x) {
  x = syn::unparen(x);
  auto* id = x ? x->as<syn::Ident>() : nullptr;
  return id && id->obj && id->obj->kind == ty::ObjKind::Nil;
}

Hole Walker::noteNode(Hole k, const syn::Node* where, const char* why) {
  if (!b_.explain() || !where) return k;
  IrPrinter pr{b_.an->curPkg, &b_.an->sources};
  pr.shapes = &b_.an->shapeNames;
  if (!rename_.empty()) pr.rename = &rename_;
  std::string text;
  syn::Pos pos;
  switch (where->kind) {
    case syn::NodeKind::AssignStmt: case syn::NodeKind::IncDecStmt: case syn::NodeKind::ReturnStmt:
    case syn::NodeKind::SendStmt: case syn::NodeKind::ExprStmt: case syn::NodeKind::GoStmt:
    case syn::NodeKind::DeferStmt: case syn::NodeKind::RangeStmt: case syn::NodeKind::ForStmt:
    case syn::NodeKind::CaseClause: case syn::NodeKind::ValueSpec: {
      if (auto* vs = where->as<syn::ValueSpec>()) {
        std::vector<syn::Expr*> names(vs->names.begin(), vs->names.end());
        text = pr.exprList(names) + " = " + pr.exprList(vs->values);
        pos = vs->names.empty() ? vs->pos : vs->names[0]->pos;
      } else {
        auto* s = static_cast<const syn::Stmt*>(where);
        text = pr.stmt(s);
        pos = stmtPos(s);
      }
      break;
    }
    default: {
      auto* e = static_cast<const syn::Expr*>(where);
      text = pr.expr(e);
      pos = irPos(b_.an->sources, e);
      break;
    }
  }
  return b_.note(k, pos, std::move(text), why);
}

Hole Walker::implicitAddr(Hole k, const syn::Expr* operand, const syn::Expr* at) {
  k = k.shift(-1);
  if (!b_.explain()) return k;
  IrPrinter pr{b_.an->curPkg, &b_.an->sources};
  pr.shapes = &b_.an->shapeNames;
  return b_.note(k, irPos(b_.an->sources, at), pr.expr(operand), "address-of");
}

Location* Walker::newSite(SiteKind kind, const syn::Node* node, syn::Pos pos, std::string text) {
  Location* loc = b_.newLoc(fn_, loopDepth_, false);
  loc->kind = LocKind::Site;
  loc->site = kind;
  loc->node = node;
  loc->pos = pos;
  loc->text = std::move(text);
  return loc;
}

// Allocates storage for an expression: its address flows to k; the hole
// returned stores values into the storage.
Hole Walker::spill(Hole k, Location* loc, syn::Pos pos, const std::string& text) {
  Hole ka = k.shift(-1);
  if (b_.explain()) ka = b_.note(ka, pos, text, "spill");
  b_.flow(ka, loc);
  return Hole{loc};
}

Hole Walker::teeHole(const std::vector<Hole>& ks) {
  if (ks.empty()) return b_.discardHole();
  if (ks.size() == 1) return ks[0];
  // ltmp flows into every hole: "l1 = ltmp; l2 = *ltmp; ...".
  Location* loc = b_.newLoc(fn_, loopDepth_, false);
  for (const Hole& k : ks) b_.flow(k, loc);
  return Hole{loc};
}

Hole Walker::later(Hole k) {
  Location* loc = b_.newLoc(fn_, loopDepth_, true);
  b_.flow(k, loc);
  return Hole{loc};
}

Hole Walker::dotType(Hole k, ty::Type* t, const syn::Node* where, const char* why) {
  if (!isInterface(t) && !isDirectIface(t)) k = k.shift(1);
  return noteNode(k, where, why);
}

void Walker::assignHeap(syn::Expr* src, ty::Type* dst, syn::Pos pos, const std::string& where, const char* why) {
  Hole k = b_.heapHole();
  if (b_.explain()) k = b_.note(k, pos, where, why);
  exprConv(k, src, dst);
}

void Walker::exprConv(Hole k, syn::Expr* n, ty::Type* dst) {
  if (!n) return;
  syn::Expr* x = syn::unparen(n);
  if (auto it = subst_.find(x); it != subst_.end()) {
    // A go/defer argument already evaluated (and converted) into a temporary.
    b_.flow(k, it->second);
    return;
  }
  if (dst && isInterface(dst) && x->type && !isNilExpr(x)) {
    ty::Type* xt = boxedType(b_.an->tc, x);
    if (!isInterface(xt) || (x->mode == syn::ExprMode::Constant && x->type->isUntyped())) {
      std::string text;
      if (b_.an->namingSites) text = b_.an->printer().expr(x);
      convIface(k, x, text, x);
      return;
    }
  }
  expr(k, n);
}

// OCONVIFACE: a non-pointer-shaped value is boxed (the box is the site).
void Walker::convIface(Hole k, syn::Expr* x, const std::string& text, const syn::Node* where) {
  ty::Type* xt = boxedType(b_.an->tc, x);
  syn::Pos pos = irPos(b_.an->sources, x);
  if (!isInterface(xt) && !isDirectIface(xt)) {
    Location* loc = newSite(SiteKind::Box, x, pos, text);
    k = spill(k, loc, pos, text);
  }
  if (b_.explain()) k = b_.note(k, pos, text, "interface-converted");
  (void)where;
  // The operand itself, without re-converting.
  if (x->mode == syn::ExprMode::Constant) return;
  expr(k, x);
}

void Walker::expr(Hole k, syn::Expr* n) {
  if (!n) return;
  n = syn::unparen(n);
  if (auto it = subst_.find(n); it != subst_.end()) {
    b_.flow(k, it->second);
    return;
  }
  // Constants, types and builtins are not values that hold pointers.
  if (n->mode == syn::ExprMode::Constant || n->mode == syn::ExprMode::TypeExpr ||
      n->mode == syn::ExprMode::Builtin)
    return;
  if (k.derefs >= 0 && n->type && !n->type->isUntyped() && !hasPointers(n->type)) k = b_.discardHole();

  switch (n->kind) {
    case syn::NodeKind::Ident: {
      auto* id = n->as<syn::Ident>();
      if (!id->obj || id->obj->kind != ty::ObjKind::Var) return;
      auto* v = static_cast<ty::Var*>(id->obj);
      if (v->isGlobal) return;
      if (Location* loc = b_.oldLoc(v)) b_.flow(k, loc);
      return;
    }
    case syn::NodeKind::BasicLit:
      return;
    case syn::NodeKind::CompositeLit: {
      auto* lit = n->as<syn::CompositeLit>();
      compLit(k, lit, lit->type);
      return;
    }
    case syn::NodeKind::FuncLit:
      closure(k, n->as<syn::FuncLit>());
      return;
    case syn::NodeKind::SelectorExpr:
      selector(k, n->as<syn::SelectorExpr>());
      return;
    case syn::NodeKind::IndexExpr: {
      auto* ix = n->as<syn::IndexExpr>();
      if (ix->instance || ix->indices.size() != 1) return;  // generic function instantiation
      ty::Type* xt = ix->x->type;
      ty::Type* core = xt ? ty::coreType(xt) : nullptr;
      if (!core) core = xt ? ty::underlying(xt) : nullptr;
      if (core && core->kind == ty::Kind::Map) {
        // m[k]: map contents are in the heap; nothing flows out.
        discard(ix->x);
        discardConv(ix->indices[0], core->as<ty::MapType>()->key);
        return;
      }
      if (core && core->kind == ty::Kind::Array) {
        expr(noteNode(k, n, "fixed-array-index-of"), ix->x);
      } else if (core && core->kind == ty::Kind::Pointer) {
        // p[i] on *[N]T: an implicit *p.
        Hole kk = noteNode(k, n, "fixed-array-index-of");
        kk = derefNode(kk, ix->x, "indirection");
        expr(kk, ix->x);
      } else {
        expr(derefNode(k, n, "dot of pointer"), ix->x);
      }
      discard(ix->indices[0]);
      return;
    }
    case syn::NodeKind::SliceExpr: {
      auto* sl = n->as<syn::SliceExpr>();
      ty::Type* xt = sl->x->type;
      ty::Type* core = xt ? ty::coreType(xt) : nullptr;
      if (!core && xt) core = ty::underlying(xt);
      Hole kk = noteNode(k, n, "slice");
      if (core && core->kind == ty::Kind::Array) {
        // Slicing an array slices &a: an implicit & that Go places at the
        // slice expression's '[' and prints as its operand.
        kk = implicitAddr(kk, sl->x, n);
      }
      expr(kk, sl->x);
      discard(sl->lo);
      discard(sl->hi);
      discard(sl->max);
      return;
    }
    case syn::NodeKind::TypeAssertExpr: {
      auto* ta = n->as<syn::TypeAssertExpr>();
      expr(dotType(k, n->type, n, "dot"), ta->x);
      return;
    }
    case syn::NodeKind::CallExpr: {
      std::vector<Hole> ks{k};
      call(ks, n->as<syn::CallExpr>());
      return;
    }
    case syn::NodeKind::StarExpr:
      expr(derefNode(k, n, "indirection"), n->as<syn::StarExpr>()->x);
      return;
    case syn::NodeKind::UnaryExpr: {
      auto* u = n->as<syn::UnaryExpr>();
      if (u->op == syn::Tok::And) {
        syn::Expr* x = syn::unparen(u->x);
        if (auto* lit = x->as<syn::CompositeLit>()) {
          // &T{...}: OPTRLIT allocates the literal.
          std::string text;
          if (b_.an->namingSites) text = b_.an->printer().expr(n);
          Location* loc = newSite(SiteKind::Alloc, n, u->pos, text);
          ty::Type* elem = lit->type;
          if (elem && elem->kind == ty::Kind::Pointer) elem = elem->as<ty::PointerType>()->elem;
          if (typeSize(elem) > kMaxImplicitStackVarSize) loc->heapReason = "too large for stack";
          Hole kk = spill(k, loc, u->pos, text);
          compLit(kk, lit, elem);
          return;
        }
        expr(addrNode(k, n, "address-of"), u->x);
        return;
      }
      discard(u->x);
      return;
    }
    case syn::NodeKind::BinaryExpr: {
      auto* be = n->as<syn::BinaryExpr>();
      if (be->op == syn::Tok::Add && isString(be->type)) {
        addString(k, be);
        return;
      }
      switch (be->op) {
        case syn::Tok::Eql: case syn::Tok::Neq: case syn::Tok::Lss: case syn::Tok::Leq:
        case syn::Tok::Gtr: case syn::Tok::Geq: {
          // The operands are converted to a common type: comparing an
          // interface with a concrete value boxes the value.
          ty::Type* xt = be->x->type;
          ty::Type* yt = be->y->type;
          bool xi = isInterface(xt), yi = isInterface(yt);
          discardConv(be->x, (!xi && yi) ? yt : nullptr);
          discardConv(be->y, (xi && !yi) ? xt : nullptr);
          return;
        }
        default:
          discard(be->x);
          discard(be->y);
          return;
      }
    }
    default:
      return;
  }
}

// Composite literals (OSTRUCTLIT, OARRAYLIT, OSLICELIT, OMAPLIT, and the
// elided &T of an element: OPTRLIT).
void Walker::compLit(Hole k, syn::CompositeLit* lit, ty::Type* litType) {
  ty::Type* t = litType;
  IrPrinter pr{b_.an->curPkg, &b_.an->sources};
  pr.shapes = &b_.an->shapeNames;
  syn::Pos pos = irPos(b_.an->sources, lit);
  if (t && t->kind == ty::Kind::Pointer && lit->type == t) {
    // An elided &T inside another literal: []*T{{1}}.
    std::string text;
    if (b_.an->namingSites) text = pr.expr(lit);
    Location* loc = newSite(SiteKind::Alloc, lit, pos, text);
    t = t->as<ty::PointerType>()->elem;
    if (typeSize(t) > kMaxImplicitStackVarSize) loc->heapReason = "too large for stack";
    k = spill(k, loc, pos, text);
  }
  ty::Type* core = t ? ty::coreType(t) : nullptr;
  if (!core && t) core = ty::underlying(t);
  if (!core) return;
  auto litText = [&]() -> std::string {
    if (!b_.an->namingSites) return std::string();
    return pr.type(t) + (lit->elts.empty() ? "{}" : "{...}");
  };
  switch (core->kind) {
    case ty::Kind::Struct: {
      auto* st = core->as<ty::StructType>();
      for (size_t i = 0; i < lit->elts.size(); i++) {
        syn::Expr* e = lit->elts[i];
        ty::Type* ft = nullptr;
        if (auto* kv = e->as<syn::KeyValueExpr>()) {
          if (auto* key = syn::unparen(kv->key)->as<syn::Ident>()) {
            for (ty::Var* f : st->fields)
              if (f->name == key->name) ft = f->type;
          }
          e = kv->value;
        } else if (i < st->fields.size()) {
          ft = st->fields[i]->type;
        }
        exprConv(noteNode(k, lit, "struct literal element"), e, ft);
      }
      return;
    }
    case ty::Kind::Array: {
      ty::Type* et = core->as<ty::ArrayType>()->elem;
      for (syn::Expr* e : lit->elts) {
        if (auto* kv = e->as<syn::KeyValueExpr>()) e = kv->value;
        exprConv(noteNode(k, lit, "array literal element"), e, et);
      }
      return;
    }
    case ty::Kind::Slice: {
      std::string text = litText();
      Location* loc = newSite(SiteKind::Alloc, lit, pos, text);
      Hole kk = spill(k, loc, pos, text);
      ty::Type* et = core->as<ty::SliceType>()->elem;
      for (syn::Expr* e : lit->elts) {
        if (auto* kv = e->as<syn::KeyValueExpr>()) e = kv->value;
        exprConv(noteNode(kk, lit, "slice-literal-element"), e, et);
      }
      return;
    }
    case ty::Kind::Map: {
      std::string text = litText();
      Location* loc = newSite(SiteKind::Alloc, lit, pos, text);
      spill(k, loc, pos, text);
      auto* mt = core->as<ty::MapType>();
      // Map keys and values are always stored in the heap.
      for (syn::Expr* e : lit->elts) {
        auto* kv = e->as<syn::KeyValueExpr>();
        if (!kv) continue;
        assignHeap(kv->key, mt->key, pos, text, "map literal key");
        assignHeap(kv->value, mt->elem, pos, text, "map literal value");
      }
      return;
    }
    default:
      return;
  }
}

// A function literal: the closure object is the site; how it captures is
// decided after the whole batch is walked (flowClosure).
void Walker::closure(Hole k, syn::FuncLit* lit) {
  auto it = b_.an->funcOfNode.find(lit);
  if (it == b_.an->funcOfNode.end()) return;
  Func* clo = it->second;
  Location* loc = newSite(SiteKind::Closure, lit, lit->pos, "func literal");
  loc->closureFn = clo;
  clo->closureLoc = loc;
  // The closure object: the function word and one word per captured
  // variable (by-reference captures and small values alike are at most the
  // variable's size).
  int64_t size = 8;
  for (const Capture& cv : clo->closureVars) size += typeSize(cv.var->type);
  if (size > kMaxImplicitStackVarSize) loc->heapReason = "too large for stack";
  k = spill(k, loc, lit->pos, "func literal");
  b_.closures.push_back(Batch::ClosureFlow{k, clo});
  for (const Capture& cv : clo->closureVars) {
    Location* vl = b_.oldLoc(cv.var);
    if (vl && !vl->captured) {
      vl->captured = true;
      // Reassignments in straight-line code before the first capture do
      // not count.
      if (vl->loopDepth == loopDepth_) vl->reassigned = false;
    }
  }
  Walker w(b_, clo);
  w.walkFunc();
}

void Walker::fieldPath(Hole k, syn::Expr* x, ty::Type* xType, const std::vector<int>& path, size_t count,
                       const syn::Node* where) {
  // Steps from x outward: step i selects path[i] from the struct reached so
  // far, dereferencing first when the value is a pointer (ODOTPTR).
  // -m=2 notes each step as its own expression (x.Inner, then x.Inner.p),
  // all at the position of the selector that implies them.
  std::vector<bool> throughPtr;
  std::vector<std::string> stepText;
  bool explain = b_.explain() && where;
  std::string text;
  if (explain) {
    IrPrinter pr{b_.an->curPkg, &b_.an->sources};
    pr.shapes = &b_.an->shapeNames;
    if (!rename_.empty()) pr.rename = &rename_;
    text = pr.expr(x, 8);
  }
  ty::Type* cur = xType;
  for (size_t i = 0; i < count && cur; i++) {
    ty::Type* u = ty::underlying(cur);
    bool ptr = u->kind == ty::Kind::Pointer;
    throughPtr.push_back(ptr);
    ty::Type* base = ptr ? u->as<ty::PointerType>()->elem : cur;
    auto* st = ty::underlying(base)->as<ty::StructType>();
    if (!st || path[i] < 0 || static_cast<size_t>(path[i]) >= st->fields.size()) {
      cur = nullptr;
      break;
    }
    ty::Var* f = st->fields[static_cast<size_t>(path[i])];
    text += "." + f->name;
    stepText.push_back(text);
    cur = f->type;
  }
  syn::Pos at;
  if (explain) {
    if (where->kind == syn::NodeKind::SelectorExpr) at = irPos(b_.an->sources, static_cast<const syn::Expr*>(where));
    else at = where->pos;
  }
  // The outermost selection transforms the hole first.
  for (size_t i = throughPtr.size(); i-- > 0;) {
    if (throughPtr[i]) k = k.shift(1);
    if (explain && i < stepText.size()) k = b_.note(k, at, stepText[i], throughPtr[i] ? "dot of pointer" : "dot");
  }
  expr(k, x);
}

void Walker::selector(Hole k, syn::SelectorExpr* n) {
  ty::Selection* sel = n->selection;
  if (!sel) return;  // package-qualified name: a global or a function
  switch (sel->kind) {
    case ty::SelectionKind::FieldVal:
      fieldPath(k, n->x, n->x->type, sel->index, sel->index.size(), n);
      return;
    case ty::SelectionKind::MethodVal:
      methodValue(k, n);
      return;
    case ty::SelectionKind::MethodExpr:
      return;
  }
}

// The receiver of x.M: implicit embedded fields, then an implicit * (value
// method through a pointer) or & (pointer method on an addressable value).
void Walker::recvExpr(Hole k, syn::SelectorExpr* sel) {
  if (auto it = recvSubst_.find(sel); it != recvSubst_.end()) {
    b_.flow(k, it->second);
    return;
  }
  ty::Selection* s = sel->selection;
  auto* m = static_cast<ty::Func*>(s->obj);
  std::vector<int> implicits(s->index.begin(), s->index.end() - (s->index.empty() ? 0 : 1));
  // The type reached after the implicit fields.
  ty::Type* cur = sel->x->type;
  for (int ix : implicits) {
    if (!cur) break;
    ty::Type* u = ty::underlying(cur);
    ty::Type* base = u->kind == ty::Kind::Pointer ? u->as<ty::PointerType>()->elem : cur;
    auto* st = ty::underlying(base)->as<ty::StructType>();
    if (!st || ix < 0 || static_cast<size_t>(ix) >= st->fields.size()) {
      cur = nullptr;
      break;
    }
    cur = st->fields[static_cast<size_t>(ix)]->type;
  }
  bool ifaceMethod = m->iface != nullptr || isInterface(cur);
  if (!ifaceMethod && cur && cur->kind != ty::Kind::TypeParam) {
    bool curPtr = ty::underlying(cur)->kind == ty::Kind::Pointer;
    if (curPtr && !m->ptrRecv) k = derefNode(k, sel, "indirection");
    else if (!curPtr && m->ptrRecv) k = implicitAddr(k, sel->x, sel);
  }
  fieldPath(k, sel->x, sel->x->type, implicits, implicits.size(), sel);
}

// OMETHVALUE: the receiver flows to the method's receiver parameter and
// into the closure object; the results flow to the heap (the method value
// may be called from anywhere).
void Walker::methodValue(Hole k, syn::SelectorExpr* n) {
  auto* m = static_cast<ty::Func*>(n->selection->obj);
  std::string text;
  if (b_.an->namingSites) text = b_.an->printer().expr(n);
  syn::Pos pos = irPos(b_.an->sources, n);
  Location* loc = newSite(SiteKind::MethodValue, n, pos, text);
  Hole closureK = spill(k, loc, pos, text);
  Func* fn = nullptr;
  bool dynamic = true;
  if (!m->iface) {
    ty::Func* origin = m->origin ? m->origin : m;
    auto it = b_.an->funcOfObj.find(origin);
    if (it != b_.an->funcOfObj.end()) {
      fn = it->second;
      dynamic = false;
    }
  }
  // Interface receivers (directly or through embedding) make it dynamic.
  {
    ty::Type* cur = n->x->type;
    for (size_t i = 0; i + 1 < n->selection->index.size() && cur; i++) {
      ty::Type* u = ty::underlying(cur);
      ty::Type* base = u->kind == ty::Kind::Pointer ? u->as<ty::PointerType>()->elem : cur;
      auto* st = ty::underlying(base)->as<ty::StructType>();
      int ix = n->selection->index[i];
      if (!st || ix < 0 || static_cast<size_t>(ix) >= st->fields.size()) break;
      cur = st->fields[static_cast<size_t>(ix)]->type;
    }
    if (isInterface(cur) || (cur && cur->kind == ty::Kind::TypeParam)) {
      fn = nullptr;
      dynamic = true;
    }
  }
  std::vector<Hole> ks;
  ty::Signature* sig = m->sig();
  if (sig) {
    for (size_t i = 0; i < sig->results->vars.size(); i++) ks.push_back(b_.heapHole());
  }
  Hole paramK = tagHole(ks, fn, 0, dynamic);
  recvExpr(teeHole({paramK, closureK}), n);
}

// String concatenation (OADDSTR): one allocation for the whole chain; the
// operands never escape through it.
void Walker::addString(Hole k, syn::BinaryExpr* n) {
  std::vector<syn::Expr*> ops;
  // Flatten nested non-constant string additions, as Go's typecheck does.
  std::vector<syn::Expr*> stack{n};
  while (!stack.empty()) {
    syn::Expr* e = syn::unparen(stack.back());
    stack.pop_back();
    auto* be = e->as<syn::BinaryExpr>();
    if (be && be->op == syn::Tok::Add && isString(be->type) && be->mode != syn::ExprMode::Constant) {
      stack.push_back(be->y);
      stack.push_back(be->x);
    } else {
      ops.push_back(e);
    }
  }
  std::string text;
  if (b_.an->namingSites) {
    IrPrinter pr{b_.an->curPkg, &b_.an->sources};
    pr.shapes = &b_.an->shapeNames;
    for (size_t i = 0; i < ops.size(); i++) {
      if (i) text += " + ";
      text += pr.expr(ops[i]);
    }
  }
  Location* loc = newSite(SiteKind::Alloc, n, n->opPos, text);
  spill(k, loc, n->opPos, text);
  for (syn::Expr* e : ops) discard(e);
}

// Conversions T(x).
void Walker::conversion(Hole k, syn::CallExpr* call) {
  if (call->args.empty()) return;
  if (call->mode == syn::ExprMode::Constant) return;
  syn::Expr* x = syn::unparen(call->args[0]);
  ty::Type* T = call->type;
  ty::Type* xt = x->type;
  if (k.derefs >= 0 && T && !hasPointers(T)) k = b_.discardHole();
  IrPrinter pr{b_.an->curPkg, &b_.an->sources};
  pr.shapes = &b_.an->shapeNames;
  if (isInterface(T)) {
    ty::Type* bt = boxedType(b_.an->tc, x);
    if (isInterface(bt) && !(x->mode == syn::ExprMode::Constant)) {
      expr(noteNode(k, call, "interface-converted"), x);
      return;
    }
    std::string text;
    if (b_.an->namingSites) text = pr.expr(call);
    convIface(k, x, text, call);
    return;
  }
  ty::Type* tu = T ? ty::underlying(T) : nullptr;
  ty::Type* xu = xt ? ty::underlying(xt) : nullptr;
  auto isByteOrRuneSlice = [](ty::Type* u, bool* bytes) {
    auto* sl = u ? u->as<ty::SliceType>() : nullptr;
    if (!sl) return false;
    ty::Type* e = ty::underlying(sl->elem);
    if (e->kind == ty::Kind::Uint8) {
      *bytes = true;
      return true;
    }
    if (e->kind == ty::Kind::Int32) {
      *bytes = false;
      return true;
    }
    return false;
  };
  bool bytes = false;
  bool alloc = false;
  if (tu && tu->kind == ty::Kind::String && xu) {
    bool xb = false;
    if (isByteOrRuneSlice(xu, &xb) || ty::isIntegerKind(xu->kind)) alloc = true;  // OBYTES2STR, ORUNES2STR, ORUNESTR
  } else if (tu && isByteOrRuneSlice(tu, &bytes) && xu && (xu->kind == ty::Kind::String || xu->kind == ty::Kind::UntypedString)) {
    alloc = true;  // OSTR2BYTES, OSTR2RUNES
  }
  if (alloc) {
    syn::Pos pos = irPos(b_.an->sources, x);
    std::string text;
    if (b_.an->namingSites) text = pr.expr(call);
    Location* loc = newSite(SiteKind::Alloc, call, pos, text);
    if (bytes) loc->isZeroCopyCandidate = true;
    spill(k, loc, pos, text);
    discard(x);
    return;
  }
  if (tu && tu->kind == ty::Kind::Array && xu && xu->kind == ty::Kind::Slice) {
    expr(derefNode(k, call, "slice-to-array"), x);  // OSLICE2ARR
    return;
  }
  if (tu && tu->kind == ty::Kind::UnsafePointer && xu && xu->kind == ty::Kind::Uintptr) {
    unsafeValue(k, x);
    return;
  }
  expr(k, x);  // OCONV, OCONVNOP, OSLICE2ARRPTR
}

// uintptr arithmetic that may hide an unsafe.Pointer (Go's unsafeValue).
void Walker::unsafeValue(Hole k, syn::Expr* n) {
  n = syn::unparen(n);
  if (auto* c = n->as<syn::CallExpr>(); c && c->callKind == syn::CallKind::Conversion && !c->args.empty()) {
    syn::Expr* x = c->args[0];
    if (isUnsafePointer(x->type)) expr(k, x);
    else discard(x);
    return;
  }
  if (auto* u = n->as<syn::UnaryExpr>(); u && (u->op == syn::Tok::Add || u->op == syn::Tok::Sub || u->op == syn::Tok::Xor)) {
    unsafeValue(k, u->x);
    return;
  }
  if (auto* be = n->as<syn::BinaryExpr>()) {
    switch (be->op) {
      case syn::Tok::Add: case syn::Tok::Sub: case syn::Tok::Or: case syn::Tok::Xor: case syn::Tok::Mul:
      case syn::Tok::Quo: case syn::Tok::Rem: case syn::Tok::And: case syn::Tok::AndNot:
        unsafeValue(k, be->x);
        unsafeValue(k, be->y);
        return;
      case syn::Tok::Shl: case syn::Tok::Shr:
        unsafeValue(k, be->x);
        discard(be->y);
        return;
      default:
        break;
    }
  }
  expr(b_.discardHole(), n);
}

// Go's e.addr: evaluates an assignment destination and returns the hole
// that stores into it.
Hole Walker::addrHole(syn::Expr* n) {
  if (!n) return b_.discardHole();
  n = syn::unparen(n);
  switch (n->kind) {
    case syn::NodeKind::Ident: {
      auto* id = n->as<syn::Ident>();
      if (id->name == "_" || !id->obj || id->obj->kind != ty::ObjKind::Var) return b_.discardHole();
      auto* v = static_cast<ty::Var*>(id->obj);
      if (v->isGlobal) return b_.heapHole();
      if (Location* loc = b_.oldLoc(v)) return Hole{loc};
      return b_.heapHole();
    }
    case syn::NodeKind::SelectorExpr: {
      auto* se = n->as<syn::SelectorExpr>();
      if (!se->selection) return b_.heapHole();  // a global of another package
      if (se->selection->kind != ty::SelectionKind::FieldVal) return b_.heapHole();
      // x.f: the outermost step decides: through a pointer the store is an
      // indirect one (x's pointer is mutated); otherwise it stores into x.
      const auto& path = se->selection->index;
      size_t count = path.size();
      std::vector<bool> throughPtr;
      ty::Type* cur = se->x->type;
      for (size_t i = 0; i < count && cur; i++) {
        ty::Type* u = ty::underlying(cur);
        bool ptr = u->kind == ty::Kind::Pointer;
        throughPtr.push_back(ptr);
        ty::Type* base = ptr ? u->as<ty::PointerType>()->elem : cur;
        auto* st = ty::underlying(base)->as<ty::StructType>();
        if (!st || path[i] < 0 || static_cast<size_t>(path[i]) >= st->fields.size()) break;
        cur = st->fields[static_cast<size_t>(path[i])]->type;
      }
      // Find the outermost pointer step.
      size_t last = throughPtr.size();
      for (size_t i = throughPtr.size(); i-- > 0;) {
        if (throughPtr[i]) {
          last = i;
          break;
        }
      }
      if (last == throughPtr.size()) {
        // No indirection: a store into x itself.
        return addrHole(se->x);
      }
      // The value before step `last` is a pointer that is written through.
      fieldPath(b_.mutatorHole(), se->x, se->x->type, path, last, n);
      return b_.heapHole();
    }
    case syn::NodeKind::IndexExpr: {
      auto* ix = n->as<syn::IndexExpr>();
      if (ix->indices.size() != 1) return b_.heapHole();
      ty::Type* xt = ix->x->type;
      ty::Type* core = xt ? ty::coreType(xt) : nullptr;
      if (!core && xt) core = ty::underlying(xt);
      if (core && core->kind == ty::Kind::Map) {
        discard(ix->x);
        std::string text;
        if (b_.explain()) text = b_.an->printer().expr(n);
        assignHeap(ix->indices[0], core->as<ty::MapType>()->key, irPos(b_.an->sources, n), text, "key of map put");
        return b_.heapHole();
      }
      discard(ix->indices[0]);
      if (core && core->kind == ty::Kind::Array) return addrHole(ix->x);
      mutate(ix->x);  // slice element or *[N]T element: an indirect store
      return b_.heapHole();
    }
    case syn::NodeKind::StarExpr:
      mutate(n->as<syn::StarExpr>()->x);
      return b_.heapHole();
    default:
      return b_.heapHole();
  }
}

}  // namespace gs::escape
