// The checker's entry point, error reporting and the recording of results
// into the syntax tree.
#include <cstdarg>
#include <cstdio>

#include "core/syntax/parser.h"
#include "core/types/check_internal.h"

namespace gs::types {

std::string strprintf(const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char buf[512];
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) return std::string();
  if (static_cast<size_t>(n) < sizeof buf) return std::string(buf, static_cast<size_t>(n));
  std::string s(static_cast<size_t>(n) + 1, '\0');
  va_start(ap, fmt);
  std::vsnprintf(&s[0], s.size(), fmt, ap);
  va_end(ap);
  s.resize(static_cast<size_t>(n));
  return s;
}

Checker::Checker(TypeContext& c, const syntax::SourceSet& src, Importer& imp, syntax::Diagnostics& d,
                 Package* p)
    : ctx(c), sources(src), importer(imp), diags(d), pkg(p) {}

namespace {
// A lazily checked package's bodies: the package's checker, kept alive.
class CheckerBodies : public LazyBodies {
 public:
  explicit CheckerBodies(std::unique_ptr<Checker> c) : check_(std::move(c)) {}
  bool check(Func* fn) override {
    if (!check_->checkWaitingBody(fn)) return false;
    check_->finishBodies();
    return true;
  }
  void declare(Object* obj) override {
    check_->declareLater(obj);
    check_->finishBodies();
  }

 private:
  std::unique_ptr<Checker> check_;
};
}  // namespace

Package* checkPackage(TypeContext& ctx, const syntax::SourceSet& sources, const std::string& path,
                      const std::vector<syntax::File*>& files, Importer& importer,
                      syntax::Diagnostics& diags, bool isPrelude, std::unique_ptr<LazyBodies>* lazy) {
  auto* pkg = ctx.make<Package>();
  pkg->path = path;
  pkg->isPrelude = isPrelude;
  pkg->files = files;
  if (!files.empty() && files[0]->packageName) pkg->name = files[0]->packageName->name;
  else pkg->name = path;
  pkg->scope = ctx.make<Scope>(ctx.universe(), nullptr);
  auto check = std::make_unique<Checker>(ctx, sources, importer, diags, pkg);
  check->lazyBodies = lazy && isPrelude;
  check->checkFiles(files);
  if (check->lazyBodies) {
    *lazy = std::make_unique<CheckerBodies>(std::move(check));
    pkg->lazy = lazy->get();
  }
  return pkg;
}

void Checker::checkFiles(const std::vector<syntax::File*>& fs) {
  files = fs;
  collectObjects();
  packageObjects();
  // Function bodies and other delayed actions.
  runDelayed();
  if (lazyBodies) checkInitOrderBodies();
  initOrder();
  // (A lazily checked package has not seen all its uses of imports.)
  if (!lazyBodies) unusedImports();
  monomorph();
  // cmd/compile checks this after type checking succeeded.
  if (!firstErr) anonymousInterfaceCycles();
  finishBodies();
}

// What every checked body leaves to the end: untyped expressions keep their
// untyped types, instances found in bodies become the package's, and
// instances made before their origin's methods were collected get them.
void Checker::finishBodies() {
  recordUntypedRemaining();
  for (auto& kv : implicitInstances) pkg->implicitInstances[kv.first] = kv.second;
  for (Object* o : objList) {
    if (o->kind != ObjKind::TypeName) continue;
    if (auto* n = o->type ? o->type->as<NamedType>() : nullptr) {
      for (NamedType* inst : n->instances) inst->methods = n->methods;
    }
  }
}

// Lazy mode: a constant or function of this package that another package
// uses is declared now.
void Checker::declareLater(Object* obj) {
  objDecl(obj, nullptr);
  runDelayed();
}

// The delayed actions queued so far; actions may queue more.
void Checker::runDelayed() {
  for (size_t i = 0; i < delayed.size(); i++) {
    auto f = delayed[i];  // copy: the vector may grow
    f();
  }
  delayed.clear();
}

