// Exact constant values (Go spec "Constants"), the checker's equivalent of
// go/constant.
//
// Every constant expression of a Go program is either a boolean, a string, or
// a rational number (possibly the real and imaginary parts of a complex
// number): the spec asks for arbitrary precision, and since no constant
// operation leaves the rationals, exact rationals of big integers suffice.
// Conversions to float32/float64 round correctly (round half to even), which
// the compiler relies on when it materializes a float constant.
//
// Representation kinds follow go/constant, because error messages print
// constants the way go/constant formats them:
//   * Int holds an integer and prints in decimal ("300").
//   * Float holds a rational, integral or not, and prints like Go's %.6g
//     ("1e+06", "0.1", "3" for 1.5*2). Int op Float gives Float, and `/` on
//     two Ints without integer division gives Float.
//   * Complex holds two real parts, each remembering whether it is an Int or
//     a Float so that it prints the same way.
// The checker tracks the Go type separately; an untyped float constant may
// have kind Int (`const c float64 = 1` has kind Float after conversion,
// but the untyped operand `1` in `1 + 2.0` still has kind Int).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/syntax/token.h"

namespace gs::types {

// Arbitrary-precision signed integer: sign and magnitude, 32-bit limbs,
// least significant first, no leading zero limbs (zero has no limbs).
// The magnitude limbs of a BigInt (least significant first): a vector
// with room for two limbs inside, so constants that fit in 64 bits - all
// but a few in real programs - need no allocation. Type-checking the
// prelude makes tens of thousands of them.
class Limbs {
 public:
  using value_type = uint32_t;
  Limbs() = default;
  explicit Limbs(size_t n, uint32_t v = 0) { assign(n, v); }
  Limbs(const uint32_t* first, const uint32_t* last) { append(first, last); }
  Limbs(const Limbs& o) { append(o.begin(), o.end()); }
  Limbs(Limbs&& o) noexcept { take(o); }
  Limbs& operator=(const Limbs& o) {
    if (this != &o) {
      size_ = 0;
      append(o.begin(), o.end());
    }
    return *this;
  }
  Limbs& operator=(Limbs&& o) noexcept {
    if (this != &o) {
      release();
      take(o);
    }
    return *this;
  }
  ~Limbs() { release(); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  uint32_t* begin() { return data(); }
  uint32_t* end() { return data() + size_; }
  const uint32_t* begin() const { return data(); }
  const uint32_t* end() const { return data() + size_; }
  uint32_t& operator[](size_t i) { return data()[i]; }
  uint32_t operator[](size_t i) const { return data()[i]; }
  uint32_t& back() { return data()[size_ - 1]; }
  uint32_t back() const { return data()[size_ - 1]; }
  void push_back(uint32_t v) {
    reserve(size_ + 1);
    data()[size_++] = v;
  }
  void pop_back() { size_--; }
  void clear() { size_ = 0; }
  void reserve(size_t n);
  void resize(size_t n, uint32_t v = 0) {
    reserve(n);
    for (size_t i = size_; i < n; i++) data()[i] = v;
    size_ = n;
  }
  void assign(size_t n, uint32_t v) {
    size_ = 0;
    resize(n, v);
  }
  void append(const uint32_t* first, const uint32_t* last) {
    size_t n = static_cast<size_t>(last - first);
    reserve(size_ + n);
    for (size_t i = 0; i < n; i++) data()[size_ + i] = first[i];
    size_ += n;
  }

 private:
  static constexpr size_t kInline = 2;
  uint32_t* data() { return heap_ ? heap_ : inline_; }
  const uint32_t* data() const { return heap_ ? heap_ : inline_; }
  void release() {
    delete[] heap_;
    heap_ = nullptr;
    size_ = 0;
    cap_ = kInline;
  }
  void take(Limbs& o) {
    size_ = o.size_;
    cap_ = o.cap_;
    heap_ = o.heap_;
    if (!heap_) {
      for (size_t i = 0; i < size_; i++) inline_[i] = o.inline_[i];
    }
    o.heap_ = nullptr;
    o.size_ = 0;
    o.cap_ = kInline;
  }

  uint32_t* heap_ = nullptr;  // null: the limbs are in inline_
  size_t size_ = 0, cap_ = kInline;
  uint32_t inline_[kInline] = {0, 0};
};

class BigInt {
 public:
  BigInt() = default;
  BigInt(int64_t v);  // NOLINT: implicit on purpose, like an integer literal
  static BigInt fromUint64(uint64_t v);
  // Parses digits (no sign, no prefix, no underscores) in base 2..16.
  static bool parse(std::string_view digits, int base, BigInt* out);

