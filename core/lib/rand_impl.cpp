// math/rand's generator. See rand_impl.h for the model.
//
// Computing the cooked table
// --------------------------
// Go defines rngCooked as the generator's ring after 7.8e12 steps from a
// reference seeding (srand(1) of gen_cooked.go: Lehmer words combined as
// x<<20 ^ y<<10 ^ z, no XOR with any table). Running 7.8e12 steps is out of
// the question, but the recurrence
//     x[k] = x[k-273] + x[k-607]            (mod 2^64)
// is linear, so every later term is a fixed integer combination of the 607
// starting terms. Number the starting terms x[-606..0]; then x[n] is the
// coefficient vector of  z^(n+606) mod P(z),  P(z) = z^607 - z^334 - 1,
// dotted with those starting terms (reducing z^607 to z^334 + 1 is exactly
// one application of the recurrence). z^N mod P is found by square-and-
// multiply (43 squarings of degree-606 polynomials with coefficients mod
// 2^64), and the 607 terms x[N-606..N] follow by repeated multiplication by z.
//
// Where the terms sit in the ring: step k (k = 1, 2, ...) decrements both
// cursors and writes x[k] at feed = (334 - k) mod 607, so the ring holds x[k]
// at index (334 - k) mod 607. The starting terms obey the same rule, which is
// what makes the step read x[k-607] (the old value at feed) and x[k-273] (the
// value at tap).
#include "core/lib/rand_impl.h"

#include <array>
#include <mutex>

