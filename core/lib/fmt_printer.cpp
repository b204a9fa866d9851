// Go's fmt printer. See fmt_printer.h for the contract.
//
// The code has two layers, like Go's fmt:
//   Fmt      formats one basic value (integer, float, string, bytes, rune,
//            bool) under the current flags, width and precision, padding it.
//   Printer  walks Go values by their RTypes, picks the Fmt call per verb and
//            kind, calls String/Error/GoString methods, prints composites, and
//            parses the format string.
//
// Printer state that Go's fmt keeps and whose effects show in the output:
//   arg_/value_  what a bad verb reports: %!d(TYPE=VALUE) prints arg_ (a
//                top-level operand or a value about to get its methods
//                called) through printArg, else value_ through printValue
//                at depth 0.
//   erroring_    set while printing a bad verb's value: no methods are
//                called inside %!verb(...).
//   depth        printValue's nesting: at depth 0 a pointer to a struct,
//                array, slice or map prints as &{...}; deeper it prints as an
//                address. Methods are tried on nested values at depth > 0
//                (depth 0 values got theirs in printArg).
//   Val::ro      a value reached through an unexported struct field: Go's
//                reflect cannot turn it back into an interface, so fmt never
//                calls its methods (nor those of anything inside it).
#include "core/lib/fmt_printer.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/lib/strconv_impl.h"

namespace gs::lib {

namespace {

using rt::GoIface;
using rt::GoPtr;
using rt::GoSlice;
using rt::GoString;
using rt::RKind;
using rt::RType;

constexpr char kLowerDigits[] = "0123456789abcdefx";
constexpr char kUpperDigits[] = "0123456789ABCDEFX";
constexpr int32_t kMaxRune = 0x10FFFF;

// A Go value in memory: its type and the address of its bytes.
struct Val {
  const RType* t = nullptr;  // nullptr: no value (a nil interface)
  const uint8_t* p = nullptr;
  bool ro = false;  // reached through an unexported field
  bool valid() const { return t != nullptr; }
};

// The value held by an interface whose 16 bytes are at `slot`.
Val ifaceElem(const uint8_t* slot, bool ro) {
  GoIface iface = rt::load<GoIface>(slot);
  const RType* t = iface.rtype();
  if (t == nullptr) return Val{nullptr, nullptr, ro};
  // Pointer-shaped values live in the data word itself.
  const uint8_t* p = t->has(rt::kPointerShaped) ? slot + 8 : rt::toHost(iface.data);
  return Val{t, p, ro};
}

bool isSignedIntKind(RKind k) {
  return k == RKind::Int || k == RKind::Int8 || k == RKind::Int16 || k == RKind::Int32 || k == RKind::Int64;
}
bool isUnsignedIntKind(RKind k) {
  return k == RKind::Uint || k == RKind::Uint8 || k == RKind::Uint16 || k == RKind::Uint32 ||
         k == RKind::Uint64 || k == RKind::Uintptr;
}

int64_t loadSigned(const Val& v) {
  switch (v.t->kind) {
    case RKind::Int8: return rt::load<int8_t>(v.p);
    case RKind::Int16: return rt::load<int16_t>(v.p);
    case RKind::Int32: return rt::load<int32_t>(v.p);
    default: return rt::load<int64_t>(v.p);
  }
}
uint64_t loadUnsigned(const Val& v) {
  switch (v.t->kind) {
    case RKind::Uint8: return rt::load<uint8_t>(v.p);
    case RKind::Uint16: return rt::load<uint16_t>(v.p);
    case RKind::Uint32: return rt::load<uint32_t>(v.p);
    default: return rt::load<uint64_t>(v.p);
  }
}
double loadFloat(const uint8_t* p, bool is32) {
  return is32 ? static_cast<double>(rt::load<float>(p)) : rt::load<double>(p);
}

// The pointer value of a pointer-like kind (for slices, the data pointer).
GoPtr pointerOf(const Val& v) {
  if (v.t->kind == RKind::Slice) return rt::load<GoSlice>(v.p).ptr;
  return rt::load<GoPtr>(v.p);
}

// The byte contents of a []byte-like slice or array.
std::string_view bytesOf(const Val& v) {
  if (v.t->kind == RKind::Slice) {
    GoSlice s = rt::load<GoSlice>(v.p);
    return std::string_view(reinterpret_cast<const char*>(s.data()), static_cast<size_t>(s.len));
  }
  return std::string_view(reinterpret_cast<const char*>(v.p), static_cast<size_t>(v.t->len));
}

// The method named `name` with signature func() string, if t's method set
// has it.
const rt::RMethod* findStringMethod(const RType* t, std::string_view name) {
  const auto& ms = t->methods;
  auto it = std::lower_bound(ms.begin(), ms.end(), name,
                             [](const rt::RMethod& m, std::string_view n) { return std::string_view(m.name) < n; });
  if (it == ms.end() || it->name != name) return nullptr;
  const RType* sig = it->mtype;
  if (sig != nullptr) {  // a differently typed method of that name does not count
    if (!sig->in.empty() || sig->out.size() != 1 || sig->variadic) return nullptr;
    const RType* r = sig->out[0];
    if (r == nullptr || r->kind != RKind::String || r->name != "string") return nullptr;
  }
  return &*it;
}

// ----------------------------------------------------------------------------
// Fmt: one basic value under flags, width and precision.

struct Flags {
  bool widPresent = false;
  bool precPresent = false;
  bool minus = false;
  bool plus = false;
  bool sharp = false;
  bool space = false;
  bool zero = false;
  // %+v and %#v: kept apart from plus/sharp, which then read as unset.
  bool plusV = false;
  bool sharpV = false;
};

class Fmt {
 public:
  explicit Fmt(std::string* buf) : buf_(*buf) {}

