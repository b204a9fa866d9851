// Constant values: construction from literals, Go's constant arithmetic,
// representability and formatting as Go's error messages print constants.
#include "core/types/constant.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace gs::types {

using syntax::Tok;
using CKind = Constant::CKind;

// ---------------------------------------------------------------------------
// Huge floats: m * 2^e with a bounded mantissa (see Constant::exp2).

namespace {
constexpr int kMantBits = 512;        // precision of huge values (go/constant's)
constexpr int64_t kHugeBits = 66000;  // |log2(value)| beyond this: keep huge

struct BigFloat {
  BigInt m;       // signed mantissa
  int64_t e = 0;  // value = m * 2^e
};

// Rounds the mantissa to at most kMantBits bits (to nearest).
void normalizeBF(BigFloat& f) {
  int64_t bl = f.m.bitLen();
  if (bl <= kMantBits) return;
  int64_t sh = bl - kMantBits;
  bool neg = f.m.isNeg();
  BigInt a = f.m.abs();
  bool roundUp = a.bit(sh - 1);
  a = a.shr(static_cast<uint64_t>(sh));
  if (roundUp) a = a + BigInt(1);
  f.m = neg ? -a : a;
  f.e += sh;
}

// An exact rational as a BigFloat of kMantBits bits.
BigFloat ratToBF(const Rat& r) {
  BigFloat f;
  if (r.isZero()) return f;
  if (r.isInt()) {
    f.m = r.num();
    normalizeBF(f);
    return f;
  }
  // q = num * 2^k / den with enough bits
  int64_t k = kMantBits + 2 - (r.num().bitLen() - r.den().bitLen());
  BigInt n = r.num().abs();
  BigInt d = r.den();
  if (k >= 0) n = n.shl(static_cast<uint64_t>(k));
  else d = d.shl(static_cast<uint64_t>(-k));
  f.m = n / d;
  if (r.sign() < 0) f.m = -f.m;
  f.e = -k;
  normalizeBF(f);
  return f;
}

BigFloat mulBF(const BigFloat& a, const BigFloat& b) {
  BigFloat f{a.m * b.m, a.e + b.e};
  normalizeBF(f);
  return f;
}

BigFloat quoBF(const BigFloat& a, const BigFloat& b) {
  // a.m * 2^(kMantBits+b.bits) / b.m
  int64_t k = kMantBits + b.m.bitLen() + 2;
  BigFloat f{a.m.shl(static_cast<uint64_t>(k)) / b.m, a.e - b.e - k};
  normalizeBF(f);
  return f;
}

BigFloat addBF(const BigFloat& a, const BigFloat& b) {
  if (a.m.isZero()) return b;
  if (b.m.isZero()) return a;
  // Align to the smaller exponent unless one side is negligible.
  const BigFloat& hi = a.e + a.m.bitLen() >= b.e + b.m.bitLen() ? a : b;
  const BigFloat& lo = &hi == &a ? b : a;
  if ((hi.e + hi.m.bitLen()) - (lo.e + lo.m.bitLen()) > kMantBits + 4) return hi;
  int64_t e = std::min(a.e, b.e);
  BigFloat f{a.m.shl(static_cast<uint64_t>(a.e - e)) + b.m.shl(static_cast<uint64_t>(b.e - e)), e};
  normalizeBF(f);
  return f;
}

// 10^n (n >= 0) to kMantBits bits, by repeated squaring.
BigFloat pow10BF(uint64_t n) {
  BigFloat result{BigInt(1), 0}, base{BigInt(10), 0};
  while (n) {
    if (n & 1) result = mulBF(result, base);
    n >>= 1;
    if (n) base = mulBF(base, base);
  }
  return result;
}

// log2 of |f| (approximately).
double log2BF(const BigFloat& f) {
  int64_t bl = f.m.bitLen();
  int64_t sh = bl > 60 ? bl - 60 : 0;
  double top = f.m.abs().shr(static_cast<uint64_t>(sh)).toDouble();
  return std::log2(top) + static_cast<double>(f.e + sh);
}

// A Float constant from a BigFloat: exact if the magnitude is moderate,
// huge otherwise.
Constant fromBF(const BigFloat& f) {
  Constant c;
  c.kind = CKind::Float;
  if (f.m.isZero()) return c;
  double lg = log2BF(f);
  // go/constant's big floats have 32-bit exponents: beyond them the value
  // is not representable (too large) or zero (too small).
  if (lg > 2147483647.0) return makeUnknown();
  if (lg < -2147483648.0) return c;
  if (lg < static_cast<double>(kHugeBits) && lg > -static_cast<double>(kHugeBits)) {
    if (f.e >= 0) c.re = Rat(f.m.shl(static_cast<uint64_t>(f.e)));
    else c.re = Rat(f.m, BigInt(1).shl(static_cast<uint64_t>(-f.e)));
    return c;
  }
  c.re = Rat(f.m);
  c.exp2 = f.e == 0 ? 1 : f.e;  // exp2 == 0 means "exact"; never happens for huge values
  if (f.e == 0) c.re = Rat(f.m.shr(1));
  return c;
}

BigFloat toBF(const Constant& c) {
  if (c.isHuge()) return BigFloat{c.re.num(), c.exp2};
  return ratToBF(c.re);
}

// The value of a huge float formatted like go/constant: %.6g mantissa and
// a decimal exponent.
std::string formatHuge(const Constant& c) {
  BigFloat f = toBF(c);
  double l10 = log2BF(f) * std::log10(2.0);
  int64_t e = static_cast<int64_t>(std::floor(l10));
  double m = std::pow(10.0, l10 - static_cast<double>(e));
  if (m >= 10) {
    m /= 10;
    e++;
  }
  if (f.m.isNeg()) m = -m;
  char buf[64];
  std::snprintf(buf, sizeof buf, "e%+lld", static_cast<long long>(e));
  return formatFloatG(m, 6) + buf;
}
}  // namespace

