// The Go lexer (see lexer.h for what it guarantees).
//
// The lexer reads the file one code point at a time (nextch); the token
// functions below look only at the current character. Errors and their
// positions follow cmd/compile's scanner, because syntax-error golden files
// quote them verbatim: an error "at the current character" points at ch_,
// an error "at offset k" points k bytes after the token's first byte.
#include "core/syntax/lexer.h"

#include <algorithm>
#include <cstdio>

namespace gs::syntax {

namespace {

struct RuneRange {
  int32_t lo, hi;
};

#include "core/syntax/unicode_tables.inc"

template <size_t N>
bool inTable(const RuneRange (&table)[N], int32_t r) {
  const RuneRange* end = table + N;
  const RuneRange* it =
      std::upper_bound(table, end, r, [](int32_t v, const RuneRange& rr) { return v < rr.lo; });
  return it != table && r <= (it - 1)->hi;
}

constexpr int32_t kMaxRune = 0x10FFFF;
constexpr int32_t kRuneError = 0xFFFD;

int32_t lower(int32_t ch) { return ('a' - 'A') | ch; }  // lower-case iff ch is an ASCII letter
bool isAsciiLetter(int32_t ch) { return ('a' <= lower(ch) && lower(ch) <= 'z') || ch == '_'; }
bool isDecimal(int32_t ch) { return '0' <= ch && ch <= '9'; }
bool isHex(int32_t ch) { return isDecimal(ch) || ('a' <= lower(ch) && lower(ch) <= 'f'); }

const char* baseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
  }
}

// The keyword spelled s, or Ident.
Tok keyword(std::string_view s) {
  if (s.size() < 2 || s.size() > 11) return Tok::Ident;
  switch (s[0]) {
    case 'b':
      if (s == "break") return Tok::Break;
      break;
    case 'c':
      if (s == "case") return Tok::Case;
      if (s == "chan") return Tok::Chan;
      if (s == "const") return Tok::Const;
      if (s == "continue") return Tok::Continue;
      break;
    case 'd':
      if (s == "default") return Tok::Default;
      if (s == "defer") return Tok::Defer;
      break;
    case 'e':
      if (s == "else") return Tok::Else;
      break;
    case 'f':
      if (s == "for") return Tok::For;
      if (s == "func") return Tok::Func;
      if (s == "fallthrough") return Tok::Fallthrough;
      break;
    case 'g':
      if (s == "go") return Tok::Go;
      if (s == "goto") return Tok::Goto;
      break;
    case 'i':
      if (s == "if") return Tok::If;
      if (s == "import") return Tok::Import;
      if (s == "interface") return Tok::Interface;
      break;
    case 'm':
      if (s == "map") return Tok::Map;
      break;
    case 'p':
      if (s == "package") return Tok::Package;
      break;
    case 'r':
      if (s == "range") return Tok::Range;
      if (s == "return") return Tok::Return;
      break;
    case 's':
      if (s == "select") return Tok::Select;
      if (s == "struct") return Tok::Struct;
      if (s == "switch") return Tok::Switch;
      break;
    case 't':
      if (s == "type") return Tok::Type;
      break;
    case 'v':
      if (s == "var") return Tok::Var;
      break;
  }
  return Tok::Ident;
}

// The byte index of the first misplaced '_' in a number literal, or -1.
// A '_' must sit between two digits, or between the base prefix and a digit.
int invalidSep(std::string_view x) {
  int32_t x1 = ' ';  // the prefix letter; only 'x' matters (hex digits)
  char d = '.';      // class of the previous char: '_', '0' (digit) or '.' (other)
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(static_cast<unsigned char>(x[1]));
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';  // the prefix counts as a digit
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    char p = d;
    int32_t c = static_cast<unsigned char>(x[i]);
    if (c == '_') {
      if (p != '0') return static_cast<int>(i);
      d = '_';
    } else if (isDecimal(c) || (x1 == 'x' && isHex(c))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<int>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<int>(x.size()) - 1;
  return -1;
}

}  // namespace

bool isUnicodeLetter(int32_t r) {
  if (r < 0x80) return r >= 0 && ('a' <= lower(r) && lower(r) <= 'z');
  return inTable(kLetters, r);
}

bool isUnicodeDigit(int32_t r) {
  if (r < 0x80) return isDecimal(r);
  return inTable(kDigits, r);
}

