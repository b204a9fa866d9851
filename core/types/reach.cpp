// Which lazily checked prelude bodies a program needs (checkNeededBodies).
//
// A program's first compile in the page runs in V8's baseline code, and
// most of it used to be spent checking prelude bodies nothing calls (package
// time's formatting for a program that only sleeps). The prelude is known to
// be correct, so checking only what is reachable changes nothing a program
// can observe, provided "reachable" covers everything the escape analysis
// and the compiler will look at:
//   * a function or method named in checked code (calls, values, method
//     expressions, instantiations: the generic origin);
//   * every method of every type that appears in checked code (as the type
//     of an expression or object, or inside such a type: fields, elements,
//     signatures, type arguments). A value of such a type may be put in an
//     interface and its methods called dynamically, and the compiler gives
//     every run-time type it makes its full method set.
// The compiler treats a function whose body is still waiting as an internal
// error, so a gap in these rules cannot go unnoticed.
#include <unordered_set>

#include "core/syntax/walk.h"
#include "core/types/check_internal.h"

namespace gs::types {

namespace {

class Reach {
 public:
  void func(Func* f) {
    if (!f) return;
    if (f->origin) f = f->origin;
    if (!funcs_.insert(f).second) return;
    // A method set holds each method's signature as a run-time type. A
    // plain function's signature matters only where the function is used
    // as a value, and tree() sees that use.
    if (f->sig() && f->sig()->recv) {
      type(f->type);
      type(f->sig()->recv->type);
    }
    work_.push_back(f);
  }

  void type(Type* root) {
    std::vector<Type*> parts{root};
    while (!parts.empty()) {
      Type* t = parts.back();
      parts.pop_back();
      if (!t || !types_.insert(t).second) continue;
      if (auto* n = t->as<NamedType>()) {
        for (Func* m : declaredMethods(n)) func(m);
        parts.insert(parts.end(), n->typeArgs.begin(), n->typeArgs.end());
        parts.push_back(underlying(n));
      } else if (auto* it = t->as<InterfaceType>()) {
        for (Func* m : it->explicitMethods) parts.push_back(m->type);
        parts.insert(parts.end(), it->embeddeds.begin(), it->embeddeds.end());
      } else {
        appendTypeParts(t, &parts);  // (nothing for basic types and type parameters)
      }
    }
  }

  void instance(const Instance* inst) {
    if (!inst) return;
    if (inst->generic && inst->generic->kind == ObjKind::Func) func(static_cast<Func*>(inst->generic));
    for (Type* a : inst->typeArgs) type(a);
  }

  // The function a call calls statically (f(x), pkg.F(x), x.M(x)), if any.
  static Func* staticCallee(syntax::CallExpr* c) {
    if (c->callKind != syntax::CallKind::Call) return nullptr;
    syntax::Expr* f = syntax::unparen(c->fun);
    Object* o = nullptr;
    if (auto* id = f->as<syntax::Ident>()) o = id->obj;
    else if (auto* sel = f->as<syntax::SelectorExpr>()) o = sel->sel->obj;
    return o && o->kind == ObjKind::Func ? static_cast<Func*>(o) : nullptr;
  }

  // Everything a checked tree refers to.
  void tree(syntax::Node* root) {
    std::vector<syntax::Node*> stack{root};
    while (!stack.empty()) {
      syntax::Node* n = stack.back();
      stack.pop_back();
      switch (n->kind) {
        case syntax::NodeKind::Ident: {
          Object* o = static_cast<syntax::Ident*>(n)->obj;
          // A typed nil is a zero value: nothing of its type is made.
          if (o && o->kind == ObjKind::Nil) continue;
          if (o && o->kind == ObjKind::Func) func(static_cast<Func*>(o));
          else if (o) type(o->type);
          break;
        }
        case syntax::NodeKind::IndexExpr: instance(static_cast<syntax::IndexExpr*>(n)->instance); break;
        case syntax::NodeKind::CallExpr: {
          auto* c = static_cast<syntax::CallExpr*>(n);
          instance(c->instance);
          // A static call makes no value of the callee's signature type
          // (its arguments and result have their own types).
          if (Func* callee = staticCallee(c)) {
            func(callee);
            type(c->type);
            if (auto* sel = syntax::unparen(c->fun)->as<syntax::SelectorExpr>()) stack.push_back(sel->x);
            for (syntax::Expr* a : c->args) stack.push_back(a);
            continue;
          }
          break;
        }
        case syntax::NodeKind::CaseClause:
          if (Object* o = static_cast<syntax::CaseClause*>(n)->implicitObj) type(o->type);
          break;
        default: break;
      }
      if (n->kind <= syntax::NodeKind::Ellipsis) type(static_cast<syntax::Expr*>(n)->type);  // an Expr
      syntax::appendChildren(n, &stack);
    }
  }

  // Checks (if waiting) and scans every reached function until none is new.
  void run() {
    while (!work_.empty()) {
      Func* f = work_.back();
      work_.pop_back();
      if (f->bodyWaiting && f->pkg && f->pkg->lazy) f->pkg->lazy->check(f);
      if (f->decl && f->decl->body) tree(f->decl->body);
    }
  }

 private:
  std::unordered_set<Func*> funcs_;
  std::unordered_set<Type*> types_;
  std::vector<Func*> work_;
};

}  // namespace

void checkNeededBodies(const std::vector<Package*>& packages) {
  Reach r;
  for (Package* p : packages) {
    // Checked bodies (all of main's, init functions, the ones variable
    // initialization depends on) and every package's variable
    // initializers, which run at start-up.
    for (Func* f : p->funcs)
      if (f->decl && f->decl->body) r.func(f);
    for (Func* f : p->initFuncs) r.func(f);
    for (syntax::File* file : p->files) {
      for (syntax::Decl* d : file->decls) {
        auto* gd = d->as<syntax::GenDecl>();
        if (gd && gd->tok == syntax::Tok::Var) r.tree(gd);
      }
    }
    if (!p->isPrelude) {
      for (auto& kv : p->scope->names)
        if (kv.second->kind == ObjKind::TypeName) r.type(kv.second->type);
    }
    r.run();
  }
  // Generic functions used as values keep their inferred type arguments in
  // the package (bodies checked above may have added some).
  size_t seen = 0;
  for (;;) {
    size_t n = 0;
    for (Package* p : packages) {
      for (auto& kv : p->implicitInstances) r.instance(kv.second);
      n += p->implicitInstances.size();
    }
    r.run();
    if (n == seen) break;
    seen = n;
  }
}

}  // namespace gs::types