// Lazy mode: a body waiting in waitingBodies is checked now, with its
// delayed actions (function literals, ...).
bool Checker::checkWaitingBody(Func* fn) {
  auto it = waitingBodies.find(fn);
  if (it == waitingBodies.end()) return false;
  DeclInfo* d = objMap[fn];
  d->fdecl->body = it->second;
  syntax::parseSkippedBody(sources, d->fdecl, diags);
  waitingBodies.erase(it);
  fn->bodyWaiting = false;
  funcDeclBody(d, fn);
  runDelayed();
  return true;
}

// Lazy mode: variables are initialized in the order of their dependencies,
// which run through the bodies of the functions their initializers call, so
// those bodies (transitively, within the package) are checked up front.
void Checker::checkInitOrderBodies() {
  std::vector<Object*> work;
  for (Object* o : objList)
    if (o->kind == ObjKind::Var) work.push_back(o);
  std::unordered_set<Object*> seen(work.begin(), work.end());
  while (!work.empty()) {
    Object* o = work.back();
    work.pop_back();
    if (o->kind == ObjKind::Func) checkWaitingBody(static_cast<Func*>(o));
    auto it = objMap.find(o);
    if (it == objMap.end()) continue;
    for (Object* dep : it->second->deps)
      if (dep->kind == ObjKind::Func && dep->pkg == pkg && seen.insert(dep).second) work.push_back(dep);
  }
}

// cmd/compile rejects anonymous interfaces that refer to themselves through
// their methods' signatures (interface{ F() interface{ I } } in I; see
// go.dev/issue/56103): walk the unnamed types reachable from each outermost
// interface literal's methods, looking for an interface met before.
void Checker::anonymousInterfaceCycles() {
  std::unordered_map<InterfaceType*, bool> cyclic;
  std::function<bool(InterfaceType*)> hasCycle;
  std::function<bool(Type*)> visit = [&](Type* t) -> bool {
    for (;;) {
      if (!t) return false;
      switch (t->kind) {
        case Kind::Pointer: t = static_cast<PointerType*>(t)->elem; continue;
        case Kind::Array: t = static_cast<ArrayType*>(t)->elem; continue;
        case Kind::Chan: t = static_cast<ChanType*>(t)->elem; continue;
        case Kind::Slice: t = static_cast<SliceType*>(t)->elem; continue;
        case Kind::Map:
          if (visit(static_cast<MapType*>(t)->key)) return true;
          t = static_cast<MapType*>(t)->elem;
          continue;
        case Kind::Struct:
          for (Var* f : static_cast<StructType*>(t)->fields)
            if (visit(f->type)) return true;
          return false;
        case Kind::Interface: {
          auto* it = static_cast<InterfaceType*>(t);
          if (it->explicitMethods.empty() && it->embeddeds.empty()) return false;
          auto found = cyclic.find(it);
          if (found != cyclic.end()) return found->second;
          cyclic[it] = true;
          if (hasCycle(it)) return true;
          cyclic[it] = false;
          return false;
        }
        case Kind::Signature: {
          auto* sg = static_cast<Signature*>(t);
          return visit(sg->params) || visit(sg->results);
        }
        case Kind::Tuple:
          for (Var* v : static_cast<Tuple*>(t)->vars)
            if (visit(v->type)) return true;
          return false;
        default: return false;  // basic, named and type parameters end the walk
      }
    }
  };
  hasCycle = [&](InterfaceType* it) {
    completeInterface(it);
    for (Func* m : it->allMethods)
      if (visit(m->type)) return true;
    return false;
  };
  auto lits = interfaceLits;
  std::stable_sort(lits.begin(), lits.end(), [](const auto& a, const auto& b) {
    if (a.first->pos.file != b.first->pos.file) return a.first->pos.file < b.first->pos.file;
    if (a.first->pos.line != b.first->pos.line) return a.first->pos.line < b.first->pos.line;
    return a.first->pos.col < b.first->pos.col;
  });
  for (auto& lit : lits) {
    if (hasCycle(lit.second)) {
      diags.error(lit.first->pos,
                  "invalid recursive type: anonymous interface refers to itself (see https://go.dev/issue/56103)");
      for (auto& kv : cyclic) kv.second = false;  // report each cycle once
    }
  }
}

