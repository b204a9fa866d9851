#include "core/runtime/typeops.h"

#include <cstring>

namespace gs::rt {

namespace {

inline uint64_t mix(uint64_t a, uint64_t b) {
  // 64x64->128 multiply folding (the wyhash idea), written out portably.
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return static_cast<uint64_t>(r) ^ static_cast<uint64_t>(r >> 64);
}

constexpr uint64_t kP0 = 0xa0761d6478bd642full, kP1 = 0xe7037ed1a0b428dbull,
                   kP2 = 0x8ebc6af09c88c6e3ull;

// The data address of an interface's value: the word itself for
// pointer-shaped types, the boxed copy otherwise.
inline const uint8_t* ifaceData(const GoIface& x, const RType* t) {
  if (t->has(kPointerShaped)) return reinterpret_cast<const uint8_t*>(&x.data);
  return toHost(x.data);
}

}  // namespace

uint64_t hashBytes(const void* data, size_t n, uint64_t seed) {
  const auto* p = static_cast<const uint8_t*>(data);
  uint64_t h = seed ^ kP0 ^ (n * kP1);
  while (n >= 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    h = mix(h ^ w, kP1);
    p += 8;
    n -= 8;
  }
  if (n) {
    uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = mix(h ^ w ^ (static_cast<uint64_t>(n) << 56), kP2);
  }
  return mix(h, kP0);
}

bool ifaceEqual(const GoIface& a, const GoIface& b, const RType** bad) {
  if (a.type != b.type) return false;
  if (a.type == 0) return true;
  const RType* t = a.rtype();
  if (!t->has(kComparable)) {
    *bad = t;
    return false;
  }
  if (t->has(kPointerShaped)) return a.data == b.data;
  return valuesEqual(t, toHost(a.data), toHost(b.data), bad);
}

bool valuesEqual(const RType* t, const uint8_t* a, const uint8_t* b, const RType** bad) {
  switch (t->kind) {
    case RKind::Float32: return load<float>(a) == load<float>(b);
    case RKind::Float64: return load<double>(a) == load<double>(b);
    case RKind::Complex64:
      return load<float>(a) == load<float>(b) && load<float>(a + 4) == load<float>(b + 4);
    case RKind::Complex128:
      return load<double>(a) == load<double>(b) && load<double>(a + 8) == load<double>(b + 8);
    case RKind::String: {
      GoString x = load<GoString>(a), y = load<GoString>(b);
      return x.len == y.len && (x.ptr == y.ptr || std::memcmp(x.data(), y.data(), x.len) == 0);
    }
    case RKind::Interface:
      return ifaceEqual(load<GoIface>(a), load<GoIface>(b), bad);
    case RKind::Array: {
      if (t->has(kRegularMemory)) return std::memcmp(a, b, t->size) == 0;
      for (int64_t i = 0; i < t->len; i++) {
        int64_t off = i * t->elem->size;
        if (!valuesEqual(t->elem, a + off, b + off, bad)) return false;
      }
      return true;
    }
    case RKind::Struct: {
      if (t->has(kRegularMemory)) return std::memcmp(a, b, t->size) == 0;
      for (const RField& f : t->fields) {
        if (f.name == "_") continue;
        if (!valuesEqual(f.type, a + f.offset, b + f.offset, bad)) return false;
      }
      return true;
    }
    case RKind::Slice: case RKind::Map: case RKind::Func:
      *bad = t;
      return false;
    default:
      return std::memcmp(a, b, t->size) == 0;
  }
}

uint64_t hashValue(const RType* t, const uint8_t* p, uint64_t seed, const RType** bad) {
  switch (t->kind) {
    case RKind::Float32: {
      float f = load<float>(p);
      if (f == 0) f = 0;  // +0 and -0 are equal keys
      if (f != f) return hashBytes(&p, sizeof p, seed ^ kP2);  // NaN: never equal, any hash
      return hashBytes(&f, 4, seed);
    }
    case RKind::Float64: {
      double f = load<double>(p);
      if (f == 0) f = 0;
      if (f != f) return hashBytes(&p, sizeof p, seed ^ kP2);
      return hashBytes(&f, 8, seed);
    }
    case RKind::Complex64: {
      float re = load<float>(p), im = load<float>(p + 4);
      if (re != re || im != im) return hashBytes(&p, sizeof p, seed ^ kP2);
      if (re == 0) re = 0;
      if (im == 0) im = 0;
      float parts[2] = {re, im};
      return hashBytes(parts, 8, seed);
    }
    case RKind::Complex128: {
      double re = load<double>(p), im = load<double>(p + 8);
      if (re != re || im != im) return hashBytes(&p, sizeof p, seed ^ kP2);
      if (re == 0) re = 0;
      if (im == 0) im = 0;
      double parts[2] = {re, im};
      return hashBytes(parts, 16, seed);
    }
    case RKind::String: {
      GoString s = load<GoString>(p);
      return hashBytes(s.data(), static_cast<size_t>(s.len), seed);
    }
    case RKind::Interface: {
      GoIface x = load<GoIface>(p);
      if (x.type == 0) return seed ^ kP1;
      const RType* dt = x.rtype();
      if (!dt->has(kComparable)) {
        *bad = dt;
        return 0;
      }
      return hashValue(dt, ifaceData(x, dt), seed ^ hashBytes(&x.type, 8, kP0), bad);
    }
    case RKind::Array: {
      if (t->has(kRegularMemory)) return hashBytes(p, static_cast<size_t>(t->size), seed);
      uint64_t h = seed;
      for (int64_t i = 0; i < t->len; i++) h = hashValue(t->elem, p + i * t->elem->size, h, bad);
      return h;
    }
    case RKind::Struct: {
      if (t->has(kRegularMemory)) return hashBytes(p, static_cast<size_t>(t->size), seed);
      uint64_t h = seed;
      for (const RField& f : t->fields) {
        if (f.name == "_") continue;
        h = hashValue(f.type, p + f.offset, h, bad);
      }
      return h;
    }
    default:
      return hashBytes(p, static_cast<size_t>(t->size), seed);
  }
}

}  // namespace gs::rt
