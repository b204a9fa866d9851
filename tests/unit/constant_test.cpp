// Unit tests for exact constants (core/types/constant.h). Expected strings
// were produced by Go 1.23's go/constant (MakeFromLiteral(...).String()).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>

#include "core/types/constant.h"

using namespace gs::types;
using gs::syntax::Tok;

namespace {
std::string lit(const char* s, Tok k) { return makeFromLiteral(s, k).toString(); }
Constant L(const char* s, Tok k) { return makeFromLiteral(s, k); }
}  // namespace

TEST(ConstantBigInt, Arithmetic) {
  BigInt a;
  ASSERT_TRUE(BigInt::parse("123456789012345678901234567890", 10, &a));
  EXPECT_EQ(a.toString(), "123456789012345678901234567890");
  BigInt b(987654321);
  EXPECT_EQ((a * b).toString(), "121932631124828532112482853211126352690");
  EXPECT_EQ((a / b).toString(), "124999998873437499901");
  EXPECT_EQ((a % b).toString(), "574845669");
  EXPECT_EQ(((a * b) / a).toString(), "987654321");
  EXPECT_EQ((a - a).toString(), "0");
  EXPECT_EQ((BigInt(5) - a).toString(), "-123456789012345678901234567885");
  EXPECT_EQ(BigInt(-7) / BigInt(2), BigInt(-3));
  EXPECT_EQ(BigInt(-7) % BigInt(2), BigInt(-1));
  EXPECT_EQ(BigInt(7) % BigInt(-2), BigInt(1));
  EXPECT_EQ(BigInt(-7).shr(1), BigInt(-4));
  EXPECT_EQ(BigInt(1).shl(100).toString(), "1267650600228229401496703205376");
  EXPECT_EQ(BigInt(INT64_MIN).toString(), "-9223372036854775808");
  EXPECT_TRUE(BigInt(INT64_MIN).fitsInt64());
  EXPECT_FALSE((BigInt(INT64_MAX) + BigInt(1)).fitsInt64());
  EXPECT_TRUE(BigInt::fromUint64(UINT64_MAX).fitsUint64());
  EXPECT_EQ(BigInt::fromUint64(UINT64_MAX).toString(), "18446744073709551615");
  EXPECT_EQ((BigInt(-12) & BigInt(10)), BigInt(0));
  EXPECT_EQ((BigInt(-12) | BigInt(10)), BigInt(-2));
  EXPECT_EQ((BigInt(-12) ^ BigInt(10)), BigInt(-2));
  EXPECT_EQ(BigInt::andNot(BigInt(-12), BigInt(10)), BigInt(-12));
  EXPECT_EQ(BigInt::gcd(BigInt(-12), BigInt(18)), BigInt(6));
}

TEST(ConstantBigInt, LongDivisionAgainstSmall) {
  // Check q*b + r == a and |r| < |b| for multi-limb divisors.
  std::mt19937_64 rng(7);
  for (int i = 0; i < 300; i++) {
    BigInt a = BigInt::fromUint64(rng());
    int na = 1 + static_cast<int>(rng() % 6), nb = 1 + static_cast<int>(rng() % 4);
    for (int k = 0; k < na; k++) a = a.shl(64) + BigInt::fromUint64(rng());
    BigInt b = BigInt::fromUint64(rng() | 1);
    for (int k = 0; k < nb; k++) b = b.shl(static_cast<uint64_t>(rng() % 64)) + BigInt::fromUint64(rng());
    if (rng() & 1) a = -a;
    if (rng() & 1) b = -b;
    BigInt q, r;
    BigInt::quoRem(a, b, &q, &r);
    EXPECT_EQ(q * b + r, a);
    EXPECT_LT(BigInt::cmpAbs(r, b), 0);
    EXPECT_TRUE(r.isZero() || r.isNeg() == a.isNeg());
  }
}

TEST(ConstantLiteral, Ints) {
  EXPECT_EQ(lit("0", Tok::Int), "0");
  EXPECT_EQ(lit("42", Tok::Int), "42");
  EXPECT_EQ(lit("0x1F", Tok::Int), "31");
  EXPECT_EQ(lit("0X_1f", Tok::Int), "31");
  EXPECT_EQ(lit("0o17", Tok::Int), "15");
  EXPECT_EQ(lit("017", Tok::Int), "15");
  EXPECT_EQ(lit("0b1011", Tok::Int), "11");
  EXPECT_EQ(lit("1_000_000", Tok::Int), "1000000");
  EXPECT_EQ(lit("18446744073709551616", Tok::Int), "18446744073709551616");
  EXPECT_EQ(lit("0xFFFFFFFFFFFFFFFFFFFFFFFF", Tok::Int), "79228162514264337593543950335");
}