// ---------------------------------------------------------------------------
// Errors

void Checker::error(syntax::Pos p, const std::string& msg) {
  // go/types drops follow-on errors that mention an invalid operand or an
  // invalid type once an error has been reported.
  if (firstErr) {
    size_t a = msg.find("invalid operand"), b = msg.find("invalid type");
    if ((a != std::string::npos && a > 0) || (b != std::string::npos && b > 0)) return;
  }
  // Errors inside an inherited constant initializer are reported at the
  // constant's name.
  if (env.errpos.valid()) p = env.errpos;
  firstErr = true;
  diags.error(p, msg);
}

void Checker::errorf(syntax::Pos p, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char buf[1024];
  std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  error(p, buf);
}

void Checker::errorWithSub(syntax::Pos p, const std::string& msg,
                           const std::vector<std::pair<syntax::Pos, std::string>>& subs) {
  std::string m = msg;
  for (auto& s : subs) {
    m += "\n\t";
    if (s.first.valid()) m += posString(s.first) + ": ";
    m += s.second;
  }
  error(p, m);
}

syntax::Pos Checker::startPos(const syntax::Node* n) const {
  // cmd/compile's StartPos: the leftmost position, except for slice
  // expressions, whose syntax position is their '['.
  if (auto* s = n->as<syntax::SliceExpr>()) return s->lbrack.valid() ? s->lbrack : s->pos;
  if (auto* kv = n->as<syntax::KeyValueExpr>()) return startPos(kv->key);
  // An expression statement's position is its expression's syntax position
  // (the operator of a binary expression).
  if (auto* es = n->as<syntax::ExprStmt>()) return syntaxPos(es->x);
  if (n->kind == syntax::NodeKind::FuncType) return syntaxPos(n);
  return n->pos;
}

syntax::Pos Checker::syntaxPos(const syntax::Node* n) const {
  switch (n->kind) {
    case syntax::NodeKind::BinaryExpr: return static_cast<const syntax::BinaryExpr*>(n)->opPos;
    case syntax::NodeKind::CallExpr: {
      auto* c = static_cast<const syntax::CallExpr*>(n);
      return c->lparen.valid() ? c->lparen : c->pos;
    }
    case syntax::NodeKind::IndexExpr: {
      auto* ix = static_cast<const syntax::IndexExpr*>(n);
      return ix->lbrack.valid() ? ix->lbrack : ix->pos;
    }
    case syntax::NodeKind::SliceExpr: {
      auto* s = static_cast<const syntax::SliceExpr*>(n);
      return s->lbrack.valid() ? s->lbrack : s->pos;
    }
    case syntax::NodeKind::SelectorExpr: {
      // the '.', just before the selected name
      syntax::Pos p = static_cast<const syntax::SelectorExpr*>(n)->sel->pos;
      if (p.col > 1) p.col--;
      return p;
    }
    case syntax::NodeKind::TypeAssertExpr: {
      syntax::Pos p = static_cast<const syntax::TypeAssertExpr*>(n)->lparen;
      if (!p.valid()) return n->pos;
      if (p.col > 1) p.col--;
      return p;
    }
    case syntax::NodeKind::KeyValueExpr: {
      auto* kv = static_cast<const syntax::KeyValueExpr*>(n);
      return kv->colon.valid() ? kv->colon : kv->pos;
    }
    case syntax::NodeKind::AssignStmt: {
      auto* a = static_cast<const syntax::AssignStmt*>(n);
      return a->tokPos.valid() ? a->tokPos : a->pos;
    }
    case syntax::NodeKind::ExprStmt: return syntaxPos(static_cast<const syntax::ExprStmt*>(n)->x);
    case syntax::NodeKind::FuncType: {
      // cmd/compile's function type starts after the `func` keyword.
      auto* ft = static_cast<const syntax::FuncType*>(n);
      if (ft->typeParams && ft->typeParams->opening.valid()) return ft->typeParams->opening;
      if (ft->params && ft->params->opening.valid()) return ft->params->opening;
      return n->pos;
    }
    default: return n->pos;
  }
}