// ---------------------------------------------------------------------------
// Construction

Constant makeUnknown() { return Constant(); }

Constant makeBool(bool b) {
  Constant c;
  c.kind = CKind::Bool;
  c.b = b;
  return c;
}

Constant makeString(std::string s) {
  Constant c;
  c.kind = CKind::String;
  c.s = std::move(s);
  return c;
}

Constant makeInt(BigInt v) {
  Constant c;
  c.kind = CKind::Int;
  c.re = Rat(std::move(v));
  return c;
}

Constant makeInt64(int64_t v) { return makeInt(BigInt(v)); }
Constant makeUint64(uint64_t v) { return makeInt(BigInt::fromUint64(v)); }

Constant makeRat(Rat r) {
  Constant c;
  c.kind = CKind::Float;
  c.re = std::move(r);
  return c;
}

Constant makeFloat64(double d) {
  if (std::isinf(d) || std::isnan(d)) return makeUnknown();
  return makeRat(Rat::fromDouble(d));
}

Constant makeComplex(const Constant& re, const Constant& im) {
  if (re.isUnknown() || im.isUnknown()) return makeUnknown();
  Constant c;
  c.kind = CKind::Complex;
  c.re = re.re;
  c.reInt = re.kind == CKind::Int;
  c.im = im.re;
  c.imInt = im.kind == CKind::Int;
  return c;
}

Constant makeImag(const Constant& x) { return makeComplex(makeInt64(0), x); }

// ---------------------------------------------------------------------------
// Accessors

namespace {
// A real component as a standalone constant.
Constant part(const Rat& r, bool isInt) {
  if (isInt) return makeInt(r.num());
  return makeRat(r);
}

bool isRealKind(CKind k) { return k == CKind::Int || k == CKind::Float; }
}  // namespace

Constant Constant::real() const {
  if (isRealKind(kind)) return *this;
  if (kind == CKind::Complex) return part(re, reInt);
  return makeUnknown();
}

Constant Constant::imag() const {
  if (isRealKind(kind)) return makeInt64(0);
  if (kind == CKind::Complex) return part(im, imInt);
  return makeUnknown();
}

int Constant::sign() const {
  if (kind == CKind::Unknown) return 1;  // as go/constant: avoids follow-on "division by zero"
  if (kind == CKind::Complex) return (re.isZero() && im.isZero()) ? 0 : 1;
  return re.sign();
}

int64_t Constant::bitLen() const { return re.num().bitLen(); }

int64_t Constant::int64Val(bool* exact) const {
  if (isHuge()) {
    if (exact) *exact = false;
    return exp2 > 0 ? (re.sign() < 0 ? INT64_MIN : INT64_MAX) : 0;
  }
  bool ok = isNumeric() && re.isInt() && re.num().fitsInt64() &&
            (kind != CKind::Complex || im.isZero());
  if (exact) *exact = ok;
  if (!re.isInt()) return static_cast<int64_t>(re.toDouble());
  return re.num().toInt64();
}

uint64_t Constant::uint64Val(bool* exact) const {
  if (isHuge()) {
    if (exact) *exact = false;
    return exp2 > 0 && re.sign() > 0 ? UINT64_MAX : 0;
  }
  bool ok = isNumeric() && re.isInt() && re.num().fitsUint64() &&
            (kind != CKind::Complex || im.isZero());
  if (exact) *exact = ok;
  if (!re.isInt()) return static_cast<uint64_t>(re.toDouble());
  return static_cast<uint64_t>(re.num().toInt64());
}

double Constant::float64Val(bool* exact) const {
  if (isHuge()) {
    if (exact) *exact = false;
    double z = exp2 > 0 ? HUGE_VAL : 0.0;
    return re.sign() < 0 ? -z : z;
  }
  double d = re.toDouble();
  if (exact) {
    *exact = !std::isinf(d) && Rat::cmp(Rat::fromDouble(d), re) == 0;
  }
  return d;
}

float Constant::float32Val(bool* exact) const {
  if (isHuge()) {
    if (exact) *exact = false;
    float z = exp2 > 0 ? HUGE_VALF : 0.0f;
    return re.sign() < 0 ? -z : z;
  }
  float f = re.toFloat();
  if (exact) {
    *exact = !std::isinf(f) && Rat::cmp(Rat::fromDouble(static_cast<double>(f)), re) == 0;
  }
  return f;
}

