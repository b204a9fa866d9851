// Go's strconv, as pure C++ over bytes: the results are byte-for-byte those
// of Go 1.23 (checked against tables produced by real Go, see
// tests/unit/strconv_test.cpp).
//
// Errors are reported as a NumErr value; the Go-side wrapper turns it into a
// *strconv.NumError with Go's wording ("invalid syntax", "value out of range",
// "invalid base N", "invalid bit size N"). Where Go returns a meaningful value
// together with an error (the clamped value of a range error, ±Inf for a
// float overflow) the out-parameter receives it too.
//
// Preconditions that Go enforces with a panic (FormatInt with a base outside
// 2..36, FormatFloat with a bitSize other than 32 or 64) are the caller's
// job: the wrapper panics with Go's message before calling.
//
// Float formatting is exact: a float is converted to its exact decimal
// expansion with big-integer arithmetic (strconv_impl.cpp), then rounded the
// way Go's decimal type rounds (half to even on the exact value), and the
// shortest form (precision -1) is the shortest digit string that lies
// within the float's rounding interval, as Go's roundShortest/Ryu produce.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace gs::lib {

enum class NumErr : uint8_t {
  Ok,
  Syntax,          // strconv.ErrSyntax: "invalid syntax"
  Range,           // strconv.ErrRange: "value out of range"
  InvalidBase,     // "invalid base N" (ParseInt/ParseUint)
  InvalidBitSize,  // "invalid bit size N" (ParseInt/ParseUint)
};

// --- UTF-8 (Go's unicode/utf8 semantics) ----------------------------------

constexpr int32_t kRuneError = 0xFFFD;
constexpr int32_t kRuneSelf = 0x80;

// Decodes the first rune of s. An invalid or truncated encoding, an encoded
// surrogate or an overlong form yields (kRuneError, 1); empty s yields
// (kRuneError, 0).
int32_t utf8DecodeRune(std::string_view s, int* width);
// Appends r's UTF-8 encoding; invalid runes (surrogates, out of range)
// append U+FFFD, as Go's utf8.AppendRune does.
void utf8AppendRune(std::string* dst, int32_t r);
bool utf8ValidRune(int32_t r);
bool utf8ValidString(std::string_view s);
// Number of runes, counting each invalid byte as one (utf8.RuneCountInString).
int64_t utf8RuneCount(std::string_view s);

// --- Integers ---------------------------------------------------------------

// FormatInt/FormatUint/AppendInt; base must be in 2..36 (lowercase digits).
std::string FormatInt(int64_t v, int base);
std::string FormatUint(uint64_t v, int base);
void AppendInt(std::string* dst, int64_t v, int base);
void AppendUint(std::string* dst, uint64_t v, int base);

// ParseUint/ParseInt: base 0 takes the base from the prefix (0x 0o 0b, a
// leading 0 means octal) and then allows '_' between digits; bitSize 0 means
// 64 (int is 64 bits). On a range error *out is the clamped value; on other
// errors 0.
NumErr ParseUint(std::string_view s, int base, int bitSize, uint64_t* out);
NumErr ParseInt(std::string_view s, int base, int bitSize, int64_t* out);
// Atoi is ParseInt(s, 10, 0) (its wrapper reports Func "Atoi").
NumErr Atoi(std::string_view s, int64_t* out);

// --- Floats -----------------------------------------------------------------

// fmt is one of 'b' 'e' 'E' 'f' 'g' 'G' 'x' 'X' (any other byte c yields
// "%c", as Go does); prec -1 means the shortest representation that
// round-trips at bitSize (32 or 64).
std::string FormatFloat(double f, char fmt, int prec, int bitSize);
void AppendFloat(std::string* dst, double f, char fmt, int prec, int bitSize);

// ParseFloat: decimal and hexadecimal (0x...p...) forms, '_' separators as
// Go accepts them, "inf"/"infinity"/"nan" in any case (with an optional sign
// on inf). bitSize 32 rounds straight to float32 (*out holds that float32
// value widened). Overflow gives ±Inf with NumErr::Range; underflow is no
// error.
NumErr ParseFloat(std::string_view s, int bitSize, double* out);

// --- Bools ------------------------------------------------------------------

NumErr ParseBool(std::string_view s, bool* out);

// --- Quoting ----------------------------------------------------------------

std::string Quote(std::string_view s);
std::string QuoteToASCII(std::string_view s);
std::string QuoteToGraphic(std::string_view s);
std::string QuoteRune(int32_t r);
std::string QuoteRuneToASCII(int32_t r);
std::string QuoteRuneToGraphic(int32_t r);
// The general form behind all of the above (also used by fmt's %q/%+q/%#q):
// quote is '"' or '\''.
void AppendQuotedWith(std::string* dst, std::string_view s, char quote, bool asciiOnly, bool graphicOnly);
void AppendQuotedRuneWith(std::string* dst, int32_t r, char quote, bool asciiOnly, bool graphicOnly);

bool CanBackquote(std::string_view s);
bool IsPrint(int32_t r);
bool IsGraphic(int32_t r);

// UnquoteChar: decodes the first character or escape of s, which is inside
// a literal quoted by `quote` ('"', '\'' or 0 for none). Returns false for
// ErrSyntax.
bool UnquoteChar(std::string_view s, char quote, int32_t* value, bool* multibyte, std::string_view* tail);
// Unquote: interprets a Go "…", '…' or `…` literal. Returns false for
// ErrSyntax (then *out is empty).
bool Unquote(std::string_view s, std::string* out);
// QuotedPrefix: the quoted literal at the start of s. False for ErrSyntax.
bool QuotedPrefix(std::string_view s, std::string_view* out);

}  // namespace gs::lib