  Flags f;
  int wid = 0;
  int prec = 0;

  void clearFlags() {
    f = Flags{};
    wid = 0;
    prec = 0;
  }

  void writePadding(int n) {
    if (n <= 0) return;
    buf_.append(static_cast<size_t>(n), f.zero && !f.minus ? '0' : ' ');
  }

  // Appends s padded to the width (counted in runes).
  void pad(std::string_view s) {
    if (!f.widPresent || wid == 0) {
      buf_.append(s);
      return;
    }
    int width = wid - static_cast<int>(utf8RuneCount(s));
    if (!f.minus) {
      writePadding(width);
      buf_.append(s);
    } else {
      buf_.append(s);
      writePadding(width);
    }
  }

  void fmtBoolean(bool v) { pad(v ? "true" : "false"); }

  // %U: U+hex, at least four (or prec) digits; with # also ' c' when printable.
  void fmtUnicode(uint64_t u) {
    int digits = 4;
    if (f.precPresent && prec > 4) digits = prec;
    std::string hex;
    uint64_t x = u;
    do {
      hex.push_back(kUpperDigits[x & 0xF]);
      x >>= 4;
    } while (x != 0);
    while (static_cast<int>(hex.size()) < digits) hex.push_back('0');
    std::string s = "U+";
    s.append(hex.rbegin(), hex.rend());
    if (f.sharp && u <= static_cast<uint64_t>(kMaxRune) && IsPrint(static_cast<int32_t>(u))) {
      s += " '";
      utf8AppendRune(&s, static_cast<int32_t>(u));
      s += "'";
    }
    withoutZero([&] { pad(s); });
  }

  // Integers in base 2, 8, 10 or 16. verb matters only for 'O' (0o prefix).
  void fmtInteger(uint64_t u, int base, bool isSigned, char32_t verb, const char* digits) {
    bool negative = isSigned && static_cast<int64_t>(u) < 0;
    if (negative) u = 0 - u;
    int minDigits = 0;
    if (f.precPresent) {
      minDigits = prec;
      // An explicit precision 0 prints nothing for zero (only the padding).
      if (prec == 0 && u == 0) {
        withoutZero([&] { writePadding(wid); });
        return;
      }
    } else if (f.zero && !f.minus && f.widPresent) {
      // Zero padding to the width, leaving room for the sign.
      minDigits = wid;
      if (negative || f.plus || f.space) minDigits--;
    }
    std::string rev;  // digits, least significant first, then prefixes and sign
    do {
      rev.push_back(digits[u % static_cast<unsigned>(base)]);
      u /= static_cast<unsigned>(base);
    } while (u != 0);
    while (static_cast<int>(rev.size()) < minDigits) rev.push_back('0');
    if (f.sharp) {
      switch (base) {
        case 2: rev += "b0"; break;
        case 8:
          if (rev.back() != '0') rev.push_back('0');
          break;
        case 16:
          rev.push_back(digits[16]);
          rev.push_back('0');
          break;
        default: break;
      }
    }
    if (verb == 'O') rev += "o0";
    if (negative) rev.push_back('-');
    else if (f.plus) rev.push_back('+');
    else if (f.space) rev.push_back(' ');
    std::string s(rev.rbegin(), rev.rend());
    withoutZero([&] { pad(s); });
  }

  // The first prec runes of s, when a precision is present.
  std::string_view truncate(std::string_view s) const {
    if (!f.precPresent) return s;
    int n = prec;
    size_t i = 0;
    while (i < s.size()) {
      if (--n < 0) return s.substr(0, i);
      int w = 1;
      if (static_cast<unsigned char>(s[i]) >= kRuneSelf) utf8DecodeRune(s.substr(i), &w);
      i += static_cast<size_t>(w);
    }
    return s;
  }

  void fmtS(std::string_view s) { pad(truncate(s)); }

  // %x/%X of a string or byte slice; with space, bytes are separated (and
  // each gets 0x with #); with # alone, one 0x in front.
  void fmtSbx(std::string_view s, const char* digits) {
    int length = static_cast<int>(s.size());
    if (f.precPresent && prec < length) length = prec;
    int width = 2 * length;
    if (width > 0) {
      if (f.space) {
        if (f.sharp) width *= 2;
        width += length - 1;
      } else if (f.sharp) {
        width += 2;
      }
    } else {
      if (f.widPresent) writePadding(wid);
      return;
    }
    if (f.widPresent && wid > width && !f.minus) writePadding(wid - width);
    if (f.sharp) {
      buf_.push_back('0');
      buf_.push_back(digits[16]);
    }
    for (int i = 0; i < length; i++) {
      if (f.space && i > 0) {
        buf_.push_back(' ');
        if (f.sharp) {
          buf_.push_back('0');
          buf_.push_back(digits[16]);
        }
      }
      unsigned char c = static_cast<unsigned char>(s[static_cast<size_t>(i)]);
      buf_.push_back(digits[c >> 4]);
      buf_.push_back(digits[c & 0xF]);
    }
    if (f.widPresent && wid > width && f.minus) writePadding(wid - width);
  }

  // %q of a string: `raw` with # when possible, ASCII-only escapes with +.
  void fmtQ(std::string_view s) {
    s = truncate(s);
    if (f.sharp && CanBackquote(s)) {
      std::string q = "`";
      q.append(s);
      q.push_back('`');
      pad(q);
      return;
    }
    std::string q;
    AppendQuotedWith(&q, s, '"', f.plus, false);
    pad(q);
  }

  // %c
  void fmtC(uint64_t c) {
    int32_t r = c > static_cast<uint64_t>(kMaxRune) ? kRuneError : static_cast<int32_t>(c);
    std::string s;
    utf8AppendRune(&s, r);
    pad(s);
  }