// ---------------------------------------------------------------------------
// Formatting

std::string formatFloatG(double d, int prec) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "+Inf" : "-Inf";
  bool neg = std::signbit(d);
  double a = std::fabs(d);
  std::string digits;
  int dp = 0;  // decimal point position relative to digits
  bool shortest = prec < 0;
  if (a == 0) {
    digits = "0";
    dp = 1;
  } else {
    char buf[64];
    // Shortest: the fewest digits that read back as the same double.
    int p = shortest ? 1 : (prec == 0 ? 1 : prec);
    for (;; p++) {
      std::snprintf(buf, sizeof buf, "%.*e", p - 1, a);
      if (!shortest || std::strtod(buf, nullptr) == a || p >= 17) break;
    }
    const char* e = std::strchr(buf, 'e');
    for (const char* c = buf; c < e; c++)
      if (*c != '.') digits.push_back(*c);
    dp = std::atoi(e + 1) + 1;
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  }
  int nd = static_cast<int>(digits.size());
  if (shortest) prec = nd;
  if (prec == 0) prec = 1;
  // Go's strconv 'g' rule: %e when the exponent is < -4 or >= the precision
  // (6 for shortest formatting).
  int eprec = prec;
  if (eprec > nd && nd >= dp) eprec = nd;
  if (shortest) eprec = 6;
  int exp = dp - 1;
  std::string out = neg ? "-" : "";
  if (exp < -4 || exp >= eprec) {
    int p = prec > nd ? nd : prec;
    out += digits[0];
    if (p > 1) {
      out += '.';
      for (int i = 1; i < p; i++) out += i < nd ? digits[static_cast<size_t>(i)] : '0';
    }
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += eb;
    return out;
  }
  if (prec > dp) prec = nd;
  int frac = prec - dp > 0 ? prec - dp : 0;
  if (dp > 0) {
    for (int i = 0; i < dp; i++) out += i < nd ? digits[static_cast<size_t>(i)] : '0';
  } else {
    out += '0';
  }
  if (frac > 0) {
    out += '.';
    for (int i = 0; i < frac; i++) {
      int j = dp + i;
      out += (j >= 0 && j < nd) ? digits[static_cast<size_t>(j)] : '0';
    }
  }
  return out;
}

namespace {
// go/constant's float formatting: %.6g when the value is within float64's
// range, with more digits when %.6g would hide a fraction; otherwise an
// approximate mantissa/exponent form.
std::string formatRat(const Rat& r) {
  bool overflow = false;
  double d = r.toDouble(&overflow);
  if (!overflow && (r.isZero() == (d == 0))) {
    std::string s = formatFloatG(d, 6);
    if (!r.isInt() && s.find('.') == std::string::npos) s = formatFloatG(d, -1);
    return s;
  }
  // Out of float64 range: value = m * 10^e approximately.
  double lg = (static_cast<double>(r.num().bitLen()) - static_cast<double>(r.den().bitLen())) *
              std::log10(2.0);
  // Refine with the top bits for a better mantissa.
  int64_t shift = r.num().bitLen() - r.den().bitLen() - 60;
  BigInt n = r.num().abs(), dd = r.den();
  if (shift > 0) dd = dd.shl(static_cast<uint64_t>(shift));
  else n = n.shl(static_cast<uint64_t>(-shift));
  double q = (n / dd).toDouble();  // about 2^60
  double l10 = std::log10(q) + static_cast<double>(shift) * std::log10(2.0);
  (void)lg;
  int64_t e = static_cast<int64_t>(std::floor(l10));
  double m = std::pow(10.0, l10 - static_cast<double>(e));
  if (m >= 10) {
    m /= 10;
    e++;
  }
  if (r.sign() < 0) m = -m;
  char buf[64];
  std::snprintf(buf, sizeof buf, "e%+lld", static_cast<long long>(e));
  return formatFloatG(m, 6) + buf;
}

void appendUtf8(std::string& out, uint32_t r) {
  if (r < 0x80) {
    out += static_cast<char>(r);
  } else if (r < 0x800) {
    out += static_cast<char>(0xC0 | (r >> 6));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else if (r < 0x10000) {
    out += static_cast<char>(0xE0 | (r >> 12));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (r >> 18));
    out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (r & 0x3F));
  }
}

// Decodes one UTF-8 rune at s[i]; returns its length (1 with r = 0xFFFD for
// invalid encodings).
int decodeUtf8(std::string_view s, size_t i, uint32_t* r) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) {
    *r = c;
    return 1;
  }
  int n;
  uint32_t v, min;
  if ((c & 0xE0) == 0xC0) { n = 2; v = c & 0x1F; min = 0x80; }
  else if ((c & 0xF0) == 0xE0) { n = 3; v = c & 0x0F; min = 0x800; }
  else if ((c & 0xF8) == 0xF0) { n = 4; v = c & 0x07; min = 0x10000; }
  else { *r = 0xFFFD; return 1; }
  if (i + static_cast<size_t>(n) > s.size()) { *r = 0xFFFD; return 1; }
  for (int k = 1; k < n; k++) {
    unsigned char cc = b(i + static_cast<size_t>(k));
    if ((cc & 0xC0) != 0x80) { *r = 0xFFFD; return 1; }
    v = (v << 6) | (cc & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) { *r = 0xFFFD; return 1; }
  *r = v;
  return n;
}