bool isUnicodePrint(int32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  return inTable(kPrint, r);
}

void appendUtf8(std::string* out, int32_t r) {
  if (r < 0 || r > kMaxRune || (r >= 0xD800 && r < 0xE000)) r = kRuneError;
  if (r < 0x80) {
    out->push_back(static_cast<char>(r));
  } else if (r < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (r >> 6)));
    out->push_back(static_cast<char>(0x80 | (r & 0x3F)));
  } else if (r < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (r >> 12)));
    out->push_back(static_cast<char>(0x80 | ((r >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (r & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (r >> 18)));
    out->push_back(static_cast<char>(0x80 | ((r >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((r >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (r & 0x3F)));
  }
}

int32_t decodeUtf8(std::string_view s, size_t* width) {
  *width = 1;
  if (s.empty()) return kRuneError;
  auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char c = b(0);
  if (c < 0x80) return c;
  auto cont = [&](size_t i) { return i < s.size() && (b(i) & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) {
    if (!cont(1)) return kRuneError;
    *width = 2;
    return ((c & 0x1F) << 6) | (b(1) & 0x3F);
  }
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return kRuneError;
    int32_t r = ((c & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
    if (r < 0x800 || (r >= 0xD800 && r < 0xE000)) return kRuneError;  // overlong or surrogate
    *width = 3;
    return r;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return kRuneError;
    int32_t r = ((c & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
    if (r < 0x10000 || r > kMaxRune) return kRuneError;
    *width = 4;
    return r;
  }
  return kRuneError;
}

std::string formatRuneU(int32_t r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(r));
  std::string s = buf;
  if (r >= 0 && r <= kMaxRune && isUnicodePrint(r)) {
    s += " '";
    appendUtf8(&s, r);
    s += '\'';
  }
  return s;
}

std::string quoteRune(int32_t r) {
  if (r < 0 || r > kMaxRune || (r >= 0xD800 && r < 0xE000)) r = kRuneError;
  std::string s = "'";
  char buf[16];
  switch (r) {
    case '\'': s += "\\'"; break;
    case '\\': s += "\\\\"; break;
    case '\a': s += "\\a"; break;
    case '\b': s += "\\b"; break;
    case '\f': s += "\\f"; break;
    case '\n': s += "\\n"; break;
    case '\r': s += "\\r"; break;
    case '\t': s += "\\t"; break;
    case '\v': s += "\\v"; break;
    default:
      if (isUnicodePrint(r)) {
        appendUtf8(&s, r);
      } else if (r < ' ' || r == 0x7F) {
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(r));
        s += buf;
      } else if (r < 0x10000) {
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(r));
        s += buf;
      } else {
        std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(r));
        s += buf;
      }
  }
  s += '\'';
  return s;
}

// ---------------------------------------------------------------------------
// Lexer

Lexer::Lexer(const SourceSet& sources, int32_t fileIndex, Diagnostics& diags)
    : src_(sources.file(fileIndex).text), file_(fileIndex), diags_(diags) {
  chw_ = 0;
  nextch();
}

std::vector<std::string> Lexer::takeDirectives() {
  std::vector<std::string> d;
  d.swap(directives_);
  return d;
}

void Lexer::seek(const Mark& m) {
  chOff_ = m.offset;
  line_ = m.line;
  lineStart_ = m.lineStart;
  ch_ = ' ';
  chw_ = 0;
  nlsemi_ = false;
  nextch();
}

bool Lexer::skipBlock() {
  size_t i = chOff_, n = src_.size();
  int32_t line = line_;
  size_t lineStart = lineStart_;
  auto newline = [&](size_t at) {
    line++;
    lineStart = at + 1;
  };
  // The rest of a quoted literal ("..." or '...'), which cannot span lines.
  auto quoted = [&](char q) {
    for (i++; i < n && src_[i] != q && src_[i] != '\n'; i++)
      if (src_[i] == '\\') i++;
    if (i < n && src_[i] == q) i++;
  };
  int depth = 1;
  while (i < n) {
    char c = src_[i];
    if (c == '\n') {
      newline(i);
      i++;
    } else if (c == '{') {
      depth++;
      i++;
    } else if (c == '}') {
      i++;
      if (--depth == 0) break;
    } else if (c == '"' || c == '\'') {
      quoted(c);
    } else if (c == '`') {
      for (i++; i < n && src_[i] != '`'; i++)
        if (src_[i] == '\n') newline(i);
      i++;
    } else if (c == '/' && i + 1 < n && src_[i + 1] == '/') {
      while (i < n && src_[i] != '\n') i++;
    } else if (c == '/' && i + 1 < n && src_[i + 1] == '*') {
      for (i += 2; i + 1 < n && !(src_[i] == '*' && src_[i + 1] == '/'); i++)
        if (src_[i] == '\n') newline(i);
      i += 2;
    } else {
      i++;
    }
  }
  if (depth != 0) return false;
  seek(Mark{i, line, lineStart});
  nlsemi_ = true;
  return true;
}

Pos Lexer::posOf(size_t offset) const {
  return Pos{file_, line_, static_cast<int32_t>(offset - lineStart_ + 1)};
}

void Lexer::error(std::string msg) {
  errors_++;
  diags_.error(posOf(chOff_), std::move(msg));
}

void Lexer::errorAt(int32_t offset, std::string msg) {
  errors_++;
  Pos p = tok_.pos;
  p.col += offset;
  diags_.error(p, std::move(msg));
}

// Advances to the next code point, skipping (after reporting) NUL bytes,
// invalid UTF-8 and byte-order marks, as cmd/compile's source reader does.
void Lexer::nextch() {
  for (;;) {
    if (ch_ == '\n') {
      line_++;
      lineStart_ = chOff_ + chw_;
    }
    chOff_ += chw_;
    if (chOff_ >= src_.size()) {
      chOff_ = src_.size();
      ch_ = -1;
      chw_ = 0;
      return;
    }
    unsigned char c = static_cast<unsigned char>(src_[chOff_]);
    if (c < 0x80) {
      ch_ = c;
      chw_ = 1;
      // (cmd/compile's reader misses a NUL that is the file's first byte;
      // the scanner then calls it an "invalid character U+0000".)
      if (c != 0 || chOff_ == 0) return;
      error("invalid NUL character");
      continue;
    }
    size_t w;
    ch_ = decodeUtf8(src_.substr(chOff_), &w);
    chw_ = w;
    if (ch_ == kRuneError && w == 1) {
      error("invalid UTF-8 encoding");
      continue;
    }
    if (ch_ == 0xFEFF) {  // a BOM is only allowed as the very first character
      if (chOff_ > 0) error("invalid BOM in the middle of the file");
      continue;
    }
    return;
  }
}

void Lexer::setLit(Tok kind, bool ok) {
  nlsemi_ = true;
  tok_.tok = kind;
  tok_.lit = src_.substr(tokStart_, chOff_ - tokStart_);
  tok_.bad = !ok;
}

void Lexer::next() {
  bool nlsemi = nlsemi_;
  nlsemi_ = false;
  tok_.bad = false;
  tok_.lit = std::string_view();

  for (;;) {  // once per token; comments and invalid characters loop
    while (ch_ == ' ' || ch_ == '\t' || (ch_ == '\n' && !nlsemi) || ch_ == '\r') nextch();

    tokStart_ = chOff_;
    tok_.pos = posOf(chOff_);
    if (isAsciiLetter(ch_) || (ch_ >= 0x80 && atIdentChar(true))) {
      nextch();
      ident();
      return;
    }

    Tok t;
    switch (ch_) {
      case -1:
        if (nlsemi) {
          tok_.lit = "EOF";
          tok_.tok = Tok::Semicolon;
        } else {
          tok_.tok = Tok::EOF_;
        }
        return;
      case '\n':
        nextch();
        tok_.lit = "newline";
        tok_.tok = Tok::Semicolon;
        return;
      case '0': case '1': case '2': case '3': case '4':
      case '5': case '6': case '7': case '8': case '9':
        number(false);
        return;
      case '"':
        stdString();
        return;
      case '`':
        rawString();
        return;
      case '\'':
        rune();
        return;
      case '(': nextch(); tok_.tok = Tok::LParen; return;
      case '[': nextch(); tok_.tok = Tok::LBrack; return;
      case '{': nextch(); tok_.tok = Tok::LBrace; return;
      case ',': nextch(); tok_.tok = Tok::Comma; return;
      case ';':
        nextch();
        tok_.lit = "semicolon";
        tok_.tok = Tok::Semicolon;
        return;
      case ')': nextch(); nlsemi_ = true; tok_.tok = Tok::RParen; return;
      case ']': nextch(); nlsemi_ = true; tok_.tok = Tok::RBrack; return;
      case '}': nextch(); nlsemi_ = true; tok_.tok = Tok::RBrace; return;
      case ':':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok_.tok = Tok::Define;
        } else {
          tok_.tok = Tok::Colon;
        }
        return;
      case '.':
        nextch();
        if (isDecimal(ch_)) {
          number(true);
          return;
        }
        // "..." or "."; ".." is two periods, so peek before consuming.
        if (ch_ == '.' && chOff_ + 1 < src_.size() && src_[chOff_ + 1] == '.') {
          nextch();
          nextch();
          tok_.tok = Tok::Ellipsis;
          return;
        }
        if (ch_ == '.' && chOff_ + 1 < src_.size() && src_[chOff_ + 1] == '\n') {
          // cmd/compile's scanner backs up over ".." by re-reading; when a
          // newline follows, that miscounts one extra line and restarts the
          // columns with the first '.' in column 1. Later positions in the
          // file are all one line further and error messages show it; so do
          // we.
          line_++;
          lineStart_ = chOff_ - 1;
        }
        tok_.tok = Tok::Period;
        return;
      case '+':
        nextch();
        if (ch_ == '+') {
          nextch();
          nlsemi_ = true;
          tok_.tok = Tok::Inc;
          return;
        }
        t = Tok::Add;
        break;
      case '-':
        nextch();
        if (ch_ == '-') {
          nextch();
          nlsemi_ = true;
          tok_.tok = Tok::Dec;
          return;
        }
        t = Tok::Sub;
        break;
      case '*': nextch(); t = Tok::Mul; break;
      case '/':
        nextch();
        if (ch_ == '/') {
          nextch();
          lineComment();
          continue;
        }
        if (ch_ == '*') {
          nextch();
          int32_t startLine = tok_.pos.line;
          skipBlockComment();
          // A comment spanning lines acts like a newline.
          if (line_ > startLine && nlsemi) {
            tok_.lit = "newline";
            tok_.tok = Tok::Semicolon;
            return;
          }
          continue;
        }
        t = Tok::Quo;
        break;
      case '%': nextch(); t = Tok::Rem; break;
      case '&':
        nextch();
        if (ch_ == '&') {
          nextch();
          tok_.tok = Tok::LAnd;
          return;
        }
        t = Tok::And;
        if (ch_ == '^') {
          nextch();
          t = Tok::AndNot;
        }
        break;
      case '|':
        nextch();
        if (ch_ == '|') {
          nextch();
          tok_.tok = Tok::LOr;
          return;
        }
        t = Tok::Or;
        break;
      case '^': nextch(); t = Tok::Xor; break;
      case '<':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok_.tok = Tok::Leq;
          return;
        }
        if (ch_ == '<') {
          nextch();
          t = Tok::Shl;
          break;
        }
        if (ch_ == '-') {
          nextch();
          tok_.tok = Tok::Arrow;
          return;
        }
        tok_.tok = Tok::Lss;
        return;
      case '>':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok_.tok = Tok::Geq;
          return;
        }
        if (ch_ == '>') {
          nextch();
          t = Tok::Shr;
          break;
        }
        tok_.tok = Tok::Gtr;
        return;
      case '=':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok_.tok = Tok::Eql;
          return;
        }
        tok_.tok = Tok::Assign;
        return;
      case '!':
        nextch();
        if (ch_ == '=') {
          nextch();
          tok_.tok = Tok::Neq;
          return;
        }
        tok_.tok = Tok::Not;
        return;
      case '~': nextch(); tok_.tok = Tok::Tilde; return;
      default:
        error("invalid character " + formatRuneU(ch_));
        nextch();
        continue;
    }

    // t is an operator that has an op-assignment form (x op= y).
    if (ch_ == '=') {
      nextch();
      switch (t) {
        case Tok::Add: t = Tok::AddAssign; break;
        case Tok::Sub: t = Tok::SubAssign; break;
        case Tok::Mul: t = Tok::MulAssign; break;
        case Tok::Quo: t = Tok::QuoAssign; break;
        case Tok::Rem: t = Tok::RemAssign; break;
        case Tok::And: t = Tok::AndAssign; break;
        case Tok::Or: t = Tok::OrAssign; break;
        case Tok::Xor: t = Tok::XorAssign; break;
        case Tok::Shl: t = Tok::ShlAssign; break;
        case Tok::Shr: t = Tok::ShrAssign; break;
        case Tok::AndNot: t = Tok::AndNotAssign; break;
        default: break;
      }
    }
    tok_.tok = t;
    return;
  }
}

void Lexer::ident() {
  while (isAsciiLetter(ch_) || isDecimal(ch_)) nextch();  // fast path for ASCII
  if (ch_ >= 0x80) {
    while (atIdentChar(false)) nextch();
  }
  std::string_view lit = src_.substr(tokStart_, chOff_ - tokStart_);
  Tok kw = keyword(lit);
  if (kw != Tok::Ident) {
    nlsemi_ = kw == Tok::Break || kw == Tok::Continue || kw == Tok::Fallthrough || kw == Tok::Return;
    tok_.tok = kw;
    return;
  }
  nlsemi_ = true;
  tok_.lit = lit;
  tok_.tok = Tok::Ident;
}

// Whether ch_ may continue (or, if first, start) an identifier. Like Go,
// any non-ASCII character is accepted after reporting an error, so a stray
// `“` does not split an identifier into several tokens.
bool Lexer::atIdentChar(bool first) {
  if (isAsciiLetter(ch_) || (ch_ >= 0x80 && isUnicodeLetter(ch_))) return true;
  if (isUnicodeDigit(ch_)) {
    if (first) error("identifier cannot begin with digit " + formatRuneU(ch_));
    return true;
  }
  if (ch_ >= 0x80) {
    error("invalid character " + formatRuneU(ch_) + " in identifier");
    return true;
  }
  return false;
}

// Scans { digit | '_' }. For base <= 10 any decimal digit is accepted but
// the offset of the first digit >= base is recorded in *invalid. Returns bit
// 0 set if there were digits, bit 1 if there were separators.
int Lexer::digits(int base, int32_t* invalid) {
  int digsep = 0;
  if (base <= 10) {
    int32_t max = '0' + base;
    while (isDecimal(ch_) || ch_ == '_') {
      int ds = 1;
      if (ch_ == '_') {
        ds = 2;
      } else if (ch_ >= max && invalid && *invalid < 0) {
        *invalid = static_cast<int32_t>(chOff_ - tokStart_);
      }
      digsep |= ds;
      nextch();
    }
  } else {
    while (isHex(ch_) || ch_ == '_') {
      digsep |= ch_ == '_' ? 2 : 1;
      nextch();
    }
  }
  return digsep;
}

// int_lit, float_lit and imaginary_lit, with Go's diagnostics for malformed
// literals. seenPoint: the literal started with '.' (already consumed).
void Lexer::number(bool seenPoint) {
  bool ok = true;
  Tok kind = Tok::Int;
  int base = 10;
  char prefix = 0;  // 0 (decimal), '0' (legacy octal), 'x', 'o' or 'b'
  int digsep = 0;
  int32_t invalid = -1;

  if (!seenPoint) {
    if (ch_ == '0') {
      nextch();
      switch (lower(ch_)) {
        case 'x': nextch(); base = 16; prefix = 'x'; break;
        case 'o': nextch(); base = 8; prefix = 'o'; break;
        case 'b': nextch(); base = 2; prefix = 'b'; break;
        default: base = 8; prefix = '0'; digsep = 1;  // the leading 0 is a digit
      }
    }
    digsep |= digits(base, &invalid);
    if (ch_ == '.') {
      if (prefix == 'o' || prefix == 'b') {
        error(std::string("invalid radix point in ") + baseName(base) + " literal");
        ok = false;
      }
      nextch();
      seenPoint = true;
    }
  }

  if (seenPoint) {
    kind = Tok::Float;
    digsep |= digits(base, &invalid);
  }

  if ((digsep & 1) == 0 && ok) {
    error(std::string(baseName(base)) + " literal has no digits");
    ok = false;
  }

  int32_t e = lower(ch_);
  if (e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        error(quoteRune(ch_) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        error(quoteRune(ch_) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    nextch();
    kind = Tok::Float;
    if (ch_ == '+' || ch_ == '-') nextch();
    int ds = digits(10, nullptr);
    digsep = ds | (digsep & 2);  // keep the separator bit
    if ((ds & 1) == 0 && ok) {
      error("exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && kind == Tok::Float && ok) {
    error("hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }

  if (ch_ == 'i') {
    kind = Tok::Imag;
    nextch();
  }

  setLit(kind, ok);

  if (kind == Tok::Int && invalid >= 0 && ok) {
    errorAt(invalid, "invalid digit " + quoteRune(static_cast<unsigned char>(tok_.lit[invalid])) +
                         " in " + baseName(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) && ok) {
    int i = invalidSep(tok_.lit);
    if (i >= 0) {
      errorAt(i, "'_' must separate successive digits");
      ok = false;
    }
  }
  tok_.bad = !ok;
}

// rune_lit (the opening quote is ch_).
void Lexer::rune() {
  bool ok = true;
  nextch();
  for (int n = 0;; n++) {
    if (ch_ == '\'') {
      if (ok) {
        if (n == 0) {
          error("empty rune literal or unescaped '");
          ok = false;
        } else if (n != 1) {
          errorAt(0, "more than one character in rune literal");
          ok = false;
        }
      }
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('\'')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      if (ok) {
        error("newline in rune literal");
        ok = false;
      }
      break;
    }
    if (ch_ < 0) {
      if (ok) {
        errorAt(0, "rune literal not terminated");
        ok = false;
      }
      break;
    }
    nextch();
  }
  setLit(Tok::Char, ok);
}

// Interpreted string_lit (the opening quote is ch_).
void Lexer::stdString() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '"') {
      nextch();
      break;
    }
    if (ch_ == '\\') {
      nextch();
      if (!escape('"')) ok = false;
      continue;
    }
    if (ch_ == '\n') {
      error("newline in string");
      ok = false;
      break;
    }
    if (ch_ < 0) {
      errorAt(0, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  setLit(Tok::String, ok);
}

// Raw string_lit; may span lines. Carriage returns stay in the token text
// (unquoteString drops them from the value).
void Lexer::rawString() {
  bool ok = true;
  nextch();
  for (;;) {
    if (ch_ == '`') {
      nextch();
      break;
    }
    if (ch_ < 0) {
      errorAt(0, "string not terminated");
      ok = false;
      break;
    }
    nextch();
  }
  setLit(Tok::String, ok);
}

// An escape sequence after '\\' (ch_ is the character after the backslash).
// Returns false after reporting a malformed escape. At the end of the file it
// returns true: the caller reports the unterminated literal.
bool Lexer::escape(char quote) {
  int n;
  uint32_t base, max;
  if (ch_ == quote) {
    nextch();
    return true;
  }
  switch (ch_) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
      nextch();
      return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
      n = 3, base = 8, max = 255;
      break;
    case 'x':
      nextch();
      n = 2, base = 16, max = 255;
      break;
    case 'u':
      nextch();
      n = 4, base = 16, max = kMaxRune;
      break;
    case 'U':
      nextch();
      n = 8, base = 16, max = kMaxRune;
      break;
    default:
      if (ch_ < 0) return true;
      error("unknown escape");
      return false;
  }

  uint32_t x = 0;
  for (int i = n; i > 0; i--) {
    if (ch_ < 0) return true;
    uint32_t d = base;
    if (isDecimal(ch_)) {
      d = static_cast<uint32_t>(ch_ - '0');
    } else if ('a' <= lower(ch_) && lower(ch_) <= 'f') {
      d = static_cast<uint32_t>(lower(ch_) - 'a' + 10);
    }
    if (d >= base) {
      error("invalid character " + quoteRune(ch_) + " in " + baseName(static_cast<int>(base)) +
            " escape");
      return false;
    }
    x = x * base + d;
    nextch();
  }

  if (x > max && base == 8) {
    error("octal escape value " + std::to_string(x) + " > 255");
    return false;
  }
  if (x > max || (0xD800 <= x && x < 0xE000)) {
    error("escape is invalid Unicode code point " + formatRuneU(static_cast<int32_t>(x)));
    return false;
  }
  return true;
}

// A `//` comment (both slashes consumed). The newline is left for next(),
// which may turn it into a semicolon. `//go:` directives are remembered.
void Lexer::lineComment() {
  size_t start = tokStart_;
  bool directive = src_.substr(chOff_, 3) == "go:";
  while (ch_ >= 0 && ch_ != '\n') nextch();
  if (directive) {
    std::string_view text = src_.substr(start, chOff_ - start);
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    directives_.emplace_back(text);
  }
}

// A `/* */` comment (the opening consumed).
bool Lexer::skipBlockComment() {
  while (ch_ >= 0) {
    while (ch_ == '*') {
      nextch();
      if (ch_ == '/') {
        nextch();
        return true;
      }
    }
    nextch();
  }
  errorAt(0, "comment not terminated");
  return false;
}

// ---------------------------------------------------------------------------
// Literal values

namespace {

int hexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes one character or escape of an interpreted literal at s[*i].
// Escapes \x and octal give a single byte (*isByte set); others a code point.
bool decodeChar(std::string_view s, size_t* i, char quote, int32_t* value, bool* isByte) {
  *isByte = false;
  if (*i >= s.size()) return false;
  unsigned char c = static_cast<unsigned char>(s[*i]);
  if (c == '\n') return false;
  if (c != '\\') {
    size_t w;
    *value = decodeUtf8(s.substr(*i), &w);
    *i += w;
    return true;
  }
  if (++*i >= s.size()) return false;
  char e = s[(*i)++];
  switch (e) {
    case 'a': *value = '\a'; return true;
    case 'b': *value = '\b'; return true;
    case 'f': *value = '\f'; return true;
    case 'n': *value = '\n'; return true;
    case 'r': *value = '\r'; return true;
    case 't': *value = '\t'; return true;
    case 'v': *value = '\v'; return true;
    case '\\': *value = '\\'; return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      int32_t v = e - '0';
      for (int k = 0; k < 2; k++) {
        if (*i >= s.size() || s[*i] < '0' || s[*i] > '7') return false;
        v = v * 8 + (s[(*i)++] - '0');
      }
      if (v > 255) return false;
      *value = v;
      *isByte = true;
      return true;
    }
    case 'x': case 'u': case 'U': {
      int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      int64_t v = 0;
      for (int k = 0; k < n; k++) {
        if (*i >= s.size() || hexVal(s[*i]) < 0) return false;
        v = v * 16 + hexVal(s[(*i)++]);
      }
      if (e == 'x') {
        *value = static_cast<int32_t>(v);
        *isByte = true;
        return true;
      }
      if (v > kMaxRune || (v >= 0xD800 && v < 0xE000)) return false;
      *value = static_cast<int32_t>(v);
      return true;
    }
    default:
      if (e == quote) {
        *value = quote;
        return true;
      }
      return false;
  }
}

}  // namespace

bool unquoteString(std::string_view lit, std::string* out) {
  out->clear();
  if (lit.size() < 2) return false;
  char q = lit.front();
  if (lit.back() != q) return false;
  std::string_view body = lit.substr(1, lit.size() - 2);
  if (q == '`') {
    if (body.find('`') != std::string_view::npos) return false;
    out->reserve(body.size());
    for (char c : body) {
      if (c != '\r') out->push_back(c);
    }
    return true;
  }
  if (q != '"') return false;
  out->reserve(body.size());
  size_t i = 0;
  while (i < body.size()) {
    char c = body[i];
    if (c == '"') return false;
    if (c != '\\' && c != '\n') {  // copy plain bytes verbatim, even invalid UTF-8
      out->push_back(c);
      i++;
      continue;
    }
    int32_t v;
    bool isByte;
    if (!decodeChar(body, &i, '"', &v, &isByte)) return false;
    if (isByte) {
      out->push_back(static_cast<char>(v));
    } else {
      appendUtf8(out, v);
    }
  }
  return true;
}

bool unquoteChar(std::string_view lit, int32_t* rune) {
  if (lit.size() < 3 || lit.front() != '\'' || lit.back() != '\'') return false;
  std::string_view body = lit.substr(1, lit.size() - 2);
  size_t i = 0;
  bool isByte;
  if (body[0] == '\'') return false;
  if (!decodeChar(body, &i, '\'', rune, &isByte)) return false;
  return i == body.size();
}

}  // namespace gs::syntax
