// Declarations: collecting package-level objects, checking them in
// dependency order with cycle detection, local declarations, function
// bodies and the "declared and not used" / "imported and not used" checks.
#include <algorithm>

#include "core/syntax/parser.h"
#include "core/types/check_internal.h"

namespace gs::types {

using namespace syntax;

namespace {
constexpr int kWhite = 0, kBlack = 1, kGrey = 2;

bool posBefore(Pos a, Pos b) {
  if (a.file != b.file) return a.file < b.file;
  if (a.line != b.line) return a.line < b.line;
  return a.col < b.col;
}
}  // namespace

// ---------------------------------------------------------------------------
// Declaring objects

void Checker::declareInScope(Scope* s, Ident* id, Object* obj, Pos scopePos) {
  (void)scopePos;
  if (obj->name != "_") {
    if (Object* alt = s->insert(obj)) {
      std::vector<std::pair<Pos, std::string>> subs;
      if (alt->pos.valid()) subs.push_back({alt->pos, "other declaration of " + alt->name});
      errorWithSub(obj->pos, obj->name + " redeclared in this block", subs);
      if (id) recordDef(id, obj);
      return;
    }
    obj->parent = s;
  }
  if (id) recordDef(id, obj);
}

void Checker::declarePkgObj(Ident* id, Object* obj, DeclInfo* d) {
  if (id->name == "init") {
    error(id->pos, "cannot declare init - must be func");
    return;
  }
  if (id->name == "main" && pkg->name == "main") {
    error(id->pos, "cannot declare main - must be func");
    return;
  }
  declareInScope(pkg->scope, id, obj, Pos{});
  objMap[obj] = d;
  objList.push_back(obj);
}

namespace {
// The "arity" check of const/var specs.
void arity(Checker& c, Pos pos, const std::vector<Ident*>& names, const std::vector<Expr*>& inits, bool constDecl,
           bool inherited) {
  size_t l = names.size(), r = inits.size();
  if (l < r) {
    Expr* n = inits[l];
    if (inherited) c.error(pos, "extra init expr at " + c.posString(n->pos));
    else c.error(c.startPos(n), "extra init expr " + c.exprStr(n));
  } else if (l > r && (constDecl || r != 1)) {
    Ident* n = names[r];
    c.error(n->pos, "missing init expr for " + n->name);
  }
}

// Strips pointer and parentheses off a receiver type expression and finds
// the base type name and its type parameter names: (*List[T]) -> List, [T].
Expr* unpackRecv(Expr* rtyp, bool* ptr, std::vector<Ident*>* tparams) {
  *ptr = false;
  rtyp = unparen(rtyp);
  if (auto* s = rtyp->as<StarExpr>()) {
    *ptr = true;
    rtyp = unparen(s->x);
  } else if (auto* u = rtyp->as<UnaryExpr>(); u && u->op == Tok::Mul) {
    *ptr = true;
    rtyp = unparen(u->x);
  }
  if (auto* ix = rtyp->as<IndexExpr>()) {
    rtyp = ix->x;
    if (tparams) {
      for (Expr* e : ix->indices) {
        if (auto* id = unparen(e)->as<Ident>()) tparams->push_back(id);
        else tparams->push_back(nullptr);
      }
    }
  }
  return rtyp;
}
}  // namespace

void Checker::collectObjects() {
  struct MethodInfo {
    Func* obj;
    bool ptr;
    Ident* recv;
  };
  std::vector<MethodInfo> methods;
  for (File* file : files) {
    if (file->packageName && file->packageName->name == "_")
      error(file->packageName->pos, "invalid package name _");
    Scope* fileScope = ctx.make<Scope>(pkg->scope, file);
    pkg->scope->children.push_back(fileScope);
    fileScopes.push_back(fileScope);
    for (Decl* decl : file->decls) {
      if (auto* gd = decl->as<GenDecl>()) {
        switch (gd->tok) {
          case Tok::Import:
            for (Spec* sp : gd->specs) {
              auto* s = sp->as<ImportSpec>();
              if (!s || !s->path || s->path->bad) continue;
              Constant pv = makeFromLiteral(s->path->value, Tok::String);
              if (pv.kind != Constant::CKind::String || pv.s.empty()) {
                error(s->path->pos, "invalid import path (empty string)");
                continue;
              }
              std::string path = pv.s;
              Package* imp = nullptr;
              bool fake = false;
              if (path == "unsafe") {
                imp = ctx.unsafePackage();
              } else {
                std::string err;
                imp = importer.importPackage(path, &err);
                if (!imp) {
                  error(s->path->pos, err.empty() ? "could not import " + path : err);
                  // A fake package avoids follow-up errors.
                  imp = ctx.make<Package>();
                  imp->path = path;
                  size_t slash = path.rfind('/');
                  imp->name = slash == std::string::npos ? path : path.substr(slash + 1);
                  imp->scope = ctx.make<Scope>(ctx.universe(), nullptr);
                  fake = true;
                }
              }
              std::string name = imp->name;
              if (s->name) name = s->name->name;
              if (name == "init") {
                error(s->pos, "cannot import package as init - init must be a func");
                continue;
              }
              if (std::find(pkg->imports.begin(), pkg->imports.end(), imp) == pkg->imports.end())
                pkg->imports.push_back(imp);
              auto* pn = ctx.make<PkgName>(s->pos, pkg, name, imp);
              if (fake) pn->used = true;
              s->obj = pn;
              if (s->name) recordDef(s->name, pn);
              imports.push_back(pn);
              if (name == ".") {
                // Merge the exported names of the package into the file scope.
                for (auto& kv : imp->scope->names) {
                  if (!kv.second->exported()) continue;
                  if (Object* alt = fileScope->lookupLocal(kv.first)) {
                    std::vector<std::pair<Pos, std::string>> subs;
                    if (alt->pos.valid()) subs.push_back({alt->pos, "other declaration of " + alt->name});
                    errorWithSub(s->name->pos, alt->name + " redeclared in this block", subs);
                  } else {
                    fileScope->names.emplace(kv.first, kv.second);
                    dotImportMap[kv.second] = pn;
                  }
                }
              } else {
                declareInScope(fileScope, nullptr, pn, Pos{});
                pn->parent = fileScope;
              }
            }
            break;
          case Tok::Const: {
            ValueSpec* last = nullptr;
            for (size_t i = 0; i < gd->specs.size(); i++) {
              auto* s = gd->specs[i]->as<ValueSpec>();
              if (!s) continue;
              bool inherited = true;
              if (s->typeExpr || !s->values.empty()) {
                last = s;
                inherited = false;
              } else if (!last) {
                inherited = false;
              }
              static const std::vector<Expr*> none;
              const std::vector<Expr*>& values = last ? last->values : none;
              for (size_t j = 0; j < s->names.size(); j++) {
                Ident* name = s->names[j];
                auto* obj = ctx.make<ConstObj>(name->pos, pkg, name->name, nullptr,
                                               newConst(makeInt64(static_cast<int64_t>(i))));
                auto* d = newDecl();
                d->file = fileScope;
                d->vtype = last ? last->typeExpr : nullptr;
                d->init = j < values.size() ? values[j] : nullptr;
                d->inherited = inherited;
                d->spec = s;
                d->iota = static_cast<int>(i);
                declarePkgObj(name, obj, d);
              }
              arity(*this, s->pos, s->names, values, true, inherited);
            }
            break;
          }
          case Tok::Var:
            for (Spec* sp : gd->specs) {
              auto* s = sp->as<ValueSpec>();
              if (!s) continue;
              std::vector<Var*> lhs;
              for (Ident* name : s->names) {
                auto* v = ctx.make<Var>(name->pos, pkg, name->name, nullptr);
                v->isGlobal = true;
                lhs.push_back(v);
              }
              DeclInfo* d1 = nullptr;
              if (s->values.size() == 1 && s->names.size() > 1) {
                d1 = newDecl();
                d1->file = fileScope;
                d1->lhs = lhs;
                d1->vtype = s->typeExpr;
                d1->init = s->values[0];
                d1->spec = s;
              }
              for (size_t i = 0; i < s->names.size(); i++) {
                DeclInfo* d = d1;
                if (!d) {
                  d = newDecl();
                  d->file = fileScope;
                  d->vtype = s->typeExpr;
                  d->init = i < s->values.size() ? s->values[i] : nullptr;
                  d->spec = s;
                }
                declarePkgObj(s->names[i], lhs[i], d);
                pkg->globals.push_back(lhs[i]);
              }
              if (!s->typeExpr || !s->values.empty()) arity(*this, s->pos, s->names, s->values, false, false);
            }
            break;
          case Tok::Type:
            for (Spec* sp : gd->specs) {
              auto* s = sp->as<TypeSpec>();
              if (!s) continue;
              auto* obj = ctx.make<TypeName>(s->name->pos, pkg, s->name->name, nullptr);
              obj->isAlias = s->alias;
              auto* d = newDecl();
              d->file = fileScope;
              d->tdecl = s;
              declarePkgObj(s->name, obj, d);
            }
            break;
          default: break;
        }
      } else if (auto* fd = decl->as<FuncDecl>()) {
        const std::string& name = fd->name->name;
        auto* obj = ctx.make<Func>(fd->name->pos, pkg, name, nullptr);
        obj->decl = fd;
        if (!fd->recv) {
          if (name == "init" || (name == "main" && pkg->name == "main")) {
            if (fd->sig->typeParams && !fd->sig->typeParams->list.empty()) {
              error(fd->sig->typeParams->list[0]->pos, "func " + name + " must have no type parameters");
            }
            if ((fd->sig->params && !fd->sig->params->list.empty()) ||
                (fd->sig->results && !fd->sig->results->list.empty()))
              error(fd->name->pos, "func " + name + " must have no arguments and no return values");
          }
          if (name == "init") {
            obj->parent = pkg->scope;
            recordDef(fd->name, obj);
            if (!fd->hasBody()) error(obj->pos, "missing function body");
            pkg->initFuncs.push_back(obj);
          } else {
            declareInScope(pkg->scope, fd->name, obj, Pos{});
          }
        } else {
          // A method: associate it with its receiver base type name later.
          if (!fd->recv->list.empty() && fd->recv->list[0]->typeExpr) {
            bool ptr;
            Expr* base = unpackRecv(fd->recv->list[0]->typeExpr, &ptr, nullptr);
            obj->ptrRecv = ptr;
            if (auto* id = base->as<Ident>(); id && name != "_") methods.push_back({obj, ptr, id});
          }
          recordDef(fd->name, obj);
        }
        pkg->funcs.push_back(obj);
        auto* d = newDecl();
        d->file = fileScopes.back();
        d->fdecl = fd;
        objMap[obj] = d;
        objList.push_back(obj);
      }
    }
  }
  // Objects in the package and file scopes must have different names.
  for (Scope* fs : fileScopes) {
    for (auto& kv : fs->names) {
      if (Object* alt = pkg->scope->lookupLocal(kv.first)) {
        Object* obj = kv.second;
        if (obj->kind == ObjKind::PkgName) {
          auto* pn = static_cast<PkgName*>(obj);
          std::vector<std::pair<Pos, std::string>> subs;
          subs.push_back({pn->pos, "other declaration of " + pn->name});
          errorWithSub(alt->pos,
                       alt->name + " already declared through import of package " + pn->imported->name + " (\"" +
                           pn->imported->path + "\")",
                       subs);
        } else {
          error(alt->pos, alt->name + " already declared through dot-import of package " +
                              (obj->pkg ? obj->pkg->name + " (\"" + obj->pkg->path + "\")" : std::string("?")));
        }
      }
    }
  }
  // Associate methods with their receiver base type (following aliases).
  for (auto& m : methods) {
    bool ptr = m.ptr;
    std::string name = m.recv->name;
    std::unordered_set<Object*> seen;
    TypeName* base = nullptr;
    for (;;) {
      Object* o = pkg->scope->lookupLocal(name);
      if (!o || o->kind != ObjKind::TypeName || seen.count(o)) break;
      seen.insert(o);
      auto* tn = static_cast<TypeName*>(o);
      DeclInfo* d = objMap[tn];
      if (!d || !d->tdecl) break;
      if (!d->tdecl->alias) {
        base = tn;
        break;
      }
      // follow the alias
      bool p2;
      Expr* t = unpackRecv(d->tdecl->typeExpr, &p2, nullptr);
      if (p2) {
        if (ptr) break;
        ptr = true;
      }
      auto* id = t->as<Ident>();
      if (!id) break;
      name = id->name;
    }
    if (base) {
      m.obj->ptrRecv = ptr;
      methodsByRecv[base->name].push_back(m.obj);
    }
  }
}

void Checker::packageObjects() {
  std::vector<Object*> list = objList;
  // Non-alias types first, then aliases, then everything else (go/types'
  // order, which avoids needing an alias's type before it is known).
  std::vector<Object*> aliases, others;
  for (Object* o : list) {
    if (o->kind == ObjKind::TypeName) {
      if (objMap[o]->tdecl->alias) aliases.push_back(o);
      else objDecl(o, nullptr);
    } else {
      others.push_back(o);
    }
  }
  for (Object* o : aliases) objDecl(o, nullptr);
  for (Object* o : others) {
    // Lazy mode: constants and plain functions wait until they are used
    // (methods belong to their types' method sets; init functions run).
    if (lazyBodies && (o->kind == ObjKind::Const ||
                       (o->kind == ObjKind::Func && !objMap[o]->fdecl->recv && o->name != "init")))
      continue;
    objDecl(o, nullptr);
  }
}

// ---------------------------------------------------------------------------
// objDecl: check one package-level object, its dependencies first.

void Checker::objDecl(Object* obj, TypeName* def) {
  int& col = color[obj];
  if (col == kWhite && obj->type) {
    col = kBlack;
    return;
  }
  if (col == kBlack) return;
  if (col >= kGrey) {
    // A cycle (possibly valid, e.g. type T struct{ next *T }).
    switch (obj->kind) {
      case ObjKind::Const:
      case ObjKind::Var:
        if (!validCycle(obj) || !obj->type) obj->type = ctx.basic(Kind::Invalid);
        break;
      case ObjKind::TypeName:
        if (!validCycle(obj)) obj->type = ctx.basic(Kind::Invalid);
        break;
      case ObjKind::Func:
        validCycle(obj);
        break;
      default: break;
    }
    if (!obj->type) obj->type = ctx.basic(Kind::Invalid);
    return;
  }
  auto it = objMap.find(obj);
  if (it == objMap.end()) {
    // Another package's object that package has not declared yet.
    if (!obj->type && obj->pkg && obj->pkg != pkg && obj->pkg->lazy) obj->pkg->lazy->declare(obj);
    return;  // not a package-level object of this package
  }
  DeclInfo* d = it->second;
  col = kGrey + static_cast<int>(objPath.size());
  objPath.push_back(obj);

  Environment saved = env;
  env = Environment();
  env.scope = d->file;
  switch (obj->kind) {
    case ObjKind::Const:
      env.decl = d;
      constDecl(static_cast<ConstObj*>(obj), d->vtype, d->init, d->inherited);
      break;
    case ObjKind::Var:
      env.decl = d;
      varDecl(static_cast<Var*>(obj), d->lhs, d->vtype, d->init);
      break;
    case ObjKind::TypeName:
      typeDecl(static_cast<TypeName*>(obj), d->tdecl, def);
      collectMethods(static_cast<TypeName*>(obj));
      break;
    case ObjKind::Func:
      funcDecl(static_cast<Func*>(obj), d);
      break;
    default: break;
  }
  env = saved;
  objPath.pop_back();
  color[obj] = kBlack;
}

bool Checker::validCycle(Object* obj) {
  int start = color[obj] - kGrey;
  if (start < 0 || static_cast<size_t>(start) >= objPath.size()) return true;
  std::vector<Object*> cycle(objPath.begin() + start, objPath.end());
  bool tparCycle = false;
  size_t nval = 0, ndef = 0;
  for (Object* o : cycle) {
    if (o->kind == ObjKind::Const || o->kind == ObjKind::Var) {
      nval++;
    } else if (o->kind == ObjKind::TypeName) {
      if (env.inTParamList && isGenericType(o->type)) {
        tparCycle = true;
        break;
      }
      if (!static_cast<TypeName*>(o)->isAlias) ndef++;
    }
  }
  if (!tparCycle) {
    // Cycles of only constants and variables are reported by initOrder.
    if (nval == cycle.size()) return true;
    // A cycle through types needs at least one type definition.
    if (nval == 0 && ndef > 0) return true;
  }
  size_t first = 0;
  for (size_t i = 1; i < cycle.size(); i++)
    if (posBefore(cycle[i]->pos, cycle[first]->pos)) first = i;
  cycleError(cycle, first);
  return false;
}

void Checker::cycleError(const std::vector<Object*>& cycle, size_t start) {
  auto name = [&](Object* o) {
    if (o->pkg && o->pkg != pkg) return o->pkg->name + "." + o->name;
    return o->name;
  };
  Object* obj = cycle[start];
  bool tname = obj->kind == ObjKind::TypeName;
  if (cycle.size() == 1) {
    if (tname) error(obj->pos, "invalid recursive type: " + name(obj) + " refers to itself");
    else error(obj->pos, "invalid cycle in declaration: " + name(obj) + " refers to itself");
    return;
  }
  std::string msg = tname ? "invalid recursive type " + name(obj) : "invalid cycle in declaration of " + name(obj);
  std::vector<std::pair<Pos, std::string>> subs;
  size_t i = start;
  for (size_t k = 0; k < cycle.size(); k++) {
    subs.push_back({obj->pos, name(obj) + " refers to"});
    i = (i + 1) % cycle.size();
    obj = cycle[i];
  }
  subs.push_back({obj->pos, name(obj)});
  errorWithSub(cycle[start]->pos, msg, subs);
}

// ---------------------------------------------------------------------------
// Constants, variables, types, functions

void Checker::constDecl(ConstObj* obj, Expr* typ, Expr* init, bool inherited) {
  const Constant* savedIota = env.iota;
  Pos savedErrpos = env.errpos;
  env.iota = obj->value;
  env.errpos = Pos{};
  obj->value = newConst(makeUnknown());
  if (typ) {
    Type* t = typExpr(typ);
    if (!isConstType(t)) {
      if (underlying(t)->kind != Kind::Invalid) error(startPos(typ), "invalid constant type " + typeStr(t));
      obj->type = ctx.basic(Kind::Invalid);
      env.iota = savedIota;
      env.errpos = savedErrpos;
      return;
    }
    obj->type = t;
  }
  Operand x;
  if (init) {
    if (inherited) env.errpos = obj->pos;
    expr(nullptr, x, init);
  }
  initConst(obj, x);
  env.iota = savedIota;
  env.errpos = savedErrpos;
}

void Checker::varDecl(Var* obj, const std::vector<Var*>& lhs, Expr* typ, Expr* init) {
  if (typ) obj->type = varType(typ);
  if (!init) {
    if (!typ) obj->type = ctx.basic(Kind::Invalid);
    return;
  }
  if (lhs.size() <= 1) {
    Operand x;
    std::string savedDesc = targetDesc;
    targetDesc = obj->name;
    expr(obj->type, x, init);
    targetDesc = savedDesc;
    initVar(obj, x, "variable declaration");
    return;
  }
  if (typ) {
    for (Var* v : lhs) v->type = obj->type;
  }
  initVars(lhs, {init}, nullptr);
}

void Checker::typeDecl(TypeName* obj, TypeSpec* tdecl, TypeName* def) {
  if (tdecl->alias) {
    if (tdecl->typeParams && !tdecl->typeParams->list.empty()) {
      error(tdecl->pos, "generic type alias requires GOEXPERIMENT=aliastypeparams");
    }
    obj->type = ctx.basic(Kind::Invalid);  // guards against cycles
    Type* rhs = typExpr(tdecl->typeExpr);
    // Remember the alias name for messages (see Type::alias): on a copy of
    // a basic type, or on a type literal made just for this declaration.
    Expr* te = unparen(tdecl->typeExpr);
    if (rhs->isBasic() && rhs->kind != Kind::Invalid && !rhs->isUntyped()) {
      auto* copy = ctx.make<BasicType>(rhs->kind, static_cast<BasicType*>(rhs)->name);
      copy->alias = obj;
      rhs = copy;
    } else if (!rhs->alias && !rhs->isBasic() &&
               (te->is<syntax::ArrayType>() || te->is<syntax::StructType>() || te->is<syntax::FuncType>() ||
                te->is<syntax::InterfaceType>() || te->is<syntax::MapType>() || te->is<syntax::ChanType>() ||
                te->is<syntax::StarExpr>())) {
      rhs->alias = obj;
    }
    obj->type = rhs;
    return;
  }
  // Later: detect invalid recursive types (struct{ x T }). Registered
  // before the rhs is checked, as go/types does, so that the outermost
  // type of a cycle reports it.
  auto* named = ctx.make<NamedType>();
  delayed.push_back([this, named] { validType(named); });
  named->obj = obj;
  named->expandCtx = &ctx;
  obj->type = named;
  (void)def;
  Scope* savedScope = env.scope;
  if (tdecl->typeParams && !tdecl->typeParams->list.empty()) {
    Scope* s = ctx.make<Scope>(env.scope, tdecl);
    env.scope->children.push_back(s);
    env.scope = s;
    named->typeParams = collectTypeParams(tdecl->typeParams, s, &named->typeParams);
  }
  // Checking the rhs may refer to the type itself (through pointers, etc.).
  Type* rhs = definedType(tdecl->typeExpr, obj);
  env.scope = savedScope;
  if (isTypeParam(rhs)) {
    error(startPos(tdecl->typeExpr), "cannot use a type parameter as RHS in type declaration");
    named->underlyingType = ctx.basic(Kind::Invalid);
    return;
  }
  if (!named->underlyingType) {
    Type* u = underlying(rhs);
    if (u->kind == Kind::Named) {
      // The rhs is a named type still being declared: a cycle of type
      // definitions without an underlying type (type A B; type B A).
      auto* other = static_cast<NamedType*>(u);
      auto pos = std::find(objPath.begin(), objPath.end(), static_cast<Object*>(other->obj));
      if (pos != objPath.end()) {
        std::vector<Object*> cycle(pos, objPath.end());
        size_t first = 0;
        for (size_t k = 1; k < cycle.size(); k++)
          if (posBefore(cycle[k]->pos, cycle[first]->pos)) first = k;
        cycleError(cycle, first);
        other->underlyingType = ctx.basic(Kind::Invalid);
      }
      u = ctx.basic(Kind::Invalid);
    }
    named->underlyingType = u;
  }
  namedRHS[named] = rhs;
}

void Checker::collectMethods(TypeName* obj) {
  auto it = methodsByRecv.find(obj->name);
  if (it == methodsByRecv.end()) return;
  // Only the package-level type of that name owns these methods.
  if (pkg->scope->lookupLocal(obj->name) != obj) return;
  std::vector<Func*> ms = std::move(it->second);
  methodsByRecv.erase(it);
  auto* base = obj->type ? obj->type->as<NamedType>() : nullptr;
  if (base) {
    delayed.push_back([this, base] { checkFieldUniqueness(base); });
  }
  for (Func* m : ms) {
    Func* alt = nullptr;
    if (base) {
      for (Func* x : base->methods)
        if (x->name == m->name) alt = x;
    }
    if (alt) {
      error(m->pos, "method " + obj->name + "." + m->name + " already declared at " + posString(alt->pos));
      continue;
    }
    if (base) {
      base->methods.push_back(m);
      for (NamedType* inst : base->instances) inst->methods = base->methods;
    }
  }
}

void Checker::checkFieldUniqueness(NamedType* base) {
  auto* st = underlying(base)->as<StructType>();
  if (!st) return;
  for (Var* f : st->fields) {
    if (f->name == "_") continue;
    for (Func* m : base->methods) {
      if (m->name == f->name) {
        std::vector<std::pair<Pos, std::string>> subs;
        subs.push_back({f->pos, "other declaration of " + f->name});
        errorWithSub(m->pos, "field and method with the same name " + f->name, subs);
      }
    }
  }
}

// validType reports types that contain themselves by value (Go spec: a
// struct or array type cannot contain itself, an interface cannot embed
// itself). Like go/types it walks the right-hand sides of type declarations
// (so `type x y; type y struct{ z }; type z [10]x` names x, y and z), keeps
// the instances being expanded in `nest` to resolve type parameters, and
// reports a cycle starting at its first type on the path.
namespace {
bool validType0(Checker& c, Type* typ, std::vector<NamedType*> nest, std::vector<NamedType*> path) {
  if (!typ) return true;
  switch (typ->kind) {
    case Kind::Array: return validType0(c, static_cast<ArrayType*>(typ)->elem, nest, path);
    case Kind::Struct:
      for (Var* f : static_cast<StructType*>(typ)->fields)
        if (!validType0(c, f->type, nest, path)) return false;
      return true;
    case Kind::Interface: {
      auto* it = static_cast<InterfaceType*>(typ);
      for (Type* e : it->embeddeds)
        if (!validType0(c, e, nest, path)) return false;
      if (it->implicit && it->embeddeds.empty())
        for (auto& t : it->terms)
          if (!validType0(c, t.type, nest, path)) return false;
      return true;
    }
    case Kind::Named: {
      auto* n = static_cast<NamedType*>(typ);
      Type* u = underlying(n);
      if (!u || u->kind == Kind::Invalid) return false;
      if (n->obj && n->obj->pkg != c.pkg) return true;  // imported types are valid
      if (nest.size() > 64) return true;  // runaway instantiation; reported elsewhere
      for (NamedType* e : nest) {
        if (e == n || identical(e, n)) {
          n->underlyingType = c.ctx.basic(Kind::Invalid);
          n->origin->underlyingType = c.ctx.basic(Kind::Invalid);
          for (size_t start = 0; start < path.size(); start++) {
            if (path[start] == n || identical(path[start], n)) {
              std::vector<Object*> cycle;
              for (size_t j = start; j < path.size(); j++) cycle.push_back(path[j]->obj);
              c.cycleError(cycle, 0);
              return false;
            }
          }
          return false;
        }
      }
      auto rit = c.namedRHS.find(n->origin);
      Type* rhs = rit != c.namedRHS.end() ? rit->second : n->origin->underlyingType;
      nest.push_back(n);
      path.push_back(n);
      return validType0(c, rhs, nest, path);
    }
    case Kind::TypeParam: {
      if (nest.empty()) return true;
      NamedType* inst = nest.back();
      const auto& tps = inst->origin->typeParams;
      for (size_t i = 0; i < tps.size(); i++) {
        if (tps[i] == typ && i < inst->typeArgs.size()) {
          std::vector<NamedType*> outer(nest.begin(), nest.end() - 1);
          return validType0(c, inst->typeArgs[i], outer, path);
        }
      }
      return true;
    }
    default: return true;
  }
}
}  // namespace

void Checker::validType(NamedType* t) { validType0(*this, t, {}, {}); }

void Checker::funcDecl(Func* obj, DeclInfo* d) {
  auto* sig = ctx.make<Signature>();
  sig->params = ctx.make<Tuple>();
  sig->results = ctx.make<Tuple>();
  obj->type = sig;  // guards against cycles
  FuncDecl* fdecl = d->fdecl;
  int savedColor = color[obj];
  color[obj] = kBlack;
  Scope* scope = nullptr;
  funcType(fdecl->sig, fdecl->recv, fdecl, &scope, sig);
  color[obj] = savedColor;
  funcScopes[fdecl] = scope;
  if (fdecl->sig->typeParams && !fdecl->sig->typeParams->list.empty() && !fdecl->body && !pkg->isPrelude) {
    error(fdecl->pos, "generic function is missing function body");
  }
  if (!fdecl->body && !pkg->isPrelude && obj->name != "init") {
    // cmd/compile reports this after type checking; record it here.
    // (a soft error: dropped when there are type errors, as Go never gets
    // that far then).
    delayed.push_back([this, fdecl] { diags.softError(fdecl->name->pos, "missing function body"); });
  }
  if (fdecl->hasBody() && lazyBodies && !(obj->name == "init" && !fdecl->recv)) {
    waitingBodies[obj] = fdecl->body;  // (null if the parser skipped it)
    fdecl->body = nullptr;
    obj->bodyWaiting = true;
    return;
  }
  syntax::parseSkippedBody(sources, fdecl, diags);
  if (fdecl->body) delayed.push_back([this, d, obj] { funcDeclBody(d, obj); });
}

// A package-level function's body, checked apart from whatever declaration
// is in progress when it is.
void Checker::funcDeclBody(DeclInfo* d, Func* obj) {
  Environment saved = env;
  env = Environment();
  env.decl = d;
  funcBody(d->fdecl, obj->name, obj->sig(), d->fdecl->body, nullptr);
  env = saved;
}

void Checker::funcBody(Node* fnode, const std::string& name, Signature* sig, BlockStmt* body,
                       const Constant* iota) {
  (void)name;
  Environment saved = env;
  DeclInfo* decl = env.decl;
  env = Environment();
  env.decl = decl;
  env.scope = funcScopes[fnode];
  env.iota = iota;
  env.sig = sig;
  env.funcNode = fnode;
  stmtList(0, body->list);
  if (!sig->results->vars.empty() && !isTerminatingList(body->list, "")) {
    error(body->rbrace, "missing return");
  }
  usage(env.scope);
  env = saved;
}

void Checker::usage(Scope* scope) {
  std::vector<Var*> unused;
  for (auto& kv : scope->names) {
    Object* o = kv.second;
    if (o->kind == ObjKind::Var && o->parent == scope) {
      auto* v = static_cast<Var*>(o);
      if (!v->used && !v->isParam && !v->isResult && !v->isGlobal && !v->isField) unused.push_back(v);
    }
  }
  std::sort(unused.begin(), unused.end(), [](Var* a, Var* b) { return posBefore(a->pos, b->pos); });
  for (Var* v : unused) error(v->pos, "declared and not used: " + v->name);
  for (Scope* c : scope->children) {
    bool isFunc = c->node && (c->node->kind == NodeKind::FuncType || c->node->kind == NodeKind::FuncLit);
    if (!isFunc) usage(c);
  }
}

void Checker::unusedImports() {
  for (PkgName* pn : imports) {
    if (pn->used || pn->name == "_") continue;
    const std::string& path = pn->imported->path;
    std::string elem = path;
    size_t slash = elem.rfind('/');
    if (slash != std::string::npos) elem = elem.substr(slash + 1);
    if (pn->name == "." || pn->name == elem) error(pn->pos, quoteGo(path) + " imported and not used");
    else error(pn->pos, quoteGo(path) + " imported as " + pn->name + " and not used");
  }
}

// ---------------------------------------------------------------------------
// Local declarations

void Checker::declStmt(GenDecl* d) {
  switch (d->tok) {
    case Tok::Const: {
      ValueSpec* last = nullptr;
      for (size_t i = 0; i < d->specs.size(); i++) {
        auto* s = d->specs[i]->as<ValueSpec>();
        if (!s) continue;
        size_t top = delayed.size();
        bool inherited = true;
        if (s->typeExpr || !s->values.empty()) {
          last = s;
          inherited = false;
        } else if (!last) {
          inherited = false;
        }
        static const std::vector<Expr*> none;
        const std::vector<Expr*>& values = last ? last->values : none;
        std::vector<ConstObj*> lhs;
        for (size_t j = 0; j < s->names.size(); j++) {
          Ident* name = s->names[j];
          auto* obj = ctx.make<ConstObj>(name->pos, pkg, name->name, nullptr,
                                         newConst(makeInt64(static_cast<int64_t>(i))));
          lhs.push_back(obj);
          constDecl(obj, last ? last->typeExpr : nullptr, j < values.size() ? values[j] : nullptr, inherited);
        }
        arity(*this, s->pos, s->names, values, true, inherited);
        for (size_t k = top; k < delayed.size(); k++) {
          auto f = delayed[k];
          f();
        }
        delayed.resize(top);
        for (size_t j = 0; j < s->names.size(); j++) declareInScope(env.scope, s->names[j], lhs[j], Pos{});
      }
      break;
    }
    case Tok::Var:
      for (Spec* sp : d->specs) {
        auto* s = sp->as<ValueSpec>();
        if (!s) continue;
        size_t top = delayed.size();
        std::vector<Var*> lhs0;
        for (Ident* name : s->names) {
          auto* v = ctx.make<Var>(name->pos, pkg, name->name, nullptr);
          v->declaringFunc = env.funcNode;
          lhs0.push_back(v);
        }
        const auto& values = s->values;
        for (size_t i = 0; i < lhs0.size(); i++) {
          std::vector<Var*> lhs;
          Expr* init = nullptr;
          if (values.size() == s->names.size()) {
            init = values[i];
          } else if (values.size() == 1) {
            lhs = lhs0;
            init = values[0];
          } else if (i < values.size()) {
            init = values[i];
          }
          varDecl(lhs0[i], lhs, s->typeExpr, init);
          if (values.size() == 1) break;
        }
        // Variables left without a type (errors) become invalid.
        for (Var* v : lhs0)
          if (!v->type) v->type = ctx.basic(Kind::Invalid);
        if (!s->typeExpr || !values.empty()) arity(*this, s->pos, s->names, values, false, false);
        for (size_t k = top; k < delayed.size(); k++) {
          auto f = delayed[k];
          f();
        }
        delayed.resize(top);
        for (size_t i = 0; i < s->names.size(); i++) declareInScope(env.scope, s->names[i], lhs0[i], Pos{});
      }
      break;
    case Tok::Type:
      for (Spec* sp : d->specs) {
        auto* s = sp->as<TypeSpec>();
        if (!s) continue;
        auto* obj = ctx.make<TypeName>(s->name->pos, pkg, s->name->name, nullptr);
        obj->isAlias = s->alias;
        declareInScope(env.scope, s->name, obj, Pos{});
        color[obj] = kGrey + static_cast<int>(objPath.size());
        objPath.push_back(obj);
        typeDecl(obj, s, nullptr);
        objPath.pop_back();
        color[obj] = kBlack;
      }
      break;
    default: break;
  }
}

}  // namespace gs::types
