// Go's strconv in C++. See strconv_impl.h for the contract.
//
// Float to decimal
// ----------------
// A finite float is mant * 2^e2 exactly. Its decimal expansion is computed
// with a small big-integer type kept in base 10^9: for e2 >= 0 it is the
// integer mant * 2^e2, for e2 < 0 it is (mant * 5^-e2) / 10^-e2, i.e. the
// digits of mant * 5^-e2 with the decimal point moved. The result (a Decimal: digits, decimal point)
// is exact, so every rounding after it is exact too: half-way cases round to
// the even digit, as Go's decimal.Round does.
//
// The shortest form walks the digit positions of the float's rounding
// interval [lower, upper] (the midpoints to its neighbours; the bounds
// belong to the interval when the mantissa is even, since a parser rounding
// half to even then maps them back) from the most significant down, and stops
// at the first position where truncating or rounding up the value still
// lands inside the interval, choosing the nearer of the two when both do.
// This is the digit string Go's Ryu and roundShortest produce.
//
// Decimal to float
// ----------------
// ParseFloat checks Go's syntax itself (sign, digits with '_', '.', exponent,
// hex mantissa with a mandatory 'p' exponent, inf/nan words) and then hands a
// cleaned decimal string to strtod/strtof, which round correctly in glibc and
// in musl (Emscripten); the "C" locale's '.' is the only decimal point we
// ever pass. Hexadecimal mantissas are rounded here, exactly as Go does.
#include "core/lib/strconv_impl.h"

#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/lib/unicode_tables.h"

namespace gs::lib {

namespace {

constexpr char kLowerHex[] = "0123456789abcdef";
constexpr char kUpperHex[] = "0123456789ABCDEF";
constexpr char kDigits36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

char lowerAscii(char c) { return static_cast<char>(c | ('x' - 'X')); }

// ----------------------------------------------------------------------------
// Big naturals kept in base 10^9, just enough for exact float expansion.
// Working in a decimal base makes the final conversion to digits free; the
// only operation needed is multiplication by a small factor (powers of 5 or
// of 2), where dividing by the constant 10^9 compiles to a multiplication.

class BigDecimalNat {
 public:
  explicit BigDecimalNat(uint64_t v) {
    while (v) {
      limbs_[n_++] = static_cast<uint32_t>(v % kBase);
      v /= kBase;
    }
  }
  // Multiplies by m < 2^32: limb * m + carry < 10^9 * 2^32 + 2^32 fits in 64 bits.
  void mulSmall(uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < n_; i++) {
      uint64_t t = static_cast<uint64_t>(limbs_[i]) * m + carry;
      limbs_[i] = static_cast<uint32_t>(t % kBase);
      carry = t / kBase;
    }
    while (carry) {
      limbs_[n_++] = static_cast<uint32_t>(carry % kBase);
      carry /= kBase;
    }
  }
  void mulPow5(int k) {
    constexpr uint32_t kPow5_13 = 1220703125u;  // the largest power of 5 below 2^32
    for (; k >= 13; k -= 13) mulSmall(kPow5_13);
    uint32_t m = 1;
    for (; k > 0; k--) m *= 5;
    if (m != 1) mulSmall(m);
  }
  void mulPow2(int k) {
    for (; k >= 31; k -= 31) mulSmall(uint32_t(1) << 31);
    if (k > 0) mulSmall(uint32_t(1) << k);
  }
  // Decimal digits, most significant first ("" for zero).
  std::string toDecimal() const {
    std::string s;
    if (n_ == 0) return s;
    s.reserve(static_cast<size_t>(n_) * 9);
    char buf[10];
    int len = 0;
    for (uint32_t top = limbs_[n_ - 1]; top != 0; top /= 10) buf[9 - len++] = static_cast<char>('0' + top % 10);
    s.append(buf + 10 - len, static_cast<size_t>(len));
    for (int i = n_ - 2; i >= 0; i--) {
      uint32_t c = limbs_[i];
      for (int k = 8; k >= 0; k--) {
        buf[k] = static_cast<char>('0' + c % 10);
        c /= 10;
      }
      s.append(buf, 9);
    }
    return s;
  }

 private:
  static constexpr uint32_t kBase = 1000000000u;
  // mant < 2^55 times 5^1076 is below 10^770: 86 limbs; 2^1025 needs 35.
  static constexpr int kMaxLimbs = 96;
  uint32_t limbs_[kMaxLimbs];  // limbs_[0..n_) are meaningful
  int n_ = 0;
};

// ----------------------------------------------------------------------------
// Decimal: value = 0.d[0]d[1]... * 10^dp, no leading or trailing zeros in d;
// zero is d == "" (and dp == 0).

struct Decimal {
  std::string d;
  int dp = 0;

  int nd() const { return static_cast<int>(d.size()); }
  void trim() {
    while (!d.empty() && d.back() == '0') d.pop_back();
    if (d.empty()) dp = 0;
  }
  // The digit of 10^pos ('0' outside the stored digits).
  char digitAt(int pos) const {
    int i = dp - 1 - pos;
    return i >= 0 && i < nd() ? d[static_cast<size_t>(i)] : '0';
  }
  // Exponent of the last stored digit (meaningless for zero).
  int lastPos() const { return dp - nd(); }