// An approximation of unicode.IsPrint for quoting: ASCII printables and
// most non-ASCII runes outside the control and format ranges.
bool isPrintRune(uint32_t r) {
  if (r < 0x20 || r == 0x7F) return false;
  if (r < 0x7F) return true;
  if (r >= 0x80 && r < 0xA0) return false;
  if (r == 0xAD) return false;  // soft hyphen (format)
  if (r >= 0x2028 && r <= 0x202E) return false;
  if (r >= 0x200B && r <= 0x200F) return false;
  if (r >= 0x2060 && r <= 0x206F) return false;
  if (r == 0xFEFF) return false;
  if (r >= 0xD800 && r <= 0xDFFF) return false;
  if (r >= 0xE000 && r <= 0xF8FF) return false;  // private use
  if (r >= 0xFFF9 && r <= 0xFFFB) return false;
  if (r == 0xFFFE || r == 0xFFFF) return false;
  if (r >= 0xF0000) return false;
  return true;
}
}  // namespace

std::string quoteGo(std::string_view s) {
  std::string out = "\"";
  static const char* hex = "0123456789abcdef";
  for (size_t i = 0; i < s.size();) {
    uint32_t r;
    int n = decodeUtf8(s, i, &r);
    if (n == 1 && r == 0xFFFD) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
      i++;
      continue;
    }
    i += static_cast<size_t>(n);
    if (r == '"' || r == '\\') {
      out += '\\';
      out += static_cast<char>(r);
      continue;
    }
    if (isPrintRune(r)) {
      appendUtf8(out, r);
      continue;
    }
    switch (r) {
      case '\a': out += "\\a"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\v': out += "\\v"; continue;
      default: break;
    }
    char buf[16];
    if (r < ' ' || r == 0x7F) std::snprintf(buf, sizeof buf, "\\x%02x", r);
    else if (r < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", r);
    else std::snprintf(buf, sizeof buf, "\\U%08x", r);
    out += buf;
  }
  out += '"';
  return out;
}

std::string Constant::toString() const {
  switch (kind) {
    case CKind::Unknown: return "unknown";
    case CKind::Bool: return b ? "true" : "false";
    case CKind::String: {
      // Quoted, shortened to 72 runes like go/constant.
      const size_t maxLen = 72;
      std::string q = quoteGo(s);
      size_t runes = 0, i = 0, cut = std::string::npos;
      while (i < q.size()) {
        uint32_t r;
        int n = decodeUtf8(q, i, &r);
        if (runes == maxLen - 3) cut = i;
        i += static_cast<size_t>(n);
        runes++;
      }
      if (runes > maxLen) q = q.substr(0, cut) + "...";
      return q;
    }
    case CKind::Int: return re.num().toString();
    case CKind::Float: return isHuge() ? formatHuge(*this) : formatRat(re);
    case CKind::Complex: {
      std::string r = reInt ? re.num().toString() : formatRat(re);
      std::string i = imInt ? im.num().toString() : formatRat(im);
      return "(" + r + " + " + i + "i)";
    }
  }
  return "unknown";
}

std::string Constant::exactString() const {
  switch (kind) {
    case CKind::String: return quoteGo(s);
    case CKind::Float:
      if (isHuge()) return formatHuge(*this);
      if (re.isInt()) return re.num().toString();
      return re.num().toString() + "/" + re.den().toString();
    case CKind::Complex: {
      auto one = [](const Rat& r) {
        return r.isInt() ? r.num().toString() : r.num().toString() + "/" + r.den().toString();
      };
      return "(" + one(re) + " + " + one(im) + "i)";
    }
    default: return toString();
  }
}

// ---------------------------------------------------------------------------
// Literals

namespace {
std::string stripUnderscores(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s)
    if (c != '_') out += c;
  return out;
}

bool parseIntLit(std::string_view text, BigInt* out) {
  std::string s = stripUnderscores(text);
  int base = 10;
  size_t start = 0;
  if (s.size() >= 2 && s[0] == '0') {
    char p = static_cast<char>(s[1] | 0x20);
    if (p == 'x') { base = 16; start = 2; }
    else if (p == 'b') { base = 2; start = 2; }
    else if (p == 'o') { base = 8; start = 2; }
    else { base = 8; start = 1; }  // legacy octal 0777
  }
  return BigInt::parse(std::string_view(s).substr(start), base, out);
}

