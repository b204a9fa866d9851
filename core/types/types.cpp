// Type predicates, underlying types, type identity, type names, scopes and
// object names.
#include <algorithm>

#include "core/types/check.h"
#include "core/types/constant.h"

namespace gs::types {

// ---------------------------------------------------------------------------
// Basic kinds

bool isIntegerKind(Kind k) {
  return (k >= Kind::Int && k <= Kind::Uintptr) || k == Kind::UntypedInt || k == Kind::UntypedRune;
}
bool isUnsignedKind(Kind k) { return k >= Kind::Uint && k <= Kind::Uintptr; }
bool isFloatKind(Kind k) { return k == Kind::Float32 || k == Kind::Float64 || k == Kind::UntypedFloat; }
bool isComplexKind(Kind k) {
  return k == Kind::Complex64 || k == Kind::Complex128 || k == Kind::UntypedComplex;
}
bool isNumericKind(Kind k) { return isIntegerKind(k) || isFloatKind(k) || isComplexKind(k); }
bool isStringKind(Kind k) { return k == Kind::String || k == Kind::UntypedString; }
bool isBooleanKind(Kind k) { return k == Kind::Bool || k == Kind::UntypedBool; }

// ---------------------------------------------------------------------------
// Underlying types

Type* underlying(Type* t) {
  if (!t) return nullptr;
  if (t->kind != Kind::Named) return t;
  auto* n = static_cast<NamedType*>(t);
  if (!n->underlyingType && n->origin != n && n->expandCtx) {
    // Lazily expand an instance: substitute the type arguments into the
    // origin's underlying type (once the origin is resolved).
    NamedType* o = n->origin;
    Type* ou = o->underlyingType;
    if (ou) {
      SubstMap m;
      m.params = o->typeParams;
      m.args = n->typeArgs;
      // Set a placeholder first: substitution of a self-referential type
      // reaches this instance again through pointers only, which do not ask
      // for the underlying type, but be safe against loops.
      n->underlyingType = ou;
      n->underlyingType = subst(*n->expandCtx, ou, m);
    }
  }
  if (!n->underlyingType) return t;  // unresolved (being declared): itself
  return n->underlyingType;
}

// ---------------------------------------------------------------------------
// Interfaces: type sets

namespace {
// Intersection of two terms; returns false if empty.
bool intersectTerm(const Term& a, const Term& b, Term* out) {
  Type* ua = underlying(a.type);
  Type* ub = underlying(b.type);
  if (a.tilde && b.tilde) {
    if (!identical(ua, ub)) return false;
    *out = a;
    return true;
  }
  if (a.tilde) {
    // ~A ∩ B: B if B's underlying type is A
    if (!identical(ua, ub)) return false;
    *out = b;
    return true;
  }
  if (b.tilde) {
    if (!identical(ua, ub)) return false;
    *out = a;
    return true;
  }
  if (!identical(a.type, b.type)) return false;
  *out = a;
  return true;
}

// Whether term a's set includes term b's set.
bool termIncludes(const Term& a, const Term& b) {
  if (a.tilde) return identical(underlying(a.type), underlying(b.type));
  return !b.tilde && identical(a.type, b.type);
}

void addTermNormalized(std::vector<Term>& list, const Term& t) {
  for (auto& x : list)
    if (termIncludes(x, t)) return;
  // Remove terms the new one includes.
  list.erase(std::remove_if(list.begin(), list.end(), [&](const Term& x) { return termIncludes(t, x); }),
             list.end());
  list.push_back(t);
}

// The type set of one embedded element: methods, terms (hasTerms) and
// comparable.
struct TypeSet {
  std::vector<Func*> methods;
  bool hasTerms = false;
  std::vector<Term> terms;
  bool comparable = false;
};

TypeSet typeSetOfInterface(InterfaceType* it) {
  completeInterface(it);
  TypeSet ts;
  ts.methods = it->allMethods;
  ts.hasTerms = it->hasTerms;
  ts.terms = it->terms;
  ts.comparable = it->comparable;
  return ts;
}
}  // namespace

// An embedded element is an interface (whose type set is combined: methods
// united, terms intersected) or a single non-interface type T (the term set
// {T}). Unions arrive as implicit interfaces that are already complete.
void completeInterface(InterfaceType* t) {
  if (t->complete) return;
  t->complete = true;  // guards against cycles (reported by the checker)
  std::vector<Func*> methods = t->explicitMethods;
  bool hasTerms = false;
  std::vector<Term> terms;
  bool comparable = false;
  for (Type* e : t->embeddeds) {
    TypeSet ts;
    Type* u = underlying(e);
    if (u && u->kind == Kind::Interface) {
      ts = typeSetOfInterface(static_cast<InterfaceType*>(u));
    } else {
      ts.hasTerms = true;
      ts.terms.push_back(Term{false, e});
    }
    for (Func* m : ts.methods) {
      bool dup = false;
      for (Func* x : methods)
        if (x->name == m->name) dup = true;
      if (!dup) methods.push_back(m);
    }
    comparable = comparable || ts.comparable;
    if (ts.hasTerms) {
      if (!hasTerms) {
        hasTerms = true;
        terms = ts.terms;
      } else {
        std::vector<Term> out;
        for (auto& a : terms)
          for (auto& b : ts.terms) {
            Term r;
            if (intersectTerm(a, b, &r)) addTermNormalized(out, r);
          }
        terms = std::move(out);
      }
    }
  }
  std::sort(methods.begin(), methods.end(), [](Func* a, Func* b) { return a->name < b->name; });
  t->allMethods = std::move(methods);
  if (!t->hasTerms) {
    t->hasTerms = hasTerms;
    t->terms = std::move(terms);
  }
  t->comparable = t->comparable || comparable;
}

InterfaceType* interfaceOf(Type* t) {
  if (!t) return nullptr;
  if (auto* tp = t->as<TypeParamType>()) return interfaceOf(tp->constraint);
  Type* u = underlying(t);
  if (auto* it = u->as<InterfaceType>()) {
    completeInterface(it);
    return it;
  }
  return nullptr;
}

Type* coreType(Type* t) {
  if (!t) return nullptr;
  auto* tp = t->as<TypeParamType>();
  if (!tp) return underlying(t);
  InterfaceType* it = interfaceOf(tp);
  if (!it || !it->hasTerms || it->terms.empty()) return nullptr;
  Type* cu = nullptr;
  for (auto& term : it->terms) {
    Type* u = underlying(term.type);
    if (!cu) {
      cu = u;
      continue;
    }
    // Channels with differing directions still have a core type when the
    // element types agree (spec); keep it simple: require identity, except
    // that a directional channel wins over a bidirectional one.
    if (identical(cu, u)) continue;
    auto* ca = cu->as<ChanType>();
    auto* cb = u->as<ChanType>();
    if (ca && cb && identical(ca->elem, cb->elem)) {
      if (ca->dir == syntax::ChanDir::Both) {
        cu = u;
        continue;
      }
      if (cb->dir == syntax::ChanDir::Both || cb->dir == ca->dir) continue;
    }
    return nullptr;
  }
  return cu;
}

Type* coreString(Type* t) {
  auto* tp = t ? t->as<TypeParamType>() : nullptr;
  if (!tp) return underlying(t);
  InterfaceType* it = interfaceOf(tp);
  if (!it || !it->hasTerms || it->terms.empty()) return nullptr;
  Type* cu = nullptr;
  bool sawString = false;
  for (auto& term : it->terms) {
    Type* u = underlying(term.type);
    if (u->isBasic() && isStringKind(u->kind)) {
      sawString = true;
      // treat string like []byte for the identity check below
      continue;
    }
    if (!cu) cu = u;
    else if (!identical(cu, u)) return nullptr;
  }
  if (sawString) {
    if (!cu) {
      for (auto& term : it->terms) return underlying(term.type);
    }
    auto* s = cu->as<SliceType>();
    if (!s || !s->elem->isBasic() || s->elem->kind != Kind::Uint8) return nullptr;
    // mixed string and []byte: the string type
    for (auto& term : it->terms) {
      Type* u = underlying(term.type);
      if (u->isBasic() && isStringKind(u->kind)) return u;
    }
  }
  return cu;
}

// ---------------------------------------------------------------------------
// Identity

namespace {
// Interface pairs being compared: anonymous interfaces may refer to
// themselves through their methods (interface{ F() interface{ I } } inside
// I), so a pair met again is assumed identical (as go/types does).
struct IfacePair {
  const InterfaceType *x, *y;
  const IfacePair* prev;
};
thread_local const IfacePair* ifacePairs = nullptr;

bool identicalImpl(Type* a, Type* b, bool ignoreTags);

bool identicalTuple(Tuple* a, Tuple* b, bool ignoreTags) {
  if (!a || !b) return a == b;
  if (a->vars.size() != b->vars.size()) return false;
  for (size_t i = 0; i < a->vars.size(); i++)
    if (!identicalImpl(a->vars[i]->type, b->vars[i]->type, ignoreTags)) return false;
  return true;
}

bool identicalImpl(Type* a, Type* b, bool ignoreTags) {
  if (a == b) return true;
  if (!a || !b) return false;
  if (a->isBasic() || b->isBasic()) return a->kind == b->kind;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
    case Kind::Pointer:
      return identicalImpl(static_cast<PointerType*>(a)->elem, static_cast<PointerType*>(b)->elem, ignoreTags);
    case Kind::Slice:
      return identicalImpl(static_cast<SliceType*>(a)->elem, static_cast<SliceType*>(b)->elem, ignoreTags);
    case Kind::Array: {
      auto *x = static_cast<ArrayType*>(a), *y = static_cast<ArrayType*>(b);
      return x->len == y->len && identicalImpl(x->elem, y->elem, ignoreTags);
    }
    case Kind::Map: {
      auto *x = static_cast<MapType*>(a), *y = static_cast<MapType*>(b);
      return identicalImpl(x->key, y->key, ignoreTags) && identicalImpl(x->elem, y->elem, ignoreTags);
    }
    case Kind::Chan: {
      auto *x = static_cast<ChanType*>(a), *y = static_cast<ChanType*>(b);
      return x->dir == y->dir && identicalImpl(x->elem, y->elem, ignoreTags);
    }
    case Kind::Struct: {
      auto *x = static_cast<StructType*>(a), *y = static_cast<StructType*>(b);
      if (x->fields.size() != y->fields.size()) return false;
      for (size_t i = 0; i < x->fields.size(); i++) {
        Var *f = x->fields[i], *g = y->fields[i];
        if (f->embedded != g->embedded || f->name != g->name) return false;
        if (!ignoreTags) {
          const std::string& t1 = i < x->tags.size() ? x->tags[i] : std::string();
          const std::string& t2 = i < y->tags.size() ? y->tags[i] : std::string();
          if (t1 != t2) return false;
        }
        if (!f->exported() && f->pkg != g->pkg) return false;
        if (!identicalImpl(f->type, g->type, ignoreTags)) return false;
      }
      return true;
    }
    case Kind::Tuple:
      return identicalTuple(static_cast<Tuple*>(a), static_cast<Tuple*>(b), ignoreTags);
    case Kind::Signature: {
      auto *x = static_cast<Signature*>(a), *y = static_cast<Signature*>(b);
      if (x->variadic != y->variadic) return false;
      if (x->typeParams.size() != y->typeParams.size()) return false;
      if (!x->typeParams.empty()) {
        // Generic signatures: identical up to renaming of type parameters.
        // (Rare in practice; compare constraints and substitute.)
        for (size_t i = 0; i < x->typeParams.size(); i++)
          if (!identicalImpl(x->typeParams[i]->constraint, y->typeParams[i]->constraint, ignoreTags))
            return false;
      }
      return identicalTuple(x->params, y->params, ignoreTags) &&
             identicalTuple(x->results, y->results, ignoreTags);
    }
    case Kind::Interface: {
      auto *x = static_cast<InterfaceType*>(a), *y = static_cast<InterfaceType*>(b);
      completeInterface(x);
      completeInterface(y);
      if (x->comparable != y->comparable || x->hasTerms != y->hasTerms) return false;
      if (x->allMethods.size() != y->allMethods.size()) return false;
      if (x->terms.size() != y->terms.size()) return false;
      for (size_t i = 0; i < x->terms.size(); i++) {
        bool found = false;
        for (size_t j = 0; j < y->terms.size(); j++)
          if (x->terms[i].tilde == y->terms[j].tilde && identicalImpl(x->terms[i].type, y->terms[j].type, ignoreTags))
            found = true;
        if (!found) return false;
      }
      for (const IfacePair* p = ifacePairs; p; p = p->prev) {
        if ((p->x == x && p->y == y) || (p->x == y && p->y == x)) return true;
      }
      IfacePair pair{x, y, ifacePairs};
      ifacePairs = &pair;
      bool same = true;
      for (size_t i = 0; same && i < x->allMethods.size(); i++) {
        Func *f = x->allMethods[i], *g = y->allMethods[i];
        if (f->name != g->name) same = false;
        else if (!f->exported() && f->pkg != g->pkg) same = false;
        else if (f != g && !identicalImpl(f->type, g->type, ignoreTags)) same = false;
      }
      ifacePairs = pair.prev;
      return same;
    }
    case Kind::Named: {
      auto *x = static_cast<NamedType*>(a), *y = static_cast<NamedType*>(b);
      if (x->origin != y->origin) return false;
      if (x->typeArgs.size() != y->typeArgs.size()) return false;
      if (x->typeArgs.empty()) return x == y;
      for (size_t i = 0; i < x->typeArgs.size(); i++)
        if (!identicalImpl(x->typeArgs[i], y->typeArgs[i], ignoreTags)) return false;
      return true;
    }
    case Kind::TypeParam: return a == b;
    default: return false;
  }
}
}  // namespace