  bool isZero() const { return mag_.empty(); }
  bool isNeg() const { return neg_; }
  int sign() const { return mag_.empty() ? 0 : (neg_ ? -1 : 1); }
  // Number of bits of |x| (0 for zero).
  int64_t bitLen() const;
  bool isOdd() const { return !mag_.empty() && (mag_[0] & 1); }
  // Bit i of |x|.
  bool bit(int64_t i) const;

  bool fitsInt64() const;
  bool fitsUint64() const;  // non-negative and < 2^64
  int64_t toInt64() const;  // low 64 bits of the two's complement value
  uint64_t toUint64() const;  // low 64 bits of |x|
  // Nearest double (round half to even); inf on overflow.
  double toDouble() const;

  std::string toString() const;  // decimal

  BigInt operator-() const;
  BigInt abs() const;
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  // Truncated division (Go's / and % on integers). b must not be zero.
  static void quoRem(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
  friend BigInt operator/(const BigInt& a, const BigInt& b);
  friend BigInt operator%(const BigInt& a, const BigInt& b);
  // Shifts: << multiplies by 2^n; >> is arithmetic (rounds toward -inf), as
  // Go's >> on signed integers.
  BigInt shl(uint64_t n) const;
  BigInt shr(uint64_t n) const;
  // Bitwise operations on the infinite two's complement representation.
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  static BigInt andNot(const BigInt& a, const BigInt& b);
  BigInt bitNot() const { return -*this - BigInt(1); }  // ^x == -x-1

  static int cmp(const BigInt& a, const BigInt& b);
  static int cmpAbs(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) { return cmp(a, b) == 0; }
  friend bool operator!=(const BigInt& a, const BigInt& b) { return cmp(a, b) != 0; }
  friend bool operator<(const BigInt& a, const BigInt& b) { return cmp(a, b) < 0; }
  static BigInt gcd(BigInt a, BigInt b);
  static BigInt pow10(uint64_t n);
  // Magnitude limbs (for tests and hashing).
  const Limbs& limbs() const { return mag_; }

 private:
  bool neg_ = false;
  Limbs mag_;
  void trim();
  static Limbs addMag(const Limbs& a, const Limbs& b);
  static Limbs subMag(const Limbs& a, const Limbs& b);  // |a|>=|b|
  static int cmpMag(const Limbs& a, const Limbs& b);
  static void divModMag(const Limbs& a, const Limbs& b,
                        Limbs* q, Limbs* r);
  // Two's complement limbs (n limbs, sign-extended) and back.
  Limbs twos(size_t n) const;
  static BigInt fromTwos(Limbs t);
};

// Exact rational number num/den with den > 0 and gcd(num, den) == 1.
class Rat {
 public:
  Rat() : den_(1) {}
  Rat(BigInt n) : num_(std::move(n)), den_(1) {}  // NOLINT
  Rat(BigInt n, BigInt d);  // normalizes; d must not be zero
  static Rat fromDouble(double d);  // exact; d must be finite

  const BigInt& num() const { return num_; }
  const BigInt& den() const { return den_; }
  bool isInt() const { return den_ == BigInt(1); }
  int sign() const { return num_.sign(); }
  bool isZero() const { return num_.isZero(); }

  friend Rat operator+(const Rat& a, const Rat& b);
  friend Rat operator-(const Rat& a, const Rat& b);
  friend Rat operator*(const Rat& a, const Rat& b);
  friend Rat operator/(const Rat& a, const Rat& b);  // b must not be zero
  Rat operator-() const;
  static int cmp(const Rat& a, const Rat& b);

  // Correctly rounded (half to even) conversions. *overflow (if given) is set
  // when the value is too large for the format (the result is then ±inf).
  double toDouble(bool* overflow = nullptr) const;
  float toFloat(bool* overflow = nullptr) const;
  // Rounds to `mantBits` significant bits and exponent range of an IEEE
  // format (53/-1074/1023 for float64, 24/-149/127 for float32); returns
  // false on overflow.
  bool roundToFormat(int mantBits, int minExp, int maxExp, Rat* out) const;

