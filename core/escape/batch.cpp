// The program driver (Go's escape.go + ir/scc.go): packages in dependency
// order; in each, a prescan of every function (closures, captured
// variables, declaration order, static facts about variables, per-iteration
// loop variables, the static call graph), then batches bottom-up over the
// call graph (Tarjan's strongly connected components; a closure is always
// in its enclosing function's batch), each batch walked, solved and
// reported: parameter tags first, then every location in creation order,
// exactly as `go build -gcflags=-m` prints them.
#include <algorithm>
#include <functional>

#include "core/escape/internal.h"

namespace gs::escape {

Func* Analyzer::newFunc(FuncKind k) {
  funcStore.emplace_back();
  Func* f = &funcStore.back();
  f->kind = k;
  return f;
}

bool Analyzer::printing(syn::Pos p) const {
  (void)p;
  return printingPkg;
}

void Analyzer::message(syn::Pos p, std::string msg) {
  if (!printingPkg) return;
  out.messages.push_back(syntax::Diagnostic{p, std::move(msg), false});
}

// ---------------------------------------------------------------- prescan

namespace {

// Go's ir.OuterValue: the variable whose storage an expression denotes
// (x for x.f, x[i] on arrays, (x)), or null.
const ty::Var* outerVar(syn::Expr* e) {
  for (;;) {
    e = syn::unparen(e);
    if (!e) return nullptr;
    if (auto* id = e->as<syn::Ident>()) {
      if (id->obj && id->obj->kind == ty::ObjKind::Var) {
        auto* v = static_cast<const ty::Var*>(id->obj);
        if (!v->isGlobal && !v->isField) return v;
      }
      return nullptr;
    }
    if (auto* se = e->as<syn::SelectorExpr>()) {
      if (!se->selection || se->selection->kind != ty::SelectionKind::FieldVal) return nullptr;
      // Only field selections without indirection stay in x's storage.
      ty::Type* cur = se->x->type;
      for (size_t i = 0; i < se->selection->index.size() && cur; i++) {
        ty::Type* u = ty::underlying(cur);
        if (u->kind == ty::Kind::Pointer) return nullptr;
        auto* st = u->as<ty::StructType>();
        int ix = se->selection->index[i];
        if (!st || ix < 0 || static_cast<size_t>(ix) >= st->fields.size()) return nullptr;
        cur = st->fields[static_cast<size_t>(ix)]->type;
      }
      e = se->x;
      continue;
    }
    if (auto* ix = e->as<syn::IndexExpr>()) {
      if (!ix->x->type || ty::underlying(ix->x->type)->kind != ty::Kind::Array) return nullptr;
      e = ix->x;
      continue;
    }
    return nullptr;
  }
}

struct LoopScan {
  const syn::Stmt* loop;
  std::vector<const ty::Var*> candidates;
};

class Prescan {
 public:
  Prescan(Analyzer& an) : an_(an) {}

  // Scans a top-level function (or the package initializer) body.
  void scanFunc(Func* f, syn::BlockStmt* body) {
    Func* saved = cur_;
    cur_ = f;
    FuncState st;
    std::swap(st, fs_);
    addParams(f);
    if (body) stmtList(body->list);
    std::swap(st, fs_);
    cur_ = saved;
  }
  void scanInit(Func* f, const std::vector<syn::Expr*>& values) {
    Func* saved = cur_;
    cur_ = f;
    FuncState st;
    std::swap(st, fs_);
    for (syn::Expr* e : values) expr(e);
    std::swap(st, fs_);
    cur_ = saved;
  }

 private:
  // Per-function state of Go's loopvar.ForCapture.
  struct FuncState {
    int loopDepth = 0;
    int returnInLoopDepth = 0;
    std::unordered_map<const ty::Var*, bool> possiblyLeaked;
  };

  void addParams(Func* f) {
    for (const ty::Var* v : f->recvParams) declare(v);
    for (const ty::Var* v : f->results) declare(v);
  }

  void declare(const ty::Var* v) {
    if (!v) return;
    VarInfo& vi = an_.vars[v];
    if (vi.owner) return;
    vi.owner = cur_;
    cur_->dcl.push_back(v);
    cur_->dclCount++;
  }

  // Go's reader and typecheck make temporaries (.autotmp_N, numbered by
  // the function's declaration count) for multi-valued expressions, for
  // callees that contain calls, and for go/defer operands.
  void temps(const syn::Node* key, int n) {
    if (key) an_.tempBase.emplace(key, cur_->dclCount);
    cur_->dclCount += n;
  }

  static bool hasCallOrRecv(syn::Expr* e) {
    e = syn::unparen(e);
    if (!e) return false;
    switch (e->kind) {
      case syn::NodeKind::CallExpr: {
        auto* c = e->as<syn::CallExpr>();
        if (c->callKind == syn::CallKind::Conversion) return c->args.size() == 1 && hasCallOrRecv(c->args[0]);
        if (c->callKind == syn::CallKind::Builtin && c->builtin == syn::Builtin::New) return false;
        return true;
      }
      case syn::NodeKind::UnaryExpr: {
        auto* u = e->as<syn::UnaryExpr>();
        return u->op == syn::Tok::Arrow || hasCallOrRecv(u->x);
      }
      case syn::NodeKind::SelectorExpr: return hasCallOrRecv(e->as<syn::SelectorExpr>()->x);
      case syn::NodeKind::IndexExpr: {
        auto* ix = e->as<syn::IndexExpr>();
        if (hasCallOrRecv(ix->x)) return true;
        for (syn::Expr* i : ix->indices)
          if (hasCallOrRecv(i)) return true;
        return false;
      }
      case syn::NodeKind::SliceExpr: {
        auto* sl = e->as<syn::SliceExpr>();
        return hasCallOrRecv(sl->x) || hasCallOrRecv(sl->lo) || hasCallOrRecv(sl->hi) || hasCallOrRecv(sl->max);
      }
      case syn::NodeKind::StarExpr: return hasCallOrRecv(e->as<syn::StarExpr>()->x);
      case syn::NodeKind::BinaryExpr:
        return hasCallOrRecv(e->as<syn::BinaryExpr>()->x) || hasCallOrRecv(e->as<syn::BinaryExpr>()->y);
      case syn::NodeKind::TypeAssertExpr: return hasCallOrRecv(e->as<syn::TypeAssertExpr>()->x);
      default:
        return false;
    }
  }