// A decimal or hexadecimal floating-point literal, exactly.
// A decimal or hexadecimal floating-point literal as a Float constant:
// exact, or huge (approximate) for exponents beyond the exact range.
bool parseFloatLit(std::string_view text, Constant* out) {
  std::string s = stripUnderscores(text);
  bool hex = s.size() >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x';
  size_t i = hex ? 2 : 0;
  std::string mant;
  int64_t fracDigits = 0;
  bool seenDot = false;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '.') {
      if (seenDot) return false;
      seenDot = true;
      continue;
    }
    bool isDigit = hex ? std::isxdigit(static_cast<unsigned char>(c)) : std::isdigit(static_cast<unsigned char>(c));
    if (!isDigit) break;
    mant += c;
    if (seenDot) fracDigits++;
  }
  int64_t exp = 0;
  if (i < s.size()) {
    char e = static_cast<char>(s[i] | 0x20);
    if (e != (hex ? 'p' : 'e')) return false;
    i++;
    bool neg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (i >= s.size()) return false;
    for (; i < s.size(); i++) {
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
      if (exp < 100000000) exp = exp * 10 + (s[i] - '0');
    }
    if (neg) exp = -exp;
  }
  if (mant.empty()) return false;
  BigInt m;
  if (!BigInt::parse(mant, hex ? 16 : 10, &m)) return false;
  if (m.isZero()) {
    *out = makeRat(Rat());
    return true;
  }
  if (hex) {
    // value = m * 16^-fracDigits * 2^exp
    int64_t e2 = exp - 4 * fracDigits;
    *out = fromBF(BigFloat{m, e2});
    return true;
  }
  int64_t e10 = exp - fracDigits;
  if (e10 < -20000 || e10 > 20000) {
    // Beyond the exact range: m * 10^e10 to 512 bits.
    BigFloat p = pow10BF(static_cast<uint64_t>(e10 < 0 ? -e10 : e10));
    BigFloat f{m, 0};
    normalizeBF(f);
    *out = fromBF(e10 < 0 ? quoBF(f, p) : mulBF(f, p));
    return true;
  }
  if (e10 >= 0) *out = makeRat(Rat(m * BigInt::pow10(static_cast<uint64_t>(e10))));
  else *out = makeRat(Rat(m, BigInt::pow10(static_cast<uint64_t>(-e10))));
  return true;
}

int hexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Interprets the body of a quoted literal (without quotes). For runes,
// *runeOut receives the single code point.
bool unquoteBody(std::string_view s, char quote, std::string* out, uint32_t* runeOut,
                 int* runeCount) {
  int count = 0;
  uint32_t lastRune = 0;
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if (c != '\\') {
      uint32_t r;
      int n = decodeUtf8(s, i, &r);
      out->append(s.substr(i, static_cast<size_t>(n)));
      i += static_cast<size_t>(n);
      lastRune = r;
      count++;
      continue;
    }
    if (i + 1 >= s.size()) return false;
    char e = s[i + 1];
    i += 2;
    uint32_t v = 0;
    bool isByte = false;  // \x and octal give bytes in strings
    switch (e) {
      case 'a': v = '\a'; break;
      case 'b': v = '\b'; break;
      case 'f': v = '\f'; break;
      case 'n': v = '\n'; break;
      case 'r': v = '\r'; break;
      case 't': v = '\t'; break;
      case 'v': v = '\v'; break;
      case '\\': v = '\\'; break;
      case '\'':
        if (quote != '\'') return false;
        v = '\'';
        break;
      case '"':
        if (quote != '"') return false;
        v = '"';
        break;
      case 'x':
      case 'u':
      case 'U': {
        int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        if (i + static_cast<size_t>(n) > s.size()) return false;
        for (int k = 0; k < n; k++) {
          int h = hexVal(s[i + static_cast<size_t>(k)]);
          if (h < 0) return false;
          v = v * 16 + static_cast<uint32_t>(h);
        }
        i += static_cast<size_t>(n);
        if (e == 'x') isByte = true;
        else if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)) return false;
        break;
      }
      default:
        if (e >= '0' && e <= '7') {
          if (i + 2 > s.size()) return false;
          v = static_cast<uint32_t>(e - '0');
          for (int k = 0; k < 2; k++) {
            char d = s[i + static_cast<size_t>(k)];
            if (d < '0' || d > '7') return false;
            v = v * 8 + static_cast<uint32_t>(d - '0');
          }
          i += 2;
          if (v > 255) return false;
          isByte = true;
          break;
        }
        return false;
    }
    if (isByte && quote == '"') out->push_back(static_cast<char>(v));
    else appendUtf8(*out, v);
    lastRune = v;
    count++;
  }
  if (runeOut) *runeOut = lastRune;
  if (runeCount) *runeCount = count;
  return true;
}
}  // namespace

