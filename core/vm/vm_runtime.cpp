// Slices and strings: the runtime helpers behind make, append, slicing and
// string conversions (Go's runtime/slice.go and string.go).
#include <cstring>
#include <limits>

#include "core/vm/vm.h"
#include "core/vm/vm_internal.h"

namespace gs::vm {

using rt::GoSlice;
using rt::GoString;
using rt::load;
using rt::store;

namespace {

// Go 1.23's nextslicecap.
int64_t nextSliceCap(int64_t newLen, int64_t oldCap) {
  int64_t newcap = oldCap;
  int64_t doublecap = newcap + newcap;
  if (newLen > doublecap) return newLen;
  constexpr int64_t threshold = 256;
  if (oldCap < threshold) return doublecap;
  for (;;) {
    newcap += (newcap + 3 * threshold) >> 2;
    if (static_cast<uint64_t>(newcap) >= static_cast<uint64_t>(newLen)) break;
  }
  if (newcap <= 0) return newLen;
  return newcap;
}

constexpr int64_t kMaxAlloc = int64_t(1) << 47;  // Go's maxAlloc on 64-bit

std::string sliceError(const char* fmtPos, const char* fmtNeg, int64_t x, int64_t y, bool withY) {
  // fmtPos/fmtNeg use %X for x and %Y for y.
  std::string f = x < 0 ? fmtNeg : fmtPos;
  std::string out;
  for (size_t i = 0; i < f.size(); i++) {
    if (f[i] == '%' && i + 1 < f.size() && (f[i + 1] == 'X' || f[i + 1] == 'Y')) {
      out += std::to_string(f[i + 1] == 'X' ? x : y);
      i++;
    } else {
      out += f[i];
    }
  }
  (void)withY;
  return out;
}

}  // namespace

GoSlice VM::growSlice(GoSlice s, int64_t newLen, const rt::RType* elem, int32_t site) {
  int64_t es = elem->size;
  if (newLen < 0) {
    panicRuntimeError("growslice: len out of range");
    return s;
  }
  if (es == 0) return GoSlice{rt::fromHost(&zeroBase_), s.len, newLen};
  int64_t newcap = nextSliceCap(newLen, s.cap);
  bool noscan = !elem->has(rt::kHasPointers);
  uint64_t mem;
  if (newcap > kMaxAlloc / es) {
    outOfMemory(static_cast<uint64_t>(newcap) * static_cast<uint64_t>(es));
    return s;
  }
  mem = rt::roundupsize(static_cast<uint64_t>(newcap * es), noscan);
  newcap = static_cast<int64_t>(mem / static_cast<uint64_t>(es));
  mem = static_cast<uint64_t>(newcap * es);
  uint8_t* p = alloc(mem, elem, site);
  if (stop_ != Stop::None) return s;
  if (s.len > 0) std::memcpy(p, s.data(), static_cast<size_t>(s.len * es));
  return GoSlice{rt::fromHost(p), s.len, newcap};
}

// SLICE: a = dst, b = src, c = element size, aux = kind (0 slice, 1 string,
// 2 array seen as a slice); ext a2/b2/c2 = slots of lo, hi, max (-1: absent).
bool VM::sliceExpr(uint8_t* fp, const Instr* pc) {
  const Instr& x = pc[1];
  int kind = pc->aux;
  int64_t es = pc->c;
  bool three = x.c >= 0;
  if (kind == 1) {
    GoString s = load<GoString>(fp + pc->b);
    int64_t lo = x.a >= 0 ? load<int64_t>(fp + x.a) : 0;
    int64_t hi = x.b >= 0 ? load<int64_t>(fp + x.b) : s.len;
    if (static_cast<uint64_t>(hi) > static_cast<uint64_t>(s.len)) {
      raiseRuntimeError(sliceError("slice bounds out of range [:%X] with length %Y",
                                   "slice bounds out of range [:%X]", hi, s.len, true),
                        false, g_->pc, g_->fp);
      return false;
    }
    if (static_cast<uint64_t>(lo) > static_cast<uint64_t>(hi)) {
      raiseRuntimeError(sliceError("slice bounds out of range [%X:%Y]", "slice bounds out of range [%X:]", lo,
                                   hi, true),
                        false, g_->pc, g_->fp);
      return false;
    }
    GoString r{hi - lo == 0 ? s.ptr : s.ptr + static_cast<uint64_t>(lo), hi - lo};
    store<GoString>(fp + pc->a, r);
    return true;
  }
  GoSlice s = load<GoSlice>(fp + pc->b);
  int64_t lo = x.a >= 0 ? load<int64_t>(fp + x.a) : 0;
  int64_t hi = x.b >= 0 ? load<int64_t>(fp + x.b) : s.len;
  int64_t max = three ? load<int64_t>(fp + x.c) : s.cap;
  const char* capWord = kind == 2 ? "length" : "capacity";
  if (three) {
    if (static_cast<uint64_t>(max) > static_cast<uint64_t>(s.cap)) {
      raiseRuntimeError(sliceError((std::string("slice bounds out of range [::%X] with ") + capWord + " %Y").c_str(),
                                   "slice bounds out of range [::%X]", max, s.cap, true),
                        false, g_->pc, g_->fp);
      return false;
    }
    if (static_cast<uint64_t>(hi) > static_cast<uint64_t>(max)) {
      raiseRuntimeError(sliceError("slice bounds out of range [:%X:%Y]", "slice bounds out of range [:%X:]", hi,
                                   max, true),
                        false, g_->pc, g_->fp);
      return false;
    }
  } else if (static_cast<uint64_t>(hi) > static_cast<uint64_t>(s.cap)) {
    raiseRuntimeError(sliceError((std::string("slice bounds out of range [:%X] with ") + capWord + " %Y").c_str(),
                                 "slice bounds out of range [:%X]", hi, s.cap, true),
                      false, g_->pc, g_->fp);
    return false;
  }
  if (static_cast<uint64_t>(lo) > static_cast<uint64_t>(hi)) {
    if (three) {
      raiseRuntimeError(sliceError("slice bounds out of range [%X:%Y:]", "slice bounds out of range [%X::]", lo,
                                   hi, true),
                        false, g_->pc, g_->fp);
    } else {
      raiseRuntimeError(sliceError("slice bounds out of range [%X:%Y]", "slice bounds out of range [%X:]", lo,
                                   hi, true),
                        false, g_->pc, g_->fp);
    }
    return false;
  }
  int64_t rcap = max - lo;
  GoSlice r{rcap == 0 ? s.ptr : s.ptr + static_cast<uint64_t>(lo * es), hi - lo, rcap};
  store<GoSlice>(fp + pc->a, r);
  return true;
}

// APPENDN: a = dst, b = src slice, c = element type; ext a2 = the appended
// slice (or string when aux == 1).
void VM::appendSlice(uint8_t* fp, const Instr* pc) {
  GoSlice s = load<GoSlice>(fp + pc->b);
  const rt::RType* et = types_[static_cast<size_t>(pc->c)];
  const uint8_t* src;
  int64_t n;
  if (pc->aux == 1) {
    GoString t = load<GoString>(fp + pc[1].a);
    src = reinterpret_cast<const uint8_t*>(t.data());
    n = t.len;
  } else {
    GoSlice t = load<GoSlice>(fp + pc[1].a);
    src = t.data();
    n = t.len;
  }
  if (n > 0) {
    if (s.len + n > s.cap) {
      // src may alias s's backing array; it stays valid (the old array is not freed).
      s = growSlice(s, s.len + n, et, siteOf(pc));
      if (stop_ != Stop::None) return;
      fp = g_->stack + g_->fp;
    }
    std::memmove(s.data() + s.len * et->size, src, static_cast<size_t>(n * et->size));
    s.len += n;
  }
  store<GoSlice>(fp + pc->a, s);
}

// MAKESLICE: a = dst, b = len slot, c = cap slot (-1: cap = len); ext a2 = element type.
bool VM::makeSlice(uint8_t* fp, const Instr* pc) {
  const rt::RType* et = types_[static_cast<size_t>(pc[1].a)];
  int64_t len = load<int64_t>(fp + pc->b);
  int64_t cap = pc->c >= 0 ? load<int64_t>(fp + pc->c) : len;
  int64_t es = et->size;
  bool lenBad = len < 0 || (es > 0 && len > kMaxAlloc / es);
  bool capBad = cap < len || (es > 0 && cap > kMaxAlloc / es);
  if (lenBad || capBad) {
    // Go reports len first when len itself is invalid.
    raiseRuntimeError(lenBad ? "makeslice: len out of range" : "makeslice: cap out of range", false, g_->pc,
                      g_->fp);
    return false;
  }
  uint8_t* p;
  if (es == 0 || cap == 0) {
    p = reinterpret_cast<uint8_t*>(&zeroBase_);
  } else {
    p = alloc(static_cast<uint64_t>(cap * es), et, siteOf(pc));
    if (stop_ != Stop::None) return false;
  }
  store<GoSlice>(g_->stack + g_->fp + pc->a, GoSlice{rt::fromHost(p), len, cap});
  return true;
}

GoSlice VM::makeByteSlice(const char* data, int64_t n, int32_t site) {
  if (n == 0) return GoSlice{rt::fromHost(&zeroBase_), 0, 0};
  uint64_t cap = rt::roundupsize(static_cast<uint64_t>(n), true);
  uint8_t* p = alloc(cap, nullptr, site);
  if (stop_ != Stop::None) return GoSlice{0, 0, 0};
  if (n) std::memcpy(p, data, static_cast<size_t>(n));
  return GoSlice{rt::fromHost(p), n, static_cast<int64_t>(cap)};
}

GoSlice VM::stringToRunes(GoString s, int32_t site) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int64_t count = 0;
  for (int64_t i = 0; i < s.len;) {
    int32_t r;
    i += decodeRune(p + i, s.len - i, &r);
    count++;
  }
  if (count == 0) return GoSlice{rt::fromHost(&zeroBase_), 0, 0};
  uint64_t mem = rt::roundupsize(static_cast<uint64_t>(count * 4), true);
  uint8_t* out = alloc(mem, nullptr, site);
  if (stop_ != Stop::None) return GoSlice{0, 0, 0};
  p = reinterpret_cast<const uint8_t*>(s.data());
  int64_t k = 0;
  for (int64_t i = 0; i < s.len;) {
    int32_t r;
    i += decodeRune(p + i, s.len - i, &r);
    store<int32_t>(out + 4 * k++, r);
  }
  return GoSlice{rt::fromHost(out), count, static_cast<int64_t>(mem / 4)};
}

GoString VM::runesToString(GoSlice rs, int32_t site) {
  std::string buf;
  buf.reserve(static_cast<size_t>(rs.len));
  char enc[4];
  for (int64_t i = 0; i < rs.len; i++) {
    size_t n = encodeRune(load<int32_t>(rs.data() + 4 * i), enc);
    buf.append(enc, n);
  }
  return newString(buf, site);
}

}  // namespace gs::vm
