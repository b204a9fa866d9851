// Substitution of type arguments for type parameters, and instantiation of
// generic types and signatures.
//
// Substitution rebuilds only what changes: a type that mentions none of the
// substituted parameters is returned as is, so identity-by-pointer shortcuts
// keep working for non-generic code. Instances of generic types are cached
// on their origin (identical arguments give the same NamedType) and their
// underlying type is expanded lazily (see underlying()).
#include "core/types/check_internal.h"

namespace gs::types {

Type* SubstMap::lookup(const TypeParamType* p) const {
  for (size_t i = 0; i < params.size() && i < args.size(); i++)
    if (params[i] == p) return args[i];
  return nullptr;
}

namespace {
struct Subster {
  TypeContext& ctx;
  const SubstMap& m;

  Var* var(Var* v, Type* nt) {
    auto* r = ctx.make<Var>(v->pos, v->pkg, v->name, nt);
    r->isField = v->isField;
    r->embedded = v->embedded;
    r->isParam = v->isParam;
    r->isResult = v->isResult;
    r->declaringFunc = v->declaringFunc;
    return r;
  }

  Tuple* tuple(Tuple* t, bool* changed) {
    if (!t) return t;
    std::vector<Type*> ts;
    bool ch = false;
    for (Var* v : t->vars) {
      Type* nt = typ(v->type);
      ch = ch || nt != v->type;
      ts.push_back(nt);
    }
    if (!ch) return t;
    *changed = true;
    auto* r = ctx.make<Tuple>();
    for (size_t i = 0; i < t->vars.size(); i++) r->vars.push_back(var(t->vars[i], ts[i]));
    return r;
  }

  Signature* signature(Signature* s) {
    bool changed = false;
    Tuple* p = tuple(s->params, &changed);
    Tuple* r = tuple(s->results, &changed);
    // The receiver is not substituted (as in go/types): an interface is the
    // receiver type of its own methods, so substituting it would recurse
    // forever through interface -> method -> receiver -> interface.
    Var* recv = s->recv;
    bool dropRecvTParams = false;
    for (TypeParamType* tp : s->recvTypeParams)
      if (m.lookup(tp)) dropRecvTParams = true;
    if (!changed && !dropRecvTParams) return s;
    auto* ns = ctx.make<Signature>();
    ns->recv = recv;
    ns->typeParams = s->typeParams;
    if (!dropRecvTParams) ns->recvTypeParams = s->recvTypeParams;
    ns->params = p;
    ns->results = r;
    ns->variadic = s->variadic;
    return ns;
  }