Constant makeFromLiteral(std::string_view text, Tok kind, std::string* err) {
  auto fail = [&](const char* msg) {
    if (err) *err = msg;
    return makeUnknown();
  };
  switch (kind) {
    case Tok::Int: {
      BigInt v;
      if (!parseIntLit(text, &v)) return fail("invalid integer literal");
      return makeInt(std::move(v));
    }
    case Tok::Float: {
      Constant c;
      if (!parseFloatLit(text, &c)) return fail("invalid floating-point literal");
      return c;
    }
    case Tok::Imag: {
      if (text.empty() || text.back() != 'i') return fail("invalid imaginary literal");
      std::string_view body = text.substr(0, text.size() - 1);
      // An integer part of only decimal digits is decimal even with a
      // leading 0 (backward compatibility); prefixed integers are integers.
      bool allDecimal = !body.empty();
      for (char c : body)
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '_')) allDecimal = false;
      if (allDecimal) {
        BigInt v;
        if (!BigInt::parse(stripUnderscores(body), 10, &v)) return fail("invalid imaginary literal");
        // go/constant parses the body as a float literal: the part is Float.
        return makeImag(makeRat(Rat(std::move(v))));
      }
      bool prefixedInt = body.size() > 2 && body[0] == '0' &&
                         ((body[1] | 0x20) == 'b' || (body[1] | 0x20) == 'o' ||
                          ((body[1] | 0x20) == 'x' && body.find_first_of(".pP") == std::string_view::npos));
      if (prefixedInt) {
        BigInt v;
        if (!parseIntLit(body, &v)) return fail("invalid imaginary literal");
        return makeImag(makeRat(Rat(std::move(v))));
      }
      Constant c;
      if (!parseFloatLit(body, &c)) return fail("invalid imaginary literal");
      if (c.isHuge()) return fail("imaginary literal out of range");
      return makeImag(c);
    }
    case Tok::Char: {
      if (text.size() < 3 || text.front() != '\'' || text.back() != '\'')
        return fail("invalid rune literal");
      std::string tmp;
      uint32_t r = 0;
      int count = 0;
      if (!unquoteBody(text.substr(1, text.size() - 2), '\'', &tmp, &r, &count) || count != 1)
        return fail("invalid rune literal");
      return makeInt64(static_cast<int64_t>(r));
    }
    case Tok::String: {
      if (text.size() < 2) return fail("invalid string literal");
      if (text.front() == '`') {
        std::string s;
        for (char c : text.substr(1, text.size() - 2))
          if (c != '\r') s += c;
        return makeString(std::move(s));
      }
      std::string s;
      if (!unquoteBody(text.substr(1, text.size() - 2), '"', &s, nullptr, nullptr))
        return fail("invalid string literal");
      return makeString(std::move(s));
    }
    default: return fail("invalid literal");
  }
}

// ---------------------------------------------------------------------------
// Conversions

Constant toInt(const Constant& x) {
  if (x.isHuge()) return makeUnknown();  // as go/constant: not "small"
  switch (x.kind) {
    case CKind::Int: return x;
    case CKind::Float:
      if (x.re.isInt()) return makeInt(x.re.num());
      return makeUnknown();
    case CKind::Complex:
      if (x.im.isZero() && x.re.isInt()) return makeInt(x.re.num());
      return makeUnknown();
    default: return makeUnknown();
  }
}

Constant toFloat(const Constant& x) {
  switch (x.kind) {
    case CKind::Int: return makeRat(x.re);
    case CKind::Float: return x;
    case CKind::Complex:
      if (x.im.isZero()) return makeRat(x.re);
      return makeUnknown();
    default: return makeUnknown();
  }
}

Constant toComplex(const Constant& x) {
  if (x.isHuge()) return makeUnknown();
  switch (x.kind) {
    case CKind::Int:
    case CKind::Float: return makeComplex(x, makeInt64(0));
    case CKind::Complex: return x;
    default: return makeUnknown();
  }
}

// ---------------------------------------------------------------------------
// Operations

namespace {
// Keeps untyped computations bounded: rationals whose parts grow past a few
// thousand bits are rounded to 512 significant bits (go/constant switches to
// 512-bit floats at that point too).
Rat bound(Rat r) {
  if (r.num().bitLen() <= 4096 && r.den().bitLen() <= 4096) return r;
  Rat out;
  if (r.roundToFormat(512, -100000, 100000, &out)) return out;
  return r;
}

int rank(CKind k) {
  switch (k) {
    case CKind::Int: return 1;
    case CKind::Float: return 2;
    case CKind::Complex: return 3;
    default: return 0;
  }
}

// One real component with its printing kind.
struct Part {
  Rat v;
  bool isInt;
};

Part partAdd(const Part& a, const Part& b) { return {bound(a.v + b.v), a.isInt && b.isInt}; }
Part partSub(const Part& a, const Part& b) { return {bound(a.v - b.v), a.isInt && b.isInt}; }
Part partMul(const Part& a, const Part& b) { return {bound(a.v * b.v), a.isInt && b.isInt}; }
Part partQuo(const Part& a, const Part& b) { return {bound(a.v / b.v), false}; }

Constant fromParts(const Part& re, const Part& im) {
  Constant c;
  c.kind = CKind::Complex;
  c.re = re.v;
  c.reInt = re.isInt;
  c.im = im.v;
  c.imInt = im.isInt;
  return c;
}
}  // namespace

