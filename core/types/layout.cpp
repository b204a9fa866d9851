// Sizes, alignments and struct field offsets with Go's amd64 rules
// (docs/architecture.md, "Values"). This is the one place that knows them.
//
//   bool, int8, uint8                1/1      string             16/8
//   int16, uint16                    2/2      slice              24/8
//   int32, uint32, float32, rune     4/4      interface          16/8
//   int, uint, uintptr, int64, ...   8/8      pointer, map, chan,
//   complex64                        8/4      func, unsafe.Pointer 8/8
//   complex128                      16/8
// Arrays: len * size(elem), aligned like elem. Structs: fields at offsets
// aligned to their own alignment; the struct aligns to its most aligned
// field and its size is rounded up to that; and, as gc does, a non-empty
// struct whose last field has size zero gets one byte of padding so that
// the address of that field never points past the object.
#include "core/types/types.h"

namespace gs::types {

namespace {
constexpr int64_t kTooLarge = -1;

int64_t alignUp(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

int64_t basicSize(Kind k) {
  switch (k) {
    case Kind::Bool: case Kind::Int8: case Kind::Uint8: return 1;
    case Kind::Int16: case Kind::Uint16: return 2;
    case Kind::Int32: case Kind::Uint32: case Kind::Float32: return 4;
    case Kind::Int: case Kind::Uint: case Kind::Uintptr: case Kind::Int64: case Kind::Uint64:
    case Kind::Float64: case Kind::Complex64: case Kind::UnsafePointer: return 8;
    case Kind::Complex128: case Kind::String: return 16;
    // Untyped values never live in memory; give them their default type's
    // size so callers need no special case.
    case Kind::UntypedBool: return 1;
    case Kind::UntypedInt: case Kind::UntypedFloat: case Kind::UntypedNil: return 8;
    case Kind::UntypedRune: return 4;
    case Kind::UntypedComplex: case Kind::UntypedString: return 16;
    default: return 0;
  }
}
}  // namespace

bool layoutStruct(StructType* t) {
  int64_t off = 0;
  for (Var* f : t->fields) {
    int64_t a = alignOf(f->type);
    int64_t s = sizeOf(f->type);
    if (s < 0) return false;
    off = alignUp(off, a);
    f->offset = off;
    if (off > INT64_MAX - s) return false;
    off += s;
  }
  return true;
}

int64_t alignOf(Type* t) {
  t = underlying(t);
  if (!t) return 1;
  if (t->isBasic()) {
    if (t->kind == Kind::Complex64) return 4;
    int64_t s = basicSize(t->kind);
    if (s > 8) return 8;
    return s ? s : 1;
  }
  switch (t->kind) {
    case Kind::Array: return alignOf(static_cast<ArrayType*>(t)->elem);
    case Kind::Struct: {
      int64_t a = 1;
      for (Var* f : static_cast<StructType*>(t)->fields) {
        int64_t fa = alignOf(f->type);
        if (fa > a) a = fa;
      }
      return a;
    }
    default: return 8;
  }
}

int64_t sizeOf(Type* t) {
  t = underlying(t);
  if (!t) return 0;
  if (t->isBasic()) return basicSize(t->kind);
  switch (t->kind) {
    case Kind::Pointer: case Kind::Map: case Kind::Chan: case Kind::Signature: return 8;
    case Kind::Slice: return 24;
    case Kind::Interface: return 16;
    case Kind::Array: {
      auto* a = static_cast<ArrayType*>(t);
      if (a->len <= 0) return 0;
      int64_t es = sizeOf(a->elem);
      if (es < 0) return kTooLarge;
      if (es > 0 && a->len > INT64_MAX / es) return kTooLarge;
      return es * a->len;
    }
    case Kind::Struct: {
      auto* s = static_cast<StructType*>(t);
      if (s->fields.empty()) return 0;
      if (!layoutStruct(s)) return kTooLarge;
      Var* last = s->fields.back();
      int64_t lastSize = sizeOf(last->type);
      int64_t size = last->offset + lastSize;
      if (last->offset > 0 && lastSize == 0) size++;  // gc's trailing padding
      return alignUp(size, alignOf(s));
    }
    case Kind::Tuple: {
      // A tuple laid out like a struct (multi-value results).
      int64_t off = 0, maxA = 1;
      for (Var* v : static_cast<Tuple*>(t)->vars) {
        int64_t a = alignOf(v->type);
        if (a > maxA) maxA = a;
        off = alignUp(off, a) + sizeOf(v->type);
      }
      return alignUp(off, maxA);
    }
    default: return 8;  // type parameters: not laid out (monomorphized)
  }
}

}  // namespace gs::types