bool appendTypeParts(Type* t, std::vector<Type*>* out) {
  switch (t->kind) {
    case Kind::Pointer: out->push_back(static_cast<PointerType*>(t)->elem); return true;
    case Kind::Slice: out->push_back(static_cast<SliceType*>(t)->elem); return true;
    case Kind::Array: out->push_back(static_cast<ArrayType*>(t)->elem); return true;
    case Kind::Chan: out->push_back(static_cast<ChanType*>(t)->elem); return true;
    case Kind::Map:
      out->push_back(static_cast<MapType*>(t)->key);
      out->push_back(static_cast<MapType*>(t)->elem);
      return true;
    case Kind::Struct:
      for (Var* f : static_cast<StructType*>(t)->fields) out->push_back(f->type);
      return true;
    case Kind::Tuple:
      for (Var* v : static_cast<Tuple*>(t)->vars) out->push_back(v->type);
      return true;
    case Kind::Signature:
      out->push_back(static_cast<Signature*>(t)->params);
      out->push_back(static_cast<Signature*>(t)->results);
      return true;
    default: return false;
  }
}

bool identical(Type* a, Type* b) { return identicalImpl(a, b, false); }
bool identicalIgnoreTags(Type* a, Type* b) { return identicalImpl(a, b, true); }

// ---------------------------------------------------------------------------
// Type strings