  // The temporaries a call gets after its arguments are read.
  void callTemps(syn::CallExpr* c) {
    if (c->args.size() == 1 && tupleSize(c->args[0]) > 1) temps(syn::unparen(c->args[0]), tupleSize(c->args[0]));
    if (c->callKind != syn::CallKind::Call) return;
    // typecheck's RewriteNonNameCall: f()(...) and g().M() with M an
    // interface method get their callee (receiver) in a temporary.
    syn::Expr* fun = syn::unparen(c->fun);
    syn::Expr* callee = fun;
    if (auto* se = fun->as<syn::SelectorExpr>(); se && se->selection && se->selection->kind == ty::SelectionKind::MethodVal) {
      auto* m = static_cast<ty::Func*>(se->selection->obj);
      callee = (m->iface || isInterface(se->x->type)) ? se->x : nullptr;
    }
    if (callee && hasCallOrRecv(callee)) temps(nullptr, 1);
  }

  static int tupleSize(syn::Expr* e) {
    e = syn::unparen(e);
    if (!e || !e->type) return 0;
    if (auto* tu = e->type->as<ty::Tuple>()) return static_cast<int>(tu->vars.size());
    return 0;
  }

  // A use of a variable: a capture when it belongs to an enclosing
  // function.
  void use(const ty::Var* v, syn::Pos pos) {
    auto it = an_.vars.find(v);
    if (it == an_.vars.end() || !it->second.owner) return;
    Func* owner = it->second.owner;
    if (owner == cur_) return;
    for (Func* f = cur_; f && f != owner; f = f->closureParent) {
      bool have = false;
      for (const Capture& c : f->closureVars)
        if (c.var == v) have = true;
      if (!have) f->closureVars.push_back(Capture{v, pos});
    }
  }

  void reassign(syn::Expr* lhs) {
    if (const ty::Var* v = outerVar(lhs)) an_.vars[v].staticReassigned = true;
  }

  void addrTaken(syn::Expr* x) {
    const ty::Var* v = outerVar(x);
    if (!v) return;
    an_.vars[v].addrTaken = true;
    if (fs_.returnInLoopDepth >= fs_.loopDepth) return;
    auto it = fs_.possiblyLeaked.find(v);
    if (it != fs_.possiblyLeaked.end()) it->second = true;
  }

  void ref(ty::Object* obj) {
    if (!obj || obj->kind != ty::ObjKind::Func) return;
    auto* f = static_cast<ty::Func*>(obj);
    if (f->origin) f = f->origin;
    auto it = an_.funcOfObj.find(f);
    if (it == an_.funcOfObj.end()) return;
    if (it->second->pkg != an_.curPkg) return;
    cur_->refs.push_back(it->second);
  }

  Func* newLit(syn::Node* node, ty::Signature* sig, syn::BlockStmt* body) {
    Func* f = an_.newFunc(FuncKind::Lit);
    if (auto* lit = node->as<syn::FuncLit>()) f->lit = lit;
    f->sig = sig;
    f->body = body;
    f->pkg = cur_->pkg;
    f->closureParent = cur_;
    cur_->litCounter++;
    if (cur_->kind == FuncKind::Lit) f->name = cur_->name + "." + std::to_string(cur_->litCounter);
    else if (cur_->kind == FuncKind::Init) f->name = "glob..func" + std::to_string(cur_->litCounter);
    else f->name = cur_->name + ".func" + std::to_string(cur_->litCounter);
    an_.funcOfNode[node] = f;
    cur_->refs.push_back(f);
    Func* top = cur_;
    while (top->closureParent) top = top->closureParent;
    top->lits.push_back(f);
    return f;
  }

  void funcLit(syn::FuncLit* lit) {
    auto* sig = lit->type ? lit->type->as<ty::Signature>() : nullptr;
    Func* f = newLit(lit, sig, lit->body);
    if (sig) {
      if (sig->recv) f->recvParams.push_back(sig->recv);
      for (ty::Var* v : sig->params->vars) f->recvParams.push_back(v);
      for (size_t i = 0; i < sig->results->vars.size(); i++) {
        ty::Var* r = sig->results->vars[i];
        f->results.push_back(r);
        f->resultNames.push_back(r->name.empty() ? "~r" + std::to_string(i)
                                                 : (r->name == "_" ? "~b" + std::to_string(i) : r->name));
      }
    }
    Func* saved = cur_;
    cur_ = f;
    FuncState st;
    std::swap(st, fs_);
    addParams(f);
    if (lit->body) stmtList(lit->body->list);
    std::swap(st, fs_);
    cur_ = saved;
    markClosureCaptures(f);
  }

  // Go's ForCapture sees the closure's captured variables.
  void markClosureCaptures(Func* f) {
    if (fs_.returnInLoopDepth >= fs_.loopDepth) return;
    for (const Capture& c : f->closureVars) {
      auto it = fs_.possiblyLeaked.find(c.var);
      if (it != fs_.possiblyLeaked.end()) it->second = true;
    }
  }

  // Range over a function: the body is a closure whose parameters are the
  // loop variables.
  void rangeFuncBody(syn::RangeStmt* s) {
    // Go's rewrite declares `var #stateN` before the call; the body
    // checks and updates it.
    Func* top = cur_;
    while (top->kind == FuncKind::Lit && !top->lit && top->closureParent) top = top->closureParent;
    top->rangeStateCounter++;
    auto sv = std::make_unique<ty::Var>(s->pos, an_.curPkg, "#state" + std::to_string(top->rangeStateCounter),
                                        an_.tc.basic(ty::Kind::Int));
    const ty::Var* state = sv.get();
    an_.synthVars.push_back(std::move(sv));
    declare(state);
    an_.vars[state].staticReassigned = true;
    an_.rangeState[s] = state;
    Func* f = newLit(s, nullptr, s->body);
    f->closureVars.push_back(Capture{state, s->pos});
    for (syn::Expr* e : {s->key, s->value}) {
      auto* id = e ? syn::unparen(e)->as<syn::Ident>() : nullptr;
      if (s->tok == syn::Tok::Define && id && id->obj && id->obj->kind == ty::ObjKind::Var) {
        auto* v = static_cast<const ty::Var*>(id->obj);
        f->recvParams.push_back(v);
      }
    }
    Func* saved = cur_;
    cur_ = f;
    FuncState st;
    std::swap(st, fs_);
    for (const ty::Var* v : f->recvParams) declare(v);
    if (s->tok != syn::Tok::Define) {
      if (s->key) expr(s->key), reassign(s->key);
      if (s->value) expr(s->value), reassign(s->value);
    }
    if (s->body) stmtList(s->body->list);
    std::swap(st, fs_);
    cur_ = saved;
    markClosureCaptures(f);
  }