  // %q of an integer: a quoted rune.
  void fmtQc(uint64_t c) {
    int32_t r = c > static_cast<uint64_t>(kMaxRune) ? kRuneError : static_cast<int32_t>(c);
    std::string s;
    AppendQuotedRuneWith(&s, r, '\'', f.plus, false);
    pad(s);
  }

  // Floats: verb is a strconv format byte; prec -1 is the shortest form.
  void fmtFloat(double v, int size, char verb, int precision) {
    if (f.precPresent) precision = prec;
    // num[0] is a sign slot: strconv's own sign moves into it, else '+'.
    std::string num = "+";
    AppendFloat(&num, v, verb, precision, size);
    if (num[1] == '-' || num[1] == '+') num.erase(0, 1);
    else num[0] = '+';
    if (f.space && num[0] == '+' && !f.plus) num[0] = ' ';
    // Infinities and NaN: never zero padded; NaN shows a sign only if asked.
    if (num[1] == 'I' || num[1] == 'N') {
      if (num[1] == 'N' && !f.space && !f.plus) num.erase(0, 1);
      withoutZero([&] { pad(num); });
      return;
    }
    // %#: always a decimal point, and for %g/%G/%x the trailing zeros up to
    // the precision (6 when none).
    if (f.sharp && verb != 'b') {
      int digits = 0;
      if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
        digits = precision;
        if (digits == -1) digits = 6;
      }
      std::string tail;
      bool hasDecimalPoint = false, sawNonzeroDigit = false;
      for (size_t i = 1; i < num.size(); i++) {
        char c = num[i];
        if (c == '.') {
          hasDecimalPoint = true;
          continue;
        }
        bool exponent = c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X');
        if (exponent) {
          tail = num.substr(i);
          num.resize(i);
          break;
        }
        if (c != '0') sawNonzeroDigit = true;
        if (sawNonzeroDigit) digits--;
      }
      if (!hasDecimalPoint) {
        if (num.size() == 2 && num[1] == '0') digits--;  // a lone 0 is a significant digit
        num.push_back('.');
      }
      for (; digits > 0; digits--) num.push_back('0');
      num += tail;
    }
    if (f.plus || num[0] != '+') {
      // Zero padding goes between the sign and the digits.
      if (f.zero && !f.minus && f.widPresent && wid > static_cast<int>(num.size())) {
        buf_.push_back(num[0]);
        writePadding(wid - static_cast<int>(num.size()));
        buf_.append(num, 1, std::string::npos);
        return;
      }
      pad(num);
      return;
    }
    pad(std::string_view(num).substr(1));  // no sign wanted
  }

 private:
  template <class F> void withoutZero(F&& fn) {
    bool old = f.zero;
    f.zero = false;
    fn();
    f.zero = old;
  }

  std::string& buf_;
};

// ----------------------------------------------------------------------------
// Map key ordering, as internal/fmtsort.

int compareValues(const Val& a, const Val& b);

template <class T> int cmp3(T a, T b) { return a < b ? -1 : a > b ? 1 : 0; }

// cmp.Compare for floats: NaN sorts before everything, and equals NaN.
int compareFloat(double a, double b) {
  bool an = std::isnan(a), bn = std::isnan(b);
  if (an || bn) return an && bn ? 0 : an ? -1 : 1;
  return cmp3(a, b);
}

// Nil values first; 2 means "both non-nil, compare further".
int compareNil(GoPtr a, GoPtr b) {
  if (a == 0) return b == 0 ? 0 : -1;
  if (b == 0) return 1;
  return 2;
}

int compareValues(const Val& a, const Val& b) {
  if (a.t != b.t) return -1;  // not comparable; fmtsort gives up the same way
  const RType* t = a.t;
  switch (t->kind) {
    case RKind::Int: case RKind::Int8: case RKind::Int16: case RKind::Int32: case RKind::Int64:
      return cmp3(loadSigned(a), loadSigned(b));
    case RKind::Uint: case RKind::Uint8: case RKind::Uint16: case RKind::Uint32: case RKind::Uint64:
    case RKind::Uintptr:
      return cmp3(loadUnsigned(a), loadUnsigned(b));
    case RKind::String:
      return cmp3(rt::load<GoString>(a.p).view(), rt::load<GoString>(b.p).view());
    case RKind::Float32: case RKind::Float64: {
      bool is32 = t->kind == RKind::Float32;
      return compareFloat(loadFloat(a.p, is32), loadFloat(b.p, is32));
    }
    case RKind::Complex64: case RKind::Complex128: {
      bool is32 = t->kind == RKind::Complex64;
      size_t half = is32 ? 4 : 8;
      int c = compareFloat(loadFloat(a.p, is32), loadFloat(b.p, is32));
      if (c != 0) return c;
      return compareFloat(loadFloat(a.p + half, is32), loadFloat(b.p + half, is32));
    }
    case RKind::Bool:
      return cmp3(rt::load<uint8_t>(a.p) != 0, rt::load<uint8_t>(b.p) != 0);
    case RKind::Pointer: case RKind::UnsafePointer:
      return cmp3(rt::load<GoPtr>(a.p), rt::load<GoPtr>(b.p));
    case RKind::Chan: {
      GoPtr pa = rt::load<GoPtr>(a.p), pb = rt::load<GoPtr>(b.p);
      int c = compareNil(pa, pb);
      return c != 2 ? c : cmp3(pa, pb);
    }
    case RKind::Struct:
      for (const rt::RField& fld : t->fields) {
        int c = compareValues(Val{fld.type, a.p + fld.offset}, Val{fld.type, b.p + fld.offset});
        if (c != 0) return c;
      }
      return 0;
    case RKind::Array:
      for (int64_t i = 0; i < t->len; i++) {
        int c = compareValues(Val{t->elem, a.p + i * t->elem->size}, Val{t->elem, b.p + i * t->elem->size});
        if (c != 0) return c;
      }
      return 0;
    case RKind::Interface: {
      Val ea = ifaceElem(a.p, false), eb = ifaceElem(b.p, false);
      if (!ea.valid()) return eb.valid() ? -1 : 0;
      if (!eb.valid()) return 1;
      // Go orders dynamic types by their descriptors' addresses, which is
      // arbitrary; the type table index is our stable equivalent.
      if (ea.t != eb.t) {
        int64_t ia = ea.t->id, ib = eb.t->id;
        if (ia != ib) return cmp3(ia, ib);
        return cmp3(reinterpret_cast<uintptr_t>(ea.t), reinterpret_cast<uintptr_t>(eb.t));
      }
      return compareValues(ea, eb);
    }
    default:
      return 0;  // func, map, slice keys cannot exist
  }
}

// ----------------------------------------------------------------------------
// Printer

// fmt's limit on widths, precisions and argument indexes.
bool tooLarge(int64_t x) { return x > 1000000 || x < -1000000; }

// parsenum: a decimal number at s[start:end]. On overflow the rest of the
// format is consumed (newi = end), as Go does.
void parseNum(std::string_view s, size_t start, size_t end, int* num, bool* isNum, size_t* newi) {
  *num = 0;
  *isNum = false;
  if (start >= end) {
    *newi = end;
    return;
  }
  size_t i = start;
  for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
    if (tooLarge(*num)) {
      *num = 0;
      *isNum = false;
      *newi = end;
      return;
    }
    *num = *num * 10 + (s[i] - '0');
    *isNum = true;
  }
  *newi = i;
}