TEST(ConstantLiteral, Floats) {
  struct {
    const char *in, *out;
  } cases[] = {
      {"1.5", "1.5"}, {"0.1", "0.1"}, {"1e100", "1e+100"}, {"1e6", "1e+06"}, {"1e5", "100000"},
      {"123456.7", "123456.7"}, {"1234567.0", "1.23457e+06"}, {"100000.5", "100000.5"},
      {"1e-7", "1e-07"}, {"0x1p-2", "0.25"}, {"0x1.8p3", "12"}, {".5", "0.5"}, {"1.", "1"},
      {"6.02214076e23", "6.02214e+23"}, {"1e400", "1e+400"}, {"1e-400", "1e-400"},
      {"3.14159265358979323846264338327950288419716939937510582097494459", "3.14159"},
      {"0.000001", "1e-06"}, {"2.5e-5", "2.5e-05"}, {"1_0.2_5", "10.25"},
  };
  for (auto& c : cases) EXPECT_EQ(lit(c.in, Tok::Float), c.out) << c.in;
  bool exact;
  EXPECT_EQ(L("0.1", Tok::Float).float64Val(&exact), 0.1);
  EXPECT_FALSE(exact);
  EXPECT_EQ(L("1.5", Tok::Float).float64Val(&exact), 1.5);
  EXPECT_TRUE(exact);
  EXPECT_TRUE(std::isinf(L("1e400", Tok::Float).float64Val()));
  EXPECT_EQ(L("1e-400", Tok::Float).float64Val(), 0.0);
}

TEST(ConstantLiteral, ImagCharString) {
  EXPECT_EQ(lit("2i", Tok::Imag), "(0 + 2i)");
  EXPECT_EQ(lit("1.5i", Tok::Imag), "(0 + 1.5i)");
  EXPECT_EQ(lit("0x10i", Tok::Imag), "(0 + 16i)");
  EXPECT_EQ(lit("017i", Tok::Imag), "(0 + 17i)");
  EXPECT_EQ(lit("1e3i", Tok::Imag), "(0 + 1000i)");
  EXPECT_EQ(lit("'a'", Tok::Char), "97");
  EXPECT_EQ(lit("'\\n'", Tok::Char), "10");
  EXPECT_EQ(lit("'\\x41'", Tok::Char), "65");
  EXPECT_EQ(lit("'\\u00e9'", Tok::Char), "233");
  EXPECT_EQ(lit("'\\U0001F600'", Tok::Char), "128512");
  EXPECT_EQ(lit("'\\101'", Tok::Char), "65");
  EXPECT_EQ(lit("'é'", Tok::Char), "233");
  EXPECT_EQ(lit("'\\''", Tok::Char), "39");
  EXPECT_EQ(lit("\"abc\"", Tok::String), "\"abc\"");
  EXPECT_EQ(lit("\"a\\tb\\n\"", Tok::String), "\"a\\tb\\n\"");
  EXPECT_EQ(lit("`raw\\n`", Tok::String), "\"raw\\\\n\"");
  EXPECT_EQ(lit("\"\\xff\\u00e9\"", Tok::String), "\"\\xffé\"");
  EXPECT_EQ(lit("\"\\x00\\x7f\"", Tok::String), "\"\\x00\\x7f\"");
  EXPECT_EQ(L("`a\r\nb`", Tok::String).stringVal(), "a\nb");
  std::string longS = "\"" + std::string(86, 'a') + "\"";
  EXPECT_EQ(lit(longS.c_str(), Tok::String), "\"" + std::string(68, 'a') + "...");
  EXPECT_TRUE(L("'ab'", Tok::Char).isUnknown());
  EXPECT_TRUE(L("0x", Tok::Int).isUnknown());
}

