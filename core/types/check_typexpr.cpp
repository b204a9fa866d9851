// Type expressions: identifiers, composite type literals, function
// signatures, struct and interface types, unions, type parameter lists and
// instantiation of generic types.
#include <algorithm>

#include "core/types/check_internal.h"

namespace gs::types {

using namespace syntax;

// ---------------------------------------------------------------------------
// Identifiers

void Checker::ident(Operand& x, Ident* e, TypeName* def, bool wantType) {
  x.mode = OpMode::Invalid;
  x.expr = e;
  x.type = ctx.basic(Kind::Invalid);
  Object* obj = env.scope ? env.scope->lookup(e->name) : nullptr;
  if (!obj) {
    if (e->name == "_") {
      // A receiver type parameter named _ (func (T[_]) m()).
      auto it = recvTParamMap.find(e);
      if (it != recvTParamMap.end()) {
        x.mode = OpMode::TypeExpr;
        x.type = it->second;
        return;
      }
      error(e->pos, "cannot use _ as value or type");
    } else {
      error(e->pos, "undefined: " + e->name);
    }
    return;
  }
  recordUse(e, obj);
  bool gotType = obj->kind == ObjKind::TypeName;
  if (!gotType && wantType) {
    error(e->pos, e->name + " is not a type");
    if (obj->kind == ObjKind::Var && obj->pkg == pkg) static_cast<Var*>(obj)->used = true;
    return;
  }
  Type* typ = obj->type;
  if (!typ || (gotType && wantType)) {
    objDecl(obj, def);
    typ = obj->type;
  }
  if (!typ) typ = ctx.basic(Kind::Invalid);
  auto dit = dotImportMap.find(obj);
  if (dit != dotImportMap.end()) dit->second->used = true;

  auto addDeclDep = [&](Object* o) {
    if (env.decl && objMap.count(o)) env.decl->addDep(o);
  };
  switch (obj->kind) {
    case ObjKind::PkgName:
      error(e->pos, "use of package " + obj->name + " not in selector");
      return;
    case ObjKind::Const: {
      addDeclDep(obj);
      if (typ->kind == Kind::Invalid) return;
      auto* c = static_cast<ConstObj*>(obj);
      if (!c->pkg && c->name == "iota") {
        if (!env.iota) {
          error(e->pos, "cannot use iota outside constant declaration");
          return;
        }
        x.val = *env.iota;
      } else {
        x.val = c->value ? *c->value : makeUnknown();
      }
      x.mode = OpMode::Constant;
      break;
    }
    case ObjKind::TypeName:
      x.mode = OpMode::TypeExpr;
      break;
    case ObjKind::Var:
      if (obj->pkg == pkg) static_cast<Var*>(obj)->used = true;
      addDeclDep(obj);
      if (typ->kind == Kind::Invalid) return;
      x.mode = OpMode::Variable;
      break;
    case ObjKind::Func:
      addDeclDep(obj);
      x.mode = OpMode::Value;
      break;
    case ObjKind::Builtin:
      x.builtin = static_cast<BuiltinObj*>(obj)->id;
      x.mode = OpMode::Builtin;
      break;
    case ObjKind::Nil:
      x.mode = OpMode::NilValue;
      break;
    default:
      return;
  }
  x.type = typ;
}

// ---------------------------------------------------------------------------
// Types

Type* Checker::typExpr(Expr* e) { return definedType(e, nullptr); }

Type* Checker::varType(Expr* e) {
  Type* typ = definedType(e, nullptr);
  if (isTypeParam(typ)) return typ;
  // Constraint interfaces cannot be used as ordinary types (checked later,
  // when the interface's type set is known).
  delayed.push_back([this, e, typ] {
    auto* it = underlying(typ)->as<InterfaceType>();
    if (!it) return;
    completeInterface(it);
    if (it->hasTerms || it->comparable) {
      if (it->comparable && !it->hasTerms)
        error(startPos(e), "cannot use type " + typeStr(typ) +
                               " outside a type constraint: interface is (or embeds) comparable");
      else
        error(startPos(e), "cannot use type " + typeStr(typ) +
                               " outside a type constraint: interface contains type constraints");
    }
  });
  return typ;
}

Type* Checker::definedType(Expr* e, TypeName* def) {
  Type* typ = typInternal(e, def);
  if (isGenericType(typ)) {
    error(startPos(e), "cannot use generic type " + typeStr(typ) + " without instantiation");
    typ = ctx.basic(Kind::Invalid);
  }
  recordTypeAndValue(e, OpMode::TypeExpr, typ, nullptr);
  return typ;
}

Type* Checker::genericType(Expr* e, std::string* cause) {
  Type* typ = typInternal(e, nullptr);
  if (typ->kind != Kind::Invalid && !isGenericType(typ)) {
    if (cause) *cause = typeStr(typ) + " is not a generic type";
    typ = ctx.basic(Kind::Invalid);
  }
  recordTypeAndValue(e, OpMode::TypeExpr, typ, nullptr);
  return typ;
}

namespace {
// setDefType: a type definition's underlying type is known as soon as the
// type literal is created, before its components are checked.
void setDef(TypeName* def, Type* t) {
  if (!def || !def->type) return;
  if (auto* n = def->type->as<NamedType>()) {
    if (!n->underlyingType && t->kind != Kind::Named && t->kind != Kind::TypeParam) n->underlyingType = t;
  }
}
}  // namespace

Type* Checker::typInternal(Expr* e0, TypeName* def) {
  Type* invalid = ctx.basic(Kind::Invalid);
  switch (e0->kind) {
    case NodeKind::BadExpr: return invalid;
    case NodeKind::Ident: {
      Operand x;
      ident(x, static_cast<Ident*>(e0), def, true);
      switch (x.mode) {
        case OpMode::TypeExpr: return x.type;
        case OpMode::Invalid: break;
        case OpMode::NoValue: error(startPos(e0), opString(x) + " used as type"); break;
        default: error(startPos(e0), opString(x) + " is not a type"); break;
      }
      return invalid;
    }
    case NodeKind::SelectorExpr: {
      Operand x;
      selector(x, static_cast<SelectorExpr*>(e0), def, true);
      switch (x.mode) {
        case OpMode::TypeExpr: return x.type;
        case OpMode::Invalid: break;
        case OpMode::NoValue: error(startPos(e0), opString(x) + " used as type"); break;
        default: error(startPos(e0), opString(x) + " is not a type"); break;
      }
      return invalid;
    }
    case NodeKind::IndexExpr: return instantiatedType(static_cast<IndexExpr*>(e0), def);
    case NodeKind::ParenExpr: return definedType(static_cast<ParenExpr*>(e0)->x, def);
    case NodeKind::ArrayType: {
      auto* e = static_cast<syntax::ArrayType*>(e0);
      if (!e->len) {
        auto* t = ctx.make<SliceType>(invalid);
        setDef(def, t);
        t->elem = varType(e->elem);
        return t;
      }
      auto* t = ctx.make<types::ArrayType>(invalid, 0);
      setDef(def, t);
      if (e->len->kind == NodeKind::Ellipsis) {
        error(e->pos, "invalid use of [...] array (outside a composite literal)");
        t->len = -1;
      } else {
        t->len = arrayLength(e->len);
      }
      t->elem = varType(e->elem);
      if (t->len >= 0) return t;
      return invalid;
    }
    case NodeKind::Ellipsis: {
      error(e0->pos, "invalid use of '...'");
      auto* el = static_cast<syntax::Ellipsis*>(e0);
      if (el->elem) useExpr(el->elem);
      return invalid;
    }
    case NodeKind::StructType: {
      auto* st = ctx.make<types::StructType>();
      setDef(def, st);
      structInto(static_cast<syntax::StructType*>(e0), st);
      return st;
    }
    case NodeKind::StarExpr: {
      auto* t = ctx.make<PointerType>(invalid);
      setDef(def, t);
      t->elem = varType(static_cast<StarExpr*>(e0)->x);
      if (t->elem->kind == Kind::Invalid) return invalid;
      return t;
    }
    case NodeKind::FuncType: {
      Scope* s = nullptr;
      auto* sig = ctx.make<Signature>();
      setDef(def, sig);
      return funcType(static_cast<syntax::FuncType*>(e0), nullptr, nullptr, &s, sig);
    }
    case NodeKind::InterfaceType: return interfaceType(static_cast<syntax::InterfaceType*>(e0), def);
    case NodeKind::MapType: {
      auto* e = static_cast<syntax::MapType*>(e0);
      auto* t = ctx.make<types::MapType>(invalid, invalid);
      setDef(def, t);
      t->key = varType(e->key);
      t->elem = varType(e->value);
      Expr* keyExpr = e->key;
      delayed.push_back([this, t, keyExpr] {
        if (!comparableType(t->key, true)) {
          std::string why = isTypeParam(t->key) ? " (missing comparable constraint)" : "";
          error(startPos(keyExpr), "invalid map key type " + typeStr(t->key) + why);
        }
      });
      return t;
    }
    case NodeKind::ChanType: {
      auto* e = static_cast<syntax::ChanType*>(e0);
      auto* t = ctx.make<types::ChanType>(e->dir, invalid);
      setDef(def, t);
      t->elem = varType(e->elem);
      return t;
    }
    default:
      error(startPos(e0), exprStr(e0) + " is not a type");
      useExpr(e0);
      return invalid;
  }
}

int64_t Checker::arrayLength(Expr* e) {
  if (auto* name = e->as<Ident>()) {
    Object* obj = env.scope->lookup(name->name);
    if (!obj) {
      error(name->pos, "undefined array length " + name->name + " or missing type constraint");
      return -1;
    }
    if (obj->kind != ObjKind::Const) {
      error(name->pos, "invalid array length " + name->name);
      return -1;
    }
  }
  Operand x;
  expr(nullptr, x, e);
  if (x.mode != OpMode::Constant) {
    if (x.mode != OpMode::Invalid) error(startPos(e), "array length " + opString(x) + " must be constant");
    return -1;
  }
  if (isUntypedType(x.type) || isIntegerType(x.type)) {
    Constant v = toInt(x.val);
    if (v.kind == Constant::CKind::Int && types::representable(v, RepKind::Int)) {
      bool exact;
      int64_t n = v.int64Val(&exact);
      if (exact && n >= 0) return n;
    }
  }
  if (isIntegerType(x.type)) error(startPos(e), "invalid array length " + opString(x));
  else error(startPos(e), "array length " + opString(x) + " must be integer");
  return -1;
}

// ---------------------------------------------------------------------------
// Struct types

namespace {
Ident* embeddedFieldIdent(Expr* e) {
  switch (e->kind) {
    case NodeKind::Ident: return static_cast<Ident*>(e);
    case NodeKind::StarExpr: {
      Expr* base = static_cast<StarExpr*>(e)->x;
      if (base->kind == NodeKind::StarExpr) return nullptr;
      return embeddedFieldIdent(base);
    }
    case NodeKind::SelectorExpr: return static_cast<SelectorExpr*>(e)->sel;
    case NodeKind::IndexExpr: return embeddedFieldIdent(static_cast<IndexExpr*>(e)->x);
    case NodeKind::ParenExpr: return embeddedFieldIdent(static_cast<ParenExpr*>(e)->x);
    default: return nullptr;
  }
}
}  // namespace

Type* Checker::structType(syntax::StructType* e) {
  auto* st = ctx.make<types::StructType>();
  structInto(e, st);
  return st;
}

void Checker::structInto(syntax::StructType* e, types::StructType* st) {
  if (!e->fields) return;
  std::unordered_map<std::string, Var*> fset;
  for (Field* f : e->fields->list) {
    Type* typ = varType(f->typeExpr);
    std::string tag;
    if (f->tag && !f->tag->bad) {
      Constant tv = makeFromLiteral(f->tag->value, Tok::String);
      if (tv.kind == Constant::CKind::String) tag = tv.s;
    }
    auto add = [&](Ident* id, bool embedded) {
      auto* fld = ctx.make<Var>(id->pos, pkg, id->name, typ);
      fld->isField = true;
      fld->embedded = embedded;
      if (id->name != "_") {
        auto it = fset.find(id->name);
        if (it != fset.end()) {
          std::vector<std::pair<Pos, std::string>> subs;
          subs.push_back({it->second->pos, "other declaration of " + id->name});
          errorWithSub(id->pos, id->name + " redeclared", subs);
          return;
        }
        fset[id->name] = fld;
      }
      st->fields.push_back(fld);
      st->tags.push_back(tag);
      recordDef(id, fld);
    };
    if (!f->names.empty()) {
      for (Ident* id : f->names) add(id, false);
    } else {
      Pos pos = startPos(f->typeExpr);
      Ident* name = embeddedFieldIdent(f->typeExpr);
      if (!name) {
        error(pos, "invalid embedded field type " + exprStr(f->typeExpr));
        continue;
      }
      add(name, true);
      Type* et = typ;
      delayed.push_back([this, et, pos] {
        Type* t = et;
        bool isPtr = false;
        if (auto* p = t->as<PointerType>()) {
          t = p->elem;
          isPtr = true;
        }
        if (isTypeParam(t)) {
          error(pos, "embedded field type cannot be a (pointer to a) type parameter");
          return;
        }
        Type* u = underlying(t);
        if (u->kind == Kind::UnsafePointer) error(pos, "embedded field type cannot be unsafe.Pointer");
        else if (u->kind == Kind::Pointer) error(pos, "embedded field type cannot be a pointer");
        else if (u->kind == Kind::Interface && isPtr)
          error(pos, "embedded field type cannot be a pointer to an interface");
      });
    }
  }
}

// ---------------------------------------------------------------------------
// Interface types and unions

Type* Checker::interfaceType(syntax::InterfaceType* e, TypeName* def) {
  auto* it = ctx.make<types::InterfaceType>();
  setDef(def, it);
  // Outermost interface literals, for the anonymous-cycle check at the end.
  if (interfaceDepth == 0) interfaceLits.push_back({e, it});
  interfaceDepth++;
  struct DepthGuard {
    int& d;
    ~DepthGuard() { d--; }
  } guard{interfaceDepth};
  std::vector<Pos> embedPos;
  if (e->elems) {
    for (Field* f : e->elems->list) {
      if (f->names.empty()) {
        // An embedded element: a type, ~T or a union.
        std::vector<Expr*> terms;
        std::function<void(Expr*)> flatten = [&](Expr* x) {
          if (auto* b = x->as<BinaryExpr>(); b && b->op == Tok::Or) {
            flatten(b->x);
            terms.push_back(b->y);
          } else {
            terms.push_back(x);
          }
        };
        flatten(f->typeExpr);
        it->embeddeds.push_back(unionType(terms, f->typeExpr));
        embedPos.push_back(startPos(f->typeExpr));
        continue;
      }
      Ident* name = f->names[0];
      if (name->name == "_") {
        error(name->pos, "methods must have a unique non-blank name");
        continue;
      }
      Type* typ = typExpr(f->typeExpr);
      auto* sig = typ->as<Signature>();
      if (!sig) continue;
      Type* recvTyp = it;
      if (def && def->type && def->type->kind == Kind::Named) recvTyp = def->type;
      sig->recv = ctx.make<Var>(name->pos, pkg, "", recvTyp);
      auto* m = ctx.make<Func>(name->pos, pkg, name->name, sig);
      m->iface = it;
      recordDef(name, m);
      it->explicitMethods.push_back(m);
    }
  }
  if (it->explicitMethods.empty() && it->embeddeds.empty()) {
    it->complete = true;
    return it;
  }
  // The type set is computed once the embedded types are known.
  delayed.push_back([this, it, embedPos] {
    // Duplicate explicit methods.
    for (size_t i = 0; i < it->explicitMethods.size(); i++) {
      for (size_t j = 0; j < i; j++) {
        if (it->explicitMethods[i]->name == it->explicitMethods[j]->name) {
          std::vector<std::pair<Pos, std::string>> subs;
          subs.push_back({it->explicitMethods[j]->pos, "other declaration of method " + it->explicitMethods[j]->name});
          errorWithSub(it->explicitMethods[i]->pos, "duplicate method " + it->explicitMethods[i]->name, subs);
        }
      }
    }
    // Methods of embedded interfaces must not conflict with others.
    std::vector<std::pair<Func*, Pos>> seen;
    for (Func* m : it->explicitMethods) seen.push_back({m, m->pos});
    for (size_t i = 0; i < it->embeddeds.size(); i++) {
      InterfaceType* ei = interfaceOf(it->embeddeds[i]);
      if (!ei) continue;
      for (Func* m : ei->allMethods) {
        bool found = false;
        for (auto& sm : seen) {
          if (sm.first->name != m->name) continue;
          found = true;
          if (sm.first != m && !identical(sm.first->type, m->type)) {
            std::vector<std::pair<Pos, std::string>> subs;
            subs.push_back({sm.second, "other declaration of method " + m->name});
            errorWithSub(embedPos[i], "duplicate method " + m->name, subs);
          }
          break;
        }
        if (!found) seen.push_back({m, embedPos[i]});
      }
    }
    completeInterface(it);
  });
  return it;
}

Type* Checker::unionType(const std::vector<Expr*>& tlist, Expr* whole) {
  struct T {
    bool tilde;
    Type* typ;
    Expr* x;
  };
  std::vector<T> terms;
  for (Expr* x : tlist) {
    Expr* tx = x;
    bool tilde = false;
    if (auto* u = x->as<UnaryExpr>(); u && u->op == Tok::Tilde) {
      tx = u->x;
      tilde = true;
    }
    Type* typ = typExpr(tx);
    if (isTypeParam(typ)) {
      if (tilde) error(startPos(tx), "type in term " + exprStr(x) + " cannot be a type parameter");
      else error(startPos(tx), "term cannot be a type parameter");
      typ = ctx.basic(Kind::Invalid);
    }
    if (tlist.size() == 1 && !tilde) return typ;
    terms.push_back({tilde, typ, x});
  }
  auto* u = ctx.make<types::InterfaceType>();
  u->implicit = true;
  u->complete = true;
  u->hasTerms = true;
  // Terms that are interfaces contribute their own term sets; the union of
  // an interface without terms is all types.
  bool all = false;
  for (auto& t : terms) {
    if (t.typ->kind == Kind::Invalid) continue;
    if (auto* fi = underlying(t.typ)->as<types::InterfaceType>(); fi && !t.tilde) {
      completeInterface(fi);
      if (!fi->hasTerms) all = true;
      for (auto& x : fi->terms) u->terms.push_back(x);
      continue;
    }
    u->terms.push_back(Term{t.tilde, t.typ});
  }
  if (all) {
    u->hasTerms = false;
    u->terms.clear();
  }
  recordTypeAndValue(whole, OpMode::TypeExpr, u, nullptr);
  delayed.push_back([this, terms] {
    for (size_t i = 0; i < terms.size(); i++) {
      const T& t = terms[i];
      if (t.typ->kind == Kind::Invalid) continue;
      Type* ut = underlying(t.typ);
      auto* f = ut->as<types::InterfaceType>();
      std::string ts = (t.tilde ? "~" : "") + typeStr(t.typ);
      if (t.tilde) {
        if (f) {
          error(startPos(t.x), "invalid use of ~ (" + typeStr(t.typ) + " is an interface)");
          continue;
        }
        if (!identical(ut, t.typ)) {
          error(startPos(t.x),
                "invalid use of ~ (underlying type of " + typeStr(t.typ) + " is " + typeStr(ut) + ")");
          continue;
        }
      }
      if (f) {
        completeInterface(f);
        if (!f->allMethods.empty())
          error(startPos(t.x), "cannot use " + ts + " in union (" + ts + " contains methods)");
        else if (t.typ == ctx.comparableType())
          error(startPos(t.x), "cannot use comparable in union");
        else if (f->comparable)
          error(startPos(t.x), "cannot use " + ts + " in union (" + ts + " embeds comparable)");
        continue;
      }
      for (size_t j = 0; j < i; j++) {
        const T& o = terms[j];
        if (o.typ->kind == Kind::Invalid || underlying(o.typ)->kind == Kind::Interface) continue;
        // Overlap: identical types, or one side ~ and same underlying type.
        bool overlap;
        if (t.tilde || o.tilde) overlap = identical(underlying(t.typ), underlying(o.typ));
        else overlap = identical(t.typ, o.typ);
        if (overlap) {
          std::string os = (o.tilde ? "~" : "") + typeStr(o.typ);
          error(startPos(t.x), "overlapping terms " + ts + " and " + os);
          break;
        }
      }
    }
  });
  return u;
}

// ---------------------------------------------------------------------------
// Type parameters

Type* Checker::bound(Expr* x) {
  Type* t;
  bool isUnion = false;
  if (auto* u = x->as<UnaryExpr>(); u && u->op == Tok::Tilde) isUnion = true;
  if (auto* b = x->as<BinaryExpr>(); b && b->op == Tok::Or) isUnion = true;
  if (isUnion) {
    std::vector<Expr*> terms;
    std::function<void(Expr*)> flatten = [&](Expr* e) {
      if (auto* b = e->as<BinaryExpr>(); b && b->op == Tok::Or) {
        flatten(b->x);
        terms.push_back(b->y);
      } else {
        terms.push_back(e);
      }
    };
    flatten(x);
    Type* u = unionType(terms, x);
    auto* it = ctx.make<types::InterfaceType>();
    it->implicit = true;
    it->embeddeds.push_back(u);
    completeInterface(it);
    return it;
  }
  t = typExpr(x);
  if (t->kind == Kind::Invalid || isTypeParam(t)) return t;
  if (underlying(t)->kind != Kind::Interface) {
    // A plain type as constraint: the implicit interface{T}.
    auto* it = ctx.make<types::InterfaceType>();
    it->implicit = true;
    it->embeddeds.push_back(t);
    completeInterface(it);
    return it;
  }
  return t;
}

std::vector<TypeParamType*> Checker::collectTypeParams(FieldList* list, Scope* scope,
                                                      std::vector<TypeParamType*>* dst) {
  std::vector<TypeParamType*> tparams;
  if (!list) return tparams;
  for (Field* f : list->list) {
    for (Ident* name : f->names) {
      auto* tp = ctx.make<TypeParamType>();
      auto* tn = ctx.make<TypeName>(name->pos, pkg, name->name, tp);
      tp->obj = tn;
      tp->index = static_cast<int>(tparams.size());
      tp->constraint = ctx.basic(Kind::Invalid);
      declareInScope(scope, name, tn, Pos{});
      tparams.push_back(tp);
    }
  }
  // The type parameters are known before their constraints are checked
  // (a constraint mentioning the generic type itself is a cycle).
  if (dst) *dst = tparams;
  bool saved = env.inTParamList;
  env.inTParamList = true;
  size_t k = 0;
  for (Field* f : list->list) {
    Type* b = bound(f->typeExpr);
    if (isTypeParam(b)) {
      error(startPos(f->typeExpr), "cannot use a type parameter as constraint");
      b = ctx.basic(Kind::Invalid);
    }
    for (size_t i = 0; i < f->names.size(); i++) tparams[k++]->constraint = b;
  }
  env.inTParamList = saved;
  return tparams;
}

Type* Checker::instantiatedType(IndexExpr* ix, TypeName* def) {
  std::string cause;
  Type* gtyp = genericType(ix->x, &cause);
  if (!cause.empty()) {
    std::string xs;
    for (size_t i = 0; i < ix->indices.size(); i++) xs += (i ? " " : "") + exprStr(ix->indices[i]);
    error(startPos(ix->x), "invalid operation: " + exprStr(ix->x) + "[" + xs + "] (" + cause + ")");
  }
  Type* invalid = ctx.basic(Kind::Invalid);
  if (gtyp->kind == Kind::Invalid) {
    for (Expr* e : ix->indices) useExpr(e);
    return invalid;
  }
  std::vector<Type*> targs;
  bool ok = true;
  for (Expr* e : ix->indices) {
    Type* t = varType(e);
    if (t->kind == Kind::Invalid) ok = false;
    targs.push_back(t);
  }
  if (!ok) return invalid;
  auto* orig = gtyp->as<NamedType>();
  if (orig->typeParams.size() != targs.size()) {
    const char* qual = targs.size() < orig->typeParams.size() ? "not enough" : "too many";
    error(ix->pos, strprintf("%s type arguments for type %s: have %zu, want %zu", qual, orig->obj->name.c_str(),
                             targs.size(), orig->typeParams.size()));
    return invalid;
  }
  NamedType* inst = instantiate(ctx, orig, targs);
  monoRecord(ix->pos, orig->typeParams, targs, ix->indices);
  auto* instance = ctx.make<Instance>();
  instance->generic = orig->obj;
  instance->typeArgs = targs;
  instance->type = inst;
  ix->instance = instance;
  std::vector<Pos> argPos;
  for (Expr* e : ix->indices) argPos.push_back(startPos(e));
  Pos pos = ix->x->pos;
  delayed.push_back([this, pos, orig, targs, argPos, inst] {
    validateTypeArgs(pos, orig->typeParams, targs, argPos);
    validType(inst);
  });
  (void)def;
  return inst;
}

bool Checker::validateTypeArgs(Pos pos, const std::vector<TypeParamType*>& tparams,
                               const std::vector<Type*>& targs, const std::vector<Pos>& argPos) {
  SubstMap m;
  m.params = tparams;
  m.args = targs;
  for (size_t i = 0; i < tparams.size() && i < targs.size(); i++) {
    Type* b = subst(ctx, tparams[i]->constraint, m);
    std::string cause;
    if (!implementsIface(targs[i], b, true, &cause)) {
      error(i < argPos.size() ? argPos[i] : pos, cause);
      return false;
    }
  }
  return true;
}

// go/types' implements: whether V implements (or, for constraints,
// satisfies) T; on failure *cause holds the full message.
bool Checker::implementsIface(Type* V, Type* T, bool constraint, std::string* cause) {
  Type* Vu = underlying(V);
  Type* Tu = underlying(T);
  if (Vu->kind == Kind::Invalid || Tu->kind == Kind::Invalid) return true;
  if (auto* p = Vu->as<PointerType>(); p && underlying(p->elem)->kind == Kind::Invalid) return true;
  const char* verb = constraint ? "satisfy" : "implement";
  auto* Ti = Tu->as<types::InterfaceType>();
  if (!Ti) {
    if (cause) {
      std::string detail;
      if (auto* p = Tu->as<PointerType>(); p && isInterfaceType(p->elem))
        detail = "type " + typeStr(T) + " is pointer to interface, not interface";
      else
        detail = typeStr(T) + " is not an interface";
      *cause = typeStr(V) + " does not " + verb + " " + typeStr(T) + " (" + detail + ")";
    }
    return false;
  }
  completeInterface(Ti);
  if (Ti->isEmpty()) return true;
  types::InterfaceType* Vi = interfaceOf(V);
  if (Vi && !isInterfaceType(V) && !isTypeParam(V)) Vi = nullptr;
  if (Vi && Vi->hasTerms && Vi->terms.empty()) return true;  // empty type set
  if (Ti->hasTerms && Ti->terms.empty()) {
    if (cause) *cause = std::string("cannot ") + verb + " " + typeStr(T) + " (empty type set)";
    return false;
  }
  std::string mcause;
  Func* m = missingMethod(V, Ti, true, pkg, [this](Func* f) { objDecl(f, nullptr); }, &mcause, nullptr);
  if (m) {
    if (cause) *cause = typeStr(V) + " does not " + verb + " " + typeStr(T) + " " + mcause;
    return false;
  }
  auto checkComparability = [&]() -> bool {
    if (!Ti->comparable) return true;
    if (comparableType(V, false)) return true;
    if (constraint && comparableType(V, true)) return true;
    if (cause) *cause = typeStr(V) + " does not " + verb + " comparable";
    return false;
  };
  if (!Ti->hasTerms) return checkComparability();
  if (Vi) {
    if (!typeInTermSet(V, Ti)) {
      if (cause) *cause = typeStr(V) + " does not " + verb + " " + typeStr(T);
      return false;
    }
    return checkComparability();
  }
  bool included = false;
  Type* alt = nullptr;
  for (auto& t : Ti->terms) {
    bool inc = t.tilde ? identical(underlying(t.type), Vu) : identical(t.type, V);
    if (inc) {
      included = true;
      break;
    }
    if (!alt && !t.tilde && identical(t.type, underlying(t.type)) && identical(underlying(t.type), Vu)) alt = t.type;
  }
  if (!included) {
    if (cause) {
      std::string detail;
      // Does T mention V syntactically (in its embedded unions)?
      bool mentions = false;
      std::function<void(Type*)> scan = [&](Type* x) {
        if (auto* xi = x->as<types::InterfaceType>()) {
          if (xi->implicit && xi->embeddeds.empty()) {
            for (auto& tt : xi->terms)
              if (identical(tt.type, V)) mentions = true;
          }
          for (Type* e : xi->embeddeds) scan(e);
        } else if (identical(x, V)) {
          mentions = true;
        }
      };
      scan(Tu);
      if (alt) {
        detail = "possibly missing ~ for " + typeStr(alt) + " in " + typeStr(T);
      } else if (mentions) {
        detail = typeStr(T) + " mentions " + typeStr(V) + ", but " + typeStr(V) + " is not in the type set of " +
                 typeStr(T);
      } else {
        std::string tl;
        for (size_t i = 0; i < Ti->terms.size(); i++) {
          if (i) tl += " | ";
          tl += (Ti->terms[i].tilde ? "~" : "") + typeStr(Ti->terms[i].type);
        }
        detail = typeStr(V) + " missing in " + tl;
      }
      *cause = typeStr(V) + " does not " + verb + " " + typeStr(T) + " (" + detail + ")";
    }
    return false;
  }
  return checkComparability();
}

// ---------------------------------------------------------------------------
// Signatures

Tuple* Checker::collectParams(Scope* scope, FieldList* list, bool variadicOk, bool* variadic, Node* owner,
                              bool isResult) {
  auto* tuple = ctx.make<Tuple>();
  if (!list) return tuple;
  for (size_t i = 0; i < list->list.size(); i++) {
    Field* field = list->list[i];
    Expr* ftype = field->typeExpr;
    bool isDots = false;
    if (auto* el = ftype->as<syntax::Ellipsis>(); el && el->elem) {
      ftype = el->elem;
      if (variadicOk && i + 1 == list->list.size() && field->names.size() <= 1) {
        *variadic = true;
        isDots = true;
      } else {
        error(el->pos, "can only use ... with final parameter in list");
      }
    }
    Type* typ = varType(ftype);
    if (isDots) {
      typ = ctx.make<SliceType>(typ);
      recordTypeAndValue(field->typeExpr, OpMode::TypeExpr, typ, nullptr);
    }
    auto mk = [&](Pos p, const std::string& name) {
      auto* v = ctx.make<Var>(p, pkg, name, typ);
      if (isResult) v->isResult = true;
      else v->isParam = true;
      v->declaringFunc = owner;
      return v;
    };
    if (!field->names.empty()) {
      for (Ident* id : field->names) {
        Var* v = mk(id->pos, id->name);
        recordDef(id, v);
        tuple->vars.push_back(v);
      }
    } else {
      tuple->vars.push_back(mk(field->pos, ""));
    }
  }
  (void)scope;
  return tuple;
}

Signature* Checker::funcType(syntax::FuncType* ftype, FieldList* recvList, Node* owner, Scope** scopeOut,
                             Signature* into) {
  auto* sig = into ? into : ctx.make<Signature>();
  Scope* scope = ctx.make<Scope>(env.scope, ftype);
  if (env.scope) env.scope->children.push_back(scope);
  *scopeOut = scope;
  Scope* saved = env.scope;
  env.scope = scope;

  Field* recvPar = recvList && !recvList->list.empty() ? recvList->list[0] : nullptr;
  if (recvPar && recvPar->typeExpr) {
    // Receiver type parameters: func (l *List[T]) ...
    Expr* rt = unparen(recvPar->typeExpr);
    if (auto* s = rt->as<StarExpr>()) rt = unparen(s->x);
    if (auto* ix = rt->as<IndexExpr>()) {
      std::vector<TypeParamType*> tparams;
      for (Expr* e : ix->indices) {
        auto* id = unparen(e)->as<Ident>();
        auto* tp = ctx.make<TypeParamType>();
        std::string nm = id ? id->name : "_";
        auto* tn = ctx.make<TypeName>(id ? id->pos : e->pos, pkg, nm, tp);
        tp->obj = tn;
        tp->index = static_cast<int>(tparams.size());
        tp->constraint = ctx.basic(Kind::Invalid);
        if (id) declareInScope(scope, id, tn, Pos{});
        else error(startPos(e), "receiver type parameter " + exprStr(e) + " must be an identifier");
        // A blank receiver type parameter is found through its identifier.
        if (id && id->name == "_") recvTParamMap[id] = tp;
        tparams.push_back(tp);
      }
      sig->recvTypeParams = tparams;
      // Constraints come from the base type's declaration.
      std::string cause;
      Type* g = nullptr;
      if (ix->x->kind == NodeKind::Ident) g = genericType(ix->x, nullptr);
      if (auto* recvT = g ? g->as<NamedType>() : nullptr) {
        if (tparams.size() == recvT->typeParams.size()) {
          SubstMap m;
          m.params = recvT->typeParams;
          for (auto* tp : tparams) m.args.push_back(tp);
          for (size_t i = 0; i < tparams.size(); i++) {
            tparams[i]->constraint = subst(ctx, recvT->typeParams[i]->constraint, m);
            // For the instantiation-cycle check a receiver type parameter
            // is its type's parameter (it can only be inferred from it).
            monoCanon[tparams[i]] = recvT->typeParams[i];
          }
        } else if (tparams.size() < recvT->typeParams.size()) {
          error(recvPar->pos, strprintf("got %zu type parameter%s, but receiver base type declares %zu",
                                        tparams.size(), tparams.size() == 1 ? "" : "s", recvT->typeParams.size()));
        }
      }
    }
  }
  if (ftype->typeParams && !ftype->typeParams->list.empty()) {
    sig->typeParams = collectTypeParams(ftype->typeParams, scope);
  }
  bool dummy = false;
  Tuple* recvTuple = nullptr;
  if (recvPar) {
    FieldList one(recvList->pos);
    one.list.push_back(recvPar);
    recvTuple = collectParams(scope, &one, false, &dummy, owner, false);
  }
  bool variadic = false;
  Tuple* params = collectParams(scope, ftype->params, true, &variadic, owner, false);
  Tuple* results = collectParams(scope, ftype->results, false, &dummy, owner, true);
  // Declare all names in the function scope (receiver, params, results).
  auto declareAll = [&](Tuple* t) {
    if (!t) return;
    for (Var* v : t->vars) {
      if (v->name.empty() || v->name == "_") continue;
      if (Object* alt = scope->insert(v)) {
        std::vector<std::pair<Pos, std::string>> subs;
        if (alt->pos.valid()) subs.push_back({alt->pos, "other declaration of " + alt->name});
        errorWithSub(v->pos, v->name + " redeclared in this block", subs);
      } else {
        v->parent = scope;
      }
    }
  };
  declareAll(recvTuple);
  declareAll(params);
  declareAll(results);
  if (recvTuple) {
    Var* recv;
    if (recvTuple->vars.empty()) {
      recv = ctx.make<Var>(Pos{}, nullptr, "", ctx.basic(Kind::Invalid));
    } else {
      recv = recvTuple->vars[0];
    }
    sig->recv = recv;
    Package* p = pkg;
    delayed.push_back([this, recv, sig, p] {
      Type* rtyp = recv->type;
      if (auto* pt = rtyp->as<PointerType>()) rtyp = pt->elem;
      if (rtyp->kind == Kind::Invalid) return;
      if (auto* T = rtyp->as<NamedType>()) {
        if (T->isInstance() && sig->recvTypeParams.empty()) {
          error(recv->pos, "cannot define new methods on instantiated type " + typeStr(rtyp));
          return;
        }
        if (T->obj->pkg != p) {
          error(recv->pos, "cannot define new methods on non-local type " + typeStr(rtyp));
          return;
        }
        std::string cause;
        Type* u = underlying(T);
        if (u->kind == Kind::UnsafePointer) cause = "unsafe.Pointer";
        else if (u->kind == Kind::Pointer || u->kind == Kind::Interface) cause = "pointer or interface type";
        if (!cause.empty()) error(recv->pos, "invalid receiver type " + typeStr(rtyp) + " (" + cause + ")");
      } else if (rtyp->isBasic()) {
        error(recv->pos, "cannot define new methods on non-local type " + typeStr(rtyp));
      } else {
        error(recv->pos, "invalid receiver type " + typeStr(recv->type));
      }
    });
  }
  sig->params = params;
  sig->results = results;
  sig->variadic = variadic;
  env.scope = saved;
  return sig;
}

}  // namespace gs::types