 private:
  BigInt num_, den_;
};

// A constant value. Create with the make* functions; values are immutable.
struct Constant {
  enum class CKind : uint8_t { Unknown, Bool, String, Int, Float, Complex };
  CKind kind = CKind::Unknown;
  bool b = false;
  std::string s;
  // Int: re is integral. Float: re. Complex: re and im; reInt/imInt say how
  // each part prints (an integer, or a float in %g style).
  Rat re, im;
  bool reInt = false, imInt = false;
  // Float only: when exp2 != 0 the value is re * 2^exp2, with re an integer
  // of at most 512 bits. Magnitudes beyond about 10^±19000 (1e1000000,
  // products of huge constants) are kept this way, approximately, as
  // go/constant keeps them in 512-bit floats; they never fit a Go type.
  int64_t exp2 = 0;
  bool isHuge() const { return kind == CKind::Float && exp2 != 0; }

  bool isUnknown() const { return kind == CKind::Unknown; }
  bool isNumeric() const { return kind == CKind::Int || kind == CKind::Float || kind == CKind::Complex; }

  // Accessors. For Int/Float/Complex (with zero imaginary part) values:
  int64_t int64Val(bool* exact = nullptr) const;    // exact: value is an integer fitting int64
  uint64_t uint64Val(bool* exact = nullptr) const;  // exact: value is an integer fitting uint64
  double float64Val(bool* exact = nullptr) const;   // correctly rounded
  float float32Val(bool* exact = nullptr) const;
  const std::string& stringVal() const { return s; }
  bool boolVal() const { return b; }
  Constant real() const;  // real part (any numeric kind)
  Constant imag() const;  // imaginary part (0 for Int/Float)
  int sign() const;       // of a real value; for Complex: 0 iff zero
  int64_t bitLen() const;  // Int: bits of |x|

  // The value as Go's error messages print it: 300, 1e+100, 0.1, "abc",
  // (1 + 2i), true. Long strings are shortened like go/constant does.
  std::string toString() const;
  // The full decimal / exact representation (strings not shortened).
  std::string exactString() const;
};

Constant makeUnknown();
Constant makeBool(bool b);
Constant makeString(std::string s);
Constant makeInt64(int64_t v);
Constant makeUint64(uint64_t v);
Constant makeInt(BigInt v);
Constant makeFloat64(double d);  // unknown for inf/NaN
Constant makeRat(Rat r);         // a Float-kind value (not normalized)
Constant makeImag(const Constant& x);  // 0 + x*i
Constant makeComplex(const Constant& re, const Constant& im);

// Builds the value of a literal from its source text: Int ("0x1F", "1_000",
// "0o17", "017", "0b101"), Float ("1.5e3", "0x1p-2", ".5"), Imag ("2i",
// "1.5i"), Char ("'a'", "'\n'", "'\u00e9'") or String ("\"a\\tb\"",
// "`raw`"). Returns Unknown and sets *err (if given) for malformed text.
Constant makeFromLiteral(std::string_view text, syntax::Tok kind, std::string* err = nullptr);

// Conversions between numeric kinds. Unknown when not possible exactly
// (toInt of 1.5).
Constant toInt(const Constant& x);
Constant toFloat(const Constant& x);
Constant toComplex(const Constant& x);

// Arithmetic: op is one of Add Sub Mul Quo Rem And Or Xor AndNot (binary)
// or LAnd/LOr on booleans, Add for string concatenation. For Quo, intDiv
// selects truncated integer division (integer types); otherwise division is
// exact. The divisor must not be zero.
Constant binaryOp(const Constant& x, syntax::Tok op, const Constant& y, bool intDiv = false);
// Unary + - ^ !. For ^ on an unsigned type of `prec` bits, the result is
// masked to prec bits (prec 0: signed/untyped, ^x == -x-1).
Constant unaryOp(syntax::Tok op, const Constant& x, unsigned prec = 0);
// x << s or x >> s for an Int x.
Constant shift(const Constant& x, syntax::Tok op, uint64_t s);
// x op y for a comparison operator (Eql Neq Lss Leq Gtr Geq).
bool compare(const Constant& x, syntax::Tok op, const Constant& y);

// Basic kinds for representability (mirrors types::Kind's basic kinds,
// but kept separate so this file does not depend on the type system).
enum class RepKind : uint8_t {
  Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64,
  Uintptr, Float32, Float64, Complex64, Complex128, String,
  UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString,
};

// Whether x is representable by a value of the kind (Go spec
// "Representability"); on success *rounded (if given) receives the value
// converted to that kind (floats rounded to float32/float64 precision).
bool representable(const Constant& x, RepKind k, Constant* rounded = nullptr);

// Go's quoting of a string as in strconv.Quote (used for string constants in
// messages).
std::string quoteGo(std::string_view s);
// Formats a double like Go's fmt %g (shortest representation) or with a
// given precision (%.6g).
std::string formatFloatG(double d, int prec);

}  // namespace gs::types