class Printer {
 public:
  Printer(std::string* out, ValueAccess* access) : buf_(*out), fmt_(out), access_(access) {}

  void setWrapErrors(bool on, std::vector<int>* wrapped) {
    wrapErrs_ = on;
    wrapped_ = wrapped;
  }

  // format = { text | "%" directive } .
  // directive = { flag } [ index ] [ width ] [ "." [ index ] [ precision ] ] [ index ] verb .
  // flag = "#" | "0" | "+" | "-" | " " .   index = "[" number "]" .
  // width = number | "*" .   precision = number | "*" .   verb = any rune.
  // doPrintf: the format string, operand by operand.
  void doPrintf(std::string_view format, const GoIface* args, size_t nargs) {
    const size_t end = format.size();
    const int numArgs = static_cast<int>(nargs);
    int argNum = 0;
    bool afterIndex = false;  // the previous item was an index like [3]
    reordered_ = false;
    size_t i = 0;
    while (i < end) {
      goodArgNum_ = true;
      size_t lasti = i;
      while (i < end && format[i] != '%') i++;
      if (i > lasti) buf_.append(format.substr(lasti, i - lasti));
      if (i >= end) break;
      i++;  // skip %
      fmt_.clearFlags();
      bool printedSimple = false;
      // Flags, and the fast path for a plain verb right after them.
      for (; i < end; i++) {
        char c = format[i];
        if (c == '#') fmt_.f.sharp = true;
        else if (c == '0') fmt_.f.zero = true;
        else if (c == '+') fmt_.f.plus = true;
        else if (c == '-') fmt_.f.minus = true;
        else if (c == ' ') fmt_.f.space = true;
        else {
          if (c >= 'a' && c <= 'z' && argNum < numArgs) {
            if (c == 'w' && wrapped_ != nullptr) wrapped_->push_back(argNum);
            if (c == 'v' || c == 'w') moveSharpPlusToV();
            printArg(argVal(args, argNum), static_cast<char32_t>(c));
            argNum++;
            i++;
            printedSimple = true;
          }
          break;
        }
      }
      if (printedSimple) continue;

      // Argument index, width.
      argNumber(&argNum, format, &i, numArgs, &afterIndex);
      if (i < end && format[i] == '*') {
        i++;
        intFromArg(args, nargs, &argNum, &fmt_.wid, &fmt_.f.widPresent);
        if (!fmt_.f.widPresent) buf_.append("%!(BADWIDTH)");
        if (fmt_.wid < 0) {  // a negative width means left-justify
          fmt_.wid = -fmt_.wid;
          fmt_.f.minus = true;
          fmt_.f.zero = false;
        }
        afterIndex = false;
      } else {
        parseNum(format, i, end, &fmt_.wid, &fmt_.f.widPresent, &i);
        if (afterIndex && fmt_.f.widPresent) goodArgNum_ = false;  // "%[3]2d"
      }

      // Precision.
      if (i + 1 < end && format[i] == '.') {
        i++;
        if (afterIndex) goodArgNum_ = false;  // "%[3].2d"
        argNumber(&argNum, format, &i, numArgs, &afterIndex);
        if (i < end && format[i] == '*') {
          i++;
          intFromArg(args, nargs, &argNum, &fmt_.prec, &fmt_.f.precPresent);
          if (fmt_.prec < 0) {  // a negative precision means none
            fmt_.prec = 0;
            fmt_.f.precPresent = false;
          }
          if (!fmt_.f.precPresent) buf_.append("%!(BADPREC)");
          afterIndex = false;
        } else {
          parseNum(format, i, end, &fmt_.prec, &fmt_.f.precPresent, &i);
          if (!fmt_.f.precPresent) {  // "%.d" is precision 0
            fmt_.prec = 0;
            fmt_.f.precPresent = true;
          }
        }
      }

      if (!afterIndex) argNumber(&argNum, format, &i, numArgs, &afterIndex);

      if (i >= end) {
        buf_.append("%!(NOVERB)");
        break;
      }

      char32_t verb = static_cast<unsigned char>(format[i]);
      int size = 1;
      if (verb >= static_cast<char32_t>(kRuneSelf)) verb = static_cast<char32_t>(utf8DecodeRune(format.substr(i), &size));
      i += static_cast<size_t>(size);

      if (verb == '%') {  // no operand; width and precision are ignored
        buf_.push_back('%');
      } else if (!goodArgNum_) {
        badArgNum(verb);
      } else if (argNum >= numArgs) {
        missingArg(verb);
      } else {
        if (verb == 'w' && wrapped_ != nullptr) wrapped_->push_back(argNum);
        if (verb == 'v' || verb == 'w') moveSharpPlusToV();
        printArg(argVal(args, argNum), verb);
        argNum++;
      }
    }

    // Operands left over, unless indexes were used.
    if (!reordered_ && argNum < numArgs) {
      fmt_.clearFlags();
      buf_.append("%!(EXTRA ");
      for (int k = argNum; k < numArgs; k++) {
        if (k > argNum) buf_.append(", ");
        Val a = argVal(args, k);
        if (!a.valid()) {
          buf_.append("<nil>");
        } else {
          buf_.append(a.t->name);
          buf_.push_back('=');
          printArg(a, 'v');
        }
      }
      buf_.push_back(')');
    }
  }

