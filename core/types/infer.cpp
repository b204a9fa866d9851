// Type argument inference (Go spec "Type inference") by unification.
//
// The algorithm is go/types': (1) unify each typed argument with its
// parameter type ("inexact" unification, where a named type matches a type
// literal with the same underlying type); (2) use the core types of the
// constraints to infer more (a parameter constrained by ~[]E whose argument
// is []int gives E = int); (3) give untyped constant arguments of bare type
// parameters their default type (the "largest" kind among them); (4)
// substitute inferred types into each other until nothing changes. Type
// parameters are renamed first, so a generic function calling itself
// (F[T] calling F(x) with x of type T) is not confused by its own T.
#include <algorithm>

#include "core/types/check_internal.h"

namespace gs::types {

using namespace syntax;

bool isParameterized(const std::vector<TypeParamType*>& tparams, Type* t, int depth) {
  if (!t || depth > 64) return false;
  switch (t->kind) {
    case Kind::TypeParam:
      return std::find(tparams.begin(), tparams.end(), static_cast<TypeParamType*>(t)) != tparams.end();
    case Kind::Pointer: return isParameterized(tparams, static_cast<PointerType*>(t)->elem, depth + 1);
    case Kind::Slice: return isParameterized(tparams, static_cast<SliceType*>(t)->elem, depth + 1);
    case Kind::Array: return isParameterized(tparams, static_cast<ArrayType*>(t)->elem, depth + 1);
    case Kind::Chan: return isParameterized(tparams, static_cast<ChanType*>(t)->elem, depth + 1);
    case Kind::Map:
      return isParameterized(tparams, static_cast<MapType*>(t)->key, depth + 1) ||
             isParameterized(tparams, static_cast<MapType*>(t)->elem, depth + 1);
    case Kind::Struct:
      for (Var* f : static_cast<StructType*>(t)->fields)
        if (isParameterized(tparams, f->type, depth + 1)) return true;
      return false;
    case Kind::Tuple:
      for (Var* v : static_cast<Tuple*>(t)->vars)
        if (isParameterized(tparams, v->type, depth + 1)) return true;
      return false;
    case Kind::Signature: {
      auto* s = static_cast<Signature*>(t);
      return isParameterized(tparams, s->params, depth + 1) || isParameterized(tparams, s->results, depth + 1);
    }
    case Kind::Interface: {
      auto* it = static_cast<InterfaceType*>(t);
      for (Func* m : it->explicitMethods)
        if (isParameterized(tparams, m->type, depth + 1)) return true;
      for (Type* e : it->embeddeds)
        if (isParameterized(tparams, e, depth + 1)) return true;
      for (auto& term : it->terms)
        if (isParameterized(tparams, term.type, depth + 1)) return true;
      return false;
    }
    case Kind::Named:
      for (Type* a : static_cast<NamedType*>(t)->typeArgs)
        if (isParameterized(tparams, a, depth + 1)) return true;
      return false;
    default: return false;
  }
}

namespace {
enum UnifyMode : unsigned { kAssign = 1, kExact = 2 };

bool isTypeLit(Type* t) { return t->kind != Kind::Named && t->kind != Kind::TypeParam; }

struct Unifier {
  std::vector<TypeParamType*> tparams;
  std::vector<int> parent;
  std::vector<Type*> types;  // valid at roots
  int depth = 0;

  Unifier(const std::vector<TypeParamType*>& tps, const std::vector<Type*>& targs) : tparams(tps) {
    for (size_t i = 0; i < tps.size(); i++) {
      parent.push_back(static_cast<int>(i));
      types.push_back(i < targs.size() ? targs[i] : nullptr);
    }
  }

