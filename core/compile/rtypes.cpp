// Runtime type descriptors: one canonical rt::RType per distinct Go type the
// running program can observe (interface conversions, heap objects, maps).
#include <algorithm>

#include "core/compile/internal.h"

namespace gs::compile {

namespace {

std::string basicName(ty::Kind k) {
  switch (k) {
    case ty::Kind::Bool: return "bool";
    case ty::Kind::Int: return "int";
    case ty::Kind::Int8: return "int8";
    case ty::Kind::Int16: return "int16";
    case ty::Kind::Int32: return "int32";
    case ty::Kind::Int64: return "int64";
    case ty::Kind::Uint: return "uint";
    case ty::Kind::Uint8: return "uint8";
    case ty::Kind::Uint16: return "uint16";
    case ty::Kind::Uint32: return "uint32";
    case ty::Kind::Uint64: return "uint64";
    case ty::Kind::Uintptr: return "uintptr";
    case ty::Kind::Float32: return "float32";
    case ty::Kind::Float64: return "float64";
    case ty::Kind::Complex64: return "complex64";
    case ty::Kind::Complex128: return "complex128";
    case ty::Kind::String: return "string";
    case ty::Kind::UnsafePointer: return "unsafe.Pointer";
    default: return "invalid";
  }
}

}  // namespace

// The type's name as reflect (and so %T and panics) prints it.
std::string reflectName(ty::Type* t) {
  if (t->isBasic()) return basicName(t->kind);
  switch (t->kind) {
    case ty::Kind::Named: {
      auto* n = t->as<ty::NamedType>();
      std::string s;
      if (n->obj && n->obj->pkg) s = n->obj->pkg->name + ".";
      s += n->obj ? n->obj->name : "?";
      if (n->obj && !n->obj->pkg && n->obj->name == "error") return "error";
      if (!n->typeArgs.empty()) {
        s += "[";
        for (size_t i = 0; i < n->typeArgs.size(); i++) {
          if (i) s += ",";
          s += reflectName(n->typeArgs[i]);
        }
        s += "]";
      }
      return s;
    }
    case ty::Kind::Pointer: return "*" + reflectName(t->as<ty::PointerType>()->elem);
    case ty::Kind::Slice: return "[]" + reflectName(t->as<ty::SliceType>()->elem);
    case ty::Kind::Array: {
      auto* a = t->as<ty::ArrayType>();
      return "[" + std::to_string(a->len) + "]" + reflectName(a->elem);
    }
    case ty::Kind::Map: {
      auto* m = t->as<ty::MapType>();
      return "map[" + reflectName(m->key) + "]" + reflectName(m->elem);
    }
    case ty::Kind::Chan: {
      auto* c = t->as<ty::ChanType>();
      std::string e = reflectName(c->elem);
      if (c->dir == syn::ChanDir::Send) return "chan<- " + e;
      if (c->dir == syn::ChanDir::Recv) return "<-chan " + e;
      if (c->elem->kind == ty::Kind::Chan && c->elem->as<ty::ChanType>()->dir == syn::ChanDir::Recv)
        return "chan (" + e + ")";
      return "chan " + e;
    }
    case ty::Kind::Signature: {
      auto* s = t->as<ty::Signature>();
      std::string r = "func(";
      for (size_t i = 0; i < s->params->vars.size(); i++) {
        if (i) r += ", ";
        ty::Type* pt = s->params->vars[i]->type;
        if (s->variadic && i + 1 == s->params->vars.size()) {
          r += "..." + reflectName(pt->as<ty::SliceType>() ? pt->as<ty::SliceType>()->elem : pt);
        } else {
          r += reflectName(pt);
        }
      }
      r += ")";
      size_t nr = s->results->vars.size();
      if (nr == 1) r += " " + reflectName(s->results->vars[0]->type);
      if (nr > 1) {
        r += " (";
        for (size_t i = 0; i < nr; i++) {
          if (i) r += ", ";
          r += reflectName(s->results->vars[i]->type);
        }
        r += ")";
      }
      return r;
    }
    case ty::Kind::Struct: {
      auto* s = t->as<ty::StructType>();
      if (s->fields.empty()) return "struct {}";
      std::string r = "struct { ";
      for (size_t i = 0; i < s->fields.size(); i++) {
        if (i) r += "; ";
        ty::Var* f = s->fields[i];
        if (!f->embedded) r += f->name + " ";
        r += reflectName(f->type);
        if (i < s->tags.size() && !s->tags[i].empty()) r += " " + ty::quoteGo(s->tags[i]);
      }
      return r + " }";
    }
    case ty::Kind::Interface: {
      auto* it = t->as<ty::InterfaceType>();
      if (it->allMethods.empty()) return "interface {}";
      std::string r = "interface { ";
      for (size_t i = 0; i < it->allMethods.size(); i++) {
        if (i) r += "; ";
        ty::Func* m = it->allMethods[i];
        std::string sig = reflectName(m->type);
        r += m->name + sig.substr(4);  // drop "func"
      }
      return r + " }";
    }
    default:
      return "?";
  }
}

int32_t Compiler::typeIndex(ty::Type* t) {
  // Aliases are resolved by the checker; canonicalize by name, then identity.
  std::string key = reflectName(t);
  auto& bucket = typesByName_[key];
  for (size_t i : bucket)
    if (ty::identical(typeList_[i].first, t)) return typeList_[i].second;
  auto r = std::make_unique<rt::RType>();
  rt::RType* raw = r.get();
  int32_t idx = static_cast<int32_t>(prog->types.size());
  raw->id = idx;
  raw->name = key;
  prog->types.push_back(std::move(r));
  typeList_.push_back({t, idx});
  bucket.push_back(typeList_.size() - 1);
  fillRType(raw, t);
  return idx;
}

void Compiler::fillRType(rt::RType* r, ty::Type* t) {
  ty::Type* u = ty::underlying(t);
  r->size = ty::sizeOf(t);
  r->align = ty::alignOf(t);
  if (auto* n = t->as<ty::NamedType>()) {
    r->flags |= rt::kNamed;
    if (n->obj && n->obj->pkg) r->pkgPath = n->obj->pkg->path;
  }
  if (isPointerShaped(t)) r->flags |= rt::kPointerShaped;
  if (hasPointers(t)) r->flags |= rt::kHasPointers;
  {
    std::vector<int32_t> words;
    pointerWords(t, 0, &words);
    r->ptrOffsets.assign(words.begin(), words.end());
  }
  bool regular = true;  // equality is plain memory comparison
  bool comparable = true;
  switch (u->kind) {
    case ty::Kind::Bool: r->kind = rt::RKind::Bool; break;
    case ty::Kind::Int: r->kind = rt::RKind::Int; break;
    case ty::Kind::Int8: r->kind = rt::RKind::Int8; break;
    case ty::Kind::Int16: r->kind = rt::RKind::Int16; break;
    case ty::Kind::Int32: r->kind = rt::RKind::Int32; break;
    case ty::Kind::Int64: r->kind = rt::RKind::Int64; break;
    case ty::Kind::Uint: r->kind = rt::RKind::Uint; break;
    case ty::Kind::Uint8: r->kind = rt::RKind::Uint8; break;
    case ty::Kind::Uint16: r->kind = rt::RKind::Uint16; break;
    case ty::Kind::Uint32: r->kind = rt::RKind::Uint32; break;
    case ty::Kind::Uint64: r->kind = rt::RKind::Uint64; break;
    case ty::Kind::Uintptr: r->kind = rt::RKind::Uintptr; break;
    case ty::Kind::Float32: r->kind = rt::RKind::Float32; regular = false; break;
    case ty::Kind::Float64: r->kind = rt::RKind::Float64; regular = false; break;
    case ty::Kind::Complex64: r->kind = rt::RKind::Complex64; regular = false; break;
    case ty::Kind::Complex128: r->kind = rt::RKind::Complex128; regular = false; break;
    case ty::Kind::String: r->kind = rt::RKind::String; regular = false; break;
    case ty::Kind::UnsafePointer: r->kind = rt::RKind::UnsafePointer; break;
    case ty::Kind::Pointer:
      r->kind = rt::RKind::Pointer;
      r->elem = rtypeOf(u->as<ty::PointerType>()->elem);
      break;
    case ty::Kind::Slice:
      r->kind = rt::RKind::Slice;
      r->elem = rtypeOf(u->as<ty::SliceType>()->elem);
      comparable = false;
      break;
    case ty::Kind::Array: {
      auto* a = u->as<ty::ArrayType>();
      r->kind = rt::RKind::Array;
      r->elem = rtypeOf(a->elem);
      r->len = a->len;
      comparable = r->elem->has(rt::kComparable);
      regular = r->elem->has(rt::kRegularMemory);
      break;
    }
    case ty::Kind::Map: {
      auto* m = u->as<ty::MapType>();
      r->kind = rt::RKind::Map;
      r->key = rtypeOf(m->key);
      r->elem = rtypeOf(m->elem);
      comparable = false;
      break;
    }
    case ty::Kind::Chan: {
      auto* c = u->as<ty::ChanType>();
      r->kind = rt::RKind::Chan;
      r->elem = rtypeOf(c->elem);
      r->chanDir = static_cast<uint8_t>(c->dir);
      break;
    }
    case ty::Kind::Signature: {
      auto* s = u->as<ty::Signature>();
      r->kind = rt::RKind::Func;
      for (ty::Var* p : s->params->vars) r->in.push_back(rtypeOf(p->type));
      for (ty::Var* p : s->results->vars) r->out.push_back(rtypeOf(p->type));
      r->variadic = s->variadic;
      comparable = false;
      break;
    }
    case ty::Kind::Struct: {
      auto* s = u->as<ty::StructType>();
      r->kind = rt::RKind::Struct;
      int64_t end = 0;
      for (ty::Var* f : s->fields) {
        rt::RField rf;
        rf.name = f->name;
        rf.type = rtypeOf(f->type);
        rf.offset = f->offset;
        rf.embedded = f->embedded;
        rf.exported = f->exported();
        if (!rf.type->has(rt::kComparable)) comparable = false;
        if (!rf.type->has(rt::kRegularMemory) || f->name == "_") regular = false;
        if (f->offset != end) regular = false;  // padding bytes are not compared
        end = f->offset + rf.type->size;
        r->fields.push_back(rf);
      }
      if (end != r->size) regular = false;
      break;
    }
    case ty::Kind::Interface: {
      auto* it = u->as<ty::InterfaceType>();
      r->kind = rt::RKind::Interface;
      regular = false;
      for (ty::Func* m : it->allMethods) {
        rt::RIMethod im;
        im.name = methodKey(m);
        im.mtype = rtypeOf(m->type);
        r->imethods.push_back(im);
      }
      std::sort(r->imethods.begin(), r->imethods.end(),
                [](const rt::RIMethod& a, const rt::RIMethod& b) { return a.name < b.name; });
      break;
    }
    default:
      break;
  }
  if (comparable) r->flags |= rt::kComparable;
  if (regular && comparable) r->flags |= rt::kRegularMemory;
  // Method sets are filled at the end (they need functions compiled).
  if (u->kind != ty::Kind::Interface) pendingMethodSets_.push_back({r, t});
}

namespace {

// Collects candidate method names of t's method set: declared methods of the
// named type (or the pointed-to named type) and of embedded fields.
void methodNames(ty::Type* t, std::vector<std::string>* out, int depth) {
  if (depth > 8) return;
  if (auto* p = t->as<ty::PointerType>()) t = p->elem;
  if (auto* n = t->as<ty::NamedType>()) {
    for (ty::Func* m : n->origin->methods) out->push_back(m->name);
  }
  ty::Type* u = ty::underlying(t);
  if (auto* s = u->as<ty::StructType>()) {
    for (ty::Var* f : s->fields)
      if (f->embedded) methodNames(f->type, out, depth + 1);
  } else if (auto* it = u->as<ty::InterfaceType>()) {
    if (depth > 0)
      for (ty::Func* m : it->allMethods) out->push_back(m->name);
  }
}

}  // namespace

// Fills the method sets of every RType made so far; compiling the methods
// may create more RTypes and queue more functions, so run() calls this
// whenever the queue drains.
void Compiler::finishTypes() {
  while (!pendingMethodSets_.empty()) {
    auto [r, t] = pendingMethodSets_.back();
    pendingMethodSets_.pop_back();
    std::vector<std::string> names;
    methodNames(t, &names, 0);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    bool isPtr = ty::underlying(t)->kind == ty::Kind::Pointer && t->kind != ty::Kind::Named;
    for (const std::string& name : names) {
      std::vector<int> index;
      bool indirect = false;
      ty::Object* obj = ty::lookupFieldOrMethod(t, false, nullptr, name, &index, &indirect);
      if (!obj || obj->kind != ty::ObjKind::Func) {
        // Unexported methods of other packages need the package to look up.
        for (ty::Package* p : packages) {
          obj = ty::lookupFieldOrMethod(t, false, p, name, &index, &indirect);
          if (obj && obj->kind == ty::ObjKind::Func) break;
        }
        if (!obj || obj->kind != ty::ObjKind::Func) continue;
      }
      auto* m = static_cast<ty::Func*>(obj);
      // A pointer-receiver method is in the method set of *T only (or of T
      // when reached through an embedded pointer).
      if (m->ptrRecv && !isPtr && !indirect) continue;
      bool ptrRecv = false;
      int32_t fn = methodFunc(t, name, &ptrRecv);
      if (fn < 0) continue;
      rt::RMethod rm;
      rm.name = methodKey(m);
      rm.mtype = rtypeOf(m->type);
      rm.func = fn;
      rm.ptrRecv = ptrRecv;
      r->methods.push_back(rm);
    }
    std::sort(r->methods.begin(), r->methods.end(),
              [](const rt::RMethod& a, const rt::RMethod& b) { return a.name < b.name; });
  }
}

}  // namespace gs::compile
