// Statements (Go's escape/stmt.go and assign.go), with the rewrites Go's
// front end applies first:
//   * statements after a terminating statement are dropped, and so are the
//     branches of `if` on a constant condition;
//   * a loop variable that is captured by a closure or whose address is
//     taken inside the loop is per-iteration (Go 1.22): it is declared
//     inside the loop body (so at the body's loop depth) and copied from and
//     back to a hidden variable that carries it between iterations;
//   * a label that a later goto jumps back to starts a loop (the loop depth
//     grows until the end of the enclosing block).
#include "core/escape/internal.h"

namespace gs::escape {

namespace {

// +1 constant true, -1 constant false, 0 unknown (noder's staticBool).
int staticBool(syn::Expr* e) {
  e = syn::unparen(e);
  if (!e) return 0;
  if (e->mode == syn::ExprMode::Constant && e->constant && e->constant->kind == ty::Constant::CKind::Bool)
    return e->constant->boolVal() ? 1 : -1;
  if (auto* be = e->as<syn::BinaryExpr>()) {
    if (be->op == syn::Tok::LAnd) {
      int x = staticBool(be->x);
      if (x < 0) return x;
      int y = staticBool(be->y);
      if (x > 0 || y < 0) return y;
    } else if (be->op == syn::Tok::LOr) {
      int x = staticBool(be->x);
      if (x > 0) return x;
      int y = staticBool(be->y);
      if (x < 0 || y > 0) return y;
    }
  }
  return 0;
}

bool terminates(syn::Stmt* s);

syn::Stmt* lastNonEmpty(const std::vector<syn::Stmt*>& list) {
  for (size_t i = list.size(); i-- > 0;) {
    if (!list[i]->is<syn::EmptyStmt>()) return list[i];
  }
  return nullptr;
}

// noder's terminates: approximate, as Go's own.
bool terminates(syn::Stmt* s) {
  if (!s) return false;
  switch (s->kind) {
    case syn::NodeKind::BranchStmt:
      return s->as<syn::BranchStmt>()->tok == syn::Tok::Goto;
    case syn::NodeKind::ReturnStmt:
      return true;
    case syn::NodeKind::ExprStmt: {
      auto* c = syn::unparen(s->as<syn::ExprStmt>()->x)->as<syn::CallExpr>();
      return c && c->callKind == syn::CallKind::Builtin && c->builtin == syn::Builtin::Panic;
    }
    case syn::NodeKind::IfStmt: {
      auto* is = s->as<syn::IfStmt>();
      int cond = staticBool(is->cond);
      return (cond < 0 || terminates(is->body)) && (cond > 0 || terminates(is->els));
    }
    case syn::NodeKind::BlockStmt:
      return terminates(lastNonEmpty(s->as<syn::BlockStmt>()->list));
    default:
      return false;
  }
}

// Go's labels: a label is looping when a goto jumps back to it (the goto is
// visited after the label).
void scanLabels(syn::Node* n, std::unordered_map<const syn::LabeledStmt*, int>& labels);

void scanLabelList(const std::vector<syn::Stmt*>& list, std::unordered_map<const syn::LabeledStmt*, int>& labels) {
  for (syn::Stmt* s : list) scanLabels(s, labels);
}

void scanLabels(syn::Node* n, std::unordered_map<const syn::LabeledStmt*, int>& labels) {
  if (!n) return;
  switch (n->kind) {
    case syn::NodeKind::LabeledStmt: {
      auto* ls = n->as<syn::LabeledStmt>();
      if (ls->label && ls->label->name != "_") labels[ls] = 2;  // non-looping so far
      scanLabels(ls->stmt, labels);
      return;
    }
    case syn::NodeKind::BranchStmt: {
      auto* bs = n->as<syn::BranchStmt>();
      if (bs->tok == syn::Tok::Goto && bs->target) {
        auto* ls = bs->target->as<syn::LabeledStmt>();
        auto it = ls ? labels.find(ls) : labels.end();
        if (it != labels.end() && it->second == 2) it->second = 1;  // looping
      }
      return;
    }
    case syn::NodeKind::BlockStmt: scanLabelList(n->as<syn::BlockStmt>()->list, labels); return;
    case syn::NodeKind::IfStmt: {
      auto* s = n->as<syn::IfStmt>();
      scanLabels(s->init, labels);
      scanLabels(s->body, labels);
      scanLabels(s->els, labels);
      return;
    }
    case syn::NodeKind::ForStmt: {
      auto* s = n->as<syn::ForStmt>();
      scanLabels(s->init, labels);
      scanLabels(s->post, labels);
      scanLabels(s->body, labels);
      return;
    }
    case syn::NodeKind::RangeStmt: scanLabels(n->as<syn::RangeStmt>()->body, labels); return;
    case syn::NodeKind::SwitchStmt: {
      auto* s = n->as<syn::SwitchStmt>();
      scanLabels(s->init, labels);
      scanLabels(s->body, labels);
      return;
    }
    case syn::NodeKind::TypeSwitchStmt: {
      auto* s = n->as<syn::TypeSwitchStmt>();
      scanLabels(s->init, labels);
      scanLabels(s->body, labels);
      return;
    }
    case syn::NodeKind::SelectStmt: scanLabels(n->as<syn::SelectStmt>()->body, labels); return;
    case syn::NodeKind::CaseClause: scanLabelList(n->as<syn::CaseClause>()->body, labels); return;
    case syn::NodeKind::CommClause: scanLabelList(n->as<syn::CommClause>()->body, labels); return;
    default:
      return;
  }
}

// The Var an identifier declares at this position (a := or var), if any.
const ty::Var* declaredVar(syn::Expr* e) {
  auto* id = e ? syn::unparen(e)->as<syn::Ident>() : nullptr;
  if (!id || !id->obj || id->obj->kind != ty::ObjKind::Var) return nullptr;
  auto* v = static_cast<const ty::Var*>(id->obj);
  if (v->pos.line == id->pos.line && v->pos.col == id->pos.col && v->pos.file == id->pos.file) return v;
  return nullptr;
}

}  // namespace

void Walker::walkFunc() {
  fn_->esc = kFuncStarted;
  labels_.clear();
  if (fn_->body) {
    scanLabelList(fn_->body->list, labels_);
    blockList(fn_->body->list);
  }
}

void Walker::block(syn::BlockStmt* b) {
  if (b) blockList(b->list);
}

// A statement list with its own loop depth scope (Go's e.block).
void Walker::blockList(const std::vector<syn::Stmt*>& list) {
  int old = loopDepth_;
  stmts(list);
  loopDepth_ = old;
}

void Walker::stmts(const std::vector<syn::Stmt*>& list) {
  // Statements after a terminating statement are dropped by Go's front end,
  // unless a label follows.
  size_t lastLabel = list.size();
  for (size_t i = 0; i < list.size(); i++) {
    if (list[i]->is<syn::LabeledStmt>()) lastLabel = i;
  }
  bool dead = false;
  for (size_t i = 0; i < list.size(); i++) {
    syn::Stmt* s = list[i];
    if (dead && (lastLabel == list.size() || i > lastLabel) && !s->is<syn::LabeledStmt>()) continue;
    stmt(s);
    dead = terminates(s);
  }
}

Hole Walker::dcl(const ty::Var* v) {
  Location* loc = b_.oldLoc(v);
  if (!loc) return b_.discardHole();
  loc->loopDepth = loopDepth_;
  return Hole{loc};
}

// Marks the destinations as reassigned, except variables declared and
// assigned exactly once by this statement (never for range statements,
// which assign on every iteration).
void Walker::reassigned(const std::vector<Hole>& ks, bool isRange, const std::vector<const ty::Var*>& definedHere) {
  for (const Hole& k : ks) {
    Location* loc = k.dst;
    if (!loc) continue;
    if (!isRange && loc->kind == LocKind::Var) {
      bool def = false;
      for (const ty::Var* v : definedHere)
        if (v == loc->var) def = true;
      if (def) continue;
    }
    loc->reassigned = true;
  }
}

// The type an assignment destination converts to (null for `_`).
ty::Type* destType(syn::Expr* dst) {
  if (!dst) return nullptr;
  syn::Expr* du = syn::unparen(dst);
  if (auto* id = du->as<syn::Ident>()) {
    if (id->name == "_" || !id->obj) return nullptr;
    return id->obj->type;
  }
  return du->type;
}

// dst1, dst2, ... = rhs with a multi-valued rhs: Go assigns it to
// temporaries first, then each temporary (converted) to its destination.
void Walker::tupleAssign(const std::vector<Hole>& ks, const std::vector<ty::Type*>& dsts, syn::Expr* rhs,
                         const syn::Node* where, syn::Pos pos, const char* why) {
  syn::Expr* r = syn::unparen(rhs);
  ty::Tuple* tuple = r->type ? r->type->as<ty::Tuple>() : nullptr;
  std::vector<Location*> temps;
  std::vector<Hole> tks;
  for (size_t i = 0; i < ks.size(); i++) {
    Location* t = b_.newLoc(fn_, loopDepth_, true);
    temps.push_back(t);
    tks.push_back(Hole{t});
  }
  multiValue(tks, r);
  for (size_t i = 0; i < ks.size(); i++) {
    ty::Type* vt = nullptr;
    if (tuple && i < tuple->vars.size()) vt = tuple->vars[i]->type;
    else if (!tuple && i == 0) vt = r->type;
    else vt = b_.an->tc.basic(ty::Kind::Bool);
    tempValue(noteNode(ks[i], where, why), temps[i], vt, dsts[i], r, i, pos);
  }
}

void Walker::assignList(const std::vector<syn::Expr*>& dsts, const std::vector<syn::Expr*>& srcs,
                        const syn::Node* where, const char* why, const std::vector<const ty::Var*>& defined) {
  std::vector<Hole> ks;
  for (syn::Expr* d : dsts) ks.push_back(addrHole(d));
  for (size_t i = 0; i < ks.size(); i++) {
    syn::Expr* src = i < srcs.size() ? srcs[i] : nullptr;
    Hole k = ks[i];
    syn::Expr* dst = dsts[i];
    if (dst && src && isSelfAssign(dst, src)) {
      if (b_.an->printingPkg && b_.an->verbosity > 0 && where && where->kind == syn::NodeKind::AssignStmt) {
        IrPrinter pr{b_.an->curPkg, &b_.an->sources};
        pr.shapes = &b_.an->shapeNames;
        auto* as = static_cast<const syn::AssignStmt*>(where);
        b_.an->message(stmtPos(as), fn_->name + " ignoring self-assignment in " + pr.stmt(as));
      }
      k = b_.discardHole();
    }
    exprConv(noteNode(k, where, why), src, destType(dst));
  }
  reassigned(ks, false, defined);
}

void Walker::stmt(syn::Stmt* s) {
  if (!s) return;
  switch (s->kind) {
    case syn::NodeKind::EmptyStmt:
    case syn::NodeKind::BranchStmt:
    case syn::NodeKind::BadStmt:
      return;
    case syn::NodeKind::LabeledStmt: {
      auto* ls = s->as<syn::LabeledStmt>();
      auto it = labels_.find(ls);
      if (it != labels_.end() && it->second == 1) loopDepth_++;
      stmt(ls->stmt);
      return;
    }
    case syn::NodeKind::ExprStmt: {
      syn::Expr* x = syn::unparen(s->as<syn::ExprStmt>()->x);
      if (auto* c = x->as<syn::CallExpr>()) {
        call({}, c);
        return;
      }
      discard(x);
      return;
    }
    case syn::NodeKind::SendStmt: {
      auto* ss = s->as<syn::SendStmt>();
      discard(ss->chan);
      ty::Type* ct = ss->chan->type ? ty::coreType(ss->chan->type) : nullptr;
      ty::Type* elem = ct && ct->kind == ty::Kind::Chan ? ct->as<ty::ChanType>()->elem : nullptr;
      Hole k = noteNode(b_.heapHole(), s, "send");
      exprConv(k, ss->value, elem);
      return;
    }
    case syn::NodeKind::IncDecStmt: {
      auto* d = s->as<syn::IncDecStmt>();
      assignList({d->x}, {nullptr}, s, "assign", {});
      return;
    }
    case syn::NodeKind::AssignStmt:
      assignStmt(s->as<syn::AssignStmt>());
      return;
    case syn::NodeKind::GoStmt:
      goDefer(s, s->as<syn::GoStmt>()->call, true);
      return;
    case syn::NodeKind::DeferStmt:
      goDefer(s, s->as<syn::DeferStmt>()->call, false);
      return;
    case syn::NodeKind::ReturnStmt:
      returnStmt(s->as<syn::ReturnStmt>());
      return;
    case syn::NodeKind::BlockStmt:
      block(s->as<syn::BlockStmt>());
      return;
    case syn::NodeKind::IfStmt: {
      auto* is = s->as<syn::IfStmt>();
      int old = loopDepth_;
      stmt(is->init);
      int cond = staticBool(is->cond);
      discard(is->cond);
      if (cond >= 0) block(is->body);
      if (cond <= 0 && is->els) {
        int o2 = loopDepth_;
        stmt(is->els);
        loopDepth_ = o2;
      }
      loopDepth_ = old;
      return;
    }
    case syn::NodeKind::SwitchStmt:
      switchStmt(s->as<syn::SwitchStmt>());
      return;
    case syn::NodeKind::TypeSwitchStmt:
      typeSwitchStmt(s->as<syn::TypeSwitchStmt>());
      return;
    case syn::NodeKind::SelectStmt:
      selectStmt(s->as<syn::SelectStmt>());
      return;
    case syn::NodeKind::ForStmt:
      forStmt(s->as<syn::ForStmt>());
      return;
    case syn::NodeKind::RangeStmt:
      rangeStmt(s->as<syn::RangeStmt>());
      return;
    case syn::NodeKind::DeclStmt:
      declStmt(s->as<syn::DeclStmt>());
      return;
    default:
      return;
  }
}

// Evaluates a multi-valued right-hand side into ks: a call, or a comma-ok
// form (m[k], x.(T), <-ch) whose second value is a bool.
void Walker::multiValue(const std::vector<Hole>& ks, syn::Expr* rhs) {
  syn::Expr* r = syn::unparen(rhs);
  if (auto* c = r->as<syn::CallExpr>(); c && c->callKind == syn::CallKind::Call) {
    call(ks, c);
    return;
  }
  Hole k0 = ks.empty() ? b_.discardHole() : ks[0];
  if (auto* ta = r->as<syn::TypeAssertExpr>()) {
    expr(dotType(k0, r->type, r, "dot"), ta->x);
    return;
  }
  expr(k0, r);
}

void Walker::assignStmt(syn::AssignStmt* s) {
  if (s->tok != syn::Tok::Define && s->tok != syn::Tok::Assign) {
    // x op= y: OASOP. Shifts convert nothing.
    ty::Type* lt = s->lhs.empty() ? nullptr : s->lhs[0]->type;
    (void)lt;
    assignList({s->lhs[0]}, {s->rhs.empty() ? nullptr : s->rhs[0]}, s, "assign", {});
    return;
  }
  std::vector<const ty::Var*> defined;
  if (s->tok == syn::Tok::Define) {
    for (syn::Expr* l : s->lhs) {
      if (const ty::Var* v = declaredVar(l)) defined.push_back(v);
    }
    for (const ty::Var* v : defined) dcl(v);
  }
  if (s->lhs.size() > 1 && s->rhs.size() == 1) {
    // v1, v2 = f() / m[k] / x.(T) / <-ch.
    std::vector<Hole> ks;
    for (syn::Expr* l : s->lhs) ks.push_back(addrHole(l));
    std::vector<ty::Type*> dsts;
    for (syn::Expr* l : s->lhs) dsts.push_back(destType(l));
    tupleAssign(ks, dsts, s->rhs[0], s, stmtPos(s), "assign-pair");
    reassigned(ks, false, defined);
    return;
  }
  assignList(s->lhs, s->rhs, s, s->lhs.size() > 1 ? "assign-pair" : "assign", defined);
}

void Walker::returnStmt(syn::ReturnStmt* s) {
  // Inside a range-over-func body, return assigns the enclosing function's
  // results.
  Func* target = fn_;
  while (target->kind == FuncKind::Lit && !target->lit && target->closureParent) target = target->closureParent;
  std::vector<Hole> ks;
  for (const ty::Var* r : target->results) {
    Location* loc = b_.oldLoc(r);
    ks.push_back(loc ? Hole{loc} : b_.discardHole());
  }
  if (s->results.size() == 1 && ks.size() > 1) {
    // return f(): the values go through temporaries.
    std::vector<ty::Type*> dsts;
    for (const ty::Var* r : target->results) dsts.push_back(r->type);
    tupleAssign(ks, dsts, s->results[0], s, s->pos, "return");
    reassigned(ks, false, {});
    return;
  }
  for (size_t i = 0; i < ks.size(); i++) {
    syn::Expr* src = i < s->results.size() ? s->results[i] : nullptr;
    ty::Type* rt = target->results[i]->type;
    exprConv(noteNode(ks[i], s, "return"), src, rt);
  }
  reassigned(ks, false, {});
}

void Walker::declStmt(syn::DeclStmt* s) {
  if (!s->decl || s->decl->tok != syn::Tok::Var) return;
  for (syn::Spec* sp : s->decl->specs) {
    auto* vs = sp->as<syn::ValueSpec>();
    if (!vs) continue;
    std::vector<const ty::Var*> vars;
    std::vector<syn::Expr*> names;
    for (syn::Ident* id : vs->names) {
      names.push_back(id);
      if (id->obj && id->obj->kind == ty::ObjKind::Var) vars.push_back(static_cast<const ty::Var*>(id->obj));
    }
    if (vs->values.empty()) {
      // `var x T`: the zero value; not a reassignment.
      for (const ty::Var* v : vars) dcl(v);
      continue;
    }
    for (const ty::Var* v : vars) dcl(v);
    if (names.size() > 1 && vs->values.size() == 1) {
      std::vector<Hole> ks;
      std::vector<ty::Type*> dsts;
      for (syn::Expr* n : names) {
        ks.push_back(addrHole(n));
        dsts.push_back(destType(n));
      }
      tupleAssign(ks, dsts, vs->values[0], vs, vs->names.empty() ? vs->pos : vs->names[0]->pos, "assign-pair");
      continue;
    }
    assignList(names, vs->values, vs, names.size() > 1 ? "assign-pair" : "assign", vars);
  }
}

void Walker::forStmt(syn::ForStmt* s) {
  bool rewritten = b_.an->rewrittenLoops.count(s) > 0;
  if (!rewritten) {
    stmt(s->init);
    // `for init; false; post {}` is just init.
    if (s->cond && staticBool(s->cond) < 0) return;
    loopDepth_++;
    discard(s->cond);
    stmt(s->post);
    block(s->body);
    loopDepth_--;
    return;
  }
  // Per-iteration variables: `for z := init; cond; post { body }` becomes
  //   z' := init; for { z := z'; if !first { post }; if !cond { break }; body; z' = z }
  auto* init = s->init ? s->init->as<syn::AssignStmt>() : nullptr;
  std::unordered_map<const ty::Var*, Location*> prime;
  std::vector<const ty::Var*> leaked, plain;
  if (init) {
    for (syn::Expr* l : init->lhs) {
      const ty::Var* v = declaredVar(l);
      if (!v) continue;
      auto it = b_.an->vars.find(v);
      if (it != b_.an->vars.end() && it->second.perIteration) leaked.push_back(v);
      else plain.push_back(v);
    }
    for (const ty::Var* v : plain) dcl(v);
    std::vector<Hole> ks;
    for (syn::Expr* l : init->lhs) {
      const ty::Var* v = declaredVar(l);
      bool isLeaked = false;
      for (const ty::Var* lv : leaked)
        if (lv == v) isLeaked = true;
      if (isLeaked) {
        Location* t = b_.newLoc(fn_, loopDepth_, true);
        t->tempSize = typeSize(v->type);
        prime[v] = t;
        ks.push_back(Hole{t});
      } else {
        ks.push_back(addrHole(l));
      }
    }
    if (init->rhs.size() == 1 && init->lhs.size() > 1) {
      std::vector<ty::Type*> dsts;
      for (syn::Expr* l : init->lhs) dsts.push_back(destType(l));
      tupleAssign(ks, dsts, init->rhs[0], init, stmtPos(init), "assign-pair");
    } else {
      for (size_t i = 0; i < ks.size(); i++) {
        syn::Expr* src = i < init->rhs.size() ? init->rhs[i] : nullptr;
        exprConv(noteNode(ks[i], init, "assign"), src, destType(init->lhs[i]));
      }
    }
  } else {
    stmt(s->init);
  }
  loopDepth_++;
  int bodyDepth = loopDepth_;
  for (const ty::Var* v : leaked) {
    Hole k = dcl(v);
    if (hasPointers(v->type)) b_.flow(k, prime[v]);
    if (k.dst) k.dst->reassigned = true;  // `z := z'` is not z's declaring statement
  }
  stmt(s->post);
  discard(s->cond);
  stmts(s->body ? s->body->list : std::vector<syn::Stmt*>{});
  loopDepth_ = bodyDepth;
  for (const ty::Var* v : leaked) {
    if (Location* loc = b_.oldLoc(v); loc && hasPointers(v->type)) b_.flow(Hole{prime[v]}, loc);
  }
  loopDepth_--;
}

void Walker::rangeStmt(syn::RangeStmt* s) {
  ty::Type* xt = s->x ? s->x->type : nullptr;
  ty::Type* core = xt ? ty::coreType(xt) : nullptr;
  if (!core && xt) core = ty::underlying(xt);
  if (core && core->kind == ty::Kind::Signature) {
    rangeFunc(s);
    return;
  }
  bool isDef = s->tok == syn::Tok::Define;
  bool rewritten = b_.an->rewrittenLoops.count(s) > 0;
  std::vector<const ty::Var*> leaked;
  std::unordered_map<const ty::Var*, Location*> temps;
  if (isDef) {
    for (syn::Expr* e : {s->key, s->value}) {
      const ty::Var* v = declaredVar(e);
      if (!v) continue;
      auto it = b_.an->vars.find(v);
      if (rewritten && it != b_.an->vars.end() && it->second.perIteration) leaked.push_back(v);
      else dcl(v);
    }
  }
  // X is evaluated once, outside the loop, and persists until it ends.
  Location* tmp = b_.newLoc(fn_, loopDepth_, true);
  expr(Hole{tmp}, s->x);
  loopDepth_++;
  std::vector<Hole> ks;
  for (syn::Expr* e : {s->key, s->value}) {
    if (!e) {
      ks.push_back(b_.discardHole());
      continue;
    }
    const ty::Var* v = isDef ? declaredVar(e) : nullptr;
    bool isLeaked = false;
    for (const ty::Var* lv : leaked)
      if (lv == v) isLeaked = true;
    if (isLeaked) {
      // The range assigns a hidden variable; the body starts with v := it.
      Location* t = b_.newLoc(fn_, 1, true);
      temps[v] = t;
      ks.push_back(Hole{t});
    } else {
      ks.push_back(addrHole(e));
    }
  }
  if (core && core->kind == ty::Kind::Array) b_.flow(noteNode(ks[1], s, "range"), tmp);
  else b_.flow(derefNode(ks[1], s, "range-deref"), tmp);
  reassigned(ks, true, {});
  int bodyDepth = loopDepth_;
  for (const ty::Var* v : leaked) {
    Hole k = dcl(v);
    if (hasPointers(v->type)) b_.flow(k, temps[v]);
    if (k.dst) k.dst->reassigned = true;
  }
  stmts(s->body ? s->body->list : std::vector<syn::Stmt*>{});
  loopDepth_ = bodyDepth;
  loopDepth_--;
}

void Walker::switchStmt(syn::SwitchStmt* s) {
  int old = loopDepth_;
  stmt(s->init);
  std::vector<syn::CaseClause*> clauses;
  if (s->body) {
    for (syn::Stmt* c : s->body->list)
      if (auto* cc = c->as<syn::CaseClause>()) clauses.push_back(cc);
  }
  syn::Expr* tag = s->tag;
  // A constant tag (or a tagless switch) with constant cases: Go keeps only
  // the clause that is always taken.
  {
    const ty::Constant* tagVal = nullptr;
    ty::Constant trueVal = ty::makeBool(true);
    if (!tag) tagVal = &trueVal;
    else if (tag->mode == syn::ExprMode::Constant && tag->constant) tagVal = tag->constant;
    if (tagVal) {
      syn::CaseClause* target = nullptr;
      bool allConst = true;
      for (syn::CaseClause* cc : clauses) {
        if (cc->list.empty()) target = target ? target : cc;
      }
      syn::CaseClause* match = nullptr;
      for (syn::CaseClause* cc : clauses) {
        for (syn::Expr* e : cc->list) {
          if (e->mode != syn::ExprMode::Constant || !e->constant) {
            allConst = false;
            break;
          }
          if (!match && ty::compare(*tagVal, syn::Tok::Eql, *e->constant)) match = cc;
        }
        if (!allConst) break;
      }
      if (allConst) {
        syn::CaseClause* chosen = match ? match : target;
        bool fallthroughs = false;
        if (chosen && !chosen->body.empty()) {
          if (auto* bs = chosen->body.back()->as<syn::BranchStmt>(); bs && bs->tok == syn::Tok::Fallthrough) fallthroughs = true;
        }
        if (!fallthroughs) {
          if (tag && !(tag->mode == syn::ExprMode::Constant)) discard(tag);
          if (chosen) blockList(chosen->body);
          loopDepth_ = old;
          return;
        }
      }
    }
  }
  // The comparisons use one type: if a case is not assignable to the tag's
  // type, everything is converted to interface{}.
  ty::Type* tagType = tag ? tag->type : nullptr;
  bool tagIsChan = tagType && ty::underlying(tagType)->kind == ty::Kind::Chan;
  ty::Type* convType = nullptr;
  if (tag && !tagIsChan) {
    if (isInterface(tagType)) {
      convType = tagType;
    } else {
      for (syn::CaseClause* cc : clauses) {
        for (syn::Expr* e : cc->list) {
          if (isInterface(e->type) && !isNilExpr(e)) convType = b_.an->tc.anyType();
        }
      }
    }
  }
  if (tag) discardConv(tag, convType && !isInterface(tagType) ? convType : nullptr);
  for (syn::CaseClause* cc : clauses) {
    for (syn::Expr* e : cc->list) discardConv(e, tag && !tagIsChan ? convType : nullptr);
    blockList(cc->body);
  }
  loopDepth_ = old;
}

void Walker::typeSwitchStmt(syn::TypeSwitchStmt* s) {
  int old = loopDepth_;
  stmt(s->init);
  syn::Expr* guard = nullptr;
  bool hasVar = false;
  if (auto* es = s->assign ? s->assign->as<syn::ExprStmt>() : nullptr) {
    guard = es->x;
  } else if (auto* as = s->assign ? s->assign->as<syn::AssignStmt>() : nullptr) {
    guard = as->rhs.empty() ? nullptr : as->rhs[0];
    hasVar = true;
  }
  auto* ta = guard ? syn::unparen(guard)->as<syn::TypeAssertExpr>() : nullptr;
  std::vector<syn::CaseClause*> clauses;
  if (s->body) {
    for (syn::Stmt* c : s->body->list)
      if (auto* cc = c->as<syn::CaseClause>()) clauses.push_back(cc);
  }
  std::vector<Hole> ks;
  if (hasVar) {
    for (syn::CaseClause* cc : clauses) {
      auto* cv = cc->implicitObj && cc->implicitObj->kind == ty::ObjKind::Var
                     ? static_cast<const ty::Var*>(cc->implicitObj)
                     : nullptr;
      if (!cv) continue;
      Hole k = dcl(cv);
      if (hasPointers(cv->type)) ks.push_back(dotType(k, cv->type, cc, "switch case"));
    }
  }
  if (ta) expr(teeHole(ks), ta->x);
  for (syn::CaseClause* cc : clauses) blockList(cc->body);
  loopDepth_ = old;
}

void Walker::selectStmt(syn::SelectStmt* s) {
  if (!s->body) return;
  for (syn::Stmt* c : s->body->list) {
    auto* cc = c->as<syn::CommClause>();
    if (!cc) continue;
    int old = loopDepth_;
    stmt(cc->comm);
    blockList(cc->body);
    loopDepth_ = old;
  }
}

}  // namespace gs::escape