  // doPrint: operands with %v; a space between two operands when neither is
  // a string.
  void doPrint(const GoIface* args, size_t nargs) {
    bool prevString = false;
    for (size_t k = 0; k < nargs; k++) {
      Val a = argVal(args, static_cast<int>(k));
      bool isString = a.valid() && a.t->kind == RKind::String;
      if (k > 0 && !isString && !prevString) buf_.push_back(' ');
      printArg(a, 'v');
      prevString = isString;
    }
  }

  // doPrintln: operands with %v, always space-separated, then a newline.
  void doPrintln(const GoIface* args, size_t nargs) {
    for (size_t k = 0; k < nargs; k++) {
      if (k > 0) buf_.push_back(' ');
      printArg(argVal(args, static_cast<int>(k)), 'v');
    }
    buf_.push_back('\n');
  }

 private:
  // %v and %w read # and + as %#v and %+v.
  void moveSharpPlusToV() {
    fmt_.f.sharpV = fmt_.f.sharp;
    fmt_.f.sharp = false;
    fmt_.f.plusV = fmt_.f.plus;
    fmt_.f.plus = false;
  }

  static Val argVal(const GoIface* args, int k) {
    return ifaceElem(reinterpret_cast<const uint8_t*>(&args[k]), false);
  }

  // argNumber: an optional [n] at format[*i]; updates *argNum on success.
  void argNumber(int* argNum, std::string_view format, size_t* i, int numArgs, bool* found) {
    *found = false;
    if (format.size() <= *i || format[*i] != '[') return;
    reordered_ = true;
    // parseArgNumber on format[*i:]
    std::string_view s = format.substr(*i);
    int index = 0;
    size_t wid = 1;
    bool ok = false;
    if (s.size() >= 3) {
      for (size_t k = 1; k < s.size(); k++) {
        if (s[k] == ']') {
          int n;
          bool isNum;
          size_t newi;
          parseNum(s, 1, k, &n, &isNum, &newi);
          if (!isNum || newi != k) {
            wid = k + 1;
          } else {
            index = n - 1;  // one-based in the format
            wid = k + 1;
            ok = true;
          }
          break;
        }
      }
    }
    if (ok && index >= 0 && index < numArgs) {
      *argNum = index;
      *i += wid;
      *found = true;
      return;
    }
    goodArgNum_ = false;
    *i += wid;
    *found = ok;
  }

  // intFromArg: the operand for a '*' width or precision; it must be an
  // integer of any kind whose value fits in int and in fmt's limits.
  void intFromArg(const GoIface* args, size_t nargs, int* argNum, int* num, bool* isInt) {
    *num = 0;
    *isInt = false;
    if (*argNum >= static_cast<int>(nargs)) return;
    Val a = argVal(args, *argNum);
    if (a.valid()) {
      if (isSignedIntKind(a.t->kind)) {
        int64_t n = loadSigned(a);
        if (!tooLarge(n)) {
          *num = static_cast<int>(n);
          *isInt = true;
        }
      } else if (isUnsignedIntKind(a.t->kind)) {
        uint64_t n = loadUnsigned(a);
        if (n <= 1000000) {
          *num = static_cast<int>(n);
          *isInt = true;
        }
      }
    }
    (*argNum)++;
  }

  void badArgNum(char32_t verb) {
    buf_.append("%!");
    utf8AppendRune(&buf_, static_cast<int32_t>(verb));
    buf_.append("(BADINDEX)");
  }
  void missingArg(char32_t verb) {
    buf_.append("%!");
    utf8AppendRune(&buf_, static_cast<int32_t>(verb));
    buf_.append("(MISSING)");
  }

  // %!verb(TYPE=VALUE), the value printed with %v and no method calls.
  void badVerb(char32_t verb) {
    erroring_ = true;
    buf_.append("%!");
    utf8AppendRune(&buf_, static_cast<int32_t>(verb));
    buf_.push_back('(');
    if (arg_.valid()) {
      buf_.append(arg_.t->name);
      buf_.push_back('=');
      printArg(arg_, 'v');
    } else if (value_.valid()) {
      buf_.append(value_.t->name);
      buf_.push_back('=');
      printValue(value_, 'v', 0);
    } else {
      buf_.append("<nil>");
    }
    buf_.push_back(')');
    erroring_ = false;
  }

  void fmtBool(bool v, char32_t verb) {
    if (verb == 't' || verb == 'v') fmt_.fmtBoolean(v);
    else badVerb(verb);
  }

