// Type predicates: classes of basic types, comparability, nil-ability,
// defaults, and their generalization to type parameters (a predicate holds
// for a type parameter when it holds for every type in its type set).
#include "core/types/check_internal.h"

namespace gs::types {

BasicType* asBasic(Type* t) {
  Type* u = underlying(t);
  if (u && u->isBasic()) return static_cast<BasicType*>(u);
  return nullptr;
}

bool isTyped(Type* t) { return !(t && t->isBasic() && t->isUntyped()); }
bool isUntypedType(Type* t) { return t && t->isBasic() && t->isUntyped(); }

namespace {
template <class F>
bool basicIs(Type* t, F f) {
  BasicType* b = asBasic(t);
  return b && f(b->kind);
}
}  // namespace

bool isBooleanType(Type* t) { return basicIs(t, isBooleanKind); }
bool isIntegerType(Type* t) { return basicIs(t, isIntegerKind); }
bool isUnsignedType(Type* t) { return basicIs(t, isUnsignedKind); }
bool isFloatType(Type* t) { return basicIs(t, isFloatKind); }
bool isComplexType(Type* t) { return basicIs(t, isComplexKind); }
bool isNumericType(Type* t) { return basicIs(t, isNumericKind); }
bool isStringType(Type* t) { return basicIs(t, isStringKind); }
bool isConstType(Type* t) {
  return basicIs(t, [](Kind k) { return isBooleanKind(k) || isNumericKind(k) || isStringKind(k); });
}
bool isInterfaceType(Type* t) {
  return t && t->kind != Kind::TypeParam && underlying(t)->kind == Kind::Interface;
}
bool isTypeParam(Type* t) { return t && t->kind == Kind::TypeParam; }
bool isPointerType(Type* t) { return t && underlying(t)->kind == Kind::Pointer; }
bool isGenericType(Type* t) {
  auto* n = t ? t->as<NamedType>() : nullptr;
  return n && n->isGeneric();
}

bool underIs(Type* t, const std::function<bool(Type*)>& f) {
  if (auto* tp = t->as<TypeParamType>()) {
    InterfaceType* it = interfaceOf(tp);
    if (!it || !it->hasTerms) return f(nullptr);
    for (auto& term : it->terms)
      if (!f(underlying(term.type))) return false;
    return true;
  }
  return f(underlying(t));
}

namespace {
bool allBasic(Type* t, bool (*pred)(Kind)) {
  if (t && t->kind == Kind::TypeParam) {
    InterfaceType* it = interfaceOf(t);
    if (!it || !it->hasTerms || it->terms.empty()) return false;
    for (auto& term : it->terms) {
      if (!allBasic(term.type, pred)) return false;
    }
    return true;
  }
  BasicType* b = asBasic(t);
  return b && pred(b->kind);
}
}  // namespace

bool allBoolean(Type* t) { return allBasic(t, isBooleanKind); }
bool allInteger(Type* t) { return allBasic(t, isIntegerKind); }
bool allUnsigned(Type* t) { return allBasic(t, isUnsignedKind); }
bool allNumeric(Type* t) { return allBasic(t, isNumericKind); }
bool allString(Type* t) { return allBasic(t, isStringKind); }
bool allFloat(Type* t) { return allBasic(t, isFloatKind); }
bool allComplex(Type* t) { return allBasic(t, isComplexKind); }
bool allOrdered(Type* t) {
  return allBasic(t, [](Kind k) { return isIntegerKind(k) || isFloatKind(k) || isStringKind(k); });
}
bool allNumericOrString(Type* t) {
  return allBasic(t, [](Kind k) { return isNumericKind(k) || isStringKind(k); });
}

namespace {
bool comparableImpl(Type* T, bool dynamic, std::vector<Type*>& seen, std::string* reason,
                    const Package* local) {
  for (Type* s : seen)
    if (s == T) return true;
  seen.push_back(T);
  if (auto* tp = T->as<TypeParamType>()) {
    InterfaceType* it = interfaceOf(tp);
    if (!it) return false;
    bool ok;
    if (!it->hasTerms) {
      ok = it->comparable;
    } else {
      ok = !it->terms.empty();
      for (auto& term : it->terms)
        if (!comparableImpl(term.type, false, seen, nullptr, local)) ok = false;
    }
    if (!ok && reason) {
      if (it->hasTerms && it->terms.empty()) *reason = "empty type set";
      else *reason = "incomparable types in type set";
    }
    return ok;
  }
  Type* u = underlying(T);
  switch (u->kind) {
    case Kind::Pointer: case Kind::Chan: return true;
    case Kind::Struct:
      for (Var* f : static_cast<StructType*>(u)->fields) {
        if (!comparableImpl(f->type, dynamic, seen, nullptr, local)) {
          if (reason) *reason = "struct containing " + checkerTypeString(f->type, local) + " cannot be compared";
          return false;
        }
      }
      return true;
    case Kind::Array:
      if (!comparableImpl(static_cast<ArrayType*>(u)->elem, dynamic, seen, nullptr, local)) {
        if (reason) *reason = checkerTypeString(T, local) + " cannot be compared";
        return false;
      }
      return true;
    case Kind::Interface: {
      auto* it = static_cast<InterfaceType*>(u);
      completeInterface(it);
      if (dynamic) return true;
      bool ok;
      if (!it->hasTerms) {
        ok = it->comparable;
      } else {
        ok = !it->terms.empty();
        for (auto& term : it->terms)
          if (!comparableImpl(term.type, false, seen, nullptr, local)) ok = false;
      }
      if (!ok && reason) {
        if (it->hasTerms && it->terms.empty()) *reason = "empty type set";
        else *reason = "incomparable types in type set";
      }
      return ok;
    }
    default:
      if (u->isBasic()) return u->kind != Kind::UntypedNil;
      return false;
  }
}
}  // namespace

bool comparableType(Type* t, bool dynamic, std::string* reason, const Package* local) {
  std::vector<Type*> seen;
  return comparableImpl(t, dynamic, seen, reason, local);
}

bool hasNil(Type* t) {
  if (auto* tp = t->as<TypeParamType>()) {
    InterfaceType* it = interfaceOf(tp);
    if (!it || !it->hasTerms || it->terms.empty()) return false;
    for (auto& term : it->terms)
      if (!hasNil(underlying(term.type))) return false;
    return true;
  }
  Type* u = underlying(t);
  switch (u->kind) {
    case Kind::UnsafePointer: case Kind::Slice: case Kind::Pointer: case Kind::Signature:
    case Kind::Map: case Kind::Chan: case Kind::Interface:
      return true;
    default: return false;
  }
}

Type* defaultType(TypeContext& ctx, Type* t) {
  if (!t || !t->isBasic()) return t;
  switch (t->kind) {
    case Kind::UntypedBool: return ctx.basic(Kind::Bool);
    case Kind::UntypedInt: return ctx.basic(Kind::Int);
    case Kind::UntypedRune: return ctx.universe()->lookup("rune")->type;
    case Kind::UntypedFloat: return ctx.basic(Kind::Float64);
    case Kind::UntypedComplex: return ctx.basic(Kind::Complex128);
    case Kind::UntypedString: return ctx.basic(Kind::String);
    default: return t;
  }
}

RepKind repKind(Kind k) {
  switch (k) {
    case Kind::Bool: return RepKind::Bool;
    case Kind::Int: return RepKind::Int;
    case Kind::Int8: return RepKind::Int8;
    case Kind::Int16: return RepKind::Int16;
    case Kind::Int32: return RepKind::Int32;
    case Kind::Int64: return RepKind::Int64;
    case Kind::Uint: return RepKind::Uint;
    case Kind::Uint8: return RepKind::Uint8;
    case Kind::Uint16: return RepKind::Uint16;
    case Kind::Uint32: return RepKind::Uint32;
    case Kind::Uint64: return RepKind::Uint64;
    case Kind::Uintptr: return RepKind::Uintptr;
    case Kind::Float32: return RepKind::Float32;
    case Kind::Float64: return RepKind::Float64;
    case Kind::Complex64: return RepKind::Complex64;
    case Kind::Complex128: return RepKind::Complex128;
    case Kind::String: return RepKind::String;
    case Kind::UntypedBool: return RepKind::UntypedBool;
    case Kind::UntypedInt: return RepKind::UntypedInt;
    case Kind::UntypedRune: return RepKind::UntypedRune;
    case Kind::UntypedFloat: return RepKind::UntypedFloat;
    case Kind::UntypedComplex: return RepKind::UntypedComplex;
    case Kind::UntypedString: return RepKind::UntypedString;
    default: return RepKind::UntypedInt;
  }
}

bool typeInTermSet(Type* t, InterfaceType* iface) {
  completeInterface(iface);
  if (!iface->hasTerms) return true;
  auto includes = [&](Type* x) {
    for (auto& term : iface->terms) {
      if (term.tilde ? identical(underlying(term.type), underlying(x)) : identical(term.type, x)) return true;
    }
    return false;
  };
  if (auto* tp = t->as<TypeParamType>()) {
    InterfaceType* it = interfaceOf(tp);
    if (!it || !it->hasTerms) return false;
    for (auto& term : it->terms) {
      bool ok = false;
      for (auto& t2 : iface->terms) {
        if (t2.tilde ? identical(underlying(t2.type), underlying(term.type))
                     : (!term.tilde && identical(t2.type, term.type)))
          ok = true;
      }
      if (!ok) return false;
    }
    return true;
  }
  return includes(t);
}

}  // namespace gs::types