TEST(ConstantOps, Arithmetic) {
  Constant one = makeInt64(1), two = makeInt64(2), three = makeInt64(3);
  EXPECT_EQ(binaryOp(one, Tok::Quo, three).toString(), "0.333333");
  EXPECT_EQ(binaryOp(one, Tok::Quo, three, true).toString(), "0");
  EXPECT_EQ(binaryOp(L("1.5", Tok::Float), Tok::Mul, two).toString(), "3");
  EXPECT_EQ(binaryOp(L("1234567.0", Tok::Float), Tok::Mul, one).toString(), "1.23457e+06");
  Constant c2i = L("2i", Tok::Imag), c1i = L("1i", Tok::Imag);
  EXPECT_EQ(binaryOp(one, Tok::Add, c2i).toString(), "(1 + 2i)");
  EXPECT_EQ(binaryOp(one, Tok::Sub, c2i).toString(), "(1 + -2i)");
  EXPECT_EQ(binaryOp(L("1.5", Tok::Float), Tok::Add, c2i).toString(), "(1.5 + 2i)");
  Constant a = binaryOp(one, Tok::Add, c2i), b = binaryOp(three, Tok::Sub, c1i);
  EXPECT_EQ(binaryOp(a, Tok::Quo, b).toString(), "(0.1 + 0.7i)");
  EXPECT_EQ(binaryOp(a, Tok::Mul, b).toString(), "(5 + 5i)");
  EXPECT_EQ(binaryOp(makeInt64(-7), Tok::Quo, two, true).toString(), "-3");
  EXPECT_EQ(binaryOp(makeInt64(-7), Tok::Rem, two).toString(), "-1");
  EXPECT_EQ(shift(makeInt64(-7), Tok::Shr, 1).toString(), "-4");
  EXPECT_EQ(shift(one, Tok::Shl, 100).toString(), "1267650600228229401496703205376");
  EXPECT_EQ(unaryOp(Tok::Xor, makeInt64(5), 8).toString(), "250");
  EXPECT_EQ(unaryOp(Tok::Xor, makeInt64(5), 0).toString(), "-6");
  EXPECT_EQ(unaryOp(Tok::Sub, L("1.5", Tok::Float)).toString(), "-1.5");
  EXPECT_EQ(unaryOp(Tok::Not, makeBool(true)).toString(), "false");
  EXPECT_EQ(makeFloat64(0.1).toString(), "0.1");
  EXPECT_EQ(makeFloat64(1e21).toString(), "1e+21");
  EXPECT_EQ(makeFloat64(123456789).toString(), "1.23457e+08");
  EXPECT_EQ(binaryOp(L("1e400", Tok::Float), Tok::Mul, unaryOp(Tok::Sub, L("3", Tok::Float))).toString(), "-3e+400");
  EXPECT_EQ(binaryOp(makeString("ab"), Tok::Add, makeString("c")).toString(), "\"abc\"");
  EXPECT_TRUE(compare(one, Tok::Lss, L("1.5", Tok::Float)));
  EXPECT_TRUE(compare(makeString("a"), Tok::Lss, makeString("b")));
  EXPECT_TRUE(compare(binaryOp(one, Tok::Add, c2i), Tok::Eql, binaryOp(c2i, Tok::Add, one)));
  EXPECT_TRUE(binaryOp(one, Tok::Quo, makeInt64(0)).isUnknown());
}

TEST(ConstantRounding, Float64MatchesStrtod) {
  std::mt19937_64 rng(42);
  char buf[64];
  for (int i = 0; i < 3000; i++) {
    // Random decimal strings with up to 25 digits and wide exponents,
    // including subnormals and values near the overflow threshold.
    int nd = 1 + static_cast<int>(rng() % 25);
    std::string s;
    for (int k = 0; k < nd; k++) s += static_cast<char>('0' + rng() % 10);
    int e = static_cast<int>(rng() % 660) - 340;
    std::snprintf(buf, sizeof buf, "e%d", e);
    s = s.substr(0, 1) + "." + s.substr(1) + buf;
    Constant c = L(s.c_str(), Tok::Float);
    double want = std::strtod(s.c_str(), nullptr);
    EXPECT_EQ(c.float64Val(), want) << s;
    float wantf = std::strtof(s.c_str(), nullptr);
    EXPECT_EQ(c.float32Val(), wantf) << s;
  }
  // Halfway cases round to even.
  EXPECT_EQ(L("9007199254740993", Tok::Float).float64Val(), 9007199254740992.0);
  EXPECT_EQ(L("9007199254740995", Tok::Float).float64Val(), 9007199254740996.0);
  EXPECT_EQ(L("4.9406564584124654e-324", Tok::Float).float64Val(), 4.9406564584124654e-324);
  EXPECT_EQ(L("2.4703282292062328e-324", Tok::Float).float64Val(), 4.9406564584124654e-324);
  EXPECT_EQ(L("2.4703282292062327e-324", Tok::Float).float64Val(), 0.0);
  EXPECT_EQ(L("1.7976931348623157e308", Tok::Float).float64Val(), 1.7976931348623157e308);
  EXPECT_TRUE(std::isinf(L("1.7976931348623159e308", Tok::Float).float64Val()));
  EXPECT_EQ(makeInt(BigInt::fromUint64(UINT64_MAX)).float64Val(), 18446744073709551616.0);
}