  void stmtList(const std::vector<syn::Stmt*>& list) {
    for (syn::Stmt* s : list) stmt(s);
  }

  void block(syn::BlockStmt* b) {
    if (b) stmtList(b->list);
  }

  void declareLhs(syn::AssignStmt* s, std::vector<const ty::Var*>* newVars) {
    for (syn::Expr* l : s->lhs) {
      auto* id = syn::unparen(l)->as<syn::Ident>();
      if (!id || !id->obj || id->obj->kind != ty::ObjKind::Var) continue;
      auto* v = static_cast<const ty::Var*>(id->obj);
      if (v->pos.line == id->pos.line && v->pos.col == id->pos.col && v->pos.file == id->pos.file) {
        declare(v);
        if (newVars) newVars->push_back(v);
      } else {
        an_.vars[v].staticReassigned = true;
        use(v, id->pos);
      }
    }
  }

  void assign(syn::AssignStmt* s) {
    bool tuple = s->lhs.size() > 1 && s->rhs.size() == 1;
    if (s->tok == syn::Tok::Define) {
      std::vector<const ty::Var*> vars;
      declareLhs(s, &vars);
      for (syn::Expr* r : s->rhs) expr(r);
      if (tuple) temps(syn::unparen(s->rhs[0]), static_cast<int>(s->lhs.size()));
      if (s->lhs.size() == s->rhs.size()) {
        for (size_t i = 0; i < s->lhs.size(); i++) {
          auto* id = syn::unparen(s->lhs[i])->as<syn::Ident>();
          if (!id || !id->obj || id->obj->kind != ty::ObjKind::Var) continue;
          auto* v = static_cast<const ty::Var*>(id->obj);
          for (const ty::Var* nv : vars) {
            if (nv == v) {
              VarInfo& vi = an_.vars[v];
              vi.hasDefn = true;
              vi.defnValue = s->rhs[i];
            }
          }
        }
      } else {
        for (const ty::Var* v : vars) an_.vars[v].hasDefn = true;
      }
      return;
    }
    for (syn::Expr* l : s->lhs) {
      lhsExpr(l);
      reassign(l);
    }
    for (syn::Expr* r : s->rhs) expr(r);
    if (tuple && (s->tok == syn::Tok::Assign)) temps(syn::unparen(s->rhs[0]), static_cast<int>(s->lhs.size()));
  }

  // An assignment destination: its sub-expressions are uses.
  void lhsExpr(syn::Expr* l) {
    syn::Expr* u = syn::unparen(l);
    if (auto* id = u->as<syn::Ident>()) {
      if (id->obj && id->obj->kind == ty::ObjKind::Var) use(static_cast<const ty::Var*>(id->obj), id->pos);
      return;
    }
    expr(u);
  }

  void stmt(syn::Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case syn::NodeKind::ExprStmt: expr(s->as<syn::ExprStmt>()->x); return;
      case syn::NodeKind::SendStmt:
        expr(s->as<syn::SendStmt>()->chan);
        expr(s->as<syn::SendStmt>()->value);
        return;
      case syn::NodeKind::IncDecStmt: {
        auto* d = s->as<syn::IncDecStmt>();
        lhsExpr(d->x);
        reassign(d->x);
        return;
      }
      case syn::NodeKind::AssignStmt: assign(s->as<syn::AssignStmt>()); return;
      case syn::NodeKind::GoStmt: goDefer(s->as<syn::GoStmt>()->call); return;
      case syn::NodeKind::DeferStmt: goDefer(s->as<syn::DeferStmt>()->call); return;
      case syn::NodeKind::ReturnStmt: {
        int saved = fs_.returnInLoopDepth;
        fs_.returnInLoopDepth = fs_.loopDepth;
        auto* rs = s->as<syn::ReturnStmt>();
        for (syn::Expr* e : rs->results) expr(e);
        if (rs->results.size() == 1 && tupleSize(rs->results[0]) > 1)
          temps(syn::unparen(rs->results[0]), tupleSize(rs->results[0]));
        fs_.returnInLoopDepth = saved;
        // A return inside a range-over-func body assigns the enclosing
        // function's results.
        if (cur_->kind == FuncKind::Lit && !cur_->lit && cur_->closureParent) {
          Func* outer = cur_;
          while (outer && outer->kind == FuncKind::Lit && !outer->lit) outer = outer->closureParent;
          if (outer) {
            for (const ty::Var* r : outer->results) {
              use(r, s->pos);
              an_.vars[r].staticReassigned = true;
            }
          }
        }
        return;
      }
      case syn::NodeKind::BlockStmt: block(s->as<syn::BlockStmt>()); return;
      case syn::NodeKind::LabeledStmt: stmt(s->as<syn::LabeledStmt>()->stmt); return;
      case syn::NodeKind::IfStmt: {
        auto* is = s->as<syn::IfStmt>();
        stmt(is->init);
        expr(is->cond);
        block(is->body);
        stmt(is->els);
        return;
      }
      case syn::NodeKind::SwitchStmt: {
        auto* ss = s->as<syn::SwitchStmt>();
        stmt(ss->init);
        expr(ss->tag);
        if (ss->body) {
          for (syn::Stmt* c : ss->body->list) {
            auto* cc = c->as<syn::CaseClause>();
            if (!cc) continue;
            for (syn::Expr* e : cc->list) expr(e);
            stmtList(cc->body);
          }
        }
        return;
      }
      case syn::NodeKind::TypeSwitchStmt: {
        auto* ts = s->as<syn::TypeSwitchStmt>();
        stmt(ts->init);
        if (auto* es = ts->assign ? ts->assign->as<syn::ExprStmt>() : nullptr) expr(es->x);
        if (auto* as = ts->assign ? ts->assign->as<syn::AssignStmt>() : nullptr) {
          for (syn::Expr* r : as->rhs) expr(r);
        }
        if (ts->body) {
          for (syn::Stmt* c : ts->body->list) {
            auto* cc = c->as<syn::CaseClause>();
            if (!cc) continue;
            if (cc->implicitObj && cc->implicitObj->kind == ty::ObjKind::Var)
              declare(static_cast<const ty::Var*>(cc->implicitObj));
            stmtList(cc->body);
          }
        }
        return;
      }
      case syn::NodeKind::SelectStmt: {
        auto* ss = s->as<syn::SelectStmt>();
        if (ss->body) {
          for (syn::Stmt* c : ss->body->list) {
            auto* cc = c->as<syn::CommClause>();
            if (!cc) continue;
            stmt(cc->comm);
            stmtList(cc->body);
          }
        }
        return;
      }
      case syn::NodeKind::ForStmt: forStmt(s->as<syn::ForStmt>()); return;
      case syn::NodeKind::RangeStmt: rangeStmt(s->as<syn::RangeStmt>()); return;
      case syn::NodeKind::DeclStmt: {
        auto* ds = s->as<syn::DeclStmt>();
        if (!ds->decl || ds->decl->tok != syn::Tok::Var) return;
        for (syn::Spec* sp : ds->decl->specs) {
          auto* vs = sp->as<syn::ValueSpec>();
          if (!vs) continue;
          std::vector<const ty::Var*> vars;
          for (syn::Ident* id : vs->names) {
            if (id->obj && id->obj->kind == ty::ObjKind::Var) {
              auto* v = static_cast<const ty::Var*>(id->obj);
              declare(v);
              vars.push_back(v);
            }
          }
          for (syn::Expr* e : vs->values) expr(e);
          if (vs->names.size() > 1 && vs->values.size() == 1)
            temps(syn::unparen(vs->values[0]), static_cast<int>(vs->names.size()));
          if (!vs->values.empty()) {
            for (size_t i = 0; i < vars.size(); i++) {
              VarInfo& vi = an_.vars[vars[i]];
              vi.hasDefn = true;
              if (vs->values.size() == vars.size()) vi.defnValue = vs->values[i];
            }
          }
        }
        return;
      }
      default:
        return;
    }
  }

