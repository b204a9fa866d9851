// Package math's natives: the bodiless declarations of
// core/lib/go/math/*.go, bound to the Go-exact C++ in gomath.h. Functions
// that are plain bit manipulation with no rounding (Abs, Copysign, Inf, NaN,
// Max, Min, ...) are written in Go in the prelude instead.
//
// Go's int is int64 and float32 is C++ float; the argument layout is
// natives.h's: parameters in order, results from the next multiple of 8.
#include <iterator>
#include <vector>

#include "core/lib/gomath.h"
#include "core/lib/natives.h"

namespace gs::lib {

namespace {

namespace gm = gomath;

// func(float64) float64
template <double (*F)(double)>
void unary(vm::VM&, uint8_t* args) {
  Args a(args);
  double x = a.arg<double>();
  a.beginResults();
  a.result<double>(F(x));
}

// func(float64, float64) float64
template <double (*F)(double, double)>
void binary(vm::VM&, uint8_t* args) {
  Args a(args);
  double x = a.arg<double>();
  double y = a.arg<double>();
  a.beginResults();
  a.result<double>(F(x, y));
}

// func(int, float64) float64 (Jn, Yn)
template <double (*F)(int64_t, double)>
void intFloat(vm::VM&, uint8_t* args) {
  Args a(args);
  int64_t n = a.arg<int64_t>();
  double x = a.arg<double>();
  a.beginResults();
  a.result<double>(F(n, x));
}

void mathFMA(vm::VM&, uint8_t* args) {
  Args a(args);
  double x = a.arg<double>();
  double y = a.arg<double>();
  double z = a.arg<double>();
  a.beginResults();
  a.result<double>(gm::fma(x, y, z));
}

void mathFrexp(vm::VM&, uint8_t* args) {
  Args a(args);
  double f = a.arg<double>();
  a.beginResults();
  gm::FracExp r = gm::frexp(f);
  a.result<double>(r.frac);
  a.result<int64_t>(r.exp);
}

void mathLdexp(vm::VM&, uint8_t* args) {
  Args a(args);
  double frac = a.arg<double>();
  int64_t exp = a.arg<int64_t>();
  a.beginResults();
  a.result<double>(gm::ldexp(frac, exp));
}

void mathModf(vm::VM&, uint8_t* args) {
  Args a(args);
  double f = a.arg<double>();
  a.beginResults();
  gm::IntFrac r = gm::modf(f);
  a.result<double>(r.intPart);
  a.result<double>(r.frac);
}

void mathSincos(vm::VM&, uint8_t* args) {
  Args a(args);
  double x = a.arg<double>();
  a.beginResults();
  gm::SinCos r = gm::sincos(x);
  a.result<double>(r.sin);
  a.result<double>(r.cos);
}

void mathLgamma(vm::VM&, uint8_t* args) {
  Args a(args);
  double x = a.arg<double>();
  a.beginResults();
  gm::LgammaResult r = gm::lgamma(x);
  a.result<double>(r.lgamma);
  a.result<int64_t>(r.sign);
}

void mathIlogb(vm::VM&, uint8_t* args) {
  Args a(args);
  double x = a.arg<double>();
  a.beginResults();
  a.result<int64_t>(gm::ilogb(x));
}

void mathPow10(vm::VM&, uint8_t* args) {
  Args a(args);
  int64_t n = a.arg<int64_t>();
  a.beginResults();
  a.result<double>(gm::pow10(n));
}

void mathNextafter32(vm::VM&, uint8_t* args) {
  Args a(args);
  float x = a.arg<float>();
  float y = a.arg<float>();
  a.beginResults();
  a.result<float>(gm::nextafter32(x, y));
}

// The bit conversions copy bytes; no float arithmetic touches the value, so
// NaN payloads (even signaling ones) survive.
void mathFloat64bits(vm::VM&, uint8_t* args) {
  Args a(args);
  double f = a.arg<double>();
  a.beginResults();
  a.result<uint64_t>(gm::float64bits(f));
}

void mathFloat64frombits(vm::VM&, uint8_t* args) {
  Args a(args);
  uint64_t b = a.arg<uint64_t>();
  a.beginResults();
  a.result<double>(gm::float64frombits(b));
}

void mathFloat32bits(vm::VM&, uint8_t* args) {
  Args a(args);
  float f = a.arg<float>();
  a.beginResults();
  a.result<uint32_t>(gm::float32bits(f));
}

void mathFloat32frombits(vm::VM&, uint8_t* args) {
  Args a(args);
  uint32_t b = a.arg<uint32_t>();
  a.beginResults();
  a.result<float>(gm::float32frombits(b));
}

}  // namespace

void registerMathNatives(std::vector<NativeEntry>& out) {
  static const NativeEntry entries[] = {
      {"math.Acos", unary<gm::acos>},
      {"math.Acosh", unary<gm::acosh>},
      {"math.Asin", unary<gm::asin>},
      {"math.Asinh", unary<gm::asinh>},
      {"math.Atan", unary<gm::atan>},
      {"math.Atan2", binary<gm::atan2>},
      {"math.Atanh", unary<gm::atanh>},
      {"math.Cbrt", unary<gm::cbrt>},
      {"math.Ceil", unary<gm::ceil>},
      {"math.Cos", unary<gm::cos>},
      {"math.Cosh", unary<gm::cosh>},
      {"math.Erf", unary<gm::erf>},
      {"math.Erfc", unary<gm::erfc>},
      {"math.Erfcinv", unary<gm::erfcinv>},
      {"math.Erfinv", unary<gm::erfinv>},
      {"math.Exp", unary<gm::exp>},
      {"math.Exp2", unary<gm::exp2>},
      {"math.Expm1", unary<gm::expm1>},
      {"math.FMA", mathFMA},
      {"math.Float32bits", mathFloat32bits},
      {"math.Float32frombits", mathFloat32frombits},
      {"math.Float64bits", mathFloat64bits},
      {"math.Float64frombits", mathFloat64frombits},
      {"math.Floor", unary<gm::floor>},
      {"math.Frexp", mathFrexp},
      {"math.Gamma", unary<gm::gamma>},
      {"math.Hypot", binary<gm::hypot>},
      {"math.Ilogb", mathIlogb},
      {"math.J0", unary<gm::j0>},
      {"math.J1", unary<gm::j1>},
      {"math.Jn", intFloat<gm::jn>},
      {"math.Ldexp", mathLdexp},
      {"math.Lgamma", mathLgamma},
      {"math.Log", unary<gm::log>},
      {"math.Log10", unary<gm::log10>},
      {"math.Log1p", unary<gm::log1p>},
      {"math.Log2", unary<gm::log2>},
      {"math.Logb", unary<gm::logb>},
      {"math.Mod", binary<gm::mod>},
      {"math.Modf", mathModf},
      {"math.Nextafter", binary<gm::nextafter>},
      {"math.Nextafter32", mathNextafter32},
      {"math.Pow", binary<gm::pow>},
      {"math.Pow10", mathPow10},
      {"math.Remainder", binary<gm::remainder>},
      {"math.Round", unary<gm::round>},
      {"math.RoundToEven", unary<gm::roundToEven>},
      {"math.Sin", unary<gm::sin>},
      {"math.Sincos", mathSincos},
      {"math.Sinh", unary<gm::sinh>},
      {"math.Sqrt", unary<gm::sqrt>},
      {"math.Tan", unary<gm::tan>},
      {"math.Tanh", unary<gm::tanh>},
      {"math.Trunc", unary<gm::trunc>},
      {"math.Y0", unary<gm::y0>},
      {"math.Y1", unary<gm::y1>},
      {"math.Yn", intFloat<gm::yn>},
  };
  out.insert(out.end(), std::begin(entries), std::end(entries));
}

}  // namespace gs::lib