namespace {
struct TypeWriter {
  bool runtime;              // %T spelling, else types2's
  const Package* local;      // types2: package written without qualifier
  bool qualifyAll = false;   // types2: qualify even local (checkerTypeString with null)
  bool inTypeArgs = false;   // runtime: inside [..] of an instance (linker spelling)
  std::string out;
  std::vector<const Type*> seen;  // cycle guard for unnamed interfaces

  void qualifier(const Package* p) {
    if (!p) return;
    if (runtime || p != local) {
      out += p->name;
      out += '.';
    }
  }

  void tuple(const Tuple* t, bool variadic, bool names) {
    out += '(';
    if (t) {
      for (size_t i = 0; i < t->vars.size(); i++) {
        if (i) out += runtime && inTypeArgs ? "," : ", ";
        Var* v = t->vars[i];
        if (names && !v->name.empty() && !runtime) {
          out += v->name;
          out += ' ';
        }
        if (variadic && i + 1 == t->vars.size()) {
          out += "...";
          if (auto* s = v->type->as<SliceType>()) {
            write(s->elem);
            continue;
          }
        }
        write(v->type);
      }
    }
    out += ')';
  }

  void signature(const Signature* s) {
    tuple(s->params, s->variadic, true);
    const Tuple* r = s->results;
    if (!r || r->vars.empty()) return;
    out += ' ';
    bool named = !runtime && !r->vars[0]->name.empty();
    if (r->vars.size() == 1 && !named) {
      write(r->vars[0]->type);
      return;
    }
    tuple(r, false, true);
  }