  void goDefer(syn::CallExpr* c) {
    if (!c) return;
    goDeferRefs(c);
    if (needsDeferWrapper(c)) {
      std::vector<DeferTemp> dts;
      deferTemps(c, an_.tc, &dts);
      // Keyed by the call: the wrapper's temporaries are named from it.
      temps(c, static_cast<int>(dts.size()));
    }
  }

  void goDeferRefs(syn::CallExpr* c) {
    // The wrapper evaluates the arguments first, then calls: references
    // are visited in that order.
    syn::Expr* fun = syn::unparen(c->fun);
    if (c->callKind == syn::CallKind::Call) {
      if (auto* se = fun->as<syn::SelectorExpr>(); se && se->selection && se->selection->kind == ty::SelectionKind::MethodVal) {
        recvOf(se);
        for (syn::Expr* a : c->args) expr(a);
        ref(se->selection->obj);
        callTemps(c);
        return;
      }
      bool exempt = false;
      if (auto* id = fun->as<syn::Ident>(); id && id->obj && id->obj->kind == ty::ObjKind::Func) exempt = true;
      if (auto* se = fun->as<syn::SelectorExpr>(); se && !se->selection) exempt = true;
      if (!exempt) expr(fun);
      for (syn::Expr* a : c->args) expr(a);
      if (exempt) expr(fun);
      callTemps(c);
      return;
    }
    expr(c);
  }

  // The receiver of a method selection: implicit & marks address-taken.
  void recvOf(syn::SelectorExpr* se) {
    auto* m = static_cast<ty::Func*>(se->selection->obj);
    expr(se->x);
    if (m->iface || !m->ptrRecv) return;
    // The type after the implicit fields.
    ty::Type* cur = se->x->type;
    const auto& idx = se->selection->index;
    for (size_t i = 0; i + 1 < idx.size() && cur; i++) {
      ty::Type* u = ty::underlying(cur);
      ty::Type* base = u->kind == ty::Kind::Pointer ? u->as<ty::PointerType>()->elem : cur;
      auto* st = ty::underlying(base)->as<ty::StructType>();
      if (!st || idx[i] < 0 || static_cast<size_t>(idx[i]) >= st->fields.size()) return;
      cur = st->fields[static_cast<size_t>(idx[i])]->type;
    }
    if (cur && ty::underlying(cur)->kind != ty::Kind::Pointer && cur->kind != ty::Kind::TypeParam) {
      // &x.E...: the implicit fields are part of x's storage only when no
      // pointer was crossed.
      bool crossed = false;
      ty::Type* t = se->x->type;
      for (size_t i = 0; i + 1 < idx.size() && t; i++) {
        ty::Type* u = ty::underlying(t);
        if (u->kind == ty::Kind::Pointer) crossed = true;
        ty::Type* base = u->kind == ty::Kind::Pointer ? u->as<ty::PointerType>()->elem : t;
        auto* st = ty::underlying(base)->as<ty::StructType>();
        if (!st) break;
        t = st->fields[static_cast<size_t>(idx[i])]->type;
      }
      if (!crossed) addrTaken(se->x);
    }
  }

  void forStmt(syn::ForStmt* s) {
    stmt(s->init);
    std::vector<const ty::Var*> cands;
    if (auto* as = s->init ? s->init->as<syn::AssignStmt>() : nullptr; as && as->tok == syn::Tok::Define) {
      for (syn::Expr* l : as->lhs) {
        auto* id = syn::unparen(l)->as<syn::Ident>();
        if (id && id->obj && id->obj->kind == ty::ObjKind::Var && id->name != "_")
          cands.push_back(static_cast<const ty::Var*>(id->obj));
      }
    }
    for (const ty::Var* v : cands) fs_.possiblyLeaked.emplace(v, false);
    fs_.loopDepth++;
    expr(s->cond);
    stmt(s->post);
    block(s->body);
    fs_.loopDepth--;
    bool any = false;
    for (const ty::Var* v : cands) {
      if (fs_.possiblyLeaked[v]) {
        an_.vars[v].perIteration = true;
        any = true;
      }
    }
    if (any) an_.rewrittenLoops.insert(s);
  }