std::string Checker::opString(const Operand& x) const {
  if (x.mode == OpMode::NilValue) {
    if (!x.type || x.type == ctx.basic(Kind::Invalid)) return "nil (with invalid type)";
    if (x.type->kind == Kind::UntypedNil) return "nil";
    return "nil (of type " + typeStr(x.type) + ")";
  }
  std::string expr;
  if (x.expr) {
    expr = exprStr(x.expr);
  } else {
    switch (x.mode) {
      case OpMode::Builtin: break;
      case OpMode::TypeExpr: expr = typeStr(x.type); break;
      case OpMode::Constant: expr = x.val.toString(); break;
      default: break;
    }
  }
  std::string out;
  if (!expr.empty()) out = expr + " (";
  bool hasType = false;
  switch (x.mode) {
    case OpMode::Invalid: case OpMode::NoValue: case OpMode::Builtin: case OpMode::TypeExpr: break;
    default:
      if (x.type) {
        if (isUntypedType(x.type)) {
          out += static_cast<BasicType*>(x.type)->name;
          out += ' ';
          break;
        }
        hasType = true;
      }
  }
  static const char* const modes[] = {"invalid operand", "no value", "built-in", "type", "constant",
                                      "variable", "map index expression", "value", "nil",
                                      "comma, ok expression"};
  out += modes[static_cast<int>(x.mode)];
  if (x.mode == OpMode::Constant) {
    std::string s = x.val.toString();
    if (s != expr) out += " " + s;
  }
  if (hasType) {
    if (x.type->kind != Kind::Invalid) {
      out += isGenericType(x.type) ? " of generic type " : " of type ";
      out += typeStr(x.type);
      if (auto* tp = x.type->as<TypeParamType>()) {
        out += " constrained by " + typeStr(tp->constraint);
        InterfaceType* it = interfaceOf(tp);
        if (it && it->hasTerms && it->terms.empty()) out += " with empty type set";
      }
    } else {
      out += " with invalid type";
    }
  }
  if (!expr.empty()) out += ')';
  return out;
}

std::string Checker::absPosString(syntax::Pos p) const {
  std::string s = sources.format(p);
  if (s.empty() || s[0] == '/') return s;
  if (s.rfind("./", 0) == 0) s = s.substr(2);
  return "/" + s;
}

// ---------------------------------------------------------------------------
// Recording

namespace {
ExprMode toExprMode(OpMode m) {
  switch (m) {
    case OpMode::Invalid: return ExprMode::Invalid;
    case OpMode::NoValue: return ExprMode::NoValue;
    case OpMode::Builtin: return ExprMode::Builtin;
    case OpMode::TypeExpr: return ExprMode::TypeExpr;
    case OpMode::Constant: return ExprMode::Constant;
    case OpMode::Variable: return ExprMode::Variable;
    case OpMode::MapIndex: return ExprMode::MapIndex;
    case OpMode::Value: return ExprMode::Value;
    case OpMode::NilValue: return ExprMode::Value;
    case OpMode::CommaOk: return ExprMode::CommaOk;
  }
  return ExprMode::Invalid;
}
}  // namespace

void Checker::recordTypeAndValue(Expr* e, OpMode mode, Type* t, const Constant* val) {
  if (!e) return;
  if (mode == OpMode::Invalid) {
    e->mode = ExprMode::Invalid;
    if (!e->type) e->type = ctx.basic(Kind::Invalid);
    return;
  }
  e->mode = toExprMode(mode);
  e->type = t;
  if (mode == OpMode::Constant && val) e->constant = newConst(*val);
  else e->constant = nullptr;
}

void Checker::record(Operand& x) {
  Type* t = x.type;
  const Constant* val = nullptr;
  switch (x.mode) {
    case OpMode::Invalid: t = ctx.basic(Kind::Invalid); break;
    case OpMode::NoValue: t = ctx.make<Tuple>(); break;
    case OpMode::Constant: val = &x.val; break;
    default: break;
  }
  if (!x.expr || !t) return;
  if (isUntypedType(t)) rememberUntyped(x.expr, false, x.mode, t, val);
  else recordTypeAndValue(x.expr, x.mode, t, val);
}