TEST(ConstantRepresentable, Kinds) {
  Constant r;
  EXPECT_FALSE(representable(makeInt64(300), RepKind::Int8));
  EXPECT_TRUE(representable(makeInt64(127), RepKind::Int8));
  EXPECT_TRUE(representable(makeInt64(-128), RepKind::Int8));
  EXPECT_FALSE(representable(makeInt64(-129), RepKind::Int8));
  EXPECT_FALSE(representable(makeInt64(256), RepKind::Uint8));
  EXPECT_FALSE(representable(makeInt64(-1), RepKind::Uint));
  EXPECT_TRUE(representable(makeUint64(UINT64_MAX), RepKind::Uint64));
  EXPECT_FALSE(representable(makeUint64(UINT64_MAX), RepKind::Int64));
  EXPECT_TRUE(representable(L("2.0", Tok::Float), RepKind::Int, &r));
  EXPECT_EQ(r.kind, Constant::CKind::Int);
  EXPECT_FALSE(representable(L("2.5", Tok::Float), RepKind::Int));
  EXPECT_TRUE(representable(L("0.1", Tok::Float), RepKind::Float32, &r));
  EXPECT_EQ(r.float64Val(), static_cast<double>(0.1f));
  EXPECT_FALSE(representable(L("1e39", Tok::Float), RepKind::Float32));
  EXPECT_TRUE(representable(L("1e39", Tok::Float), RepKind::Float64));
  EXPECT_FALSE(representable(L("1e309", Tok::Float), RepKind::Float64));
  EXPECT_TRUE(representable(makeInt64(1), RepKind::Complex128, &r));
  EXPECT_EQ(r.toString(), "(1 + 0i)");
  EXPECT_FALSE(representable(L("2i", Tok::Imag), RepKind::Float64));
  EXPECT_TRUE(representable(binaryOp(L("2i", Tok::Imag), Tok::Mul, L("0", Tok::Int)), RepKind::Int));
  EXPECT_FALSE(representable(makeString("a"), RepKind::Int));
  EXPECT_TRUE(representable(makeString("a"), RepKind::String));
  EXPECT_TRUE(representable(makeBool(true), RepKind::UntypedBool));
}

TEST(ConstantFormat, FloatG) {
  EXPECT_EQ(formatFloatG(0.1, -1), "0.1");
  EXPECT_EQ(formatFloatG(100000.5, -1), "100000.5");
  EXPECT_EQ(formatFloatG(1e21, -1), "1e+21");
  EXPECT_EQ(formatFloatG(123456, -1), "123456");
  EXPECT_EQ(formatFloatG(1234567, -1), "1.234567e+06");
  EXPECT_EQ(formatFloatG(1e-5, 6), "1e-05");
  EXPECT_EQ(formatFloatG(0.0001, 6), "0.0001");
  EXPECT_EQ(formatFloatG(-2.5, 6), "-2.5");
  EXPECT_EQ(formatFloatG(0, 6), "0");
}

TEST(ConstantHuge, BeyondTheExactRange) {
  // go/constant keeps such values as 512-bit floats; so do we (approximately).
  Constant big = L("1e646456992", Tok::Float);
  EXPECT_TRUE(big.isHuge());
  EXPECT_EQ(big.toString(), "1e+646456992");
  EXPECT_TRUE(std::isinf(big.float64Val()));
  EXPECT_FALSE(representable(big, RepKind::Float64));
  EXPECT_FALSE(representable(big, RepKind::Int64));  // reported as "truncated"
  Constant tiny = L("1.23456789e-100000", Tok::Float);
  EXPECT_EQ(tiny.toString(), "1.23457e-100000");
  EXPECT_EQ(tiny.float64Val(), 0.0);
  EXPECT_TRUE(representable(tiny, RepKind::Float64));
  EXPECT_FALSE(representable(tiny, RepKind::Int));
  EXPECT_EQ(binaryOp(big, Tok::Mul, tiny).toString(), "1.23457e+646356992");
  EXPECT_EQ(unaryOp(Tok::Sub, big).toString(), "-1e+646456992");
  EXPECT_TRUE(compare(tiny, Tok::Lss, big));
  EXPECT_TRUE(compare(unaryOp(Tok::Sub, big), Tok::Lss, makeInt64(0)));
  // Products beyond 32-bit binary exponents are not representable.
  Constant a = L("1e+500000000", Tok::Float);
  EXPECT_TRUE(binaryOp(a, Tok::Mul, a).isUnknown());
  // Back into the exact range.
  Constant back = binaryOp(L("1e30000", Tok::Float), Tok::Quo, L("1e29990", Tok::Float));
  EXPECT_FALSE(back.isHuge());
  EXPECT_NEAR(back.float64Val(), 1e10, 1e-3);
}