  void rangeStmt(syn::RangeStmt* s) {
    ty::Type* xt = s->x ? s->x->type : nullptr;
    ty::Type* core = xt ? ty::coreType(xt) : nullptr;
    if (!core && xt) core = ty::underlying(xt);
    expr(s->x);
    if (core && core->kind == ty::Kind::Signature) {
      rangeFuncBody(s);
      return;
    }
    std::vector<const ty::Var*> cands;
    if (s->tok == syn::Tok::Define) {
      for (syn::Expr* e : {s->key, s->value}) {
        auto* id = e ? syn::unparen(e)->as<syn::Ident>() : nullptr;
        if (id && id->obj && id->obj->kind == ty::ObjKind::Var && id->name != "_") {
          auto* v = static_cast<const ty::Var*>(id->obj);
          declare(v);
          an_.vars[v].staticReassigned = true;  // ir.Reassigned: range variables
          cands.push_back(v);
        }
      }
    } else {
      if (s->key) {
        lhsExpr(s->key);
        reassign(s->key);
      }
      if (s->value) {
        lhsExpr(s->value);
        reassign(s->value);
      }
    }
    for (const ty::Var* v : cands) fs_.possiblyLeaked.emplace(v, false);
    fs_.loopDepth++;
    block(s->body);
    fs_.loopDepth--;
    bool any = false;
    for (const ty::Var* v : cands) {
      if (fs_.possiblyLeaked[v]) {
        an_.vars[v].perIteration = true;
        any = true;
      }
    }
    if (any) an_.rewrittenLoops.insert(s);
  }

  void expr(syn::Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case syn::NodeKind::Ident: {
        auto* id = e->as<syn::Ident>();
        if (!id->obj) return;
        if (id->obj->kind == ty::ObjKind::Var) {
          use(static_cast<const ty::Var*>(id->obj), id->pos);
        } else if (id->obj->kind == ty::ObjKind::Func) {
          ref(id->obj);
        }
        return;
      }
      case syn::NodeKind::BasicLit: return;
      case syn::NodeKind::CompositeLit:
        for (syn::Expr* el : e->as<syn::CompositeLit>()->elts) {
          if (auto* kv = el->as<syn::KeyValueExpr>()) {
            // Struct literal keys are field names, not uses.
            auto* lt = e->type;
            ty::Type* core = lt ? ty::underlying(lt->kind == ty::Kind::Pointer ? lt->as<ty::PointerType>()->elem : lt) : nullptr;
            if (!(core && core->kind == ty::Kind::Struct)) expr(kv->key);
            expr(kv->value);
          } else {
            expr(el);
          }
        }
        return;
      case syn::NodeKind::FuncLit: funcLit(e->as<syn::FuncLit>()); return;
      case syn::NodeKind::ParenExpr: expr(e->as<syn::ParenExpr>()->x); return;
      case syn::NodeKind::SelectorExpr: {
        auto* se = e->as<syn::SelectorExpr>();
        if (!se->selection) {
          ref(se->sel->obj);
          return;
        }
        if (se->selection->kind == ty::SelectionKind::MethodVal) {
          // A method value (calls are handled by CallExpr).
          ref(se->selection->obj);
          recvOf(se);
          return;
        }
        if (se->selection->kind == ty::SelectionKind::MethodExpr) {
          ref(se->selection->obj);
          return;
        }
        expr(se->x);
        return;
      }
      case syn::NodeKind::IndexExpr: {
        auto* ix = e->as<syn::IndexExpr>();
        an_.noteInstance(ix->instance);
        expr(ix->x);
        if (!ix->instance) {
          for (syn::Expr* i : ix->indices) expr(i);
        }
        return;
      }
      case syn::NodeKind::SliceExpr: {
        auto* sl = e->as<syn::SliceExpr>();
        expr(sl->x);
        if (sl->x->type && ty::underlying(sl->x->type)->kind == ty::Kind::Array) addrTaken(sl->x);
        expr(sl->lo);
        expr(sl->hi);
        expr(sl->max);
        return;
      }
      case syn::NodeKind::TypeAssertExpr: expr(e->as<syn::TypeAssertExpr>()->x); return;
      case syn::NodeKind::CallExpr: {
        auto* c = e->as<syn::CallExpr>();
        an_.noteInstance(c->instance);
        syn::Expr* fun = syn::unparen(c->fun);
        if (c->callKind == syn::CallKind::Call) {
          if (auto* se = fun->as<syn::SelectorExpr>(); se && se->selection && se->selection->kind == ty::SelectionKind::MethodVal) {
            // Go's FixMethodCall: T.M(recv, args): the method first.
            ref(se->selection->obj);
            recvOf(se);
          } else {
            expr(fun);
          }
        } else if (c->callKind != syn::CallKind::Conversion && c->callKind != syn::CallKind::Builtin) {
          expr(fun);
        }
        for (syn::Expr* a : c->args) expr(a);
        callTemps(c);
        return;
      }
      case syn::NodeKind::StarExpr: expr(e->as<syn::StarExpr>()->x); return;
      case syn::NodeKind::UnaryExpr: {
        auto* u = e->as<syn::UnaryExpr>();
        expr(u->x);
        if (u->op == syn::Tok::And && !syn::unparen(u->x)->is<syn::CompositeLit>()) addrTaken(u->x);
        return;
      }
      case syn::NodeKind::BinaryExpr:
        expr(e->as<syn::BinaryExpr>()->x);
        expr(e->as<syn::BinaryExpr>()->y);
        return;
      case syn::NodeKind::KeyValueExpr:
        expr(e->as<syn::KeyValueExpr>()->key);
        expr(e->as<syn::KeyValueExpr>()->value);
        return;
      default:
        return;
    }
  }

  Analyzer& an_;
  Func* cur_ = nullptr;
  FuncState fs_;
};