  // Rounding to the first n digits; n outside 0..nd-1 changes nothing.
  bool shouldRoundUp(int n) const {
    if (n < 0 || n >= nd()) return false;
    if (d[static_cast<size_t>(n)] == '5' && n + 1 == nd())  // exactly half: to even
      return n > 0 && (d[static_cast<size_t>(n) - 1] - '0') % 2 == 1;
    return d[static_cast<size_t>(n)] >= '5';
  }
  void roundDown(int n) {
    if (n < 0 || n >= nd()) return;
    d.resize(static_cast<size_t>(n));
    trim();
  }
  void roundUp(int n) {
    if (n < 0 || n >= nd()) return;
    for (int i = n - 1; i >= 0; i--) {
      if (d[static_cast<size_t>(i)] < '9') {
        d[static_cast<size_t>(i)]++;
        d.resize(static_cast<size_t>(i) + 1);
        return;
      }
    }
    d.clear();  // all nines: 0.999 -> 1.000
    d.push_back('1');
    dp++;
  }
  void round(int n) {
    if (shouldRoundUp(n)) roundUp(n); else roundDown(n);
  }
};

// The exact decimal value of mant * 2^e2.
Decimal exactDecimal(uint64_t mant, int e2) {
  Decimal r;
  if (mant == 0) return r;
  BigDecimalNat n(mant);
  if (e2 >= 0) {
    n.mulPow2(e2);
    r.d = n.toDecimal();
    r.dp = r.nd();
  } else {
    n.mulPow5(-e2);
    r.d = n.toDecimal();
    r.dp = r.nd() + e2;
  }
  r.trim();
  return r;
}

struct FloatInfo {
  int mantBits;
  int expBits;
  int bias;
};
constexpr FloatInfo kFloat32Info{23, 8, -127};
constexpr FloatInfo kFloat64Info{52, 11, -1023};

// Rounds d (the exact value of mant * 2^(exp - mantBits)) to the shortest
// digit string that still converts back to the same float. See the file
// comment.
void roundShortest(Decimal* d, uint64_t mant, int exp, const FloatInfo& flt) {
  if (mant == 0) return;
  int minExp = flt.bias + 1;
  // upper = (2 mant + 1) * 2^(exp - mantBits - 1): the midpoint to the successor.
  Decimal upper = exactDecimal(mant * 2 + 1, exp - flt.mantBits - 1);
  // lower: the midpoint to the predecessor, which is twice as close when
  // mant is a power of two (the binade below has half the spacing), except
  // at the bottom of the exponent range.
  uint64_t mantLo;
  int expLo;
  if (mant > (uint64_t(1) << flt.mantBits) || exp == minExp) {
    mantLo = mant - 1;
    expLo = exp;
  } else {
    mantLo = mant * 2 - 1;
    expLo = exp - 1;
  }
  Decimal lower = exactDecimal(mantLo * 2 + 1, expLo - flt.mantBits - 1);
  bool inclusive = mant % 2 == 0;

  bool aboveLower = false;  // trunc(d) at the current position > lower
  int upperGap = 0;         // (trunc(upper) - trunc(d)) in units of the position, capped at 2
  for (int pos = upper.dp - 1; pos >= d->lastPos(); pos--) {
    char vd = d->digitAt(pos), ld = lower.digitAt(pos), ud = upper.digitAt(pos);
    if (!aboveLower && vd != ld) aboveLower = true;
    upperGap = upperGap * 10 + (ud - vd);
    if (upperGap > 2) upperGap = 2;
    // Truncating here gives a value inside the interval?
    bool downOK = aboveLower || (inclusive && pos <= lower.lastPos());
    // Adding one unit here stays inside the interval?
    bool upOK = upperGap >= 2 || (upperGap == 1 && (inclusive || pos > upper.lastPos()));
    int keep = d->dp - pos;  // digits of d kept when cutting at pos
    if (downOK && upOK) {
      d->round(keep);
      return;
    }
    if (downOK) {
      d->roundDown(keep);
      return;
    }
    if (upOK) {
      d->roundUp(keep);
      return;
    }
  }
}

void appendExponentDigits(std::string* dst, int exp, int minDigits) {
  char buf[8];
  int n = 0;
  do {
    buf[n++] = static_cast<char>('0' + exp % 10);
    exp /= 10;
  } while (exp > 0);
  while (n < minDigits) buf[n++] = '0';
  while (n > 0) dst->push_back(buf[--n]);
}

// %e: d.ddddde±dd
void fmtE(std::string* dst, bool neg, const Decimal& d, int prec, char fmt) {
  if (neg) dst->push_back('-');
  dst->push_back(d.nd() ? d.d[0] : '0');
  if (prec > 0) {
    dst->push_back('.');
    int i = 1;
    int m = d.nd() < prec + 1 ? d.nd() : prec + 1;
    if (i < m) {
      dst->append(d.d, 1, static_cast<size_t>(m - 1));
      i = m;
    }
    for (; i <= prec; i++) dst->push_back('0');
  }
  dst->push_back(fmt);
  int exp = d.nd() == 0 ? 0 : d.dp - 1;
  dst->push_back(exp < 0 ? '-' : '+');
  appendExponentDigits(dst, exp < 0 ? -exp : exp, 2);
}

// %f: ddd.ddd
void fmtF(std::string* dst, bool neg, const Decimal& d, int prec) {
  if (neg) dst->push_back('-');
  if (d.dp > 0) {
    int m = d.nd() < d.dp ? d.nd() : d.dp;
    dst->append(d.d, 0, static_cast<size_t>(m));
    for (; m < d.dp; m++) dst->push_back('0');
  } else {
    dst->push_back('0');
  }
  if (prec > 0) {
    dst->push_back('.');
    for (int i = 0; i < prec; i++) {
      int j = d.dp + i;
      dst->push_back(j >= 0 && j < d.nd() ? d.d[static_cast<size_t>(j)] : '0');
    }
  }
}

// %b: mantissa "p" binary exponent, both decimal.
void fmtB(std::string* dst, bool neg, uint64_t mant, int exp, const FloatInfo& flt) {
  if (neg) dst->push_back('-');
  AppendUint(dst, mant, 10);
  dst->push_back('p');
  exp -= flt.mantBits;
  if (exp >= 0) dst->push_back('+');
  AppendInt(dst, exp, 10);
}

// %x: -0x1.hhhhp±dd, the mantissa normalised to a leading 1 (0x0p+00 for
// zero); prec hex digits after the point, rounded half to even, or as many
// as needed when prec < 0.
void fmtX(std::string* dst, int prec, char fmt, bool neg, uint64_t mant, int exp, const FloatInfo& flt) {
  if (mant == 0) exp = 0;
  // Put the leading 1 at bit 60.
  mant <<= 60 - flt.mantBits;
  while (mant != 0 && (mant & (uint64_t(1) << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    int shift = prec * 4;
    uint64_t dropped = (mant << shift) & ((uint64_t(1) << 60) - 1);
    mant >>= 60 - shift;
    if ((dropped | (mant & 1)) > (uint64_t(1) << 59)) mant++;
    mant <<= 60 - shift;
    if (mant & (uint64_t(1) << 61)) {  // carried into a new leading digit
      mant >>= 1;
      exp++;
    }
  }
  const char* hex = fmt == 'X' ? kUpperHex : kLowerHex;
  if (neg) dst->push_back('-');
  dst->push_back('0');
  dst->push_back(fmt);
  dst->push_back(static_cast<char>('0' + ((mant >> 60) & 1)));
  mant <<= 4;  // the fraction's first hex digit is now the top nibble
  if (prec < 0 && mant != 0) {
    dst->push_back('.');
    while (mant != 0) {
      dst->push_back(hex[(mant >> 60) & 15]);
      mant <<= 4;
    }
  } else if (prec > 0) {
    dst->push_back('.');
    for (int i = 0; i < prec; i++) {
      dst->push_back(hex[(mant >> 60) & 15]);
      mant <<= 4;
    }
  }
  dst->push_back(fmt == 'X' ? 'P' : 'p');
  dst->push_back(exp < 0 ? '-' : '+');
  appendExponentDigits(dst, exp < 0 ? -exp : exp, 2);
}

}  // namespace

// ----------------------------------------------------------------------------
// UTF-8

int32_t utf8DecodeRune(std::string_view s, int* width) {
  if (s.empty()) {
    *width = 0;
    return kRuneError;
  }
  auto b = [&](size_t i) { return static_cast<uint8_t>(s[i]); };
  uint8_t c0 = b(0);
  if (c0 < 0x80) {
    *width = 1;
    return c0;
  }
  *width = 1;
  auto cont = [&](size_t i) { return i < s.size() && (b(i) & 0xC0) == 0x80; };
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    if (!cont(1)) return kRuneError;
    *width = 2;
    return ((c0 & 0x1F) << 6) | (b(1) & 0x3F);
  }
  if (c0 >= 0xE0 && c0 <= 0xEF) {
    // Second byte ranges exclude overlong forms (E0) and surrogates (ED).
    uint8_t lo = c0 == 0xE0 ? 0xA0 : 0x80, hi = c0 == 0xED ? 0x9F : 0xBF;
    if (s.size() < 2 || b(1) < lo || b(1) > hi || !cont(2)) return kRuneError;
    *width = 3;
    return ((c0 & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  }
  if (c0 >= 0xF0 && c0 <= 0xF4) {
    uint8_t lo = c0 == 0xF0 ? 0x90 : 0x80, hi = c0 == 0xF4 ? 0x8F : 0xBF;
    if (s.size() < 2 || b(1) < lo || b(1) > hi || !cont(2) || !cont(3)) return kRuneError;
    *width = 4;
    return ((c0 & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  }
  return kRuneError;
}

bool utf8ValidRune(int32_t r) { return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF); }

void utf8AppendRune(std::string* dst, int32_t r) {
  if (!utf8ValidRune(r)) r = kRuneError;
  uint32_t u = static_cast<uint32_t>(r);
  if (u < 0x80) {
    dst->push_back(static_cast<char>(u));
  } else if (u < 0x800) {
    dst->push_back(static_cast<char>(0xC0 | (u >> 6)));
    dst->push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else if (u < 0x10000) {
    dst->push_back(static_cast<char>(0xE0 | (u >> 12)));
    dst->push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    dst->push_back(static_cast<char>(0x80 | (u & 0x3F)));
  } else {
    dst->push_back(static_cast<char>(0xF0 | (u >> 18)));
    dst->push_back(static_cast<char>(0x80 | ((u >> 12) & 0x3F)));
    dst->push_back(static_cast<char>(0x80 | ((u >> 6) & 0x3F)));
    dst->push_back(static_cast<char>(0x80 | (u & 0x3F)));
  }
}

bool utf8ValidString(std::string_view s) {
  while (!s.empty()) {
    int w;
    int32_t r = utf8DecodeRune(s, &w);
    if (r == kRuneError && w == 1) return false;
    s.remove_prefix(static_cast<size_t>(w));
  }
  return true;
}

int64_t utf8RuneCount(std::string_view s) {
  int64_t n = 0;
  while (!s.empty()) {
    int w;
    utf8DecodeRune(s, &w);
    s.remove_prefix(static_cast<size_t>(w));
    n++;
  }
  return n;
}

// ----------------------------------------------------------------------------
// Integers

void AppendUint(std::string* dst, uint64_t v, int base) {
  char buf[64];
  int i = 64;
  do {
    buf[--i] = kDigits36[v % static_cast<unsigned>(base)];
    v /= static_cast<unsigned>(base);
  } while (v != 0);
  dst->append(buf + i, static_cast<size_t>(64 - i));
}

void AppendInt(std::string* dst, int64_t v, int base) {
  if (v < 0) {
    dst->push_back('-');
    AppendUint(dst, 0 - static_cast<uint64_t>(v), base);  // well-defined for INT64_MIN
  } else {
    AppendUint(dst, static_cast<uint64_t>(v), base);
  }
}

std::string FormatInt(int64_t v, int base) {
  std::string s;
  AppendInt(&s, v, base);
  return s;
}

std::string FormatUint(uint64_t v, int base) {
  std::string s;
  AppendUint(&s, v, base);
  return s;
}

namespace {

// Go's rule for '_' in number literals given to ParseInt/ParseFloat with a
// base prefix: each underscore must sit between two digits, where the base
// prefix counts as a digit. An optional sign comes first.
bool underscoreOK(std::string_view s) {
  char saw = '^';  // '^' start, '0' digit or prefix, '_' underscore, '!' other
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0') {
    char c = lowerAscii(s[1]);
    if (c == 'b' || c == 'o' || c == 'x') {
      i = 2;
      saw = '0';
      hex = c == 'x';
    }
  }
  for (; i < s.size(); i++) {
    char c = s[i];
    if ((c >= '0' && c <= '9') || (hex && lowerAscii(c) >= 'a' && lowerAscii(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

}  // namespace

// uint = [ "0b" | "0B" | "0o" | "0O" | "0x" | "0X" | "0" ] digit { digit | "_" } .
// (prefixes and '_' only with base 0; a lone leading "0" then means octal)
NumErr ParseUint(std::string_view s, int base, int bitSize, uint64_t* out) {
  *out = 0;
  if (s.empty()) return NumErr::Syntax;
  bool base0 = base == 0;
  std::string_view s0 = s;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      char c = s.size() >= 3 ? lowerAscii(s[1]) : 0;
      if (c == 'b') {
        base = 2;
        s.remove_prefix(2);
      } else if (c == 'o') {
        base = 8;
        s.remove_prefix(2);
      } else if (c == 'x') {
        base = 16;
        s.remove_prefix(2);
      } else {
        base = 8;
        s.remove_prefix(1);
      }
    }
  } else if (base < 2 || base > 36) {
    return NumErr::InvalidBase;
  }
  if (bitSize == 0) {
    bitSize = 64;
  } else if (bitSize < 0 || bitSize > 64) {
    return NumErr::InvalidBitSize;
  }
  const uint64_t maxVal = bitSize == 64 ? ~uint64_t(0) : (uint64_t(1) << bitSize) - 1;
  // n >= cutoff means n * base overflows 64 bits.
  const uint64_t cutoff = ~uint64_t(0) / static_cast<uint64_t>(base) + 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char c : s) {
    int d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (lowerAscii(c) >= 'a' && lowerAscii(c) <= 'z') {
      d = lowerAscii(c) - 'a' + 10;
    } else {
      return NumErr::Syntax;
    }
    if (d >= base) return NumErr::Syntax;
    // Go reports overflow at the first digit that overflows, before later
    // syntax errors are seen.
    if (n >= cutoff) {
      *out = maxVal;
      return NumErr::Range;
    }
    n *= static_cast<uint64_t>(base);
    uint64_t n1 = n + static_cast<uint64_t>(d);
    if (n1 < n || n1 > maxVal) {
      *out = maxVal;
      return NumErr::Range;
    }
    n = n1;
  }
  if (underscores && !underscoreOK(s0)) return NumErr::Syntax;
  *out = n;
  return NumErr::Ok;
}

NumErr ParseInt(std::string_view s, int base, int bitSize, int64_t* out) {
  *out = 0;
  if (s.empty()) return NumErr::Syntax;
  bool neg = false;
  if (s[0] == '+') {
    s.remove_prefix(1);
  } else if (s[0] == '-') {
    neg = true;
    s.remove_prefix(1);
  }
  uint64_t un;
  NumErr e = ParseUint(s, base, bitSize, &un);
  if (e != NumErr::Ok && e != NumErr::Range) return e;
  if (bitSize == 0) bitSize = 64;
  uint64_t cutoff = uint64_t(1) << (bitSize - 1);
  if (!neg && un >= cutoff) {
    *out = static_cast<int64_t>(cutoff - 1);
    return NumErr::Range;
  }
  if (neg && un > cutoff) {
    *out = -static_cast<int64_t>(cutoff - 1) - 1;
    return NumErr::Range;
  }
  *out = neg ? static_cast<int64_t>(0 - un) : static_cast<int64_t>(un);
  return NumErr::Ok;
}

NumErr Atoi(std::string_view s, int64_t* out) { return ParseInt(s, 10, 0, out); }

NumErr ParseBool(std::string_view s, bool* out) {
  *out = false;
  if (s == "1" || s == "t" || s == "T" || s == "true" || s == "TRUE" || s == "True") {
    *out = true;
    return NumErr::Ok;
  }
  if (s == "0" || s == "f" || s == "F" || s == "false" || s == "FALSE" || s == "False") return NumErr::Ok;
  return NumErr::Syntax;
}

// ----------------------------------------------------------------------------
// Float formatting

void AppendFloat(std::string* dst, double val, char fmt, int prec, int bitSize) {
  uint64_t bits;
  const FloatInfo& flt = bitSize == 32 ? kFloat32Info : kFloat64Info;
  if (bitSize == 32) {
    float f = static_cast<float>(val);
    uint32_t b32;
    std::memcpy(&b32, &f, sizeof b32);
    bits = b32;
  } else {
    std::memcpy(&bits, &val, sizeof bits);
  }
  bool neg = (bits >> (flt.expBits + flt.mantBits)) != 0;
  int exp = static_cast<int>((bits >> flt.mantBits) & ((uint64_t(1) << flt.expBits) - 1));
  uint64_t mant = bits & ((uint64_t(1) << flt.mantBits) - 1);

  if (exp == (1 << flt.expBits) - 1) {
    dst->append(mant != 0 ? "NaN" : neg ? "-Inf" : "+Inf");
    return;
  }
  if (exp == 0) {
    exp++;  // denormal: same exponent as the smallest normal, no implicit bit
  } else {
    mant |= uint64_t(1) << flt.mantBits;
  }
  exp += flt.bias;  // now value = mant * 2^(exp - mantBits)

  if (fmt == 'b') {
    fmtB(dst, neg, mant, exp, flt);
    return;
  }
  if (fmt == 'x' || fmt == 'X') {
    fmtX(dst, prec, fmt, neg, mant, exp, flt);
    return;
  }

  Decimal d = exactDecimal(mant, exp - flt.mantBits);
  bool shortest = prec < 0;
  if (shortest) {
    roundShortest(&d, mant, exp, flt);
    switch (fmt) {
      case 'e': case 'E': prec = d.nd() > 0 ? d.nd() - 1 : 0; break;
      case 'f': prec = d.nd() - d.dp > 0 ? d.nd() - d.dp : 0; break;
      case 'g': case 'G': prec = d.nd(); break;
      default: break;
    }
  } else {
    switch (fmt) {
      case 'e': case 'E': d.round(prec + 1); break;
      case 'f': d.round(d.dp + prec); break;
      case 'g': case 'G':
        if (prec == 0) prec = 1;
        d.round(prec);
        break;
      default: break;
    }
  }

  switch (fmt) {
    case 'e': case 'E':
      fmtE(dst, neg, d, prec, fmt);
      return;
    case 'f':
      fmtF(dst, neg, d, prec);
      return;
    case 'g': case 'G': {
      // %e when the exponent is < -4 or >= the precision (6 for the
      // shortest form, else prec, but no more than the digits present when
      // they are all in the integer part).
      int eprec = prec;
      if (eprec > d.nd() && d.nd() >= d.dp) eprec = d.nd();
      if (shortest) eprec = 6;
      int x = d.dp - 1;
      if (x < -4 || x >= eprec) {
        if (prec > d.nd()) prec = d.nd();
        fmtE(dst, neg, d, prec - 1, static_cast<char>(fmt + 'e' - 'g'));
        return;
      }
      if (prec > d.dp) prec = d.nd();
      fmtF(dst, neg, d, prec - d.dp > 0 ? prec - d.dp : 0);
      return;
    }
    default:
      dst->push_back('%');
      dst->push_back(fmt);
      return;
  }
}

std::string FormatFloat(double f, char fmt, int prec, int bitSize) {
  std::string s;
  AppendFloat(&s, f, fmt, prec, bitSize);
  return s;
}

// ----------------------------------------------------------------------------
// Float parsing

namespace {

size_t commonPrefixLenIgnoreCase(std::string_view s, std::string_view prefix) {
  size_t n = prefix.size() < s.size() ? prefix.size() : s.size();
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 'a' - 'A');
    if (c != prefix[i]) return i;
  }
  return n;
}

// "inf", "infinity" (optionally signed) and "nan", any case. Returns the
// number of bytes matched, 0 if none.
size_t parseSpecial(std::string_view s, double* out) {
  if (s.empty()) return 0;
  double sign = 1;
  size_t nsign = 0;
  std::string_view rest = s;
  if (s[0] == '+' || s[0] == '-') {
    if (s[0] == '-') sign = -1;
    nsign = 1;
    rest.remove_prefix(1);
  } else if (s[0] == 'n' || s[0] == 'N') {
    if (commonPrefixLenIgnoreCase(s, "nan") == 3) {
      const uint64_t kGoNaN = 0x7FF8000000000001ull;  // math.NaN()'s bits
      std::memcpy(out, &kGoNaN, sizeof kGoNaN);
      return 3;
    }
    return 0;
  }
  size_t n = commonPrefixLenIgnoreCase(rest, "infinity");
  if (n > 3 && n < 8) n = 3;  // "infin" matches "inf" only
  if (n == 3 || n == 8) {
    *out = sign * HUGE_VAL;
    return nsign + n;
  }
  return 0;
}

// A number as Go's readFloat reads it, before conversion.
struct FloatLiteral {
  bool neg = false;
  bool hex = false;
  std::string digits;  // mantissa digits, '.' and '_' removed
  int64_t pointPos = 0;  // digits before the point (hex: in hex digits)
  int64_t exp = 0;       // the exponent as written (decimal: power of 10; hex: power of 2), clamped like Go
  size_t length = 0;     // bytes consumed
};

// float    = [ "+" | "-" ] ( decimal | hex ) .
// decimal  = mantissa [ ( "e" | "E" ) exponent ] .
// hex      = "0" ( "x" | "X" ) hexMantissa ( "p" | "P" ) exponent .
// mantissa = digits [ "." [ digits ] ] | "." digits .   ('_' may appear among
//            digits; underscoreOK checks the placement afterwards)
// exponent = [ "+" | "-" ] decimalDigit { decimalDigit | "_" } .
// Reads the longest prefix of s that Go's readFloat accepts; false when
// there is none (a syntax error).
bool readFloatLiteral(std::string_view s, FloatLiteral* lit) {
  size_t i = 0;
  bool underscores = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    lit->neg = s[i] == '-';
    i++;
  }
  char expChar = 'e';
  if (i + 2 < s.size() && s[i] == '0' && lowerAscii(s[i + 1]) == 'x') {
    lit->hex = true;
    expChar = 'p';
    i += 2;
  }
  bool sawDot = false, sawDigits = false;
  int64_t nd = 0;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '_') {
      underscores = true;
    } else if (c == '.') {
      if (sawDot) break;
      sawDot = true;
      lit->pointPos = nd;
    } else if ((c >= '0' && c <= '9') ||
               (lit->hex && lowerAscii(c) >= 'a' && lowerAscii(c) <= 'f')) {
      sawDigits = true;
      lit->digits.push_back(c);
      nd++;
    } else {
      break;
    }
  }
  if (!sawDigits) return false;
  if (!sawDot) lit->pointPos = nd;
  if (i < s.size() && lowerAscii(s[i]) == expChar) {
    i++;
    if (i >= s.size()) return false;
    int64_t esign = 1;
    if (s[i] == '+') {
      i++;
    } else if (s[i] == '-') {
      i++;
      esign = -1;
    }
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    int64_t e = 0;
    for (; i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++) {
      if (s[i] == '_') {
        underscores = true;
        continue;
      }
      if (e < 10000) e = e * 10 + (s[i] - '0');  // Go stops accumulating here
    }
    lit->exp = e * esign;
  } else if (lit->hex) {
    return false;  // a hex mantissa needs its 'p' exponent
  }
  if (underscores && !underscoreOK(s.substr(0, i))) return false;
  lit->length = i;
  return true;
}

// Hex literal to float, rounding half to even with a sticky bit, as Go's
// atofHex: keep the first 16 significant hex digits (64 bits), remember if
// any non-zero digit was dropped.
NumErr hexToFloat(const FloatLiteral& lit, const FloatInfo& flt, double* out) {
  uint64_t mant = 0;
  int64_t exp = 0;  // value = mant * 2^exp
  int kept = 0;
  bool trunc = false;
  int64_t digitsAfterPoint = 0;
  bool leading = true;
  for (size_t k = 0; k < lit.digits.size(); k++) {
    char c = lit.digits[k];
    int v = c <= '9' ? c - '0' : lowerAscii(c) - 'a' + 10;
    bool afterPoint = static_cast<int64_t>(k) >= lit.pointPos;
    if (leading && v == 0) {
      if (afterPoint) digitsAfterPoint++;
      continue;  // leading zeros carry no bits
    }
    leading = false;
    if (kept < 16) {
      mant = mant * 16 + static_cast<uint64_t>(v);
      kept++;
      if (afterPoint) digitsAfterPoint++;
    } else {
      if (v != 0) trunc = true;
      if (!afterPoint) exp += 4;  // a dropped integer digit still scales
    }
  }
  exp += lit.exp - 4 * digitsAfterPoint;

  const int64_t maxExp = (int64_t(1) << flt.expBits) + flt.bias - 2;
  const int64_t minExp = flt.bias + 1;
  // Bring to the form 1.m * 2^e with two extra rounding bits below m:
  // mant has mantBits+3 significant bits, e counts from the leading bit.
  int64_t e = exp + flt.mantBits;  // mant is now read as mant / 2^mantBits
  while (mant != 0 && (mant >> (flt.mantBits + 2)) == 0) {
    mant <<= 1;
    e--;
  }
  if (trunc) mant |= 1;
  while ((mant >> (flt.mantBits + 3)) != 0) {
    mant = (mant >> 1) | (mant & 1);
    e++;
  }
  // Denormalise if below the exponent range, keeping the sticky bit.
  while (mant > 1 && e < minExp - 2) {
    mant = (mant >> 1) | (mant & 1);
    e++;
  }
  uint64_t roundBits = mant & 3;
  mant >>= 2;
  roundBits |= mant & 1;  // an odd mantissa rounds a tie up (to even)
  e += 2;
  if (roundBits == 3) {
    mant++;
    if (mant == (uint64_t(1) << (flt.mantBits + 1))) {
      mant >>= 1;
      e++;
    }
  }
  if ((mant >> flt.mantBits) == 0) e = flt.bias;  // denormal or zero
  if (e > maxExp) {
    *out = lit.neg ? -HUGE_VAL : HUGE_VAL;
    return NumErr::Range;
  }
  uint64_t bits = mant & ((uint64_t(1) << flt.mantBits) - 1);
  bits |= static_cast<uint64_t>((e - flt.bias) & ((1 << flt.expBits) - 1)) << flt.mantBits;
  if (lit.neg) bits |= uint64_t(1) << (flt.mantBits + flt.expBits);
  if (flt.expBits == 8) {
    uint32_t b32 = static_cast<uint32_t>(bits);
    float f;
    std::memcpy(&f, &b32, sizeof f);
    *out = f;
  } else {
    std::memcpy(out, &bits, sizeof bits);
  }
  return NumErr::Ok;
}

}  // namespace

NumErr ParseFloat(std::string_view s, int bitSize, double* out) {
  *out = 0;
  if (size_t n = parseSpecial(s, out); n > 0) {
    // A float32 result goes through float32 (which also drops NaN's low bit).
    if (bitSize == 32) *out = static_cast<float>(*out);
    if (n == s.size()) return NumErr::Ok;
    *out = 0;
    return NumErr::Syntax;
  }
  FloatLiteral lit;
  if (!readFloatLiteral(s, &lit) || lit.length != s.size()) return NumErr::Syntax;
  const FloatInfo& flt = bitSize == 32 ? kFloat32Info : kFloat64Info;
  if (lit.hex) return hexToFloat(lit, flt, out);

  // Canonical decimal for the C library: [-]digits e exp, where the
  // exponent accounts for the point's position.
  std::string buf;
  buf.reserve(lit.digits.size() + 32);
  if (lit.neg) buf.push_back('-');
  buf.append(lit.digits);
  int64_t e10 = lit.exp - (static_cast<int64_t>(lit.digits.size()) - lit.pointPos);
  buf.push_back('e');
  AppendInt(&buf, e10, 10);
  if (bitSize == 32) {
    float f = std::strtof(buf.c_str(), nullptr);
    *out = f;
    return std::isinf(f) ? NumErr::Range : NumErr::Ok;
  }
  double f = std::strtod(buf.c_str(), nullptr);
  *out = f;
  return std::isinf(f) ? NumErr::Range : NumErr::Ok;
}

// ----------------------------------------------------------------------------
// Quoting

bool IsPrint(int32_t r) { return unicode::IsPrint(r); }
bool IsGraphic(int32_t r) { return unicode::IsGraphic(r); }

namespace {

void appendEscapedRune(std::string* dst, int32_t r, char quote, bool asciiOnly, bool graphicOnly) {
  if (r == static_cast<unsigned char>(quote) || r == '\\') {  // always backslashed
    dst->push_back('\\');
    dst->push_back(static_cast<char>(r));
    return;
  }
  if (asciiOnly) {
    if (r < kRuneSelf && IsPrint(r)) {
      dst->push_back(static_cast<char>(r));
      return;
    }
  } else if (IsPrint(r) || (graphicOnly && IsGraphic(r))) {
    utf8AppendRune(dst, r);
    return;
  }
  switch (r) {
    case '\a': dst->append("\\a"); return;
    case '\b': dst->append("\\b"); return;
    case '\f': dst->append("\\f"); return;
    case '\n': dst->append("\\n"); return;
    case '\r': dst->append("\\r"); return;
    case '\t': dst->append("\\t"); return;
    case '\v': dst->append("\\v"); return;
    default: break;
  }
  if (r < ' ' || r == 0x7F) {
    dst->append("\\x");
    dst->push_back(kLowerHex[(r >> 4) & 0xF]);
    dst->push_back(kLowerHex[r & 0xF]);
    return;
  }
  if (!utf8ValidRune(r)) r = kRuneError;
  if (r < 0x10000) {
    dst->append("\\u");
    for (int s = 12; s >= 0; s -= 4) dst->push_back(kLowerHex[(r >> s) & 0xF]);
  } else {
    dst->append("\\U");
    for (int s = 28; s >= 0; s -= 4) dst->push_back(kLowerHex[(r >> s) & 0xF]);
  }
}

}  // namespace

void AppendQuotedWith(std::string* dst, std::string_view s, char quote, bool asciiOnly, bool graphicOnly) {
  dst->reserve(dst->size() + s.size() + 2);
  dst->push_back(quote);
  while (!s.empty()) {
    int width = 1;
    int32_t r = static_cast<unsigned char>(s[0]);
    if (r >= kRuneSelf) r = utf8DecodeRune(s, &width);
    if (width == 1 && r == kRuneError) {  // an invalid byte is shown as \xNN
      dst->append("\\x");
      dst->push_back(kLowerHex[static_cast<unsigned char>(s[0]) >> 4]);
      dst->push_back(kLowerHex[static_cast<unsigned char>(s[0]) & 0xF]);
    } else {
      appendEscapedRune(dst, r, quote, asciiOnly, graphicOnly);
    }
    s.remove_prefix(static_cast<size_t>(width));
  }
  dst->push_back(quote);
}

void AppendQuotedRuneWith(std::string* dst, int32_t r, char quote, bool asciiOnly, bool graphicOnly) {
  dst->push_back(quote);
  if (!utf8ValidRune(r)) r = kRuneError;
  appendEscapedRune(dst, r, quote, asciiOnly, graphicOnly);
  dst->push_back(quote);
}

std::string Quote(std::string_view s) {
  std::string out;
  AppendQuotedWith(&out, s, '"', false, false);
  return out;
}
std::string QuoteToASCII(std::string_view s) {
  std::string out;
  AppendQuotedWith(&out, s, '"', true, false);
  return out;
}
std::string QuoteToGraphic(std::string_view s) {
  std::string out;
  AppendQuotedWith(&out, s, '"', false, true);
  return out;
}
std::string QuoteRune(int32_t r) {
  std::string out;
  AppendQuotedRuneWith(&out, r, '\'', false, false);
  return out;
}
std::string QuoteRuneToASCII(int32_t r) {
  std::string out;
  AppendQuotedRuneWith(&out, r, '\'', true, false);
  return out;
}
std::string QuoteRuneToGraphic(int32_t r) {
  std::string out;
  AppendQuotedRuneWith(&out, r, '\'', false, true);
  return out;
}

bool CanBackquote(std::string_view s) {
  while (!s.empty()) {
    int w;
    int32_t r = utf8DecodeRune(s, &w);
    s.remove_prefix(static_cast<size_t>(w));
    if (w > 1) {
      if (r == 0xFEFF) return false;  // a BOM is invisible
      continue;
    }
    if (r == kRuneError) return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
  }
  return true;
}

namespace {
int unhex(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}
}  // namespace

bool UnquoteChar(std::string_view s, char quote, int32_t* value, bool* multibyte, std::string_view* tail) {
  *value = 0;
  *multibyte = false;
  *tail = std::string_view();
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c == static_cast<unsigned char>(quote) && (quote == '\'' || quote == '"')) return false;
  if (c >= kRuneSelf) {
    int w;
    *value = utf8DecodeRune(s, &w);
    *multibyte = true;
    *tail = s.substr(static_cast<size_t>(w));
    return true;
  }
  if (c != '\\') {
    *value = c;
    *tail = s.substr(1);
    return true;
  }
  if (s.size() <= 1) return false;
  char e = s[1];
  s.remove_prefix(2);
  int32_t v = 0;
  switch (e) {
    case 'a': v = '\a'; break;
    case 'b': v = '\b'; break;
    case 'f': v = '\f'; break;
    case 'n': v = '\n'; break;
    case 'r': v = '\r'; break;
    case 't': v = '\t'; break;
    case 'v': v = '\v'; break;
    case 'x': case 'u': case 'U': {
      size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      if (s.size() < n) return false;
      for (size_t j = 0; j < n; j++) {
        int x = unhex(s[j]);
        if (x < 0) return false;
        v = static_cast<int32_t>((static_cast<uint32_t>(v) << 4) | static_cast<uint32_t>(x));
      }
      s.remove_prefix(n);
      if (e != 'x') {
        if (!utf8ValidRune(v)) return false;
        *multibyte = true;
      }
      break;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      v = e - '0';
      if (s.size() < 2) return false;
      for (size_t j = 0; j < 2; j++) {
        int x = s[j] - '0';
        if (x < 0 || x > 7) return false;
        v = (v << 3) | x;
      }
      s.remove_prefix(2);
      if (v > 255) return false;
      break;
    }
    case '\\': v = '\\'; break;
    case '\'': case '"':
      if (e != quote) return false;
      v = e;
      break;
    default:
      return false;
  }
  *value = v;
  *tail = s;
  return true;
}