  // A type parameter list as declared: [K comparable, V any]; parameters
  // declared together share their constraint and print it once: [A, B any].
  void typeParamList(const std::vector<TypeParamType*>& params) {
    out += '[';
    const Type* prev = nullptr;
    for (size_t i = 0; i < params.size(); i++) {
      TypeParamType* p = params[i];
      if (i) {
        if (p->constraint != prev) {
          out += ' ';
          write(prev);
        }
        out += ", ";
      }
      prev = p->constraint;
      out += p->obj ? p->obj->name : "?";
    }
    if (prev) {
      out += ' ';
      write(prev);
    }
    out += ']';
  }
  void typeArgs(const std::vector<Type*>& args) {
    out += '[';
    bool saved = inTypeArgs;
    inTypeArgs = true;
    for (size_t i = 0; i < args.size(); i++) {
      if (i) out += runtime ? "," : ", ";
      write(args[i]);
    }
    inTypeArgs = saved;
    out += ']';
  }

  void write(const Type* t) {
    if (!t) {
      out += "<nil>";
      return;
    }
    if (!runtime && t->alias) {
      qualifier(t->alias->pkg);
      out += t->alias->name;
      return;
    }
    if (t->isBasic()) {
      auto* b = static_cast<const BasicType*>(t);
      if (runtime) {
        // reflect has no byte/rune aliases.
        if (t->kind == Kind::Uint8) out += "uint8";
        else if (t->kind == Kind::Int32) out += "int32";
        else out += b->name;
      } else {
        out += b->name;
      }
      return;
    }
    switch (t->kind) {
      case Kind::Pointer:
        out += '*';
        write(static_cast<const PointerType*>(t)->elem);
        return;
      case Kind::Slice:
        out += "[]";
        write(static_cast<const SliceType*>(t)->elem);
        return;
      case Kind::Array: {
        auto* a = static_cast<const ArrayType*>(t);
        out += '[';
        out += std::to_string(a->len);
        out += ']';
        write(a->elem);
        return;
      }
      case Kind::Map: {
        auto* m = static_cast<const MapType*>(t);
        out += "map[";
        write(m->key);
        out += ']';
        write(m->elem);
        return;
      }
      case Kind::Chan: {
        auto* c = static_cast<const ChanType*>(t);
        bool parens = false;
        switch (c->dir) {
          case syntax::ChanDir::Both:
            out += "chan ";
            // chan (<-chan T) needs parentheses
            if (auto* e = c->elem->as<ChanType>()) parens = e->dir == syntax::ChanDir::Recv;
            break;
          case syntax::ChanDir::Send: out += "chan<- "; break;
          case syntax::ChanDir::Recv: out += "<-chan "; break;
        }
        if (parens) out += '(';
        write(c->elem);
        if (parens) out += ')';
        return;
      }
      case Kind::Struct: {
        auto* s = static_cast<const StructType*>(t);
        if (runtime) {
          if (s->fields.empty()) {
            out += "struct {}";
            return;
          }
          out += "struct { ";
        } else {
          out += "struct{";
        }
        for (size_t i = 0; i < s->fields.size(); i++) {
          Var* f = s->fields[i];
          if (i) out += "; ";
          if (!f->embedded) {
            if (runtime && inTypeArgs && !f->exported() && f->pkg) {
              out += f->pkg->name;
              out += '.';
            }
            out += f->name;
            out += ' ';
          }
          write(f->type);
          if (i < s->tags.size() && !s->tags[i].empty()) {
            out += ' ';
            out += quoteGo(s->tags[i]);
          }
        }
        out += runtime ? " }" : "}";
        return;
      }
      case Kind::Signature: {
        auto* sg = static_cast<const Signature*>(t);
        out += "func";
        if (!runtime && !sg->typeParams.empty()) {
          // A generic function's type: func[T comparable](a T, b T) bool.
          typeParamList(sg->typeParams);
        }
        signature(sg);
        return;
      }
      case Kind::Tuple:
        tuple(static_cast<const Tuple*>(t), false, true);
        return;
      case Kind::Interface: {
        auto* it = static_cast<const InterfaceType*>(const_cast<Type*>(t));
        if (std::find(seen.begin(), seen.end(), t) != seen.end()) {
          out += "interface{...}";
          return;
        }
        if (!runtime && it->isUniverseAny) {
          out += "any";
          return;
        }
        if (!runtime && it->comparable && it->explicitMethods.empty() && it->embeddeds.empty() &&
            !it->hasTerms) {
          out += "interface{comparable}";
          return;
        }
        if (!runtime && it->implicit) {
          // A constraint written as a bare union: print its terms.
          writeElems(it, " | ");
          return;
        }
        seen.push_back(t);
        if (runtime) {
          // reflect spells the method set, sorted.
          auto* mut = const_cast<InterfaceType*>(it);
          completeInterface(mut);
          if (mut->allMethods.empty()) {
            out += "interface {}";
          } else {
            out += "interface { ";
            for (size_t i = 0; i < mut->allMethods.size(); i++) {
              Func* m = mut->allMethods[i];
              if (i) out += "; ";
              if (!m->exported() && m->pkg && inTypeArgs) {
                out += m->pkg->name;
                out += '.';
              }
              out += m->name;
              signature(m->sig());
            }
            out += " }";
          }
        } else {
          out += "interface{";
          bool first = true;
          // types2 keeps explicit methods sorted by their Id (the name; for
          // unexported methods the package path and name).
          std::vector<Func*> ms = it->explicitMethods;
          auto id = [](const Func* f) {
            return f->exported() || !f->pkg ? f->name : f->pkg->path + "." + f->name;
          };
          std::stable_sort(ms.begin(), ms.end(), [&](const Func* a, const Func* b) { return id(a) < id(b); });
          for (Func* m : ms) {
            if (!first) out += "; ";
            first = false;
            out += m->name;
            signature(m->sig());
          }
          for (Type* e : it->embeddeds) {
            if (!first) out += "; ";
            first = false;
            writeElem(e);
          }
          if (it->explicitMethods.empty() && it->embeddeds.empty() && it->hasTerms) {
            // an interface made directly from terms (substitution results)
            writeTerms(it->terms, " | ");
          }
          out += '}';
        }
        seen.pop_back();
        return;
      }
      case Kind::Named: {
        auto* n = static_cast<const NamedType*>(t);
        if (n->obj) {
          qualifier(n->obj->pkg);
          out += n->obj->name;
        } else {
          out += "<Named w/o object>";
        }
        if (!n->typeArgs.empty()) {
          typeArgs(n->typeArgs);
        } else if (!n->typeParams.empty() && !runtime) {
          // A generic type written without instantiation: List[T any];
          // parameters declared together share their constraint: Q[A, B any].
          typeParamList(n->typeParams);
        }
        return;
      }
      case Kind::TypeParam: {
        auto* p = static_cast<const TypeParamType*>(t);
        out += p->obj ? p->obj->name : "?";
        return;
      }
      default:
        out += "?";
        return;
    }
  }