// Whether a package-level initializer is done statically by Go (no code in
// the package's init function, hence no escape analysis): constants,
// names, function literals, composite literals and conversions of those.
bool isStaticInit(syn::Expr* e) {
  e = syn::unparen(e);
  if (!e) return true;
  if (e->mode == syn::ExprMode::Constant) return true;
  switch (e->kind) {
    case syn::NodeKind::Ident: return true;
    case syn::NodeKind::FuncLit: return true;
    case syn::NodeKind::SelectorExpr: return !e->as<syn::SelectorExpr>()->selection ||
                                             e->as<syn::SelectorExpr>()->selection->kind != ty::SelectionKind::MethodVal;
    case syn::NodeKind::CompositeLit: {
      auto* cl = e->as<syn::CompositeLit>();
      ty::Type* t = cl->type;
      if (t && t->kind == ty::Kind::Pointer) t = t->as<ty::PointerType>()->elem;
      if (t && ty::underlying(t)->kind == ty::Kind::Map) return false;
      for (syn::Expr* el : cl->elts) {
        if (auto* kv = el->as<syn::KeyValueExpr>()) el = kv->value;
        if (!isStaticInit(el)) return false;
      }
      return true;
    }
    case syn::NodeKind::UnaryExpr: {
      auto* u = e->as<syn::UnaryExpr>();
      return u->op == syn::Tok::And && isStaticInit(u->x);
    }
    case syn::NodeKind::CallExpr: {
      auto* c = e->as<syn::CallExpr>();
      if (c->callKind != syn::CallKind::Conversion || c->args.size() != 1) return false;
      syn::Expr* x = syn::unparen(c->args[0]);
      if (isInterface(c->type)) return isStaticInit(x);
      // []byte("const") is static data.
      return x->mode == syn::ExprMode::Constant;
    }
    default:
      return false;
  }
}

std::string declName(syn::FuncDecl* fd, ty::Func* obj) {
  std::string name = fd->name ? fd->name->name : "?";
  if (!fd->recv || fd->recv->list.empty()) return name;
  syn::Expr* rt = fd->recv->list[0]->typeExpr;
  bool ptr = false;
  rt = syn::unparen(rt);
  if (auto* st = rt->as<syn::StarExpr>()) {
    ptr = true;
    rt = syn::unparen(st->x);
  }
  if (auto* ix = rt->as<syn::IndexExpr>()) rt = ix->x;
  std::string tname = "?";
  if (auto* id = rt->as<syn::Ident>()) tname = id->name;
  (void)obj;
  return ptr ? "(*" + tname + ")." + name : tname + "." + name;
}

}  // namespace

void Analyzer::prescanPackage(ty::Package* pkg, std::vector<Func*>* roots) {
  Prescan ps(*this);
  // Functions first, so references can be resolved in any order.
  std::vector<std::pair<Func*, syn::FuncDecl*>> decls;
  for (syn::File* file : pkg->files) {
    for (syn::Decl* d : file->decls) {
      auto* fd = d->as<syn::FuncDecl>();
      if (!fd) continue;
      // A prelude function the program does not reach (its body was never
      // checked, types::checkNeededBodies) is not analyzed either.
      if (fd->name && fd->name->obj && fd->name->obj->kind == ty::ObjKind::Func &&
          static_cast<ty::Func*>(fd->name->obj)->unreached())
        continue;
      Func* f = newFunc(FuncKind::Decl);
      f->decl = fd;
      f->pkg = pkg;
      f->body = fd->body;
      f->native = fd->body == nullptr;
      for (const std::string& dir : fd->directives)
        if (dir.find("go:noinline") != std::string::npos) f->noinline = true;
      ty::Func* obj = fd->name && fd->name->obj && fd->name->obj->kind == ty::ObjKind::Func
                          ? static_cast<ty::Func*>(fd->name->obj)
                          : nullptr;
      f->obj = obj;
      f->sig = obj ? obj->sig() : (fd->sig ? (fd->sig->type ? fd->sig->type->as<ty::Signature>() : nullptr) : nullptr);
      f->name = declName(fd, obj);
      if (f->sig) {
        if (f->sig->recv) f->recvParams.push_back(f->sig->recv);
        for (ty::Var* v : f->sig->params->vars) f->recvParams.push_back(v);
        for (size_t i = 0; i < f->sig->results->vars.size(); i++) {
          ty::Var* r = f->sig->results->vars[i];
          f->results.push_back(r);
          f->resultNames.push_back(r->name.empty() ? "~r" + std::to_string(i)
                                                   : (r->name == "_" ? "~b" + std::to_string(i) : r->name));
        }
      }
      if (obj) funcOfObj[obj] = f;
      funcOfNode[fd] = f;
      decls.push_back({f, fd});
    }
  }
  // The package's variable initialization (Go's init function), first in
  // Go's function list.
  Func* init = nullptr;
  std::vector<syn::Expr*> dynamicInits;
  for (const ty::Initializer& in : pkg->initOrder) {
    if (in.rhs && !isStaticInit(in.rhs)) dynamicInits.push_back(in.rhs);
  }
  if (!dynamicInits.empty()) {
    init = newFunc(FuncKind::Init);
    init->pkg = pkg;
    init->name = "init";
    ps.scanInit(init, dynamicInits);
    roots->push_back(init);
  }
  for (auto& [f, fd] : decls) {
    ps.scanFunc(f, fd->body);
    roots->push_back(f);
  }
  if (init) initExprs[init] = dynamicInits;
}

// Tarjan's strongly connected components over the static call graph, as
// Go's ir.VisitFuncsBottomUp: each function is two virtual nodes (n, n+1)
// so that a lone non-recursive function is distinguished from a recursive
// one; closures cannot be roots, so they join their enclosing function.
void Analyzer::visitBottomUp(const std::vector<Func*>& roots) {
  uint32_t visitgen = 0;
  std::unordered_map<Func*, uint32_t> nodeID;
  std::vector<Func*> stack;
  std::function<uint32_t(Func*)> visit = [&](Func* n) -> uint32_t {
    auto it = nodeID.find(n);
    if (it != nodeID.end() && it->second > 0) return it->second;
    visitgen++;
    uint32_t id = visitgen;
    nodeID[n] = id;
    visitgen++;
    uint32_t min = visitgen;
    stack.push_back(n);
    for (Func* r : n->refs) {
      uint32_t m = visit(r);
      if (m < min) min = m;
    }
    bool hidden = n->kind == FuncKind::Lit;
    if ((min == id || min == id + 1) && !hidden) {
      size_t i = stack.size();
      while (i > 0) {
        i--;
        nodeID[stack[i]] = UINT32_MAX;
        if (stack[i] == n) break;
      }
      std::vector<Func*> block(stack.begin() + static_cast<long>(i), stack.end());
      stack.resize(i);
      runBatch(block);
    }
    return min;
  };
  for (Func* f : roots) {
    if (f->kind != FuncKind::Lit) visit(f);
  }
}