  Type* typ(Type* t) {
    if (!t) return t;
    switch (t->kind) {
      case Kind::TypeParam: {
        Type* r = m.lookup(static_cast<TypeParamType*>(t));
        return r ? r : t;
      }
      case Kind::Pointer: {
        auto* p = static_cast<PointerType*>(t);
        Type* e = typ(p->elem);
        return e == p->elem ? t : ctx.make<PointerType>(e);
      }
      case Kind::Slice: {
        auto* p = static_cast<SliceType*>(t);
        Type* e = typ(p->elem);
        return e == p->elem ? t : ctx.make<SliceType>(e);
      }
      case Kind::Array: {
        auto* p = static_cast<ArrayType*>(t);
        Type* e = typ(p->elem);
        return e == p->elem ? t : ctx.make<ArrayType>(e, p->len);
      }
      case Kind::Map: {
        auto* p = static_cast<MapType*>(t);
        Type* k = typ(p->key);
        Type* e = typ(p->elem);
        return (k == p->key && e == p->elem) ? t : ctx.make<MapType>(k, e);
      }
      case Kind::Chan: {
        auto* p = static_cast<ChanType*>(t);
        Type* e = typ(p->elem);
        return e == p->elem ? t : ctx.make<ChanType>(p->dir, e);
      }
      case Kind::Struct: {
        auto* s = static_cast<StructType*>(t);
        std::vector<Type*> ts;
        bool ch = false;
        for (Var* f : s->fields) {
          Type* nt = typ(f->type);
          ch = ch || nt != f->type;
          ts.push_back(nt);
        }
        if (!ch) return t;
        auto* r = ctx.make<StructType>();
        for (size_t i = 0; i < s->fields.size(); i++) r->fields.push_back(var(s->fields[i], ts[i]));
        r->tags = s->tags;
        return r;
      }
      case Kind::Tuple: {
        bool ch = false;
        return tuple(static_cast<Tuple*>(t), &ch);
      }
      case Kind::Signature: return signature(static_cast<Signature*>(t));
      case Kind::Interface: {
        auto* it = static_cast<InterfaceType*>(t);
        bool ch = false;
        std::vector<Func*> methods;
        for (Func* f : it->explicitMethods) {
          Signature* ns = f->sig() ? signature(f->sig()) : nullptr;
          if (ns != f->sig()) {
            ch = true;
            auto* nf = ctx.make<Func>(f->pos, f->pkg, f->name, ns);
            nf->origin = f->origin ? f->origin : f;
            methods.push_back(nf);
          } else {
            methods.push_back(f);
          }
        }
        std::vector<Type*> embeddeds;
        for (Type* e : it->embeddeds) {
          Type* ne = typ(e);
          ch = ch || ne != e;
          embeddeds.push_back(ne);
        }
        // Union elements carry their terms directly.
        std::vector<Term> terms;
        bool termsChanged = false;
        if (it->implicit && it->embeddeds.empty()) {
          for (auto& term : it->terms) {
            Type* nt = typ(term.type);
            termsChanged = termsChanged || nt != term.type;
            terms.push_back(Term{term.tilde, nt});
          }
        }
        if (!ch && !termsChanged) return t;
        auto* r = ctx.make<InterfaceType>();
        r->implicit = it->implicit;
        r->explicitMethods = methods;
        r->embeddeds = embeddeds;
        if (it->implicit && it->embeddeds.empty()) {
          r->terms = terms;
          r->hasTerms = it->hasTerms;
          r->allMethods = {};
          r->complete = true;
        } else {
          completeInterface(r);
        }
        for (Func* f : r->explicitMethods)
          if (!f->iface) f->iface = r;
        return r;
      }
      case Kind::Named: {
        auto* n = static_cast<NamedType*>(t);
        if (n->typeArgs.empty()) return t;
        std::vector<Type*> args;
        bool ch = false;
        for (Type* a : n->typeArgs) {
          Type* na = typ(a);
          ch = ch || na != a;
          args.push_back(na);
        }
        if (!ch) return t;
        return instantiate(ctx, n->origin, args);
      }
      default: return t;
    }
  }
};
}  // namespace

Type* subst(TypeContext& ctx, Type* t, const SubstMap& m) {
  if (m.empty()) return t;
  Subster s{ctx, m};
  return s.typ(t);
}

NamedType* instantiate(TypeContext& ctx, NamedType* generic, const std::vector<Type*>& args) {
  generic = generic->origin;
  for (NamedType* inst : generic->instances) {
    bool same = inst->typeArgs.size() == args.size();
    for (size_t i = 0; same && i < args.size(); i++) same = identical(inst->typeArgs[i], args[i]);
    if (same) return inst;
  }
  auto* n = ctx.make<NamedType>();
  n->obj = generic->obj;
  n->origin = generic;
  n->typeArgs = args;
  n->typeParams = generic->typeParams;
  n->methods = generic->methods;
  n->expandCtx = &ctx;
  generic->instances.push_back(n);
  return n;
}

Signature* instantiateSignature(TypeContext& ctx, Signature* sig, const std::vector<Type*>& args) {
  SubstMap m;
  m.params = sig->typeParams;
  m.args = args;
  Subster s{ctx, m};
  bool changed = false;
  auto* ns = ctx.make<Signature>();
  ns->recv = sig->recv;
  ns->params = s.tuple(sig->params, &changed);
  ns->results = s.tuple(sig->results, &changed);
  ns->variadic = sig->variadic;
  ns->recvTypeParams = sig->recvTypeParams;
  return ns;
}

}  // namespace gs::types