  // An embedded interface element: a union (implicit interface with terms)
  // or a type.
  void writeElem(Type* e) {
    if (auto* it = e->as<InterfaceType>(); it && it->implicit) {
      writeElems(it, " | ");
      return;
    }
    write(e);
  }

  void writeElems(const InterfaceType* it, const char* sep) {
    if (it->embeddeds.empty()) {  // a union element
      writeTerms(it->terms, sep);
      return;
    }
    for (size_t i = 0; i < it->embeddeds.size(); i++) {  // an implicit constraint
      if (i) out += "; ";
      writeElem(it->embeddeds[i]);
    }
  }

  void writeTerms(const std::vector<Term>& terms, const char* sep) {
    for (size_t i = 0; i < terms.size(); i++) {
      if (i) out += sep;
      if (terms[i].tilde) out += '~';
      write(terms[i].type);
    }
  }
};
}  // namespace

std::string typeString(const Type* t, const Package* local) {
  TypeWriter w;
  w.runtime = local == nullptr;
  w.local = local;
  w.write(t);
  return w.out;
}

std::string checkerTypeString(const Type* t, const Package* local) {
  TypeWriter w;
  w.runtime = false;
  w.local = local;
  w.write(t);
  return w.out;
}

// ---------------------------------------------------------------------------
// Scopes and objects