const char* Analyzer::heapAllocReason(Location* loc) {
  if (loc->heapReason) return loc->heapReason;
  if (loc->kind == LocKind::Var && loc->var && !loc->isParam && !loc->isResult) {
    if (typeSize(loc->var->type) > kMaxStackVarSize) return "too large for stack";
  }
  return nullptr;
}

void Analyzer::runBatch(const std::vector<Func*>& fnsIn) {
  Batch b;
  b.an = this;
  b.heapLoc.kind = LocKind::Heap;
  b.heapLoc.attrs = kAttrEscapes | kAttrPersists | kAttrMutates | kAttrCalls;
  b.mutatorLoc.kind = LocKind::Mutator;
  b.mutatorLoc.attrs = kAttrMutates;
  b.calleeLoc.kind = LocKind::Callee;
  b.calleeLoc.attrs = kAttrCalls;
  b.blankLoc.kind = LocKind::Blank;
  // The batch: each function followed by its closures, in visit order.
  for (Func* f : fnsIn) {
    if (f->native) {
      nativeTags(f);
      continue;
    }
    b.fns.push_back(f);
  }
  if (b.fns.empty()) return;
  // Go's initFunc: a location for every declared variable.
  for (Func* f : b.fns) {
    f->esc = kFuncPlanned;
    for (const ty::Var* v : f->dcl) {
      if (b.varLocs.count(v)) continue;
      Location* loc = b.newLoc(f, 1, true);
      loc->kind = LocKind::Var;
      loc->var = v;
      loc->pos = v->pos;
      loc->text = v->name;
      for (size_t i = 0; i < f->recvParams.size(); i++)
        if (f->recvParams[i] == v) loc->isParam = true;
      for (size_t i = 0; i < f->results.size(); i++) {
        if (f->results[i] == v) {
          loc->isResult = true;
          loc->resultIndex = static_cast<int>(i) + 1;
          loc->text = f->resultNames[i];
        }
      }
      b.varLocs[v] = loc;
    }
  }
  size_t nfns = b.fns.size();
  for (size_t i = 0; i < nfns; i++) {
    Func* f = b.fns[i];
    if (f->kind == FuncKind::Lit) continue;  // walked where the literal appears
    Walker w(b, f);
    if (f->kind == FuncKind::Init) {
      f->esc = kFuncStarted;
      for (syn::Expr* e : initExprs[f]) {
        Hole k = b.heapHole();
        if (b.explain()) k = b.note(k, e->pos, printer().expr(e), "assign");
        w.expr(k, e);
      }
    } else {
      w.walkFunc();
    }
  }
  // All reassignments and address-takings are known: decide how closures
  // capture.
  for (const Batch::ClosureFlow& c : b.closures) b.flowClosure(c.k, c.fn);
  b.closures.clear();
  for (Location* loc : b.allLocs) {
    if (const char* why = heapAllocReason(loc)) {
      Hole k = b.heapHole().shift(-1);
      if (b.explain()) k = b.note(k, loc->pos, loc->text, why);
      b.flow(k, loc);
      out.reason[loc->var ? static_cast<const void*>(loc->var) : static_cast<const void*>(loc->node)] = why;
    }
  }
  b.walkAll();
  finish(b);
}

void Analyzer::reportLeaks(syn::Pos pos, const std::string& name, const Leaks& esc, Func* fn) {
  bool warned = false;
  if (int x = esc.heap(); x >= 0) {
    message(pos, (x == 0 ? "leaking param: " : "leaking param content: ") + name);
    warned = true;
  }
  for (int i = 0; i < Leaks::kNumResults; i++) {
    int x = esc.result(i);
    if (x < 0) continue;
    std::string res = static_cast<size_t>(i) < fn->resultNames.size() ? fn->resultNames[static_cast<size_t>(i)] : "~r" + std::to_string(i);
    message(pos, "leaking param: " + name + " to result " + res + " level=" + std::to_string(x));
    warned = true;
  }
  if (!warned) message(pos, name + " does not escape");
}

namespace {

// A generic function or a method of a generic type, or a closure inside one.
bool isGeneric(Func* fn) {
  while (fn->closureParent) fn = fn->closureParent;
  if (!fn->sig) return false;
  return !fn->sig->typeParams.empty() || !fn->sig->recvTypeParams.empty();
}

}  // namespace

void Analyzer::paramTag(Batch& b, Func* fn, size_t i) {
  const ty::Var* p = fn->recvParams[i];
  Leaks esc;
  if (!hasPointers(p->type)) {
    esc.addHeap(0);  // Go encodes scalars as "" (= leaks to heap), harmlessly
    fn->tags[i] = esc;
    return;
  }
  if (p->name.empty() || p->name == "_") {
    fn->tags[i] = esc;  // unused: does not escape
    return;
  }
  Location* loc = b.oldLoc(p);
  if (!loc) {
    esc.addHeap(0);
    fn->tags[i] = esc;
    return;
  }
  esc = loc->paramEsc;
  esc.optimize();
  // Go does not report the parameters of wrappers and of instantiated
  // generic functions (they are DUPOK).
  bool diagnose = fn->kind != FuncKind::Wrapper && !isGeneric(fn);
  if (diagnose && !loc->hasAttr(kAttrEscapes)) reportLeaks(p->pos, p->name, esc, fn);
  // Go's tag encoding keeps only the heap flow when it is direct.
  if (esc.heap() == 0) {
    esc = Leaks();
    esc.addHeap(0);
  }
  fn->tags[i] = esc;
}

// The reason given when no more precise one was recorded.
constexpr const char* kOutlives = "its address outlives the function call";

