// The location graph: locations, holes and assignment edges (Go's
// escape/graph.go), the parameter leak sets (leaks.go) and the type
// predicates the lowering needs.
#include <algorithm>

#include "core/escape/internal.h"

namespace gs::escape {

// ---------------------------------------------------------------- Leaks

void Leaks::add(int i, int derefs) {
  int old = get(i);
  if (old < 0 || derefs < old) set(i, derefs);
}

void Leaks::set(int i, int derefs) {
  int v = derefs + 1;
  if (v < 0) v = 0;
  if (v > 255) v = 255;
  v_[i] = static_cast<uint8_t>(v);
}

void Leaks::optimize() {
  // With a path to the heap, equal or longer paths elsewhere add nothing.
  int x = heap();
  if (x >= 0) {
    for (int i = 1; i < 8; i++) {
      if (get(i) >= x) set(i, -1);
    }
  }
}

// ---------------------------------------------------------------- types

bool isInterface(ty::Type* t) {
  return t && t->kind != ty::Kind::TypeParam && ty::underlying(t)->kind == ty::Kind::Interface;
}

bool hasPointers(ty::Type* t) {
  if (!t) return true;
  if (t->kind == ty::Kind::TypeParam) return true;  // unknown shape: assume pointers
  ty::Type* u = ty::underlying(t);
  if (u->isBasic()) {
    switch (u->kind) {
      case ty::Kind::String: case ty::Kind::UnsafePointer: case ty::Kind::UntypedString:
      case ty::Kind::UntypedNil:
        return true;
      default:
        return false;
    }
  }
  switch (u->kind) {
    case ty::Kind::Array: {
      auto* a = u->as<ty::ArrayType>();
      return a->len > 0 && hasPointers(a->elem);
    }
    case ty::Kind::Struct:
      for (ty::Var* f : u->as<ty::StructType>()->fields)
        if (hasPointers(f->type)) return true;
      return false;
    case ty::Kind::Tuple:
      for (ty::Var* v : u->as<ty::Tuple>()->vars)
        if (hasPointers(v->type)) return true;
      return false;
    default:
      return true;
  }
}

// Go's types.IsDirectIface: values stored directly in an interface's data
// word (pointer-shaped).
bool isDirectIface(ty::Type* t) {
  if (!t || t->kind == ty::Kind::TypeParam) return false;
  ty::Type* u = ty::underlying(t);
  switch (u->kind) {
    case ty::Kind::Pointer: case ty::Kind::Chan: case ty::Kind::Map: case ty::Kind::Signature:
    case ty::Kind::UnsafePointer:
      return true;
    case ty::Kind::Array: {
      auto* a = u->as<ty::ArrayType>();
      return a->len == 1 && isDirectIface(a->elem);
    }
    case ty::Kind::Struct: {
      auto* s = u->as<ty::StructType>();
      return s->fields.size() == 1 && isDirectIface(s->fields[0]->type);
    }
    default:
      return false;
  }
}

bool isString(ty::Type* t) {
  if (!t || t->kind == ty::Kind::TypeParam) return false;
  ty::Type* u = ty::underlying(t);
  return u->kind == ty::Kind::String || u->kind == ty::Kind::UntypedString;
}
bool isArray(ty::Type* t) { return t && t->kind != ty::Kind::TypeParam && ty::underlying(t)->kind == ty::Kind::Array; }
bool isSlice(ty::Type* t) { return t && t->kind != ty::Kind::TypeParam && ty::underlying(t)->kind == ty::Kind::Slice; }
bool isPointer(ty::Type* t) { return t && t->kind != ty::Kind::TypeParam && ty::underlying(t)->kind == ty::Kind::Pointer; }
bool isMap(ty::Type* t) { return t && t->kind != ty::Kind::TypeParam && ty::underlying(t)->kind == ty::Kind::Map; }
bool isUintptr(ty::Type* t) { return t && t->kind != ty::Kind::TypeParam && ty::underlying(t)->kind == ty::Kind::Uintptr; }
bool isUnsafePointer(ty::Type* t) {
  return t && t->kind != ty::Kind::TypeParam && ty::underlying(t)->kind == ty::Kind::UnsafePointer;
}

int64_t typeSize(ty::Type* t) {
  if (!t || t->kind == ty::Kind::TypeParam) return 8;
  return ty::sizeOf(t);
}

// ---------------------------------------------------------------- Batch

bool Batch::explain() const { return an->verbosity >= 2; }

Location* Batch::newLoc(Func* curfn, int loopDepth, bool persists) {
  locStore.emplace_back();
  Location* loc = &locStore.back();
  loc->curfn = curfn;
  loc->loopDepth = loopDepth;
  if (persists) loc->attrs |= kAttrPersists;
  allLocs.push_back(loc);
  return loc;
}

Location* Batch::oldLoc(const ty::Var* v) {
  auto it = varLocs.find(v);
  return it == varLocs.end() ? nullptr : it->second;
}

Hole Batch::note(Hole k, syn::Pos pos, std::string where, const char* why) {
  if (!explain()) return k;
  noteStore.push_back(Note{k.notes, pos, std::move(where), why});
  k.notes = &noteStore.back();
  return k;
}

// Records the assignment k.dst = *^k.derefs src.
void Batch::flow(Hole k, Location* src) {
  if (k.addrtaken) src->addrtaken = true;
  Location* dst = k.dst;
  if (dst == &blankLoc) return;
  if (dst == src && k.derefs >= 0) return;  // dst = dst, dst = *dst, ...
  if (dst->hasAttr(kAttrEscapes) && k.derefs < 0) {  // dst = &src with dst in the heap
    // Like Go, -m=2 explains every such flow, also for a location that
    // already escaped (wg.Add(1); ...; wg.Wait() explains wg twice).
    if (explain()) {
      an->message(src->pos, src->text + " escapes to heap:");
      explainFlow(src->pos, dst, src, k.derefs, k.notes);
    }
    if (!src->hasAttr(kAttrEscapes) && !src->escapeWhy) src->escapeWhy = escapeReason(dst, src);
    src->attrs |= kAttrEscapes | kAttrPersists | kAttrMutates | kAttrCalls;
    return;
  }
  dst->edges.push_back(Edge{src, k.derefs, k.notes});
}

bool Batch::inMutualBatch(Func* fn) const {
  // A function of this batch has not been tagged yet: its parameters and
  // results take part in the graph directly.
  return fn && fn->esc != kFuncUnknown && fn->esc < kFuncTagged;
}

// Decides how the closure captures each variable and adds the flows
// (Go's flowClosure): by value for variables <= 128 bytes that are never
// reassigned and whose address is not taken.
void Batch::flowClosure(Hole k, Func* clo) {
  for (const Capture& cv : clo->closureVars) {
    Location* loc = oldLoc(cv.var);
    if (!loc) continue;
    bool byval = !loc->addrtaken && !loc->reassigned && typeSize(cv.var->type) <= kMaxByValueCapture;
    if (clo->kind != FuncKind::Wrapper) {
      if (byval) an->out.capturedByValue.insert(cv.var);
      else an->out.capturedByValue.erase(cv.var);
    }
    if (an->verbosity >= 2 && an->printing(loc->pos) && clo->kind != FuncKind::Wrapper) {
      std::string owner = loc->curfn ? loc->curfn->name : "?";
      an->message(loc->pos, owner + " capturing by " + (byval ? "value" : "ref") + ": " + loc->text +
                                " (addr=" + (loc->addrtaken ? "true" : "false") +
                                " assign=" + (loc->reassigned ? "true" : "false") +
                                " width=" + std::to_string(typeSize(cv.var->type)) + ")");
    }
    Hole kk = k;
    if (!byval) {
      kk = note(kk.shift(-1), cv.pos, loc->text, "reference");
    }
    kk = note(kk, cv.pos, loc->text, "captured by a closure");
    flow(kk, loc);
  }
  // Go/defer wrappers capture compiler temporaries (.autotmp_N, variables
  // of the enclosing function in Go's IR, so -m=2 reports them too).
  for (Location* t : clo->wrapperTemps) {
    bool byval = !t->addrtaken && !t->reassigned && t->tempSize <= kMaxByValueCapture;
    if (an->verbosity >= 2 && an->printing(t->pos) && !t->text.empty()) {
      std::string owner = t->curfn ? t->curfn->name : "?";
      an->message(t->pos, owner + " capturing by " + (byval ? "value" : "ref") + ": " + t->text +
                              " (addr=" + (t->addrtaken ? "true" : "false") +
                              " assign=" + (t->reassigned ? "true" : "false") +
                              " width=" + std::to_string(t->tempSize) + ")");
    }
    Hole kk = k;
    if (!byval) kk = note(kk.shift(-1), t->pos, t->text, "reference");
    kk = note(kk, t->pos, t->text, "captured by a closure");
    flow(kk, t);
  }
}

}  // namespace gs::escape