Object* Scope::lookup(const std::string& n) const {
  for (const Scope* s = this; s; s = s->parent) {
    if (Object* o = s->lookupLocal(n)) return o;
  }
  return nullptr;
}

Object* Scope::insert(Object* obj) {
  auto it = names.find(obj->name);
  if (it != names.end()) return it->second;
  names.emplace(obj->name, obj);
  if (!obj->parent) obj->parent = this;
  return nullptr;
}

std::string Object::qualifiedName() const {
  if (!pkg) return name;
  return pkg->name + "." + name;
}

std::string Func::fullName() const {
  std::string prefix = pkg ? pkg->name + "." : "";
  Signature* s = sig();
  if (!s || !s->recv) {
    if (s && !s->typeParams.empty()) return prefix + name + "[...]";
    return prefix + name;
  }
  // Method: find the receiver's base type name.
  Type* rt = s->recv->type;
  bool ptr = false;
  if (auto* p = rt->as<PointerType>()) {
    ptr = true;
    rt = p->elem;
  }
  std::string tname = "?";
  bool generic = false;
  if (auto* n = rt->as<NamedType>()) {
    tname = n->obj ? n->obj->name : "?";
    generic = !n->origin->typeParams.empty();
  } else if (auto* ip = rt->as<InterfaceType>()) {
    (void)ip;
    tname = "interface";
  }
  if (generic) tname += "[...]";
  if (ptr) return prefix + "(*" + tname + ")." + name;
  return prefix + tname + "." + name;
}

}  // namespace gs::types