  int find(int i) {
    while (parent[static_cast<size_t>(i)] != i) i = parent[static_cast<size_t>(i)] = parent[static_cast<size_t>(parent[static_cast<size_t>(i)])];
    return i;
  }
  int index(Type* t) {
    if (!t || t->kind != Kind::TypeParam) return -1;
    auto it = std::find(tparams.begin(), tparams.end(), static_cast<TypeParamType*>(t));
    return it == tparams.end() ? -1 : static_cast<int>(it - tparams.begin());
  }
  Type* at(int i) { return types[static_cast<size_t>(find(i))]; }
  void set(int i, Type* t) { types[static_cast<size_t>(find(i))] = t; }
  bool join(int x, int y) {
    int hx = find(x), hy = find(y);
    if (hx == hy) return true;
    Type* tx = types[static_cast<size_t>(hx)];
    Type* ty = types[static_cast<size_t>(hy)];
    if (tx && ty) return false;
    if (tx) {
      parent[static_cast<size_t>(hy)] = hx;
    } else {
      parent[static_cast<size_t>(hx)] = hy;
    }
    return true;
  }
  size_t unknowns() {
    size_t n = 0;
    for (size_t i = 0; i < tparams.size(); i++)
      if (!at(static_cast<int>(i))) n++;
    return n;
  }
  std::vector<Type*> inferred() {
    std::vector<Type*> out;
    for (size_t i = 0; i < tparams.size(); i++) out.push_back(at(static_cast<int>(i)));
    return out;
  }

  bool unify(Type* x, Type* y, unsigned mode) { return nify(x, y, mode); }

  bool nify(Type* x, Type* y, unsigned mode) {
    if (x == y) return true;
    if (!x || !y) return false;
    if (++depth > 100) {
      depth--;
      return false;
    }
    bool r = nifyImpl(x, y, mode);
    depth--;
    return r;
  }

