// Helpers shared by the interpreter's translation units. Not an API.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include "core/runtime/value.h"

namespace gs::vm {

// Instructions between two scheduling check points of the dispatch loop.
constexpr int64_t kSliceBudget = 1 << 16;
// What a go statement costs of the slice, in check points (see GO in vm_exec.cpp).
constexpr int64_t kGoStatementCost = 64;

// Decodes one UTF-8 sequence as Go does: invalid or truncated input yields
// U+FFFD with width 1. n >= 1.
inline int64_t decodeRune(const uint8_t* p, int64_t n, int32_t* r) {
  uint8_t b0 = p[0];
  if (b0 < 0x80) {
    *r = b0;
    return 1;
  }
  auto cont = [&](int64_t i) { return i < n && (p[i] & 0xC0) == 0x80; };
  if (b0 >= 0xC2 && b0 <= 0xDF && cont(1)) {
    *r = ((b0 & 0x1F) << 6) | (p[1] & 0x3F);
    return 2;
  }
  if (b0 >= 0xE0 && b0 <= 0xEF && n >= 3 && cont(1) && cont(2)) {
    uint8_t b1 = p[1];
    if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 > 0x9F)) {
      *r = 0xFFFD;
      return 1;
    }
    *r = ((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (p[2] & 0x3F);
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4 && n >= 4 && cont(1) && cont(2) && cont(3)) {
    uint8_t b1 = p[1];
    if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 > 0x8F)) {
      *r = 0xFFFD;
      return 1;
    }
    *r = ((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    return 4;
  }
  *r = 0xFFFD;
  return 1;
}

// Encodes rune r (invalid runes and surrogates become U+FFFD) into buf;
// returns the number of bytes (1..4).
inline size_t encodeRune(int64_t r, char* buf) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x80) {
    buf[0] = static_cast<char>(r);
    return 1;
  }
  if (r < 0x800) {
    buf[0] = static_cast<char>(0xC0 | (r >> 6));
    buf[1] = static_cast<char>(0x80 | (r & 0x3F));
    return 2;
  }
  if (r < 0x10000) {
    buf[0] = static_cast<char>(0xE0 | (r >> 12));
    buf[1] = static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    buf[2] = static_cast<char>(0x80 | (r & 0x3F));
    return 3;
  }
  buf[0] = static_cast<char>(0xF0 | (r >> 18));
  buf[1] = static_cast<char>(0x80 | ((r >> 12) & 0x3F));
  buf[2] = static_cast<char>(0x80 | ((r >> 6) & 0x3F));
  buf[3] = static_cast<char>(0x80 | (r & 0x3F));
  return 4;
}

inline int stringCompare(const rt::GoString& x, const rt::GoString& y) {
  int64_t n = x.len < y.len ? x.len : y.len;
  if (x.ptr != y.ptr && n > 0) {
    int c = std::memcmp(x.data(), y.data(), static_cast<size_t>(n));
    if (c) return c;
  }
  return x.len < y.len ? -1 : (x.len > y.len ? 1 : 0);
}

inline std::string indexError(int64_t i, int64_t len) {
  if (i < 0) return "index out of range [" + std::to_string(i) + "]";
  return "index out of range [" + std::to_string(i) + "] with length " + std::to_string(len);
}

// Go's complex division (runtime/complex.go: complex128div), which handles
// infinities and NaNs specially instead of the naive formula.
template <class T>
inline void complexDiv(T nr, T ni, T dr, T di, T* qr, T* qi) {
  double n_r = nr, n_i = ni, d_r = dr, d_i = di;
  double e, f;
  if (std::fabs(d_r) >= std::fabs(d_i)) {
    double ratio = d_i / d_r;
    double denom = d_r + ratio * d_i;
    e = (n_r + n_i * ratio) / denom;
    f = (n_i - n_r * ratio) / denom;
  } else {
    double ratio = d_r / d_i;
    double denom = d_i + ratio * d_r;
    e = (n_r * ratio + n_i) / denom;
    f = (n_i * ratio - n_r) / denom;
  }
  if (std::isnan(e) && std::isnan(f)) {
    // Correct final result to infinities and zeros if applicable (C99 G.5.1).
    double a = n_r, b = n_i, c = d_r, d = d_i;
    if (c == 0 && d == 0 && (!std::isnan(a) || !std::isnan(b))) {
      e = std::copysign(INFINITY, c) * a;
      f = std::copysign(INFINITY, c) * b;
    } else if ((std::isinf(a) || std::isinf(b)) && std::isfinite(c) && std::isfinite(d)) {
      a = std::copysign(std::isinf(a) ? 1.0 : 0.0, a);
      b = std::copysign(std::isinf(b) ? 1.0 : 0.0, b);
      e = INFINITY * (a * c + b * d);
      f = INFINITY * (b * c - a * d);
    } else if ((std::isinf(c) || std::isinf(d)) && std::isfinite(a) && std::isfinite(b)) {
      c = std::copysign(std::isinf(c) ? 1.0 : 0.0, c);
      d = std::copysign(std::isinf(d) ? 1.0 : 0.0, d);
      e = 0 * (a * c + b * d);
      f = 0 * (b * c - a * d);
    }
  }
  *qr = static_cast<T>(e);
  *qi = static_cast<T>(f);
}

}  // namespace gs::vm
