// Field and method lookup (Go spec "Selectors"), method sets and interface
// satisfaction.
//
// Lookup is breadth-first over embedding depth: at each depth all embedded
// types are searched; a name found twice at the shallowest depth where it
// occurs is ambiguous. A type that appears twice at one depth makes every
// name found through it ambiguous at the next depth ("multiples").
#include <algorithm>
#include <cctype>

#include "core/types/check_internal.h"

namespace gs::types {

namespace {
bool equalFold(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  return true;
}

struct Embedded {
  Type* type;
  std::vector<int> index;
  bool indirect;
  bool multiples;
};

// Pointer base or t itself.
Type* derefType(Type* t, bool* isPtr) {
  if (auto* p = t->as<PointerType>()) {
    *isPtr = true;
    return p->elem;
  }
  *isPtr = false;
  return t;
}
}  // namespace

bool sameId(const Object* obj, const Package* pkg, const std::string& name, bool foldCase) {
  // Ignoring capitalization also ignores packages (go/types).
  if (foldCase) return equalFold(obj->name, name);
  if (obj->name != name) {
    return false;
  }
  if (obj->exported()) return true;
  // Unexported names from different packages are different.
  return obj->pkg == pkg;
}

const std::vector<Func*>& declaredMethods(NamedType* n) { return n->origin->methods; }

namespace {
LookupResult lookupImpl(Type* T, bool addressable, const Package* pkg, const std::string& name, bool foldCase);
}  // namespace

LookupResult lookupFieldOrMethodEx(Type* T, bool addressable, const Package* pkg, const std::string& name,
                                   bool foldCase) {
  // A defined pointer type has no methods, but x.f selects a field through
  // it (Go spec "Selectors": x.f is (*x).f).
  if (auto* n = T->as<NamedType>()) {
    if (auto* p = underlying(n)->as<PointerType>()) {
      LookupResult r = lookupImpl(p, false, pkg, name, foldCase);
      if (r.obj && r.obj->kind == ObjKind::Func) return LookupResult();
      if (r.needPtr) return LookupResult();
      return r;
    }
  }
  return lookupImpl(T, addressable, pkg, name, foldCase);
}

namespace {
LookupResult lookupImpl(Type* T, bool addressable, const Package* pkg, const std::string& name, bool foldCase) {
  LookupResult res;
  if (name == "_") return res;
  bool isPtr;
  Type* typ = derefType(T, &isPtr);
  // *T where T is an interface or type parameter has no methods.
  if (isPtr) {
    Type* u = underlying(typ);
    if (u->kind == Kind::Interface || u->kind == Kind::TypeParam) return res;
  }
  std::vector<Embedded> current{{typ, {}, isPtr, false}};
  std::vector<NamedType*> seen;
  while (!current.empty()) {
    std::vector<Embedded> next;
    for (auto& e : current) {
      Type* t = e.type;
      if (auto* named = t->as<NamedType>()) {
        bool dup = false;
        for (NamedType* s : seen)
          if (identical(s, named)) dup = true;
        if (dup) continue;
        seen.push_back(named);
        const auto& ms = declaredMethods(named);
        bool foundMethod = false;
        for (size_t i = 0; i < ms.size(); i++) {
          if (sameId(ms[i], pkg, name, foldCase)) {
            res.index = e.index;
            res.index.push_back(static_cast<int>(i));
            if (res.obj || e.multiples) {
              res.obj = nullptr;
              res.ambiguous = true;
              return res;
            }
            res.obj = ms[i];
            res.indirect = e.indirect;
            foundMethod = true;
            break;
          }
        }
        if (foundMethod) continue;  // a method excludes fields and interface methods
      }
      Type* u = underlying(t);
      if (auto* tp = u->as<TypeParamType>()) {
        // A type parameter: its constraint's methods.
        if (InterfaceType* it = interfaceOf(tp)) {
          for (size_t i = 0; i < it->allMethods.size(); i++) {
            if (sameId(it->allMethods[i], pkg, name, foldCase)) {
              res.index = e.index;
              res.index.push_back(static_cast<int>(i));
              if (res.obj || e.multiples) {
                res.obj = nullptr;
                res.ambiguous = true;
                return res;
              }
              res.obj = it->allMethods[i];
              res.indirect = e.indirect;
              break;
            }
          }
        }
      } else if (auto* st = u->as<StructType>()) {
        for (size_t i = 0; i < st->fields.size(); i++) {
          Var* f = st->fields[i];
          if (sameId(f, pkg, name, foldCase)) {
            res.index = e.index;
            res.index.push_back(static_cast<int>(i));
            if (res.obj || e.multiples) {
              res.obj = nullptr;
              res.ambiguous = true;
              return res;
            }
            res.obj = f;
            res.indirect = e.indirect;
            continue;
          }
          if (!res.obj && f->embedded) {
            bool p;
            Type* ft = derefType(f->type, &p);
            std::vector<int> idx = e.index;
            idx.push_back(static_cast<int>(i));
            next.push_back({ft, idx, e.indirect || p, e.multiples});
          }
        }
      } else if (auto* it = u->as<InterfaceType>()) {
        completeInterface(it);
        for (size_t i = 0; i < it->allMethods.size(); i++) {
          if (sameId(it->allMethods[i], pkg, name, foldCase)) {
            res.index = e.index;
            res.index.push_back(static_cast<int>(i));
            if (res.obj || e.multiples) {
              res.obj = nullptr;
              res.ambiguous = true;
              return res;
            }
            res.obj = it->allMethods[i];
            res.indirect = e.indirect;
            break;
          }
        }
      }
    }
    if (res.obj) {
      // A pointer-receiver method needs an addressable value or a pointer.
      if (res.obj->kind == ObjKind::Func) {
        auto* f = static_cast<Func*>(res.obj);
        if (f->ptrRecv && !res.indirect && !addressable) {
          LookupResult r;
          r.needPtr = true;
          r.indirect = true;
          r.obj = nullptr;
          return r;
        }
      }
      return res;
    }
    // Consolidate: a type reached several times at this depth is searched
    // once, with multiples set.
    std::vector<Embedded> cons;
    for (auto& e : next) {
      bool found = false;
      for (auto& c : cons) {
        if (identical(c.type, e.type)) {
          c.multiples = true;
          found = true;
          break;
        }
      }
      if (!found) cons.push_back(e);
    }
    current = std::move(cons);
  }
  return res;
}
}  // namespace

Object* lookupFieldOrMethod(Type* T, bool addressable, const Package* pkg, const std::string& name,
                            std::vector<int>* index, bool* indirect) {
  LookupResult r = lookupFieldOrMethodEx(T, addressable, pkg, name);
  if (index) *index = r.index;
  if (indirect) *indirect = r.indirect;
  return r.obj;
}

Signature* methodSigFor(TypeContext& ctx, Func* m, Type* recvNamed) {
  Signature* sig = m->sig();
  if (!sig) return nullptr;
  bool p;
  Type* t = derefType(recvNamed, &p);
  auto* n = t->as<NamedType>();
  if (!n || !n->isInstance() || sig->recvTypeParams.empty()) return sig;
  SubstMap sm;
  sm.params = sig->recvTypeParams;
  sm.args = n->typeArgs;
  if (sm.params.size() != sm.args.size()) return sig;
  auto* r = static_cast<Signature*>(subst(ctx, sig, sm));
  return r;
}

namespace {
// The named type that declares method m when found on V along path index
// (for receiver type argument substitution).
Type* declaringNamed(Type* V, const std::vector<int>& index) {
  bool p;
  Type* t = derefType(V, &p);
  for (size_t i = 0; i + 1 < index.size(); i++) {
    auto* st = underlying(t)->as<StructType>();
    if (!st) return t;
    t = derefType(st->fields[static_cast<size_t>(index[i])]->type, &p);
  }
  return t;
}

// types2's funcString: the method name and its signature without parameter
// names ("M(int) string").
std::string funcString(const std::string& name, Signature* sig, const Package* local, bool pkgInfo) {
  auto ts = [&](Type* t) { return pkgInfo ? checkerTypeString(t, nullptr) : checkerTypeString(t, local); };
  std::string s = name + "(";
  const auto& ps = sig->params->vars;
  for (size_t i = 0; i < ps.size(); i++) {
    if (i) s += ", ";
    if (sig->variadic && i + 1 == ps.size()) {
      s += "...";
      if (auto* sl = ps[i]->type->as<SliceType>()) {
        s += ts(sl->elem);
        continue;
      }
    }
    s += ts(ps[i]->type);
  }
  s += ")";
  const auto& rs = sig->results->vars;
  if (rs.size() == 1) {
    s += " " + ts(rs[0]->type);
  } else if (rs.size() > 1) {
    s += " (";
    for (size_t i = 0; i < rs.size(); i++) {
      if (i) s += ", ";
      s += ts(rs[i]->type);
    }
    s += ")";
  }
  return s;
}
}  // namespace

Func* missingMethod(Type* V, InterfaceType* T, bool staticCheck, const Package* local,
                    const std::function<void(Func*)>& resolve, std::string* cause, bool* wrongType) {
  completeInterface(T);
  if (wrongType) *wrongType = false;
  const auto& methods = T->allMethods;
  if (methods.empty()) return nullptr;
  enum State { Ok, NotFound, WrongName, Unexported, WrongSig, AmbigSel, PtrRecv, Field };
  State state = Ok;
  Func* m = nullptr;
  Func* f = nullptr;
  Signature* fsig = nullptr;
  TypeContext* tctx = nullptr;
  if (auto* n = V->as<NamedType>()) tctx = n->expandCtx;
  if (auto* vi = interfaceOf(V); vi && !isTypeParam(V)) {
    for (Func* mm : methods) {
      m = mm;
      f = nullptr;
      for (Func* x : vi->allMethods)
        if (sameId(x, m->pkg, m->name)) f = x;
      if (!f) {
        if (!staticCheck) continue;
        state = NotFound;
        break;
      }
      if (!identical(f->type, m->type)) {
        fsig = f->sig();
        state = WrongSig;
        break;
      }
    }
  } else {
    for (Func* mm : methods) {
      m = mm;
      LookupResult r = lookupFieldOrMethodEx(V, false, m->pkg, m->name);
      if (!r.obj) {
        if (r.ambiguous) state = AmbigSel;
        else if (r.needPtr) state = PtrRecv;
        else {
          state = NotFound;
          LookupResult r2 = lookupFieldOrMethodEx(V, false, m->pkg, m->name, true);
          if (r2.obj && r2.obj->kind == ObjKind::Func) {
            f = static_cast<Func*>(r2.obj);
            if (resolve) resolve(f);
            state = f->name == m->name ? Unexported : WrongName;
          }
        }
        break;
      }
      if (r.obj->kind != ObjKind::Func) {
        state = Field;
        break;
      }
      f = static_cast<Func*>(r.obj);
      if (resolve) resolve(f);
      fsig = f->sig();
      if (tctx && fsig) fsig = methodSigFor(*tctx, f, declaringNamed(V, r.index));
      else if (fsig && !fsig->recvTypeParams.empty()) {
        Type* dn = declaringNamed(V, r.index);
        if (auto* nn = dn->as<NamedType>(); nn && nn->expandCtx) fsig = methodSigFor(*nn->expandCtx, f, dn);
      }
      if (!fsig || !identical(fsig, m->type)) {
        state = WrongSig;
        break;
      }
    }
  }
  if (state == Ok) return nullptr;
  if (cause) {
    auto funcStr = [&](Func* fn, Signature* sig, bool pkgInfo) {
      return funcString(fn->name, sig ? sig : fn->sig(), local, pkgInfo);
    };
    switch (state) {
      case NotFound: {
        auto isIfacePtr = [](Type* t) {
          auto* p = underlying(t)->as<PointerType>();
          return p && (isInterfaceType(p->elem) || isTypeParam(p->elem));
        };
        auto ptrErr = [&](Type* t) {
          auto* p = underlying(t)->as<PointerType>();
          if (isTypeParam(p->elem))
            return "type " + checkerTypeString(t, local) + " is pointer to type parameter, not type parameter";
          return "type " + checkerTypeString(t, local) + " is pointer to interface, not interface";
        };
        if (isIfacePtr(V)) *cause = "(" + ptrErr(V) + ")";
        else *cause = "(missing method " + m->name + ")";
        break;
      }
      case WrongName:
        *cause = "(missing method " + m->name + ")\n\t\thave " + funcStr(f, nullptr, false) + "\n\t\twant " +
                 funcStr(m, nullptr, false);
        break;
      case Unexported: *cause = "(unexported method " + m->name + ")"; break;
      case WrongSig: {
        std::string fs = funcStr(f, fsig, false), ms = funcStr(m, nullptr, false);
        if (fs == ms) {
          fs = funcStr(f, fsig, true);
          ms = funcStr(m, nullptr, true);
        }
        if (fs == ms) *cause = "(wrong type for method " + m->name + ")";
        else *cause = "(wrong type for method " + m->name + ")\n\t\thave " + fs + "\n\t\twant " + ms;
        break;
      }
      case AmbigSel:
        *cause = "(ambiguous selector " + checkerTypeString(V, local) + "." + m->name + ")";
        break;
      case PtrRecv: *cause = "(method " + m->name + " has pointer receiver)"; break;
      case Field:
        *cause = "(" + checkerTypeString(V, local) + "." + m->name + " is a field, not a method)";
        break;
      default: break;
    }
  }
  if (wrongType) *wrongType = state == WrongSig || state == PtrRecv;
  return m;
}

bool implements(Type* V, InterfaceType* T, Func** missing, bool* ptrRecvOnly) {
  std::string cause;
  bool wrong = false;
  Func* m = missingMethod(V, T, true, nullptr, nullptr, &cause, &wrong);
  if (missing) *missing = m;
  if (ptrRecvOnly) *ptrRecvOnly = m && cause.find("pointer receiver") != std::string::npos;
  if (m) return false;
  completeInterface(T);
  if (T->hasTerms && !typeInTermSet(V, T)) return false;
  if (T->comparable && !comparableType(V, false)) return false;
  return true;
}

}  // namespace gs::types