Constant binaryOp(const Constant& x, Tok op, const Constant& y, bool intDiv) {
  if (x.isUnknown() || y.isUnknown()) return makeUnknown();
  if (x.kind == CKind::Bool && y.kind == CKind::Bool) {
    if (op == Tok::LAnd) return makeBool(x.b && y.b);
    if (op == Tok::LOr) return makeBool(x.b || y.b);
    return makeUnknown();
  }
  if (x.kind == CKind::String && y.kind == CKind::String) {
    if (op == Tok::Add) return makeString(x.s + y.s);
    return makeUnknown();
  }
  int r = std::max(rank(x.kind), rank(y.kind));
  if (rank(x.kind) == 0 || rank(y.kind) == 0) return makeUnknown();
  if (r == 1) {
    const BigInt& a = x.re.num();
    const BigInt& b = y.re.num();
    switch (op) {
      case Tok::Add: return makeInt(a + b);
      case Tok::Sub: return makeInt(a - b);
      case Tok::Mul: return makeInt(a * b);
      case Tok::Quo:
        if (b.isZero()) return makeUnknown();
        if (intDiv) return makeInt(a / b);
        return makeRat(Rat(a, b));
      case Tok::Rem:
        if (b.isZero()) return makeUnknown();
        return makeInt(a % b);
      case Tok::And: return makeInt(a & b);
      case Tok::Or: return makeInt(a | b);
      case Tok::Xor: return makeInt(a ^ b);
      case Tok::AndNot: return makeInt(BigInt::andNot(a, b));
      default: return makeUnknown();
    }
  }
  if (r == 2) {
    if (x.isHuge() || y.isHuge()) {
      // Approximate arithmetic on 512-bit mantissas.
      BigFloat a = toBF(x), b = toBF(y);
      switch (op) {
        case Tok::Add: return fromBF(addBF(a, b));
        case Tok::Sub: return fromBF(addBF(a, BigFloat{-b.m, b.e}));
        case Tok::Mul: return fromBF(mulBF(a, b));
        case Tok::Quo:
          if (b.m.isZero()) return makeUnknown();
          return fromBF(quoBF(a, b));
        default: return makeUnknown();
      }
    }
    Rat res;
    switch (op) {
      case Tok::Add: res = bound(x.re + y.re); break;
      case Tok::Sub: res = bound(x.re - y.re); break;
      case Tok::Mul: res = bound(x.re * y.re); break;
      case Tok::Quo:
        if (y.re.isZero()) return makeUnknown();
        res = bound(x.re / y.re);
        break;
      default: return makeUnknown();
    }
    int64_t lg = res.num().bitLen() - res.den().bitLen();
    if (!res.isZero() && (lg > kHugeBits || lg < -kHugeBits)) return fromBF(ratToBF(res));
    return makeRat(std::move(res));
  }
  Constant cx = toComplex(x), cy = toComplex(y);
  Part a{cx.re, cx.reInt}, b{cx.im, cx.imInt}, c{cy.re, cy.reInt}, d{cy.im, cy.imInt};
  switch (op) {
    case Tok::Add: return fromParts(partAdd(a, c), partAdd(b, d));
    case Tok::Sub: return fromParts(partSub(a, c), partSub(b, d));
    case Tok::Mul: {
      // (a+bi)(c+di) = (ac - bd) + (bc + ad)i
      return fromParts(partSub(partMul(a, c), partMul(b, d)), partAdd(partMul(b, c), partMul(a, d)));
    }
    case Tok::Quo: {
      // (ac + bd)/s + i(bc - ad)/s with s = cc + dd
      Part s = partAdd(partMul(c, c), partMul(d, d));
      if (s.v.isZero()) return makeUnknown();
      Part re = partAdd(partMul(a, c), partMul(b, d));
      Part im = partSub(partMul(b, c), partMul(a, d));
      return fromParts(partQuo(re, s), partQuo(im, s));
    }
    default: return makeUnknown();
  }
}

Constant unaryOp(Tok op, const Constant& x, unsigned prec) {
  if (x.isUnknown()) return x;
  switch (op) {
    case Tok::Add:
      if (x.isNumeric()) return x;
      break;
    case Tok::Sub:
      if (x.kind == CKind::Int) return makeInt(-x.re.num());
      if (x.kind == CKind::Float) {
        Constant c = x;  // keeps exp2
        c.re = -c.re;
        return c;
      }
      if (x.kind == CKind::Complex) {
        Constant c = x;
        c.re = -c.re;
        c.im = -c.im;
        return c;
      }
      break;
    case Tok::Xor:
      if (x.kind == CKind::Int) {
        BigInt z = x.re.num().bitNot();
        // For unsigned types of prec bits, keep only the low prec bits.
        if (prec > 0) z = BigInt::andNot(z, BigInt(-1).shl(prec));
        return makeInt(z);
      }
      break;
    case Tok::Not:
      if (x.kind == CKind::Bool) return makeBool(!x.b);
      break;
    default: break;
  }
  return makeUnknown();
}

Constant shift(const Constant& x, Tok op, uint64_t s) {
  if (x.kind != CKind::Int) return makeUnknown();
  if (op == Tok::Shl) return makeInt(x.re.num().shl(s));
  if (op == Tok::Shr) return makeInt(x.re.num().shr(s));
  return makeUnknown();
}