void Analyzer::finish(Batch& b) {
  for (Func* fn : b.fns) {
    fn->esc = kFuncTagged;
    fn->tags.assign(fn->recvParams.size(), Leaks());
    for (size_t i = 0; i < fn->recvParams.size(); i++) paramTag(b, fn, i);
    fn->tagged = true;
  }
  for (Location* loc : b.allLocs) {
    bool esc = loc->hasAttr(kAttrEscapes);
    if (loc->kind == LocKind::Var) {
      if (esc) {
        out.heapVars.insert(loc->var);
        message(loc->pos, "moved to heap: " + loc->text);
        if (!out.reason.count(loc->var)) out.reason[loc->var] = loc->escapeWhy ? loc->escapeWhy : kOutlives;
      }
      continue;
    }
    if (loc->kind != LocKind::Site) continue;
    // The site as -m names it, for the heap panel (first one wins: a
    // concatenation that is also boxed prints the same text twice).
    // go/defer wrappers and range-over-func bodies print as "func
    // literal"; the compiler names those more helpfully itself.
    if (loc->node && !loc->text.empty() && loc->site != SiteKind::Wrapper &&
        loc->node->kind != syn::NodeKind::RangeStmt)
      out.siteText.emplace(loc->node, loc->text);
    switch (loc->site) {
      case SiteKind::Wrapper:
        if (loc->node) out.deferOnHeap[static_cast<const syn::Stmt*>(loc->node)] = esc;
        // No -m line (Go prints none for its wrappers), but the heap panel
        // shows why the closure is in the heap.
        if (esc && loc->node && !out.reason.count(loc->node))
          out.reason[loc->node] = loc->escapeWhy ? loc->escapeWhy : kOutlives;
        continue;
      case SiteKind::Box:
        if (loc->node) out.boxOnHeap[static_cast<const syn::Expr*>(loc->node)] = esc;
        break;
      case SiteKind::Variadic:
        if (loc->node) out.variadicOnHeap[static_cast<const syn::CallExpr*>(loc->node)] = esc;
        break;
      default:
        if (loc->node) out.siteOnHeap[loc->node] = esc;
        break;
    }
    if (esc) {
      message(loc->pos, loc->text + " escapes to heap");
      if (loc->node && !out.reason.count(loc->node)) out.reason[loc->node] = loc->escapeWhy ? loc->escapeWhy : kOutlives;
    } else {
      message(loc->pos, loc->text + " does not escape");
      if (loc->isZeroCopyCandidate && !loc->hasAttr(kAttrMutates)) message(loc->pos, "zero-copy string->[]byte conversion");
    }
  }
}

void Analyzer::nativeTags(Func* fn) {
  fn->esc = kFuncTagged;
  fn->tags.assign(fn->recvParams.size(), Leaks());
  std::string full = fn->pkg ? fn->pkg->path + "." + fn->name : fn->name;
  std::vector<Leaks> tags;
  if (lookupNativeTags(full, fn->recvParams.size(), &tags)) {
    fn->tags = tags;
  } else {
    // Unknown native: every parameter leaks to the heap.
    for (auto& t : fn->tags) t.addHeap(0);
  }
  fn->tagged = true;
}

namespace {

// The name of t's GC shape after "go.shape." (Go's Shapify: the underlying
// type, every pointer type as *uint8), or "" for shapes whose names we do
// not reproduce (structs, interfaces, named element types, ...).
std::string shapeName(ty::Type* t) {
  if (!t || t->kind == ty::Kind::TypeParam) return "";
  ty::Type* u = ty::underlying(t);
  if (!u) return "";
  if (u->kind == ty::Kind::Pointer || u->kind == ty::Kind::UnsafePointer) return "*uint8";
  if (u->isBasic() && !u->isUntyped()) {
    IrPrinter pr;
    return pr.type(u);
  }
  if (auto* sl = u->as<ty::SliceType>()) {
    // []E with E predeclared: its link string is the type itself.
    if (sl->elem->isBasic()) return "[]" + IrPrinter().type(sl->elem);
  }
  return "";
}

}  // namespace

void Analyzer::noteInstance(const ty::Instance* inst) {
  if (!inst || !inst->generic || inst->generic->kind != ty::ObjKind::Func) return;
  std::vector<std::string> names;
  for (ty::Type* a : inst->typeArgs) names.push_back(shapeName(a));
  auto& list = instShapes[inst->generic];
  for (const auto& l : list)
    if (l == names) return;
  list.push_back(std::move(names));
}

void Analyzer::computeShapeNames() {
  for (const auto& [obj, list] : instShapes) {
    // Go reports a body once per shape; with one shape we print as it does.
    if (list.size() != 1) continue;
    auto* sig = obj->type ? obj->type->as<ty::Signature>() : nullptr;
    if (!sig || sig->typeParams.size() != list[0].size()) continue;
    bool ok = true;
    for (const std::string& n : list[0]) ok = ok && !n.empty();
    if (!ok) continue;
    for (size_t i = 0; i < list[0].size(); i++) shapeNames[sig->typeParams[i]] = "go.shape." + list[0][i];
  }
}

void Analyzer::analyzePackage(ty::Package* pkg) {
  curPkg = pkg;
  printingPkg = verbosity > 0 && pkg == mainPkg;
  namingSites = pkg == mainPkg;
  std::vector<Func*> roots;
  instShapes.clear();
  prescanPackage(pkg, &roots);
  if (printingPkg) computeShapeNames();
  visitBottomUp(roots);
  // Functions never reached (none: every root is visited) and natives.
  for (Func* f : roots) {
    if (f->native && !f->tagged) nativeTags(f);
  }
}

EscapeInfo analyzeProgram(types::TypeContext& ctx, const syntax::SourceSet& sources,
                          const std::vector<types::Package*>& pkgs, int verbosity) {
  EscapeInfo info;
  Analyzer an(ctx, sources, verbosity, info);
  an.mainPkg = pkgs.empty() ? nullptr : pkgs.back();
  for (types::Package* p : pkgs) {
    if (p) an.analyzePackage(p);
  }
  return info;
}

std::string formatMessages(const EscapeInfo& info, const syntax::SourceSet& sources) {
  std::string out;
  for (const syntax::Diagnostic& d : info.messages) {
    if (d.pos.valid()) {
      out += sources.format(d.pos);
      out += ": ";
    }
    out += d.msg;
    out += '\n';
  }
  return out;
}

}  // namespace gs::escape
