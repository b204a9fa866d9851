// BigInt and Rat: the exact arithmetic under constant.h.
//
// Numbers in Go programs are small, so the representation favours simplicity:
// a sign and a vector of 32-bit limbs, schoolbook multiplication and Knuth's
// long division (algorithm D). Rationals are kept normalized (gcd 1, positive
// denominator) so that equality is structural.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>

#include "core/types/constant.h"

namespace gs::types {

namespace {

void trimLimbs(Limbs& v) {
  while (!v.empty() && v.back() == 0) v.pop_back();
}

int bitLen32(uint32_t x) { return x == 0 ? 0 : 32 - __builtin_clz(x); }

// v = v * m + a, in place.
void mulAddSmall(Limbs& v, uint32_t m, uint32_t a) {
  uint64_t carry = a;
  for (auto& limb : v) {
    uint64_t t = static_cast<uint64_t>(limb) * m + carry;
    limb = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  if (carry) v.push_back(static_cast<uint32_t>(carry));
}

// v = v / d, returns the remainder.
uint32_t divSmall(Limbs& v, uint32_t d) {
  uint64_t rem = 0;
  for (size_t i = v.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | v[i];
    v[i] = static_cast<uint32_t>(cur / d);
    rem = cur % d;
  }
  trimLimbs(v);
  return static_cast<uint32_t>(rem);
}

Limbs shlLimbs(const Limbs& a, uint64_t n) {
  if (a.empty()) return {};
  size_t words = static_cast<size_t>(n / 32);
  unsigned bits = static_cast<unsigned>(n % 32);
  Limbs r(words, 0);
  r.reserve(words + a.size() + 1);
  if (bits == 0) {
    r.append(a.begin(), a.end());
  } else {
    uint32_t carry = 0;
    for (uint32_t limb : a) {
      r.push_back((limb << bits) | carry);
      carry = limb >> (32 - bits);
    }
    if (carry) r.push_back(carry);
  }
  return r;
}

Limbs shrLimbs(const Limbs& a, uint64_t n) {
  size_t words = static_cast<size_t>(n / 32);
  if (words >= a.size()) return {};
  unsigned bits = static_cast<unsigned>(n % 32);
  Limbs r(a.begin() + words, a.end());
  if (bits) {
    for (size_t i = 0; i < r.size(); i++) {
      uint32_t hi = i + 1 < r.size() ? r[i + 1] : 0;
      r[i] = (r[i] >> bits) | (hi << (32 - bits));
    }
  }
  trimLimbs(r);
  return r;
}

int64_t bitLenLimbs(const Limbs& a) {
  if (a.empty()) return 0;
  return static_cast<int64_t>(a.size() - 1) * 32 + bitLen32(a.back());
}
}  // namespace

// ---------------------------------------------------------------------------
// Limbs

void Limbs::reserve(size_t n) {
  if (n <= cap_) return;
  size_t cap = cap_ * 2 > n ? cap_ * 2 : n;
  auto* p = new uint32_t[cap];
  const uint32_t* old = data();
  for (size_t i = 0; i < size_; i++) p[i] = old[i];
  delete[] heap_;
  heap_ = p;
  cap_ = cap;
}

// ---------------------------------------------------------------------------
// BigInt

BigInt::BigInt(int64_t v) {
  uint64_t m;
  if (v < 0) {
    neg_ = true;
    m = ~static_cast<uint64_t>(v) + 1;  // |v| without overflow for INT64_MIN
  } else {
    m = static_cast<uint64_t>(v);
  }
  while (m) {
    mag_.push_back(static_cast<uint32_t>(m));
    m >>= 32;
  }
}

BigInt BigInt::fromUint64(uint64_t v) {
  BigInt r;
  while (v) {
    r.mag_.push_back(static_cast<uint32_t>(v));
    v >>= 32;
  }
  return r;
}

void BigInt::trim() {
  trimLimbs(mag_);
  if (mag_.empty()) neg_ = false;
}

bool BigInt::parse(std::string_view digits, int base, BigInt* out) {
  BigInt r;
  if (digits.empty()) return false;
  // Accumulate several digits into one small multiply-add to keep parsing
  // linear in practice.
  uint32_t chunk = 0, mult = 1;
  for (char c : digits) {
    int d;
    if (c >= '0' && c <= '9') d = c - '0';
    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
    else return false;
    if (d >= base) return false;
    chunk = chunk * static_cast<uint32_t>(base) + static_cast<uint32_t>(d);
    mult *= static_cast<uint32_t>(base);
    if (mult > (1u << 27)) {  // base^k stays below 2^31 for base <= 16
      mulAddSmall(r.mag_, mult, chunk);
      chunk = 0;
      mult = 1;
    }
  }
  if (mult > 1) mulAddSmall(r.mag_, mult, chunk);
  r.trim();
  *out = std::move(r);
  return true;
}

int64_t BigInt::bitLen() const { return bitLenLimbs(mag_); }

bool BigInt::bit(int64_t i) const {
  size_t w = static_cast<size_t>(i / 32);
  if (w >= mag_.size()) return false;
  return (mag_[w] >> (i % 32)) & 1;
}

bool BigInt::fitsInt64() const {
  if (mag_.size() > 2) return false;
  uint64_t m = toUint64();
  if (neg_) return m <= (uint64_t(1) << 63);
  return m < (uint64_t(1) << 63);
}

bool BigInt::fitsUint64() const { return !neg_ && mag_.size() <= 2; }

uint64_t BigInt::toUint64() const {
  uint64_t m = 0;
  if (mag_.size() > 0) m = mag_[0];
  if (mag_.size() > 1) m |= static_cast<uint64_t>(mag_[1]) << 32;
  return m;
}

int64_t BigInt::toInt64() const {
  uint64_t m = toUint64();
  if (neg_) m = ~m + 1;
  return static_cast<int64_t>(m);
}

double BigInt::toDouble() const { return Rat(*this).toDouble(); }

std::string BigInt::toString() const {
  if (mag_.empty()) return "0";
  Limbs v = mag_;
  std::string out;
  // Peel off 9 decimal digits at a time.
  while (!v.empty()) {
    uint32_t chunk = divSmall(v, 1000000000u);
    for (int i = 0; i < 9; i++) {
      out.push_back(static_cast<char>('0' + chunk % 10));
      chunk /= 10;
      if (v.empty() && chunk == 0) break;
    }
  }
  while (out.size() > 1 && out.back() == '0') out.pop_back();
  if (neg_) out.push_back('-');
  return std::string(out.rbegin(), out.rend());
}

int BigInt::cmpMag(const Limbs& a, const Limbs& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;) {
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

int BigInt::cmp(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = cmpMag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

int BigInt::cmpAbs(const BigInt& a, const BigInt& b) { return cmpMag(a.mag_, b.mag_); }

Limbs BigInt::addMag(const Limbs& a, const Limbs& b) {
  const Limbs& x = a.size() >= b.size() ? a : b;
  const Limbs& y = a.size() >= b.size() ? b : a;
  Limbs r(x.size());
  uint64_t carry = 0;
  for (size_t i = 0; i < x.size(); i++) {
    uint64_t t = static_cast<uint64_t>(x[i]) + (i < y.size() ? y[i] : 0) + carry;
    r[i] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  if (carry) r.push_back(static_cast<uint32_t>(carry));
  return r;
}

Limbs BigInt::subMag(const Limbs& a, const Limbs& b) {
  Limbs r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); i++) {
    int64_t t = static_cast<int64_t>(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    borrow = t < 0;
    r[i] = static_cast<uint32_t>(t + (borrow << 32));
  }
  trimLimbs(r);
  return r;
}

BigInt BigInt::operator-() const {
  BigInt r = *this;
  if (!r.mag_.empty()) r.neg_ = !r.neg_;
  return r;
}

BigInt BigInt::abs() const {
  BigInt r = *this;
  r.neg_ = false;
  return r;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.neg_ == b.neg_) {
    r.mag_ = BigInt::addMag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else if (BigInt::cmpMag(a.mag_, b.mag_) >= 0) {
    r.mag_ = BigInt::subMag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else {
    r.mag_ = BigInt::subMag(b.mag_, a.mag_);
    r.neg_ = b.neg_;
  }
  r.trim();
  return r;
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.mag_.empty() || b.mag_.empty()) return r;
  r.mag_.assign(a.mag_.size() + b.mag_.size(), 0);
  for (size_t i = 0; i < a.mag_.size(); i++) {
    uint64_t carry = 0;
    uint64_t ai = a.mag_[i];
    for (size_t j = 0; j < b.mag_.size(); j++) {
      uint64_t t = ai * b.mag_[j] + r.mag_[i + j] + carry;
      r.mag_[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    r.mag_[i + b.mag_.size()] = static_cast<uint32_t>(carry);
  }
  r.neg_ = a.neg_ != b.neg_;
  r.trim();
  return r;
}

// Long division of magnitudes (Knuth, TAOCP vol. 2, 4.3.1, algorithm D):
// normalize so the divisor's top limb has its high bit set, then estimate
// each quotient limb from the top two limbs and correct it at most twice.
void BigInt::divModMag(const Limbs& a, const Limbs& b, Limbs* q, Limbs* r) {
  if (cmpMag(a, b) < 0) {
    q->clear();
    *r = a;
    return;
  }
  if (b.size() == 1) {
    *q = a;
    uint32_t rem = divSmall(*q, b[0]);
    r->clear();
    if (rem) r->push_back(rem);
    return;
  }
  int s = __builtin_clz(b.back());
  Limbs v = shlLimbs(b, static_cast<uint64_t>(s));
  Limbs u = shlLimbs(a, static_cast<uint64_t>(s));
  if (u.size() == a.size()) u.push_back(0);  // room for the top digit
  size_t n = v.size();
  size_t m = u.size() - n;
  q->assign(m, 0);
  const uint64_t base = uint64_t(1) << 32;
  for (size_t j = m; j-- > 0;) {
    uint64_t num = (static_cast<uint64_t>(u[j + n]) << 32) | u[j + n - 1];
    uint64_t qhat = num / v[n - 1];
    uint64_t rhat = num % v[n - 1];
    while (qhat >= base || qhat * v[n - 2] > ((rhat << 32) | u[j + n - 2])) {
      qhat--;
      rhat += v[n - 1];
      if (rhat >= base) break;
    }
    // u[j..j+n] -= qhat * v
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; i++) {
      uint64_t p = qhat * v[i] + carry;
      carry = p >> 32;
      int64_t t = static_cast<int64_t>(u[i + j]) - static_cast<int64_t>(p & 0xffffffffu) - borrow;
      borrow = t < 0;
      u[i + j] = static_cast<uint32_t>(t + (borrow << 32));
    }
    int64_t t = static_cast<int64_t>(u[j + n]) - static_cast<int64_t>(carry) - borrow;
    if (t < 0) {
      // qhat was one too large: add v back.
      u[j + n] = static_cast<uint32_t>(t + (int64_t(1) << 32));
      qhat--;
      uint64_t c = 0;
      for (size_t i = 0; i < n; i++) {
        uint64_t s2 = static_cast<uint64_t>(u[i + j]) + v[i] + c;
        u[i + j] = static_cast<uint32_t>(s2);
        c = s2 >> 32;
      }
      u[j + n] = static_cast<uint32_t>(u[j + n] + c);
    } else {
      u[j + n] = static_cast<uint32_t>(t);
    }
    (*q)[j] = static_cast<uint32_t>(qhat);
  }
  trimLimbs(*q);
  u.resize(n);
  trimLimbs(u);
  *r = shrLimbs(u, static_cast<uint64_t>(s));
}

void BigInt::quoRem(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  BigInt qq, rr;
  divModMag(a.mag_, b.mag_, &qq.mag_, &rr.mag_);
  qq.neg_ = a.neg_ != b.neg_;
  rr.neg_ = a.neg_;
  qq.trim();
  rr.trim();
  if (q) *q = std::move(qq);
  if (r) *r = std::move(rr);
}

BigInt operator/(const BigInt& a, const BigInt& b) {
  BigInt q;
  BigInt::quoRem(a, b, &q, nullptr);
  return q;
}

BigInt operator%(const BigInt& a, const BigInt& b) {
  BigInt r;
  BigInt::quoRem(a, b, nullptr, &r);
  return r;
}

BigInt BigInt::shl(uint64_t n) const {
  BigInt r;
  r.mag_ = shlLimbs(mag_, n);
  r.neg_ = neg_;
  r.trim();
  return r;
}

BigInt BigInt::shr(uint64_t n) const {
  if (!neg_) {
    BigInt r;
    r.mag_ = shrLimbs(mag_, n);
    return r;
  }
  // Rounds toward -inf: -((|x|-1) >> n) - 1.
  BigInt m = abs() - BigInt(1);
  BigInt r;
  r.mag_ = shrLimbs(m.mag_, n);
  return -r - BigInt(1);
}

Limbs BigInt::twos(size_t n) const {
  Limbs t(n, 0);
  for (size_t i = 0; i < mag_.size() && i < n; i++) t[i] = mag_[i];
  if (neg_) {
    uint64_t carry = 1;
    for (auto& limb : t) {
      uint64_t s = static_cast<uint64_t>(static_cast<uint32_t>(~limb)) + carry;
      limb = static_cast<uint32_t>(s);
      carry = s >> 32;
    }
  }
  return t;
}

BigInt BigInt::fromTwos(Limbs t) {
  BigInt r;
  if (!t.empty() && (t.back() >> 31)) {
    uint64_t carry = 1;
    for (auto& limb : t) {
      uint64_t s = static_cast<uint64_t>(static_cast<uint32_t>(~limb)) + carry;
      limb = static_cast<uint32_t>(s);
      carry = s >> 32;
    }
    r.neg_ = true;
  }
  r.mag_ = std::move(t);
  r.trim();
  return r;
}

BigInt operator&(const BigInt& a, const BigInt& b) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Limbs x = a.twos(n), y = b.twos(n);
  for (size_t i = 0; i < n; i++) x[i] &= y[i];
  return BigInt::fromTwos(std::move(x));
}

BigInt operator|(const BigInt& a, const BigInt& b) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Limbs x = a.twos(n), y = b.twos(n);
  for (size_t i = 0; i < n; i++) x[i] |= y[i];
  return BigInt::fromTwos(std::move(x));
}

BigInt operator^(const BigInt& a, const BigInt& b) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Limbs x = a.twos(n), y = b.twos(n);
  for (size_t i = 0; i < n; i++) x[i] ^= y[i];
  return BigInt::fromTwos(std::move(x));
}

BigInt BigInt::andNot(const BigInt& a, const BigInt& b) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  Limbs x = a.twos(n), y = b.twos(n);
  for (size_t i = 0; i < n; i++) x[i] &= ~y[i];
  return BigInt::fromTwos(std::move(x));
}

BigInt BigInt::gcd(BigInt a, BigInt b) {
  a = a.abs();
  b = b.abs();
  while (!b.isZero()) {
    BigInt r = a % b;
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

BigInt BigInt::pow10(uint64_t n) {
  BigInt result(1), base(10);
  while (n) {
    if (n & 1) result = result * base;
    n >>= 1;
    if (n) base = base * base;
  }
  return result;
}

// ---------------------------------------------------------------------------
// Rat

Rat::Rat(BigInt n, BigInt d) {
  if (d.isNeg()) {
    n = -n;
    d = -d;
  }
  if (n.isZero()) {
    num_ = BigInt();
    den_ = BigInt(1);
    return;
  }
  BigInt g = BigInt::gcd(n, d);
  if (g != BigInt(1)) {
    n = n / g;
    d = d / g;
  }
  num_ = std::move(n);
  den_ = std::move(d);
}

Rat Rat::fromDouble(double d) {
  if (d == 0) return Rat();
  int exp;
  double m = std::frexp(d, &exp);  // d = m * 2^exp, 0.5 <= |m| < 1
  // 53 significant bits make m an integer.
  int64_t mant = static_cast<int64_t>(std::ldexp(m, 53));
  exp -= 53;
  BigInt n(mant);
  if (exp >= 0) return Rat(n.shl(static_cast<uint64_t>(exp)));
  return Rat(n, BigInt(1).shl(static_cast<uint64_t>(-exp)));
}

Rat operator+(const Rat& a, const Rat& b) {
  if (a.isInt() && b.isInt()) return Rat(a.num_ + b.num_);
  return Rat(a.num_ * b.den_ + b.num_ * a.den_, a.den_ * b.den_);
}

Rat operator-(const Rat& a, const Rat& b) {
  if (a.isInt() && b.isInt()) return Rat(a.num_ - b.num_);
  return Rat(a.num_ * b.den_ - b.num_ * a.den_, a.den_ * b.den_);
}

Rat operator*(const Rat& a, const Rat& b) {
  if (a.isInt() && b.isInt()) return Rat(a.num_ * b.num_);
  return Rat(a.num_ * b.num_, a.den_ * b.den_);
}

Rat operator/(const Rat& a, const Rat& b) { return Rat(a.num_ * b.den_, a.den_ * b.num_); }

Rat Rat::operator-() const {
  Rat r = *this;
  r.num_ = -r.num_;
  return r;
}

int Rat::cmp(const Rat& a, const Rat& b) {
  if (a.isInt() && b.isInt()) return BigInt::cmp(a.num_, b.num_);
  return BigInt::cmp(a.num_ * b.den_, b.num_ * a.den_);
}

namespace {
// Rounds |a|/|b| to a binary floating-point number with `mantBits`
// significant bits whose exponent (of the least significant mantissa bit) is
// at least minExp: returns mantissa m and exponent e with value m * 2^e,
// rounded half to even. m < 2^mantBits.
void roundQuotient(const BigInt& a, const BigInt& b, int mantBits, int64_t minExp, uint64_t* mOut,
                   int64_t* eOut) {
  // Choose e so that q = floor(a / b / 2^e) has mantBits+1 or mantBits+2
  // bits, giving at least one guard bit.
  int64_t e = a.bitLen() - b.bitLen() - (mantBits + 1);
  BigInt num = a.abs(), den = b.abs();
  if (e < 0) num = num.shl(static_cast<uint64_t>(-e));
  else den = den.shl(static_cast<uint64_t>(e));
  BigInt q, r;
  BigInt::quoRem(num, den, &q, &r);
  bool sticky = !r.isZero();
  uint64_t qv = q.toUint64();  // at most mantBits+2 <= 55 bits
  int qbits = 64 - __builtin_clzll(qv);
  int64_t s = qbits - mantBits;
  if (e + s < minExp) s = minExp - e;  // subnormal: fewer mantissa bits
  uint64_t m;
  if (s <= 0) {
    m = qv << -s;  // cannot happen with the guard bits above, kept for safety
  } else if (s >= 64) {
    // Only the half-way bit (bit 63 when s == 64) can make this round up.
    m = 0;
    if (s == 64 && (qv >> 63) && ((qv << 1) != 0 || sticky)) m = 1;
  } else {
    m = qv >> s;
    uint64_t half = uint64_t(1) << (s - 1);
    uint64_t rem = qv & ((uint64_t(1) << s) - 1);
    if (rem > half || (rem == half && (sticky || (m & 1)))) m++;
  }
  e += s;
  if (m == (uint64_t(1) << mantBits)) {
    m >>= 1;
    e++;
  }
  *mOut = m;
  *eOut = e;
}
}  // namespace

bool Rat::roundToFormat(int mantBits, int minExp, int maxExp, Rat* out) const {
  if (num_.isZero()) {
    *out = Rat();
    return true;
  }
  uint64_t m;
  int64_t e;
  roundQuotient(num_, den_, mantBits, minExp, &m, &e);
  // Largest finite value: (2^mantBits - 1) * 2^(maxExp - mantBits + 1).
  int64_t topBit = e + (64 - __builtin_clzll(m | 1)) - 1;
  if (m != 0 && topBit > maxExp) return false;
  BigInt mb = BigInt::fromUint64(m);
  if (num_.isNeg()) mb = -mb;
  if (e >= 0) *out = Rat(mb.shl(static_cast<uint64_t>(e)));
  else *out = Rat(mb, BigInt(1).shl(static_cast<uint64_t>(-e)));
  return true;
}

double Rat::toDouble(bool* overflow) const {
  if (overflow) *overflow = false;
  if (num_.isZero()) return 0.0;
  uint64_t m;
  int64_t e;
  roundQuotient(num_, den_, 53, -1074, &m, &e);
  double d;
  int64_t topBit = e + (64 - __builtin_clzll(m | 1)) - 1;
  if (m != 0 && topBit > 1023) {
    if (overflow) *overflow = true;
    d = HUGE_VAL;
  } else {
    d = std::ldexp(static_cast<double>(m), static_cast<int>(e));
  }
  return num_.isNeg() ? -d : d;
}

float Rat::toFloat(bool* overflow) const {
  if (overflow) *overflow = false;
  if (num_.isZero()) return 0.0f;
  uint64_t m;
  int64_t e;
  roundQuotient(num_, den_, 24, -149, &m, &e);
  float f;
  int64_t topBit = e + (64 - __builtin_clzll(m | 1)) - 1;
  if (m != 0 && topBit > 127) {
    if (overflow) *overflow = true;
    f = HUGE_VALF;
  } else {
    f = static_cast<float>(std::ldexp(static_cast<double>(m), static_cast<int>(e)));
  }
  return num_.isNeg() ? -f : f;
}

}  // namespace gs::types