namespace gs::lib::rand {
namespace {

constexpr int kShortLag = kLen - kTap;  // 334: the recurrence's middle term z^334
constexpr uint64_t kCookSteps = 7800000000000ull;

// One step of the Lehmer generator x' = 48271 x mod (2^31 - 1), computed in
// 32 bits with Schrage's decomposition as Go does (same results either way).
int32_t lehmerNext(int32_t x) {
  constexpr int32_t A = 48271, Q = 44488, R = 3399;
  constexpr int32_t M = 2147483647;
  int32_t hi = x / Q;
  int32_t lo = x % Q;
  x = A * lo - R * hi;
  if (x < 0) x += M;
  return x;
}

// Polynomials of degree < kLen with coefficients in Z/2^64.
using Poly = std::array<uint64_t, kLen>;

// Reduces a product of two polynomials of degree < kLen mod P, from the top:
// z^d = z^(d-607) * (z^334 + 1).
Poly reduce(std::array<uint64_t, 2 * kLen - 1>& prod) {
  for (int d = 2 * kLen - 2; d >= kLen; d--) {
    uint64_t c = prod[d];
    if (c == 0) continue;
    prod[d - kLen + kShortLag] += c;
    prod[d - kLen] += c;
  }
  Poly r;
  for (int i = 0; i < kLen; i++) r[i] = prod[i];
  return r;
}

// a^2 mod P. Squaring needs each cross product once (doubled): half the
// multiplications of a general product, and the squarings are nearly all
// of the work.
Poly squareMod(const Poly& a) {
  std::array<uint64_t, 2 * kLen - 1> prod{};
  for (int i = 0; i < kLen; i++) {
    uint64_t ai = a[i];
    if (ai == 0) continue;
    prod[2 * i] += ai * ai;
    uint64_t twoAi = 2 * ai;
    for (int j = i + 1; j < kLen; j++) prod[i + j] += twoAi * a[j];
  }
  return reduce(prod);
}

// z*a mod P.
Poly mulZ(const Poly& a) {
  Poly r;
  uint64_t top = a[kLen - 1];
  r[0] = 0;
  for (int i = kLen - 1; i > 0; i--) r[i] = a[i - 1];
  r[0] += top;
  r[kShortLag] += top;
  return r;
}

struct Cooked {
  int64_t table[kLen];
};

Cooked computeCooked() {
  // The reference seeding (gen_cooked.go's srand(1)).
  int64_t ring[kLen];
  int32_t x = 1;
  for (int i = -20; i < kLen; i++) {
    x = lehmerNext(x);
    if (i >= 0) {
      int64_t u = static_cast<int64_t>(x) << 20;
      x = lehmerNext(x);
      u ^= static_cast<int64_t>(x) << 10;
      x = lehmerNext(x);
      u ^= static_cast<int64_t>(x);
      ring[i] = u;
    }
  }
  // Starting terms in sequence order: x[-606+i] sits at (334 - (-606+i)) mod 607.
  uint64_t start[kLen];
  for (int i = 0; i < kLen; i++) {
    int k = -606 + i;
    int pos = ((kShortLag - k) % kLen + kLen) % kLen;
    start[i] = static_cast<uint64_t>(ring[pos]);
  }

  // R = z^N mod P by left-to-right square-and-multiply.
  Poly r{};
  r[0] = 1;
  int topBit = 63;
  while (!((kCookSteps >> topBit) & 1)) topBit--;
  for (int b = topBit; b >= 0; b--) {
    r = squareMod(r);
    if ((kCookSteps >> b) & 1) r = mulZ(r);
  }

  // r now gives x[N-606]; each further multiplication by z the next term.
  Cooked out;
  for (int t = 0; t < kLen; t++) {
    uint64_t v = 0;
    for (int i = 0; i < kLen; i++) v += r[i] * start[i];
    int64_t k = static_cast<int64_t>(kCookSteps) - 606 + t;  // sequence index of v
    int pos = static_cast<int>(((kShortLag - k) % kLen + kLen) % kLen);
    out.table[pos] = static_cast<int64_t>(v);
    r = mulZ(r);
  }
  return out;
}

}  // namespace

const int64_t* cookedTable() {
  static const Cooked cooked = computeCooked();  // thread-safe one-time init
  return cooked.table;
}

// rngSource.Seed: 20 warm-up Lehmer steps, then three Lehmer words per ring
// slot combined as a<<40 ^ b<<20 ^ c, each XORed with its cooked constant.
void Source::seed(int64_t s) {
  const int64_t* cooked = cookedTable();
  tap = 0;
  feed = kLen - kTap;
  constexpr int64_t kInt32Max = 2147483647;
  s %= kInt32Max;  // C++ and Go agree: the remainder takes the dividend's sign
  if (s < 0) s += kInt32Max;
  if (s == 0) s = 89482311;
  int32_t x = static_cast<int32_t>(s);
  for (int i = -20; i < kLen; i++) {
    x = lehmerNext(x);
    if (i >= 0) {
      int64_t u = static_cast<int64_t>(x) << 40;
      x = lehmerNext(x);
      u ^= static_cast<int64_t>(x) << 20;
      x = lehmerNext(x);
      u ^= static_cast<int64_t>(x);
      u ^= cooked[i];
      vec[i] = u;
    }
  }
}

uint64_t Source::uint64() {
  if (--tap < 0) tap += kLen;
  if (--feed < 0) feed += kLen;
  uint64_t v = static_cast<uint64_t>(vec[feed]) + static_cast<uint64_t>(vec[tap]);
  vec[feed] = static_cast<int64_t>(v);
  return v;
}

// Int63n: a power of two masks; otherwise reject draws above the largest
// multiple of n below 2^63 so that the remainder is unbiased.
int64_t Rand::int63n(int64_t n) {
  if ((n & (n - 1)) == 0) return int63() & (n - 1);
  int64_t max = static_cast<int64_t>((uint64_t(1) << 63) - 1 - (uint64_t(1) << 63) % static_cast<uint64_t>(n));
  int64_t v = int63();
  while (v > max) v = int63();
  return v % n;
}

// Int31n: the same scheme over 31-bit draws.
int32_t Rand::int31n(int32_t n) {
  if ((n & (n - 1)) == 0) return int31() & (n - 1);
  int32_t max = static_cast<int32_t>((uint32_t(1) << 31) - 1 - (uint32_t(1) << 31) % static_cast<uint32_t>(n));
  int32_t v = int31();
  while (v > max) v = int31();
  return v % n;
}

// Go's unexported int31n: Lemire's multiply-and-shift with a rejection
// threshold, drawing from Uint32. Only Shuffle uses it (Go keeps Int31n's
// older algorithm for compatibility of seeded sequences).
int32_t Rand::int31nLemire(int32_t n) {
  uint32_t v = uint32();
  uint64_t prod = static_cast<uint64_t>(v) * static_cast<uint64_t>(n);
  uint32_t low = static_cast<uint32_t>(prod);
  if (low < static_cast<uint32_t>(n)) {
    uint32_t thresh = static_cast<uint32_t>(-static_cast<uint32_t>(n)) % static_cast<uint32_t>(n);
    while (low < thresh) {
      v = uint32();
      prod = static_cast<uint64_t>(v) * static_cast<uint64_t>(n);
      low = static_cast<uint32_t>(prod);
    }
  }
  return static_cast<int32_t>(prod >> 32);
}

int64_t Rand::intn(int64_t n) {
  if (n <= 2147483647) return int31n(static_cast<int32_t>(n));
  return int63n(n);
}

// Float64: Int63 / 2^63, drawing again in the (rare) case that the division
// rounds up to exactly 1.
double Rand::float64() {
  for (;;) {
    double f = static_cast<double>(int63()) / 9223372036854775808.0;
    if (f != 1) return f;
  }
}

float Rand::float32() {
  for (;;) {
    float f = static_cast<float>(float64());
    if (f != 1) return f;
  }
}

// Perm: the "inside-out" Fisher-Yates, one Intn(i+1) per element.
std::vector<int64_t> Rand::perm(int64_t n) {
  std::vector<int64_t> m(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; i++) {
    int64_t j = intn(i + 1);
    m[i] = m[j];
    m[j] = i;
  }
  return m;
}

// Shuffle: Fisher-Yates from the top; indices above 2^31-2 draw with Int63n,
// the rest with the Lemire int31n.
void Rand::shuffle(int64_t n, const std::function<void(int64_t, int64_t)>& swap) {
  int64_t i = n - 1;
  for (; i > 2147483646; i--) swap(i, int63n(i + 1));
  for (; i > 0; i--) swap(i, int31nLemire(static_cast<int32_t>(i + 1)));
}

// Read: seven bytes from each Int63, low byte first, carrying leftovers
// between calls in readVal/readPos.
void Rand::read(uint8_t* p, size_t n) {
  int8_t pos = readPos;
  int64_t val = readVal;
  for (size_t k = 0; k < n; k++) {
    if (pos == 0) {
      val = int63();
      pos = 7;
    }
    p[k] = static_cast<uint8_t>(val);
    val >>= 8;
    pos--;
  }
  readPos = pos;
  readVal = val;
}

}  // namespace gs::lib::rand
