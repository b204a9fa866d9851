// Go's package math, bit for bit as Go 1.23 computes it on linux/amd64.
//
// Go prints a float64 with the shortest decimal that reads back to the same
// bits, so a result that is off by one ulp is a visible difference. The C
// library's functions (glibc, musl) are more accurate than Go's in places and
// less in others; either way their bits differ. This module therefore
// re-implements Go's own algorithms, operation by operation, in the same
// order and with the same constants:
//
//  - Most functions are Go's portable code (fdlibm and Cephes derivatives).
//  - Exp, Log and Hypot are Go's amd64 assembly, which computes differently
//    from the portable code and has quirks we keep on purpose: Log treats a
//    subnormal argument as if its exponent were -1022 (Log(5e-324) is
//    -709.09, not -744.44), and Exp returns +Inf from x = 709.437 on (where
//    round(x/ln2) reaches 1024) though e^x is finite up to 709.78. Every function that calls Exp or Log
//    inside Go's package (Pow, Sinh, Erf, Gamma, Lgamma, ...) sees the same.
//  - Go checks once at startup whether the CPU has AVX and FMA (every x86
//    since ~2013). With them, Exp's assembly takes a kernel with fused
//    multiply-adds, which differs from the other one in the last bit for
//    about a fifth of the arguments, and math.FMA is the VFMADD instruction;
//    without them math.FMA is software whose special cases (zeros, Inf, NaN)
//    are computed unfused. We follow an FMA-capable CPU by default;
//    setCpuHasFma(false) gives what Go does under GODEBUG=cpu.fma=off.
//  - Sqrt, Floor, Ceil, Trunc, RoundToEven and FMA are exact operations
//    (hardware instructions in Go), so any correct implementation matches.
//
// The code must be compiled without floating-point contraction: Go never
// fuses a*b+c into one rounding on amd64 unless math.FMA is called.
// gomath.cpp turns contraction off itself (pragmas), whatever the flags.
//
// NaN payloads follow amd64: Go's math.NaN() is 0x7FF8000000000001, and the
// NaN an invalid operation creates (Inf-Inf, Sqrt(-1)) is 0xFFF8000000000000.
// Where Go returns such a created NaN we produce those bits explicitly, so
// the results do not depend on how the host (wasm) makes NaNs. A NaN that
// merely propagates through arithmetic keeps the host's behaviour.
#pragma once

#include <cstdint>
#include <cstring>

namespace gs::lib::gomath {

// ---- Bits (math.Float64bits and friends) ----

inline uint64_t float64bits(double f) {
  uint64_t b;
  std::memcpy(&b, &f, sizeof b);
  return b;
}
inline double float64frombits(uint64_t b) {
  double f;
  std::memcpy(&f, &b, sizeof f);
  return f;
}
inline uint32_t float32bits(float f) {
  uint32_t b;
  std::memcpy(&b, &f, sizeof b);
  return b;
}
inline float float32frombits(uint32_t b) {
  float f;
  std::memcpy(&f, &b, sizeof f);
  return f;
}

// ---- The trivially exact helpers, as Go defines them ----

inline double nan() { return float64frombits(0x7FF8000000000001ull); }  // math.NaN()
inline double inf(int sign) { return float64frombits(sign >= 0 ? 0x7FF0000000000000ull : 0xFFF0000000000000ull); }
inline bool isNaN(double f) { return f != f; }
inline bool isInf(double f, int sign) {
  constexpr double kMax = 0x1.fffffffffffffp+1023;
  return (sign >= 0 && f > kMax) || (sign <= 0 && f < -kMax);
}
inline bool signbit(double f) { return (float64bits(f) >> 63) != 0; }
inline double abs(double f) { return float64frombits(float64bits(f) & ~(1ull << 63)); }
inline double copysign(double f, double sign) {
  constexpr uint64_t kSign = 1ull << 63;
  return float64frombits((float64bits(f) & ~kSign) | (float64bits(sign) & kSign));
}

// ---- Which amd64 CPU Go is emulated on (see above) ----

bool cpuHasFma();
void setCpuHasFma(bool on);  // not thread-safe: call before running programs

// ---- Results of the functions with two results ----

struct FracExp {  // Frexp
  double frac;
  int64_t exp;
};
struct IntFrac {  // Modf
  double intPart;
  double frac;
};
struct SinCos {  // Sincos
  double sin;
  double cos;
};
struct LgammaResult {  // Lgamma
  double lgamma;
  int64_t sign;
};

// ---- Package math (Go's int is int64 here) ----

double sin(double x);
double cos(double x);
double tan(double x);
SinCos sincos(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double asinh(double x);
double acosh(double x);
double atanh(double x);

double exp(double x);
double exp2(double x);
double expm1(double x);
double log(double x);
double log2(double x);
double log10(double x);
double log1p(double x);
double pow(double x, double y);
double pow10(int64_t n);
double sqrt(double x);
double cbrt(double x);
double hypot(double p, double q);

double floor(double x);
double ceil(double x);
double trunc(double x);
double round(double x);
double roundToEven(double x);
double mod(double x, double y);
IntFrac modf(double f);
double remainder(double x, double y);
FracExp frexp(double f);
double ldexp(double frac, int64_t exp);
int64_t ilogb(double x);
double logb(double x);

double gamma(double x);
LgammaResult lgamma(double x);
double erf(double x);
double erfc(double x);
double erfinv(double x);
double erfcinv(double x);
double j0(double x);
double j1(double x);
double jn(int64_t n, double x);
double y0(double x);
double y1(double x);
double yn(int64_t n, double x);

double fma(double x, double y, double z);
double nextafter(double x, double y);
float nextafter32(float x, float y);

}  // namespace gs::lib::gomath