namespace {

// unquote: the quoted literal at the start of in; *rest is what follows it.
// With unescape, *out receives the literal's value, else the literal itself.
bool unquotePrefix(std::string_view in, bool unescape, std::string* out, std::string_view* literal,
                   std::string_view* rest) {
  if (in.size() < 2) return false;
  char quote = in[0];
  size_t endRel = in.substr(1).find(quote);
  if (endRel == std::string_view::npos) return false;
  size_t end = endRel + 2;  // just past the closing quote, if no escapes intervene
  switch (quote) {
    case '`': {
      *literal = in.substr(0, end);
      *rest = in.substr(end);
      if (unescape) {
        out->clear();
        for (size_t i = 1; i + 1 < end; i++)
          if (in[i] != '\r') out->push_back(in[i]);  // raw strings drop carriage returns
      }
      return true;
    }
    case '"':
    case '\'': {
      std::string_view body = in.substr(1, end - 2);
      // Fast path: nothing to unescape.
      if (body.find('\\') == std::string_view::npos && body.find('\n') == std::string_view::npos) {
        bool valid;
        if (quote == '"') {
          valid = utf8ValidString(body);
        } else {
          int w;
          int32_t r = utf8DecodeRune(body, &w);
          valid = static_cast<size_t>(w) + 2 == end && (r != kRuneError || w != 1);
        }
        if (valid) {
          *literal = in.substr(0, end);
          *rest = in.substr(end);
          if (unescape) out->assign(body);
          return true;
        }
      }
      std::string_view s = in.substr(1);
      std::string buf;
      while (!s.empty() && s[0] != quote) {
        int32_t r;
        bool multibyte;
        std::string_view tail;
        if (s[0] == '\n' || !UnquoteChar(s, quote, &r, &multibyte, &tail)) return false;
        s = tail;
        if (unescape) {
          if (r < kRuneSelf || !multibyte) buf.push_back(static_cast<char>(r));
          else utf8AppendRune(&buf, r);
        }
        if (quote == '\'') break;  // a rune literal holds one character
      }
      if (s.empty() || s[0] != quote) return false;
      s.remove_prefix(1);
      *literal = in.substr(0, in.size() - s.size());
      *rest = s;
      if (unescape) *out = std::move(buf);
      return true;
    }
    default:
      return false;
  }
}

}  // namespace

bool Unquote(std::string_view s, std::string* out) {
  std::string value;
  std::string_view literal, rest;
  out->clear();
  if (!unquotePrefix(s, true, &value, &literal, &rest) || !rest.empty()) return false;
  *out = std::move(value);
  return true;
}

bool QuotedPrefix(std::string_view s, std::string_view* out) {
  std::string ignored;
  std::string_view rest;
  *out = std::string_view();
  return unquotePrefix(s, false, &ignored, out, &rest);
}

}  // namespace gs::lib