  bool nifyImpl(Type* x, Type* y, unsigned mode) {
    // Named types and bound type parameters go to the right / left.
    if (x->kind == Kind::Named || index(y) >= 0) std::swap(x, y);
    if (!(mode & kExact) && y->kind == Kind::Named && isTypeLit(x)) {
      y = underlying(y);
      if (x == y) return true;
    }
    int px = index(x), py = index(y);
    if (px >= 0 && py >= 0) {
      if (join(px, py)) return true;
      return nify(at(px), at(py), mode);
    }
    if (px >= 0) {
      if (Type* tx = at(px)) {
        if (nify(tx, y, mode)) {
          bool xi = isInterfaceType(tx), yi = isInterfaceType(y);
          bool xn = tx->kind == Kind::Named, yn = y->kind == Kind::Named;
          if (xi && yi) {
            if (xn && yn) return identical(tx, y);
            if (interfaceOf(tx)->allMethods.size() != interfaceOf(y)->allMethods.size()) return false;
          } else if (xi || yi) {
            return false;
          }
          if (!(mode & kExact)) {
            if (xn) {
              // keep the named type
            } else if (yn) {
              set(px, y);
            } else if (auto* yc = underlying(y)->as<ChanType>(); yc && yc->dir != ChanDir::Both) {
              set(px, y);
            }
          }
          return true;
        }
        return false;
      }
      set(px, y);
      return true;
    }
    if (y->kind == Kind::TypeParam) std::swap(x, y);
    unsigned emode = mode;
    if (mode & kAssign) emode |= kExact;
    if (x->isBasic()) return y->isBasic() && x->kind == y->kind;
    switch (x->kind) {
      case Kind::Array:
        if (auto* b = y->as<ArrayType>()) {
          auto* a = static_cast<ArrayType*>(x);
          return (a->len < 0 || b->len < 0 || a->len == b->len) && nify(a->elem, b->elem, emode);
        }
        return false;
      case Kind::Slice:
        if (auto* b = y->as<SliceType>()) return nify(static_cast<SliceType*>(x)->elem, b->elem, emode);
        return false;
      case Kind::Struct:
        if (auto* b = y->as<StructType>()) {
          auto* a = static_cast<StructType*>(x);
          if (a->fields.size() != b->fields.size()) return false;
          for (size_t i = 0; i < a->fields.size(); i++) {
            Var *f = a->fields[i], *g = b->fields[i];
            std::string t1 = i < a->tags.size() ? a->tags[i] : "", t2 = i < b->tags.size() ? b->tags[i] : "";
            if (f->embedded != g->embedded || t1 != t2 || f->name != g->name || !nify(f->type, g->type, emode))
              return false;
          }
          return true;
        }
        return false;
      case Kind::Pointer:
        if (auto* b = y->as<PointerType>()) return nify(static_cast<PointerType*>(x)->elem, b->elem, emode);
        return false;
      case Kind::Tuple:
        if (auto* b = y->as<Tuple>()) {
          auto* a = static_cast<Tuple*>(x);
          if (a->vars.size() != b->vars.size()) return false;
          for (size_t i = 0; i < a->vars.size(); i++)
            if (!nify(a->vars[i]->type, b->vars[i]->type, mode)) return false;
          return true;
        }
        return false;
      case Kind::Signature:
        if (auto* b = y->as<Signature>()) {
          auto* a = static_cast<Signature*>(x);
          return a->variadic == b->variadic && nify(a->params, b->params, emode) && nify(a->results, b->results, emode);
        }
        return false;
      case Kind::Interface:
        if (auto* b = y->as<InterfaceType>()) {
          auto* a = static_cast<InterfaceType*>(x);
          completeInterface(a);
          completeInterface(b);
          if (a->comparable != b->comparable || a->hasTerms != b->hasTerms) return false;
          if (a->allMethods.size() != b->allMethods.size()) return false;
          for (size_t i = 0; i < a->allMethods.size(); i++) {
            if (a->allMethods[i]->name != b->allMethods[i]->name) return false;
            if (!nify(a->allMethods[i]->type, b->allMethods[i]->type, kExact)) return false;
          }
          return identical(a, b) || a->allMethods.size() > 0 || !a->hasTerms;
        }
        return false;
      case Kind::Map:
        if (auto* b = y->as<MapType>()) {
          auto* a = static_cast<MapType*>(x);
          return nify(a->key, b->key, emode) && nify(a->elem, b->elem, emode);
        }
        return false;
      case Kind::Chan:
        if (auto* b = y->as<ChanType>()) {
          auto* a = static_cast<ChanType*>(x);
          return (!(mode & kExact) || a->dir == b->dir) && nify(a->elem, b->elem, emode);
        }
        return false;
      case Kind::Named:
        if (auto* b = y->as<NamedType>()) {
          auto* a = static_cast<NamedType*>(x);
          if (a->typeArgs.size() != b->typeArgs.size()) return false;
          for (size_t i = 0; i < a->typeArgs.size(); i++)
            if (!nify(a->typeArgs[i], b->typeArgs[i], mode)) return false;
          return a->origin == b->origin;
        }
        return false;
      case Kind::TypeParam:
        // An unbound type parameter: unify through its core type.
        if (Type* cx = coreType(x)) return nify(cx, y, kAssign);
        return false;
      default: return false;
    }
  }
};

// The single term of a type parameter's constraint, or its core type.
bool coreTerm(TypeParamType* tp, Term* out, bool* single) {
  InterfaceType* it = interfaceOf(tp);
  *single = false;
  if (!it || !it->hasTerms || it->terms.empty()) return false;
  if (it->terms.size() == 1) {
    *out = it->terms[0];
    *single = true;
    return true;
  }
  bool tilde = false;
  for (auto& t : it->terms)
    if (t.tilde) tilde = true;
  if (Type* ct = coreType(tp)) {
    *out = Term{tilde, ct};
    return true;
  }
  return false;
}

std::string typeParamsString(const std::vector<TypeParamType*>& list) {
  size_t n = list.size();
  auto name = [](TypeParamType* t) { return t->obj ? t->obj->name : std::string("?"); };
  if (n == 0) return "";
  if (n == 1) return name(list[0]);
  if (n == 2) return name(list[0]) + " and " + name(list[1]);
  std::string s;
  for (size_t i = 0; i + 1 < n; i++) {
    if (i) s += ", ";
    s += name(list[i]);
  }
  return s + ", and " + name(list[n - 1]);
}
}  // namespace

std::vector<Type*> Checker::infer(Pos pos, const std::vector<TypeParamType*>& tparams0,
                                  const std::vector<Type*>& targs0, Tuple* params, std::vector<Operand>& args,
                                  bool reverse, std::string* err, Pos* errPos) {
  size_t n = tparams0.size();
  bool complete = targs0.size() == n;
  for (Type* t : targs0)
    if (!t) complete = false;
  if (complete) return targs0;
  for (auto& a : args)
    if (a.invalid()) return {};
  // Rename the type parameters (see the file comment).
  std::vector<TypeParamType*> tparams;
  SubstMap rename;
  for (TypeParamType* tp : tparams0) {
    auto* t2 = ctx.make<TypeParamType>();
    t2->obj = tp->obj;
    t2->index = tp->index;
    tparams.push_back(t2);
    rename.params.push_back(tp);
    rename.args.push_back(t2);
  }
  for (size_t i = 0; i < n; i++) tparams[i]->constraint = subst(ctx, tparams0[i]->constraint, rename);
  std::vector<Type*> targs(n, nullptr);
  for (size_t i = 0; i < targs0.size() && i < n; i++) targs[i] = targs0[i];
  // Substitute the known type arguments into the parameters.
  SubstMap known;
  for (size_t i = 0; i < n; i++) {
    known.params.push_back(tparams0[i]);
    known.args.push_back(targs[i] ? targs[i] : tparams[i]);
  }
  Tuple* ps = params ? static_cast<Tuple*>(subst(ctx, params, known)) : nullptr;
  // Argument types may mention the type parameters of generic function
  // arguments, which are among tparams0 as well.
  // Only generic function arguments mention (their own) type parameters of
  // this inference; other argument types may mention the caller's type
  // parameters, which can be the very same objects in a recursive call.
  std::vector<Type*> argTypes;
  for (auto& a : args) {
    auto* as = a.type ? a.type->as<Signature>() : nullptr;
    argTypes.push_back(as && !as->typeParams.empty() ? subst(ctx, a.type, rename) : a.type);
  }

  Unifier u(tparams, targs);
  auto fail = [&](Pos p, const std::string& msg) {
    *errPos = p;
    *err = msg;
    return std::vector<Type*>{};
  };
  auto errorf = [&](Type* tpar, Type* targ, Operand& arg) {
    std::vector<Type*> inf = u.inferred();
    bool allFailed = true;
    for (Type* t : inf)
      if (t) allFailed = false;
    std::string argName = reverse ? targetDesc : exprStr(arg.expr);
    if (inf.empty() || !inf[0]) {
      if (allFailed) {
        return fail(startPos(arg.expr), "type " + typeStr(targ) + " of " + argName + " does not match " +
                                            typeStr(tpar) + " (cannot infer " + typeParamsString(tparams) + ")");
      }
    }
    SubstMap sm;
    sm.params = tparams;
    for (size_t i = 0; i < n; i++) sm.args.push_back(inf[i] ? inf[i] : tparams[i]);
    Type* inferred = subst(ctx, tpar, sm);
    if (inferred != tpar) {
      if (reverse)
        return fail(startPos(arg.expr), "inferred type " + typeStr(inferred) + " for " + typeStr(tpar) +
                                            " does not match type " + typeStr(targ) + " of " + argName);
      return fail(startPos(arg.expr), "type " + typeStr(targ) + " of " + argName + " does not match inferred type " +
                                          typeStr(inferred) + " for " + typeStr(tpar));
    }
    return fail(startPos(arg.expr), "type " + typeStr(targ) + " of " + argName + " does not match " + typeStr(tpar));
  };

  std::vector<size_t> untypedArgs;
  for (size_t i = 0; i < args.size() && ps && i < ps->vars.size(); i++) {
    Operand& arg = args[i];
    Type* par = ps->vars[i]->type;
    Type* at = argTypes[i];
    if (isParameterized(tparams, par, 0) || isParameterized(tparams, at, 0)) {
      if (isTyped(at)) {
        if (!u.unify(par, at, kAssign)) return errorf(par, at, arg);
      } else if (u.index(par) >= 0 && !arg.isNil()) {
        untypedArgs.push_back(i);
      }
    }
  }
  // Core types of the constraints.
  for (;;) {
    size_t nn = u.unknowns();
    for (size_t i = 0; i < n; i++) {
      TypeParamType* tpar = tparams[i];
      Type* tx = u.at(static_cast<int>(i));
      Term core;
      bool single;
      if (coreTerm(tpar, &core, &single)) {
        if (tx) {
          if (!u.unify(tx, core.type, 0)) {
            return fail(pos, typeStr(tpar) + " (type " + typeStr(tx) + ") does not satisfy " + typeStr(tpar->constraint));
          }
        } else if (single && !core.tilde) {
          u.set(static_cast<int>(i), core.type);
        }
      } else if (tx) {
        // No core type, but a known type argument: its methods must match
        // the constraint's, which may infer the types they mention
        // (C Container[T] with C = *Box[int] gives T = int).
        InterfaceType* iface = interfaceOf(tpar);
        if (iface) {
          for (Func* m : iface->allMethods) {
            LookupResult r = lookupFieldOrMethodEx(tx, false, m->pkg, m->name);
            Signature* fsig = nullptr;
            if (r.obj && r.obj->kind == ObjKind::Func) {
              auto* f = static_cast<Func*>(r.obj);
              objDecl(f, nullptr);
              fsig = f->sig();
              if (fsig && !f->iface) {
                // The named type declaring the method, for receiver type args.
                Type* t = tx;
                if (auto* p = t->as<PointerType>()) t = p->elem;
                for (size_t k = 0; k + 1 < r.index.size(); k++) {
                  auto* st = underlying(t)->as<StructType>();
                  if (!st) break;
                  t = st->fields[static_cast<size_t>(r.index[k])]->type;
                  if (auto* p = t->as<PointerType>()) t = p->elem;
                }
                fsig = methodSigFor(ctx, f, t);
              }
            }
            if (!fsig || !m->sig() || !u.unify(fsig, m->sig(), kExact)) {
              std::string cause;
              missingMethod(tx, iface, true, pkg, [this](Func* f) { objDecl(f, nullptr); }, &cause, nullptr);
              return fail(pos, typeStr(tpar) + " (type " + typeStr(tx) + ") does not satisfy " +
                                   typeStr(tpar->constraint) + (cause.empty() ? "" : " " + cause));
            }
          }
        }
      }
    }
    if (u.unknowns() == nn) break;
  }
  // Untyped arguments of bare type parameters: their default type.
  std::vector<std::pair<int, Type*>> maxUntyped;
  for (size_t index : untypedArgs) {
    int ti = u.index(ps->vars[index]->type);
    if (u.at(ti)) continue;
    Operand& arg = args[index];
    Type*& mx = [&]() -> Type*& {
      for (auto& p : maxUntyped)
        if (u.find(p.first) == u.find(ti)) return p.second;
      maxUntyped.push_back({ti, nullptr});
      return maxUntyped.back().second;
    }();
    if (!mx) {
      mx = arg.type;
    } else {
      Type* m = nullptr;
      Type* a = arg.type;
      if (mx == a || identical(mx, a)) m = mx;
      else {
        auto isUN = [](Type* t) {
          return t->kind == Kind::UntypedInt || t->kind == Kind::UntypedRune || t->kind == Kind::UntypedFloat ||
                 t->kind == Kind::UntypedComplex;
        };
        if (isUN(mx) && isUN(a)) m = mx->kind > a->kind ? mx : a;
      }
      if (!m) {
        return fail(startPos(arg.expr), "mismatched types " + typeStr(mx) + " and " + typeStr(a) + " (cannot infer " +
                                            typeStr(ps->vars[index]->type) + ")");
      }
      mx = m;
    }
  }
  for (auto& p : maxUntyped) u.set(p.first, defaultType(ctx, p.second));

  std::vector<Type*> inferred = u.inferred();
  // Kill cycles (T inferred as a type that contains T).
  for (size_t i = 0; i < n; i++) {
    if (!inferred[i]) continue;
    std::vector<TypeParamType*> self{tparams[i]};
    // Follow substitutions a few levels to detect indirect cycles.
    Type* t = inferred[i];
    for (int k = 0; k < 8 && t; k++) {
      if (isParameterized(self, t, 0)) {
        inferred[i] = nullptr;
        break;
      }
      SubstMap sm;
      sm.params = tparams;
      for (size_t j = 0; j < n; j++) sm.args.push_back(inferred[j] && j != i ? inferred[j] : tparams[j]);
      Type* t2 = subst(ctx, t, sm);
      if (t2 == t) break;
      t = t2;
    }
  }
  // Simplify: substitute inferred types into each other.
  for (int round = 0; round < 16; round++) {
    SubstMap sm;
    sm.params = tparams;
    for (size_t j = 0; j < n; j++) sm.args.push_back(inferred[j] ? inferred[j] : tparams[j]);
    bool changed = false;
    for (size_t j = 0; j < n; j++) {
      if (!inferred[j]) continue;
      Type* t1 = subst(ctx, inferred[j], sm);
      if (t1 != inferred[j]) {
        inferred[j] = t1;
        changed = true;
      }
    }
    if (!changed) break;
  }
  for (size_t i = 0; i < n; i++) {
    if (!inferred[i] || isParameterized(tparams, inferred[i], 0)) {
      TypeName* obj = tparams[i]->obj;
      return fail(pos, "cannot infer " + obj->name + " (" + absPosString(obj->pos) + ")");
    }
  }
  return inferred;
}

}  // namespace gs::types