namespace {
bool cmpResult(int c, Tok op) {
  switch (op) {
    case Tok::Eql: return c == 0;
    case Tok::Neq: return c != 0;
    case Tok::Lss: return c < 0;
    case Tok::Leq: return c <= 0;
    case Tok::Gtr: return c > 0;
    case Tok::Geq: return c >= 0;
    default: return false;
  }
}
}  // namespace

bool compare(const Constant& x, Tok op, const Constant& y) {
  if (x.isUnknown() || y.isUnknown()) return false;
  if (x.kind == CKind::Bool && y.kind == CKind::Bool) {
    if (op == Tok::Eql) return x.b == y.b;
    if (op == Tok::Neq) return x.b != y.b;
    return false;
  }
  if (x.kind == CKind::String && y.kind == CKind::String) return cmpResult(x.s.compare(y.s), op);
  if (!x.isNumeric() || !y.isNumeric()) return false;
  if (x.kind == CKind::Complex || y.kind == CKind::Complex) {
    Constant cx = toComplex(x), cy = toComplex(y);
    bool eq = Rat::cmp(cx.re, cy.re) == 0 && Rat::cmp(cx.im, cy.im) == 0;
    if (op == Tok::Eql) return eq;
    if (op == Tok::Neq) return !eq;
    return false;
  }
  if (x.isHuge() || y.isHuge()) {
    BigFloat d = addBF(toBF(x), BigFloat{-toBF(y).m, toBF(y).e});
    return cmpResult(d.m.sign(), op);
  }
  return cmpResult(Rat::cmp(x.re, y.re), op);
}

// ---------------------------------------------------------------------------
// Representability

namespace {
bool roundFloat64(const Constant& x, Constant* out) {
  if (x.isHuge()) {
    if (x.exp2 > 0) return false;  // overflows
    *out = makeFloat64(0);         // underflows to zero
    return true;
  }
  bool overflow = false;
  double d = x.re.toDouble(&overflow);
  if (overflow) return false;
  *out = makeFloat64(d);
  return true;
}

bool roundFloat32(const Constant& x, Constant* out) {
  if (x.isHuge()) {
    if (x.exp2 > 0) return false;
    *out = makeFloat64(0);
    return true;
  }
  bool overflow = false;
  float f = x.re.toFloat(&overflow);
  if (overflow) return false;
  *out = makeFloat64(static_cast<double>(f));
  return true;
}
}  // namespace

bool representable(const Constant& x, RepKind k, Constant* rounded) {
  if (x.isUnknown()) return true;  // avoid follow-up errors
  switch (k) {
    case RepKind::Int: case RepKind::Int8: case RepKind::Int16: case RepKind::Int32:
    case RepKind::Int64: case RepKind::Uint: case RepKind::Uint8: case RepKind::Uint16:
    case RepKind::Uint32: case RepKind::Uint64: case RepKind::Uintptr:
    case RepKind::UntypedInt: case RepKind::UntypedRune: {
      Constant v = toInt(x);
      if (v.kind != CKind::Int) return false;
      if (rounded) *rounded = v;
      const BigInt& n = v.re.num();
      if (k == RepKind::UntypedInt || k == RepKind::UntypedRune) return true;
      bool isSigned = k == RepKind::Int || k == RepKind::Int8 || k == RepKind::Int16 ||
                      k == RepKind::Int32 || k == RepKind::Int64;
      int bits = 64;
      switch (k) {
        case RepKind::Int8: case RepKind::Uint8: bits = 8; break;
        case RepKind::Int16: case RepKind::Uint16: bits = 16; break;
        case RepKind::Int32: case RepKind::Uint32: bits = 32; break;
        default: break;
      }
      if (isSigned) {
        // -2^(bits-1) <= n < 2^(bits-1)
        if (!n.isNeg()) return n.bitLen() <= bits - 1;
        BigInt m = n.abs() - BigInt(1);
        return m.bitLen() <= bits - 1;
      }
      return !n.isNeg() && n.bitLen() <= bits;
    }
    case RepKind::Float32: case RepKind::Float64: case RepKind::UntypedFloat: {
      Constant v = toFloat(x);
      if (v.kind != CKind::Float) return false;
      if (k == RepKind::UntypedFloat) return true;
      Constant r;
      bool ok = k == RepKind::Float32 ? roundFloat32(v, &r) : roundFloat64(v, &r);
      if (ok && rounded) *rounded = r;
      return ok;
    }
    case RepKind::Complex64: case RepKind::Complex128: case RepKind::UntypedComplex: {
      Constant v = toComplex(x);
      if (v.kind != CKind::Complex) return false;
      if (k == RepKind::UntypedComplex) return true;
      Constant re, im;
      bool ok;
      if (k == RepKind::Complex64) ok = roundFloat32(makeRat(v.re), &re) && roundFloat32(makeRat(v.im), &im);
      else ok = roundFloat64(makeRat(v.re), &re) && roundFloat64(makeRat(v.im), &im);
      if (ok && rounded) *rounded = makeComplex(re, im);
      return ok;
    }
    case RepKind::String: case RepKind::UntypedString: return x.kind == CKind::String;
    case RepKind::Bool: case RepKind::UntypedBool: return x.kind == CKind::Bool;
  }
  return false;
}

}  // namespace gs::types