void Checker::rememberUntyped(Expr* e, bool lhs, OpMode mode, Type* t, const Constant* val) {
  UntypedInfo& info = untyped[e];
  info.isLhs = lhs;
  info.mode = mode;
  info.type = t;
  info.hasVal = val != nullptr;
  if (val) info.val = *val;
  // Also record right away so that the tree is never left without a type;
  // updateExprType overwrites it with the final type.
  recordTypeAndValue(e, mode, t, val);
}

void Checker::updateExprType(Expr* x, Type* typ, bool final) {
  auto it = untyped.find(x);
  if (it == untyped.end()) return;
  UntypedInfo old = it->second;
  switch (x->kind) {
    case syntax::NodeKind::ParenExpr:
      updateExprType(static_cast<syntax::ParenExpr*>(x)->x, typ, final);
      break;
    case syntax::NodeKind::UnaryExpr:
      // A constant's operands are constants that never materialize; they
      // keep their untyped types.
      if (!old.hasVal) updateExprType(static_cast<syntax::UnaryExpr*>(x)->x, typ, final);
      break;
    case syntax::NodeKind::BinaryExpr: {
      auto* b = static_cast<syntax::BinaryExpr*>(x);
      if (old.hasVal) break;
      Tok op = b->op;
      bool cmp = op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr ||
                 op == Tok::Geq;
      if (cmp) {
        // the result type is independent of the operand types
      } else if (op == Tok::Shl || op == Tok::Shr) {
        updateExprType(b->x, typ, final);
      } else {
        updateExprType(b->x, typ, final);
        updateExprType(b->y, typ, final);
      }
      break;
    }
    case syntax::NodeKind::Ident: case syntax::NodeKind::BasicLit: case syntax::NodeKind::SelectorExpr:
    case syntax::NodeKind::CallExpr:
      break;
    default:
      return;
  }
  // A non-final untyped type only updates the remembered type.
  if (!final && isUntypedType(typ)) {
    auto it2 = untyped.find(x);
    if (it2 != untyped.end()) {
      it2->second.type = asBasic(typ);
      x->type = it2->second.type;
    }
    return;
  }
  untyped.erase(x);
  if (old.isLhs) {
    // The lhs of a shift must end up an integer.
    if (!allInteger(typ)) {
      error(startPos(x), "invalid operation: shifted operand " + exprStr(x) + " (type " + typeStr(typ) +
                             ") must be integer");
      return;
    }
  }
  Constant val = old.val;
  if (old.hasVal) {
    Operand c;
    c.mode = old.mode;
    c.expr = x;
    c.type = old.type;
    c.val = old.val;
    convertUntyped(c, typ);
    if (c.invalid()) return;
    val = c.val;
  }
  // nil takes the type of its context (a nil of type T is T's zero value).
  recordTypeAndValue(x, old.mode, typ, old.hasVal ? &val : nullptr);
}

void Checker::updateExprVal(Expr* e, const Constant& val) {
  auto it = untyped.find(e);
  if (it != untyped.end()) {
    it->second.val = val;
    it->second.hasVal = true;
  }
  if (e->constant) *e->constant = val;
}

void Checker::recordUntypedRemaining() {
  // Expressions that stayed untyped keep their untyped type (constant
  // operands of constant expressions, comparison operands, ...).
  for (auto& kv : untyped) {
    const Constant* v = kv.second.hasVal ? &kv.second.val : nullptr;
    recordTypeAndValue(kv.first, kv.second.mode, kv.second.type, v);
  }
  untyped.clear();
}

void Checker::recordDef(syntax::Ident* id, Object* obj) {
  if (id) id->obj = obj;
}

void Checker::recordUse(syntax::Ident* id, Object* obj) {
  if (id) id->obj = obj;
}

}  // namespace gs::types