  // Hex with or without the 0x prefix, whatever the # flag says.
  void fmt0x64(uint64_t v, bool leading0x) {
    bool sharp = fmt_.f.sharp;
    fmt_.f.sharp = leading0x;
    fmt_.fmtInteger(v, 16, false, 'v', kLowerDigits);
    fmt_.f.sharp = sharp;
  }

  void fmtInteger(uint64_t v, bool isSigned, char32_t verb) {
    switch (verb) {
      case 'v':
        if (fmt_.f.sharpV && !isSigned) fmt0x64(v, true);
        else fmt_.fmtInteger(v, 10, isSigned, verb, kLowerDigits);
        break;
      case 'd': fmt_.fmtInteger(v, 10, isSigned, verb, kLowerDigits); break;
      case 'b': fmt_.fmtInteger(v, 2, isSigned, verb, kLowerDigits); break;
      case 'o': case 'O': fmt_.fmtInteger(v, 8, isSigned, verb, kLowerDigits); break;
      case 'x': fmt_.fmtInteger(v, 16, isSigned, verb, kLowerDigits); break;
      case 'X': fmt_.fmtInteger(v, 16, isSigned, verb, kUpperDigits); break;
      case 'c': fmt_.fmtC(v); break;
      case 'q': fmt_.fmtQc(v); break;
      case 'U': fmt_.fmtUnicode(v); break;
      default: badVerb(verb); break;
    }
  }

  void fmtFloat(double v, int size, char32_t verb) {
    switch (verb) {
      case 'v': fmt_.fmtFloat(v, size, 'g', -1); break;
      case 'b': case 'g': case 'G': case 'x': case 'X':
        fmt_.fmtFloat(v, size, static_cast<char>(verb), -1);
        break;
      case 'f': case 'e': case 'E': fmt_.fmtFloat(v, size, static_cast<char>(verb), 6); break;
      case 'F': fmt_.fmtFloat(v, size, 'f', 6); break;
      default: badVerb(verb); break;
    }
  }

