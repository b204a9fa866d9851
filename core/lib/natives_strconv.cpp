// Package strconv's natives over core/lib/strconv_impl (Go-exact number
// formatting, parsing and quoting). The Go side (core/lib/go/strconv)
// checks the arguments Go panics on and builds *NumError values from the
// error codes returned here, which are strconv_impl's NumErr values:
// 0 ok, 1 ErrSyntax, 2 ErrRange, 3 invalid base, 4 invalid bit size.
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "core/lib/natives.h"
#include "core/lib/strconv_impl.h"
#include "core/vm/vm.h"

namespace gs::lib {

namespace {

using rt::GoString;

static_assert(static_cast<int>(NumErr::Ok) == 0 && static_cast<int>(NumErr::Syntax) == 1 &&
                  static_cast<int>(NumErr::Range) == 2 && static_cast<int>(NumErr::InvalidBase) == 3 &&
                  static_cast<int>(NumErr::InvalidBitSize) == 4,
              "the Go side of strconv relies on these codes");

// Writes a new Go string as the next result (nothing if allocation failed;
// the program is then stopping).
void resultString(vm::VM& vm, Args& a, std::string_view s) {
  uint8_t* slot = a.at(sizeof(GoString), 8);
  GoString g = vm.newString(s);
  if (!vm.failed()) rt::store<GoString>(slot, g);
}

// A substring of a Go string, sharing its bytes.
GoString substringOf(GoString s, std::string_view part) {
  if (part.empty()) return GoString{0, 0};
  return GoString{s.ptr + static_cast<uint64_t>(part.data() - s.data()), static_cast<int64_t>(part.size())};
}

// func formatInt(i int64, base int) string
void strconvFormatInt(vm::VM& vm, uint8_t* args) {
  Args a(args);
  int64_t i = a.arg<int64_t>();
  int64_t base = a.arg<int64_t>();
  a.beginResults();
  resultString(vm, a, FormatInt(i, static_cast<int>(base)));
}

// func formatUint(u uint64, base int) string
void strconvFormatUint(vm::VM& vm, uint8_t* args) {
  Args a(args);
  uint64_t u = a.arg<uint64_t>();
  int64_t base = a.arg<int64_t>();
  a.beginResults();
  resultString(vm, a, FormatUint(u, static_cast<int>(base)));
}

// func formatFloat(f float64, fmt byte, prec, bitSize int) string
void strconvFormatFloat(vm::VM& vm, uint8_t* args) {
  Args a(args);
  double f = a.arg<double>();
  char fmt = static_cast<char>(a.arg<uint8_t>());
  int64_t prec = a.arg<int64_t>();
  int64_t bitSize = a.arg<int64_t>();
  a.beginResults();
  // Go's precision is an int; anything beyond what a float can show is
  // clamped so a silly value cannot ask for gigabytes of zeros first.
  if (prec > 1 << 20) prec = 1 << 20;
  if (prec < -1) prec = -1;
  resultString(vm, a, FormatFloat(f, fmt, static_cast<int>(prec), static_cast<int>(bitSize)));
}

// Go's base and bitSize are ints; values outside int32 are invalid anyway.
int clampInt(int64_t v) {
  if (v > 1 << 30) return 1 << 30;
  if (v < -(1 << 30)) return -(1 << 30);
  return static_cast<int>(v);
}

// func parseInt(s string, base, bitSize int) (int64, int)
void strconvParseInt(vm::VM&, uint8_t* args) {
  Args a(args);
  GoString s = a.arg<GoString>();
  int64_t base = a.arg<int64_t>();
  int64_t bitSize = a.arg<int64_t>();
  a.beginResults();
  int64_t v = 0;
  NumErr e = ParseInt(s.view(), clampInt(base), clampInt(bitSize), &v);
  a.result<int64_t>(v);
  a.result<int64_t>(static_cast<int64_t>(e));
}

// func parseUint(s string, base, bitSize int) (uint64, int)
void strconvParseUint(vm::VM&, uint8_t* args) {
  Args a(args);
  GoString s = a.arg<GoString>();
  int64_t base = a.arg<int64_t>();
  int64_t bitSize = a.arg<int64_t>();
  a.beginResults();
  uint64_t v = 0;
  NumErr e = ParseUint(s.view(), clampInt(base), clampInt(bitSize), &v);
  a.result<uint64_t>(v);
  a.result<int64_t>(static_cast<int64_t>(e));
}

// func parseFloat(s string, bitSize int) (float64, int)
void strconvParseFloat(vm::VM&, uint8_t* args) {
  Args a(args);
  GoString s = a.arg<GoString>();
  int64_t bitSize = a.arg<int64_t>();
  a.beginResults();
  double v = 0;
  NumErr e = ParseFloat(s.view(), bitSize == 32 ? 32 : 64, &v);
  a.result<double>(v);
  a.result<int64_t>(static_cast<int64_t>(e));
}

// func quoteWith(s string, quote byte, ascii, graphic bool) string
void strconvQuoteWith(vm::VM& vm, uint8_t* args) {
  Args a(args);
  GoString s = a.arg<GoString>();
  char quote = static_cast<char>(a.arg<uint8_t>());
  bool ascii = a.arg<uint8_t>() != 0;
  bool graphic = a.arg<uint8_t>() != 0;
  a.beginResults();
  std::string out;
  AppendQuotedWith(&out, s.view(), quote, ascii, graphic);
  resultString(vm, a, out);
}

// func quoteRuneWith(r rune, quote byte, ascii, graphic bool) string
void strconvQuoteRuneWith(vm::VM& vm, uint8_t* args) {
  Args a(args);
  int32_t r = a.arg<int32_t>();
  char quote = static_cast<char>(a.arg<uint8_t>());
  bool ascii = a.arg<uint8_t>() != 0;
  bool graphic = a.arg<uint8_t>() != 0;
  a.beginResults();
  std::string out;
  AppendQuotedRuneWith(&out, r, quote, ascii, graphic);
  resultString(vm, a, out);
}

// func unquote(s string) (string, bool)
void strconvUnquote(vm::VM& vm, uint8_t* args) {
  Args a(args);
  GoString s = a.arg<GoString>();
  a.beginResults();
  std::string out;
  bool ok = Unquote(s.view(), &out);
  resultString(vm, a, ok ? std::string_view(out) : std::string_view());
  a.result<uint8_t>(ok ? 1 : 0);
}

// func unquoteChar(s string, quote byte) (rune, bool, string, bool)
void strconvUnquoteChar(vm::VM&, uint8_t* args) {
  Args a(args);
  GoString s = a.arg<GoString>();
  char quote = static_cast<char>(a.arg<uint8_t>());
  a.beginResults();
  int32_t value = 0;
  bool multibyte = false;
  std::string_view tail;
  bool ok = UnquoteChar(s.view(), quote, &value, &multibyte, &tail);
  a.result<int32_t>(ok ? value : 0);
  a.result<uint8_t>(ok && multibyte ? 1 : 0);
  a.result<GoString>(ok ? substringOf(s, tail) : GoString{0, 0});
  a.result<uint8_t>(ok ? 1 : 0);
}

// func quotedPrefix(s string) (string, bool)
void strconvQuotedPrefix(vm::VM&, uint8_t* args) {
  Args a(args);
  GoString s = a.arg<GoString>();
  a.beginResults();
  std::string_view prefix;
  bool ok = QuotedPrefix(s.view(), &prefix);
  a.result<GoString>(ok ? substringOf(s, prefix) : GoString{0, 0});
  a.result<uint8_t>(ok ? 1 : 0);
}

// func CanBackquote(s string) bool
void strconvCanBackquote(vm::VM&, uint8_t* args) {
  Args a(args);
  GoString s = a.arg<GoString>();
  a.beginResults();
  a.result<uint8_t>(CanBackquote(s.view()) ? 1 : 0);
}

// func IsPrint(r rune) bool
void strconvIsPrint(vm::VM&, uint8_t* args) {
  Args a(args);
  int32_t r = a.arg<int32_t>();
  a.beginResults();
  a.result<uint8_t>(IsPrint(r) ? 1 : 0);
}

// func IsGraphic(r rune) bool
void strconvIsGraphic(vm::VM&, uint8_t* args) {
  Args a(args);
  int32_t r = a.arg<int32_t>();
  a.beginResults();
  a.result<uint8_t>(IsGraphic(r) ? 1 : 0);
}

}  // namespace

void registerStrconvNatives(std::vector<NativeEntry>& out) {
  static const NativeEntry entries[] = {
      {"strconv.CanBackquote", strconvCanBackquote},
      {"strconv.IsGraphic", strconvIsGraphic},
      {"strconv.IsPrint", strconvIsPrint},
      {"strconv.formatFloat", strconvFormatFloat},
      {"strconv.formatInt", strconvFormatInt},
      {"strconv.formatUint", strconvFormatUint},
      {"strconv.parseFloat", strconvParseFloat},
      {"strconv.parseInt", strconvParseInt},
      {"strconv.parseUint", strconvParseUint},
      {"strconv.quoteRuneWith", strconvQuoteRuneWith},
      {"strconv.quoteWith", strconvQuoteWith},
      {"strconv.quotedPrefix", strconvQuotedPrefix},
      {"strconv.unquote", strconvUnquote},
      {"strconv.unquoteChar", strconvUnquoteChar},
  };
  out.insert(out.end(), std::begin(entries), std::end(entries));
}

}  // namespace gs::lib