  // (re+imi), each part formatted like a float of half the size; the
  // imaginary part always carries its sign.
  void fmtComplex(double re, double im, int size, char32_t verb) {
    switch (verb) {
      case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e': case 'E': {
        bool oldPlus = fmt_.f.plus;
        buf_.push_back('(');
        fmtFloat(re, size / 2, verb);
        fmt_.f.plus = true;
        fmtFloat(im, size / 2, verb);
        buf_.append("i)");
        fmt_.f.plus = oldPlus;
        break;
      }
      default: badVerb(verb); break;
    }
  }

  void fmtString(std::string_view v, char32_t verb) {
    switch (verb) {
      case 'v':
        if (fmt_.f.sharpV) fmt_.fmtQ(v);
        else fmt_.fmtS(v);
        break;
      case 's': fmt_.fmtS(v); break;
      case 'x': fmt_.fmtSbx(v, kLowerDigits); break;
      case 'X': fmt_.fmtSbx(v, kUpperDigits); break;
      case 'q': fmt_.fmtQ(v); break;
      default: badVerb(verb); break;
    }
  }

  // Byte slices and arrays. isNil: a nil slice (for %#v's "(nil)").
  void fmtBytes(std::string_view v, bool isNil, char32_t verb, std::string_view typeString, const Val& whole) {
    switch (verb) {
      case 'v': case 'd':
        if (fmt_.f.sharpV) {
          buf_.append(typeString);
          if (isNil) {
            buf_.append("(nil)");
            return;
          }
          buf_.push_back('{');
          for (size_t k = 0; k < v.size(); k++) {
            if (k > 0) buf_.append(", ");
            fmt0x64(static_cast<unsigned char>(v[k]), true);
          }
          buf_.push_back('}');
        } else {
          buf_.push_back('[');
          for (size_t k = 0; k < v.size(); k++) {
            if (k > 0) buf_.push_back(' ');
            fmt_.fmtInteger(static_cast<unsigned char>(v[k]), 10, false, verb, kLowerDigits);
          }
          buf_.push_back(']');
        }
        break;
      case 's': fmt_.fmtS(v); break;
      case 'x': fmt_.fmtSbx(v, kLowerDigits); break;
      case 'X': fmt_.fmtSbx(v, kUpperDigits); break;
      case 'q': fmt_.fmtQ(v); break;
      default: printValue(whole, verb, 0); break;
    }
  }

  void fmtPointer(const Val& v, char32_t verb) {
    switch (v.t->kind) {
      case RKind::Chan: case RKind::Func: case RKind::Map: case RKind::Pointer: case RKind::Slice:
      case RKind::UnsafePointer:
        break;
      default:
        badVerb(verb);
        return;
    }
    GoPtr u = pointerOf(v);
    switch (verb) {
      case 'v':
        if (fmt_.f.sharpV) {
          buf_.push_back('(');
          buf_.append(v.t->name);
          buf_.append(")(");
          if (u == 0) buf_.append("nil");
          else fmt0x64(u, true);
          buf_.push_back(')');
        } else if (u == 0) {
          fmt_.pad("<nil>");
        } else {
          fmt0x64(u, !fmt_.f.sharp);
        }
        break;
      case 'p': fmt0x64(u, !fmt_.f.sharp); break;
      case 'b': case 'o': case 'd': case 'x': case 'X': fmtInteger(u, false, verb); break;
      default: badVerb(verb); break;
    }
  }

  // Calls method m on v and prints its result with fmtString (or fmtS for
  // GoString); a panic prints %!verb(PANIC=Name method: value), except that
  // a nil pointer receiver prints <nil>.
  void callMethod(const Val& v, const rt::RMethod* m, char32_t verb, bool goString) {
    GoPtr data = v.t->has(rt::kPointerShaped) ? rt::load<GoPtr>(v.p) : rt::fromHost(v.p);
    std::string result, panicText;
    if (access_ != nullptr && access_->callStringMethod(v.t, data, m, &result, &panicText)) {
      if (goString) fmt_.fmtS(result);
      else fmtString(result, verb);
      return;
    }
    if (access_ == nullptr) panicText = "no method call-in";
    if (v.t->kind == RKind::Pointer && data == 0) {
      buf_.append("<nil>");
      return;
    }
    Flags oldFlags = fmt_.f;
    int oldWid = fmt_.wid, oldPrec = fmt_.prec;
    fmt_.clearFlags();
    buf_.append("%!");
    utf8AppendRune(&buf_, static_cast<int32_t>(verb));
    buf_.append("(PANIC=");
    buf_.append(m->name);
    buf_.append(" method: ");
    buf_.append(panicText);
    buf_.push_back(')');
    fmt_.f = oldFlags;
    fmt_.wid = oldWid;
    fmt_.prec = oldPrec;
  }

  // handleMethods: GoString for %#v, else Error or String for %v %s %x %X
  // %q (Error first). True if the value was printed.
  bool handleMethods(Val v, char32_t verb) {
    if (erroring_) return false;
    const RType* t = v.t;
    if (verb == 'w') {
      // Only fmt.Errorf accepts %w, and only with an error operand.
      if (!wrapErrs_ || findStringMethod(t, "Error") == nullptr) {
        badVerb(verb);
        return true;
      }
      verb = 'v';
    }
    if (fmt_.f.sharpV) {
      if (const rt::RMethod* m = findStringMethod(t, "GoString")) {
        callMethod(v, m, verb, true);
        return true;
      }
      return false;
    }
    switch (verb) {
      case 'v': case 's': case 'x': case 'X': case 'q':
        if (const rt::RMethod* m = findStringMethod(t, "Error")) {
          callMethod(v, m, verb, false);
          return true;
        }
        if (const rt::RMethod* m = findStringMethod(t, "String")) {
          callMethod(v, m, verb, false);
          return true;
        }
        return false;
      default:
        return false;
    }
  }

  // printArg: a top-level operand.
  void printArg(Val a, char32_t verb) {
    arg_ = a;
    value_ = Val{};
    if (!a.valid()) {
      if (verb == 'T' || verb == 'v') fmt_.pad("<nil>");
      else badVerb(verb);
      return;
    }
    if (verb == 'T') {
      fmt_.fmtS(a.t->name);
      return;
    }
    if (verb == 'p') {
      fmtPointer(a, 'p');
      return;
    }
    // The predeclared []byte (not a named byte slice type) has its own
    // path, which also names it "[]byte" in %#v.
    if (a.t->kind == RKind::Slice && a.t->name == "[]uint8") {
      GoSlice s = rt::load<GoSlice>(a.p);
      fmtBytes(bytesOf(a), s.ptr == 0, verb, "[]byte", a);
      return;
    }
    if (handleMethods(a, verb)) return;
    printValue(a, verb, 0);
  }

  // printValue: any value, by kind.
  void printValue(Val v, char32_t verb, int depth) {
    // Nested values get their methods called (unless reached through an
    // unexported field). An interface offers its dynamic value's methods.
    if (depth > 0 && v.valid() && !v.ro) {
      Val dyn = v.t->kind == RKind::Interface ? ifaceElem(v.p, v.ro) : v;
      if (dyn.valid()) {
        arg_ = dyn;
        if (handleMethods(dyn, verb)) return;
      }
    }
    arg_ = Val{};
    value_ = v;
    if (!v.valid()) {
      if (depth == 0) buf_.append("<invalid reflect.Value>");
      else if (verb == 'v') buf_.append("<nil>");
      else badVerb(verb);
      return;
    }
    const RType* t = v.t;
    switch (t->kind) {
      case RKind::Bool:
        fmtBool(rt::load<uint8_t>(v.p) != 0, verb);
        return;
      case RKind::Int: case RKind::Int8: case RKind::Int16: case RKind::Int32: case RKind::Int64:
        fmtInteger(static_cast<uint64_t>(loadSigned(v)), true, verb);
        return;
      case RKind::Uint: case RKind::Uint8: case RKind::Uint16: case RKind::Uint32: case RKind::Uint64:
      case RKind::Uintptr:
        fmtInteger(loadUnsigned(v), false, verb);
        return;
      case RKind::Float32:
        fmtFloat(loadFloat(v.p, true), 32, verb);
        return;
      case RKind::Float64:
        fmtFloat(loadFloat(v.p, false), 64, verb);
        return;
      case RKind::Complex64:
        fmtComplex(loadFloat(v.p, true), loadFloat(v.p + 4, true), 64, verb);
        return;
      case RKind::Complex128:
        fmtComplex(loadFloat(v.p, false), loadFloat(v.p + 8, false), 128, verb);
        return;
      case RKind::String:
        fmtString(rt::load<GoString>(v.p).view(), verb);
        return;
      case RKind::Map:
        printMap(v, verb, depth);
        return;
      case RKind::Struct:
        printStruct(v, verb, depth);
        return;
      case RKind::Interface: {
        Val e = ifaceElem(v.p, v.ro);
        if (!e.valid()) {
          if (fmt_.f.sharpV) {
            buf_.append(t->name);
            buf_.append("(nil)");
          } else {
            buf_.append("<nil>");
          }
        } else {
          printValue(e, verb, depth + 1);
        }
        return;
      }
      case RKind::Array: case RKind::Slice:
        printList(v, verb, depth);
        return;
      case RKind::Pointer:
        // At the top, a pointer to a composite prints as &composite.
        if (depth == 0 && rt::load<GoPtr>(v.p) != 0) {
          const RType* e = t->elem;
          if (e != nullptr && (e->kind == RKind::Array || e->kind == RKind::Slice || e->kind == RKind::Struct ||
                               e->kind == RKind::Map)) {
            buf_.push_back('&');
            printValue(Val{e, rt::loadPtr(v.p), v.ro}, verb, depth + 1);
            return;
          }
        }
        fmtPointer(v, verb);
        return;
      case RKind::Chan: case RKind::Func: case RKind::UnsafePointer:
        fmtPointer(v, verb);
        return;
      default:
        buf_.push_back('?');
        buf_.append(t->name);
        buf_.push_back('?');
        return;
    }
  }

  void printMap(const Val& v, char32_t verb, int depth) {
    const RType* t = v.t;
    GoPtr m = rt::load<GoPtr>(v.p);
    if (fmt_.f.sharpV) {
      buf_.append(t->name);
      if (m == 0) {
        buf_.append("(nil)");
        return;
      }
      buf_.push_back('{');
    } else {
      buf_.append("map[");
    }
    std::vector<std::pair<const uint8_t*, const uint8_t*>> entries;
    if (m != 0 && access_ != nullptr) access_->mapEntries(m, &entries);
    std::stable_sort(entries.begin(), entries.end(), [&](const auto& a, const auto& b) {
      return compareValues(Val{t->key, a.first}, Val{t->key, b.first}) < 0;
    });
    for (size_t k = 0; k < entries.size(); k++) {
      if (k > 0) {
        if (fmt_.f.sharpV) buf_.append(", ");
        else buf_.push_back(' ');
      }
      printValue(Val{t->key, entries[k].first, v.ro}, verb, depth + 1);
      buf_.push_back(':');
      printValue(Val{t->elem, entries[k].second, v.ro}, verb, depth + 1);
    }
    buf_.push_back(fmt_.f.sharpV ? '}' : ']');
  }

  void printStruct(const Val& v, char32_t verb, int depth) {
    const RType* t = v.t;
    if (fmt_.f.sharpV) buf_.append(t->name);
    buf_.push_back('{');
    for (size_t k = 0; k < t->fields.size(); k++) {
      const rt::RField& fld = t->fields[k];
      if (k > 0) {
        if (fmt_.f.sharpV) buf_.append(", ");
        else buf_.push_back(' ');
      }
      if (fmt_.f.plusV || fmt_.f.sharpV) {
        buf_.append(fld.name);
        buf_.push_back(':');
      }
      Val fv{fld.type, v.p + fld.offset, v.ro || !fld.exported};
      // A non-nil interface field prints as its dynamic value.
      if (fld.type->kind == RKind::Interface) {
        Val e = ifaceElem(fv.p, fv.ro);
        if (e.valid()) fv = e;
      }
      printValue(fv, verb, depth + 1);
    }
    buf_.push_back('}');
  }

  void printList(const Val& v, char32_t verb, int depth) {
    const RType* t = v.t;
    bool isSlice = t->kind == RKind::Slice;
    const uint8_t* base;
    int64_t n;
    GoPtr slicePtr = 0;
    if (isSlice) {
      GoSlice s = rt::load<GoSlice>(v.p);
      base = s.data();
      n = s.len;
      slicePtr = s.ptr;
    } else {
      base = v.p;
      n = t->len;
    }
    // Byte slices and arrays under %s %q %x %X print as bytes.
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && t->elem->kind == RKind::Uint8) {
      fmtBytes(bytesOf(v), isSlice && slicePtr == 0, verb, t->name, v);
      return;
    }
    if (fmt_.f.sharpV) {
      buf_.append(t->name);
      if (isSlice && slicePtr == 0) {
        buf_.append("(nil)");
        return;
      }
      buf_.push_back('{');
      for (int64_t k = 0; k < n; k++) {
        if (k > 0) buf_.append(", ");
        printValue(Val{t->elem, base + k * t->elem->size, v.ro}, verb, depth + 1);
      }
      buf_.push_back('}');
    } else {
      buf_.push_back('[');
      for (int64_t k = 0; k < n; k++) {
        if (k > 0) buf_.push_back(' ');
        printValue(Val{t->elem, base + k * t->elem->size, v.ro}, verb, depth + 1);
      }
      buf_.push_back(']');
    }
  }

  std::string& buf_;
  Fmt fmt_;
  ValueAccess* access_;
  Val arg_;
  Val value_;
  bool reordered_ = false;
  bool goodArgNum_ = true;
  bool erroring_ = false;
  bool wrapErrs_ = false;
  std::vector<int>* wrapped_ = nullptr;
};

}  // namespace

void appendPrintf(std::string* out, ValueAccess* access, std::string_view format, const rt::GoIface* args,
                  size_t nargs, const PrintfOptions& options) {
  Printer p(out, access);
  p.setWrapErrors(options.wrapErrors, options.wrapped);
  p.doPrintf(format, args, nargs);
}

void appendPrint(std::string* out, ValueAccess* access, const rt::GoIface* args, size_t nargs) {
  Printer p(out, access);
  p.doPrint(args, nargs);
}

void appendPrintln(std::string* out, ValueAccess* access, const rt::GoIface* args, size_t nargs) {
  Printer p(out, access);
  p.doPrintln(args, nargs);
}

std::string Sprintf(ValueAccess* access, std::string_view format, const rt::GoIface* args, size_t nargs) {
  std::string s;
  appendPrintf(&s, access, format, args, nargs);
  return s;
}

std::string Sprint(ValueAccess* access, const rt::GoIface* args, size_t nargs) {
  std::string s;
  appendPrint(&s, access, args, nargs);
  return s;
}

std::string Sprintln(ValueAccess* access, const rt::GoIface* args, size_t nargs) {
  std::string s;
  appendPrintln(&s, access, args, nargs);
  return s;
}

}  // namespace gs::lib
