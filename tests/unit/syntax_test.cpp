// Unit tests for core/syntax: lexer, parser, AST dump, diagnostics.
//
// Expected syntax-error texts come from real Go 1.23 (`go build` of each
// source, or cmd/compile's own parser for lexical and parse-only cases);
// expected trees were checked against Go's parser (cmd/compile/internal/
// syntax) by converting its tree to our dump format.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/syntax/astdump.h"
#include "core/syntax/lexer.h"
#include "core/syntax/parser.h"
#include "core/lib/prelude.h"

using namespace gs::syntax;

namespace {

// ---------------------------------------------------------------------------
// Helpers

struct Parsed {
  SourceSet sources;
  AstArena arena;
  Diagnostics diags;
  File* file = nullptr;
  std::string errors() const { return diags.formatAll(sources); }
};

std::unique_ptr<Parsed> parse(const std::string& src) {
  auto p = std::make_unique<Parsed>();
  int32_t fi = p->sources.add(SourceFile{"./prog.go", src, false});
  p->file = parseFile(p->arena, p->sources, fi, p->diags);
  return p;
}

// All tokens of src: names as "name:x", literals as "lit:42", semicolons
// with their text (";newline"), others spelled.
std::string lex(const std::string& src, std::string* errors = nullptr) {
  SourceSet sources;
  int32_t fi = sources.add(SourceFile{"./prog.go", src, false});
  Diagnostics diags;
  Lexer lx(sources, fi, diags);
  std::string out;
  for (int guard = 0; guard < 10000; guard++) {
    lx.next();
    const Token& t = lx.token();
    if (!out.empty()) out += ' ';
    switch (t.tok) {
      case Tok::Ident:
        out += "name:" + std::string(t.lit);
        break;
      case Tok::Int:
      case Tok::Float:
      case Tok::Imag:
      case Tok::Char:
      case Tok::String:
        out += "lit:" + std::string(t.lit);
        break;
      case Tok::Semicolon:
        out += ";" + std::string(t.lit);
        break;
      default:
        out += std::string(tokSpelling(t.tok));
    }
    if (t.tok == Tok::EOF_) break;
  }
  if (errors) *errors = diags.formatAll(sources);
  return out;
}

Token firstToken(const std::string& src) {
  static SourceSet* keep = nullptr;  // tokens view the source text
  static Diagnostics* diags = nullptr;
  delete keep;
  delete diags;
  keep = new SourceSet;
  diags = new Diagnostics;
  int32_t fi = keep->add(SourceFile{"./prog.go", src, false});
  Lexer lx(*keep, fi, *diags);
  lx.next();
  return lx.token();
}

std::string dumpExpr(const std::string& src) {
  auto p = parse("package p\n\nvar _ = " + src + "\n");
  EXPECT_EQ(p->errors(), "") << src;
  auto* g = p->file->decls.back()->as<GenDecl>();
  return dumpAst(g->specs[0]->as<ValueSpec>()->values[0]);
}

std::string dumpStmts(const std::string& src) {
  auto p = parse("package p\n\nfunc _() {\n" + src + "\n}\n");
  EXPECT_EQ(p->errors(), "") << src;
  std::string out;
  for (Stmt* s : p->file->decls.back()->as<FuncDecl>()->body->list) {
    if (!out.empty()) out += '\n';
    out += dumpAst(s);
  }
  return out;
}

std::string dumpDecls(const std::string& src) {
  auto p = parse("package p\n\n" + src + "\n");
  EXPECT_EQ(p->errors(), "") << src;
  std::string out;
  for (Decl* d : p->file->decls) {
    if (!out.empty()) out += '\n';
    out += dumpAst(d);
  }
  return out;
}

// The statements of the body of the last function in a parsed file.
std::vector<Stmt*>& bodyOf(Parsed& p) { return p.file->decls.back()->as<FuncDecl>()->body->list; }

std::string posStr(Pos p) { return std::to_string(p.line) + ":" + std::to_string(p.col); }

// ---------------------------------------------------------------------------
// Tokens and automatic semicolons

TEST(Lexer, Tokens) {
  EXPECT_EQ(lex("package main"), "package name:main ;EOF EOF");
  EXPECT_EQ(lex("x := a + b*c\n"), "name:x := name:a + name:b * name:c ;newline EOF");
  EXPECT_EQ(lex("a&^=b<<=c>>=d&&e||f<-g"), "name:a &^= name:b <<= name:c >>= name:d && name:e || name:f <- name:g ;EOF EOF");
  EXPECT_EQ(lex("+= -= *= /= %= &= |= ^= ++ -- == != <= >= < > = ! ~ ... . , ; : :="),
            "+= -= *= /= %= &= |= ^= ++ -- == != <= >= < > = ! ~ ... . , ;semicolon : := EOF");
  EXPECT_EQ(lex("( ) [ ] { }"), "( ) [ ] { } ;EOF EOF");
  EXPECT_EQ(lex("x.y .. z"), "name:x . name:y . . name:z ;EOF EOF");
  EXPECT_EQ(lex("break case chan const continue default defer else fallthrough for func go goto if "
                "import interface map package range return select struct switch type var"),
            "break case chan const continue default defer else fallthrough for func go goto if "
            "import interface map package range return select struct switch type var EOF");
  EXPECT_EQ(lex("_x9 ÿ π日本"), "name:_x9 name:ÿ name:π日本 ;EOF EOF");
}

TEST(Lexer, AutomaticSemicolons) {
  // After identifiers, literals, the four keywords, ++ --, and closers.
  EXPECT_EQ(lex("x\n1\n'a'\n\"s\"\n`r`\n"),
            "name:x ;newline lit:1 ;newline lit:'a' ;newline lit:\"s\" ;newline lit:`r` ;newline EOF");
  EXPECT_EQ(lex("break\ncontinue\nfallthrough\nreturn\n"),
            "break ;newline continue ;newline fallthrough ;newline return ;newline EOF");
  EXPECT_EQ(lex("x++\ny--\n)\n]\n}\n"),
            "name:x ++ ;newline name:y -- ;newline ) ;newline ] ;newline } ;newline EOF");
  // Not after operators, openers, commas or other keywords.
  EXPECT_EQ(lex("a +\nb (\n[\n{\n,\nfunc\nif\n"), "name:a + name:b ( [ { , func if EOF");
  // At the end of the file.
  EXPECT_EQ(lex("x"), "name:x ;EOF EOF");
  EXPECT_EQ(lex("x\n"), "name:x ;newline EOF");
  EXPECT_EQ(lex("x\n\n\n"), "name:x ;newline EOF");
}

TEST(Lexer, Comments) {
  EXPECT_EQ(lex("x // comment\ny"), "name:x ;newline name:y ;EOF EOF");
  EXPECT_EQ(lex("x /* c */ y"), "name:x name:y ;EOF EOF");
  // A general comment containing a newline acts like a newline.
  EXPECT_EQ(lex("x /* a\nb */ y"), "name:x ;newline name:y ;EOF EOF");
  EXPECT_EQ(lex("x /*\n*/"), "name:x ;newline EOF");
  EXPECT_EQ(lex("+ /* a\nb */ y"), "+ name:y ;EOF EOF");
  EXPECT_EQ(lex("x // only comment"), "name:x ;EOF EOF");
  // The semicolon of a multi-line comment is at the comment.
  auto p = parse("package p\nvar x = 1 /* a\n*/ var y = 2\n");
  EXPECT_EQ(p->errors(), "");
}

TEST(Lexer, ByteOrderMark) {
  std::string errs;
  EXPECT_EQ(lex("\xEF\xBB\xBFpackage p", &errs), "package name:p ;EOF EOF");
  EXPECT_EQ(errs, "");
  EXPECT_EQ(lex("x \xEF\xBB\xBF y", &errs), "name:x name:y ;EOF EOF");
  EXPECT_EQ(errs, "./prog.go:1:3: invalid BOM in the middle of the file\n");
  auto p = parse("\xEF\xBB\xBFpackage main\n\nfunc main() {}\n");
  EXPECT_EQ(p->errors(), "");
  EXPECT_EQ(posStr(p->file->pos), "1:4");  // columns count bytes, the BOM included
}

TEST(Lexer, Positions) {
  SourceSet sources;
  sources.add(SourceFile{"./prog.go", "a\tb\né := `x\ny` z\n", false});
  Diagnostics diags;
  Lexer lx(sources, 0, diags);
  std::vector<std::string> got;
  for (lx.next(); lx.token().tok != Tok::EOF_; lx.next()) {
    got.push_back(std::string(tokSpelling(lx.token().tok)) + "@" + posStr(lx.token().pos));
  }
  // Byte columns: the tab is one column, é two.
  std::vector<std::string> want = {"name@1:1", "name@1:3", ";@1:4", "name@2:1", ":=@2:4",
                                   "literal@2:7", "name@3:4", ";@3:5"};
  EXPECT_EQ(got, want);
}

TEST(Lexer, Directives) {
  SourceSet sources;
  sources.add(SourceFile{"./prog.go", "//go:noinline\r\n// go:not\n//go:linkname a b\nx", false});
  Diagnostics diags;
  Lexer lx(sources, 0, diags);
  lx.next();
  std::vector<std::string> want = {"//go:noinline", "//go:linkname a b"};
  EXPECT_EQ(lx.takeDirectives(), want);
  EXPECT_TRUE(lx.takeDirectives().empty());
}

// ---------------------------------------------------------------------------
// Literals

TEST(Lexer, LiteralKinds) {
  struct Case {
    const char* src;
    Tok kind;
  };
  const Case cases[] = {
      {"0", Tok::Int},          {"42", Tok::Int},         {"0x1F", Tok::Int},      {"0X1f", Tok::Int},
      {"0o17", Tok::Int},       {"0O17", Tok::Int},       {"017", Tok::Int},       {"0b101", Tok::Int},
      {"0B1", Tok::Int},        {"1_000_000", Tok::Int},  {"0x_1F", Tok::Int},     {"0_17", Tok::Int},
      {"1.5", Tok::Float},      {"1.", Tok::Float},       {".5", Tok::Float},      {"1e3", Tok::Float},
      {"1E-3", Tok::Float},     {"1e+3", Tok::Float},     {"0x1p-2", Tok::Float},  {"0x1.8p1", Tok::Float},
      {"0X.8p0", Tok::Float},   {"1_0.2_5", Tok::Float},  {"089.5", Tok::Float},   {"2i", Tok::Imag},
      {"1.5i", Tok::Imag},      {"0x1p2i", Tok::Imag},    {"0i", Tok::Imag},       {"0123i", Tok::Imag},
      {"1e3i", Tok::Imag},      {"'a'", Tok::Char},       {"'\\n'", Tok::Char},    {"'\\''", Tok::Char},
      {"'\\\\'", Tok::Char},    {"'\\x41'", Tok::Char},   {"'\\101'", Tok::Char},  {"'\\u00e9'", Tok::Char},
      {"'\\U0001F600'", Tok::Char}, {"'é'", Tok::Char},   {"\"\"", Tok::String},   {"\"a\\\"b\"", Tok::String},
      {"\"\\t\\u00e9\"", Tok::String}, {"`raw`", Tok::String}, {"`a\nb`", Tok::String}, {"``", Tok::String},
  };
  for (const Case& c : cases) {
    Token t = firstToken(c.src);
    EXPECT_EQ(t.tok, c.kind) << c.src;
    EXPECT_EQ(t.lit, c.src) << "the token text is the source text";
    EXPECT_FALSE(t.bad) << c.src;
  }
  // The literal text lands in BasicLit::value unchanged.
  auto p = parse("package p\n\nvar x = 0x_1F\n");
  auto* lit = p->file->decls[0]->as<GenDecl>()->specs[0]->as<ValueSpec>()->values[0]->as<BasicLit>();
  ASSERT_NE(lit, nullptr);
  EXPECT_EQ(lit->value, "0x_1F");
  EXPECT_EQ(lit->litKind, Tok::Int);
  EXPECT_FALSE(lit->bad);
}

TEST(Lexer, UnquoteString) {
  std::string s;
  EXPECT_TRUE(unquoteString("\"a\\tb\"", &s));
  EXPECT_EQ(s, "a\tb");
  EXPECT_TRUE(unquoteString("\"\\a\\b\\f\\n\\r\\t\\v\\\\\\\"\"", &s));
  EXPECT_EQ(s, "\a\b\f\n\r\t\v\\\"");
  EXPECT_TRUE(unquoteString("\"\\xff\\377\\000\"", &s));
  EXPECT_EQ(s, std::string("\xff\xff\0", 3));
  EXPECT_TRUE(unquoteString("\"\\u00e9\\U0001F600日本\"", &s));
  EXPECT_EQ(s, "é\xF0\x9F\x98\x80日本");
  EXPECT_TRUE(unquoteString("`a\\n`", &s));
  EXPECT_EQ(s, "a\\n");
  EXPECT_TRUE(unquoteString("`a\r\nb\r`", &s));  // carriage returns are removed
  EXPECT_EQ(s, "a\nb");
  EXPECT_TRUE(unquoteString("\"\"", &s));
  EXPECT_EQ(s, "");
  EXPECT_FALSE(unquoteString("\"\\q\"", &s));
  EXPECT_FALSE(unquoteString("\"\\'\"", &s));
  EXPECT_FALSE(unquoteString("\"\\uD800\"", &s));
  EXPECT_FALSE(unquoteString("\"abc", &s));
  EXPECT_FALSE(unquoteString("'a'", &s));
}

TEST(Lexer, UnquoteChar) {
  int32_t r = 0;
  EXPECT_TRUE(unquoteChar("'a'", &r));
  EXPECT_EQ(r, 'a');
  EXPECT_TRUE(unquoteChar("'\\n'", &r));
  EXPECT_EQ(r, '\n');
  EXPECT_TRUE(unquoteChar("'\\''", &r));
  EXPECT_EQ(r, '\'');
  EXPECT_TRUE(unquoteChar("'\\x41'", &r));
  EXPECT_EQ(r, 0x41);
  EXPECT_TRUE(unquoteChar("'\\377'", &r));
  EXPECT_EQ(r, 255);
  EXPECT_TRUE(unquoteChar("'\\u00e9'", &r));
  EXPECT_EQ(r, 0xE9);
  EXPECT_TRUE(unquoteChar("'é'", &r));
  EXPECT_EQ(r, 0xE9);
  EXPECT_TRUE(unquoteChar("'\\U0001F600'", &r));
  EXPECT_EQ(r, 0x1F600);
  EXPECT_FALSE(unquoteChar("'ab'", &r));
  EXPECT_FALSE(unquoteChar("''", &r));
  EXPECT_FALSE(unquoteChar("'\\\"'", &r));
  EXPECT_FALSE(unquoteChar("'\\400'", &r));
}

TEST(Lexer, RawStringSpanningLines) {
  auto p = parse("package p\n\nvar s = `line1\r\nline2`\nvar t = 1\n");
  EXPECT_EQ(p->errors(), "");
  auto* t = p->file->decls[1]->as<GenDecl>();
  EXPECT_EQ(posStr(t->pos), "5:1");
  auto* lit = p->file->decls[0]->as<GenDecl>()->specs[0]->as<ValueSpec>()->values[0]->as<BasicLit>();
  std::string v;
  ASSERT_TRUE(unquoteString(lit->value, &v));
  EXPECT_EQ(v, "line1\nline2");
}

// Lexical errors, as Go's scanner reports them (each source is
// "package p\n\nvar _ = " + the literal).
TEST(Lexer, Errors) {
  struct Case {
    const char* name;
    std::string body;
    const char* want;
  };
  const Case cases[] = {
      {"octal_digit", "08",
       R"go(./prog.go:3:10: invalid digit '8' in octal literal
)go"},
      {"hex_no_digits", "0x",
       R"go(./prog.go:3:11: hexadecimal literal has no digits
)go"},
      {"exp_no_digits", "1e",
       R"go(./prog.go:3:11: exponent has no digits
)go"},
      {"binary_digit", "0b12",
       R"go(./prog.go:3:12: invalid digit '2' in binary literal
)go"},
      {"sep_double", "1__0",
       R"go(./prog.go:3:11: '_' must separate successive digits
)go"},
      {"sep_trailing", "1_",
       R"go(./prog.go:3:10: '_' must separate successive digits
)go"},
      {"hex_mantissa", "0x1.8",
       R"go(./prog.go:3:14: hexadecimal mantissa requires a 'p' exponent
)go"},
      {"p_exponent_decimal", "1p2",
       R"go(./prog.go:3:10: 'p' exponent requires hexadecimal mantissa
)go"},
      {"e_exponent_hex", "0x1e2 + 0b1e2",
       R"go(./prog.go:3:20: 'e' exponent requires decimal mantissa
)go"},
      {"radix_point_octal", "0o1.2",
       R"go(./prog.go:3:12: invalid radix point in octal literal
)go"},
      {"rune_two", "'ab'",
       R"go(./prog.go:3:9: more than one character in rune literal
)go"},
      {"rune_empty", "''",
       R"go(./prog.go:3:10: empty rune literal or unescaped '
)go"},
      {"rune_newline", R"go('a
)go",
       R"go(./prog.go:3:11: newline in rune literal
)go"},
      {"unknown_escape", R"go("\q")go",
       R"go(./prog.go:3:11: unknown escape
)go"},
      {"bad_hex_escape", R"go("\x4g")go",
       R"go(./prog.go:3:13: invalid character 'g' in hexadecimal escape
)go"},
      {"octal_escape_big", R"go("\400")go",
       R"go(./prog.go:3:14: octal escape value 256 > 255
)go"},
      {"surrogate_escape", R"go("\uD800")go",
       R"go(./prog.go:3:16: escape is invalid Unicode code point U+D800
)go"},
      {"rune_too_big", R"go('\U00110000')go",
       R"go(./prog.go:3:20: escape is invalid Unicode code point U+110000
)go"},
      {"string_newline", R"go("abc
)go",
       R"go(./prog.go:3:13: newline in string
)go"},
      {"raw_eof", "`abc",
       R"go(./prog.go:3:9: string not terminated
)go"},
      {"comment_eof", "1 /* abc",
       R"go(./prog.go:3:11: comment not terminated
)go"},
      {"invalid_char", "1 @ 2",
       R"go(./prog.go:3:11: invalid character U+0040 '@'
./prog.go:3:13: syntax error: unexpected literal 2 after top level declaration
)go"},
      {"smart_quotes", "\xe2\x80\x9chi\xe2\x80\x9d",
       R"go(./prog.go:3:9: invalid character U+201C '“' in identifier
./prog.go:3:14: invalid character U+201D '”' in identifier
)go"},
      {"nul", std::string("1\x00", 2),
       R"go(./prog.go:3:10: invalid NUL character
)go"},
      {"bad_utf8", "1 \xff",
       R"go(./prog.go:3:11: invalid UTF-8 encoding
)go"},
      {"bom_middle", "1\xef\xbb\xbf",
       R"go(./prog.go:3:10: invalid BOM in the middle of the file
)go"},
      {"digit_start", "\xd9\xa3x",
       R"go(./prog.go:3:9: identifier cannot begin with digit U+0663 '٣'
)go"},
  };
  for (const Case& c : cases) {
    auto p = parse("package p\n\nvar _ = " + c.body + "\n");
    EXPECT_EQ(p->errors(), c.want) << c.name;
  }
  // A malformed literal is marked bad for the checker.
  auto p = parse("package p\n\nvar x = 08\n");
  auto* lit = p->file->decls[0]->as<GenDecl>()->specs[0]->as<ValueSpec>()->values[0]->as<BasicLit>();
  ASSERT_NE(lit, nullptr);
  EXPECT_TRUE(lit->bad);
  EXPECT_FALSE(p->diags.hasSyntaxErrors());  // lexical errors do not stop type checking
}

TEST(Lexer, NulBytes) {
  // cmd/compile's reader reports a NUL, except as the file's very first
  // byte, which its scanner calls an invalid character instead.
  std::string errs;
  lex(std::string("x\0y", 3), &errs);
  EXPECT_EQ(errs, "./prog.go:1:2: invalid NUL character\n");
  lex(std::string("\0x", 2), &errs);
  EXPECT_EQ(errs, "./prog.go:1:1: invalid character U+0000\n");
}

TEST(Lexer, RuneFormatting) {
  EXPECT_EQ(formatRuneU('@'), "U+0040 '@'");
  EXPECT_EQ(formatRuneU(0xA0), "U+00A0");
  EXPECT_EQ(formatRuneU(0x1F600), "U+1F600 '\xF0\x9F\x98\x80'");
  EXPECT_EQ(quoteRune('a'), "'a'");
  EXPECT_EQ(quoteRune('\n'), "'\\n'");
  EXPECT_EQ(quoteRune(0), "'\\x00'");
  EXPECT_EQ(quoteRune(0xA0), "'\\u00a0'");
  EXPECT_EQ(quoteRune('\''), "'\\''");
  EXPECT_TRUE(isUnicodeLetter(0x65E5));  // 日
  EXPECT_FALSE(isUnicodeLetter(0x201C));
  EXPECT_TRUE(isUnicodeDigit(0x663));
}

// ---------------------------------------------------------------------------
// Trees: every expression, statement and declaration form

struct AstCase {
  const char* src;
  const char* want;
};

TEST(Parser, Expressions) {
  const AstCase cases[] = {
      {"x",
       "x"},
      {"42",
       "42"},
      {"0x1F",
       "0x1F"},
      {"0o17",
       "0o17"},
      {"017",
       "017"},
      {"0b1010",
       "0b1010"},
      {"1_000_000",
       "1_000_000"},
      {"3.14",
       "3.14"},
      {"1e9",
       "1e9"},
      {".5",
       ".5"},
      {"0x1p-2",
       "0x1p-2"},
      {"2i",
       "2i"},
      {"1.5e3i",
       "1.5e3i"},
      {"'a'",
       "'a'"},
      {R"go('\n')go",
       R"go('\n')go"},
      {R"go('\x41')go",
       R"go('\x41')go"},
      {R"go('\u00e9')go",
       R"go('\u00e9')go"},
      {R"go('\U0001F600')go",
       R"go('\U0001F600')go"},
      {R"go('\377')go",
       R"go('\377')go"},
      {R"go("hello\n")go",
       R"go("hello\n")go"},
      {R"go(`raw\n`)go",
       R"go(`raw\n`)go"},
      {"a + b*c",
       "(+ a (* b c))"},
      {"(a + b) * c",
       "(* (paren (+ a b)) c)"},
      {"a || b && c",
       "(|| a (&& b c))"},
      {"a == b != c",
       "(!= (== a b) c)"},
      {"x << 2 >> 1",
       "(>> (<< x 2) 1)"},
      {"a &^ b",
       "(&^ a b)"},
      {"a % b / c",
       "(/ (% a b) c)"},
      {"-x",
       "(- x)"},
      {"+x",
       "(+ x)"},
      {"!ok",
       "(! ok)"},
      {"^m",
       "(^ m)"},
      {"*p",
       "(star p)"},
      {"&x",
       "(& x)"},
      {"<-ch",
       "(<- ch)"},
      {"&T{}",
       "(& (complit T))"},
      {"&(x)",
       "(& x)"},
      {"a.b.c",
       "(sel (sel a b) c)"},
      {"f(x, y)",
       "(call f x y)"},
      {"f(xs...)",
       "(call f xs ...)"},
      {"f(x, ys...,)",
       "(call f x ys ...)"},
      {"f()",
       "(call f)"},
      {"m[k]",
       "(index m k)"},
      {"s[1:2]",
       "(slice s 1 2)"},
      {"s[:]",
       "(slice s - -)"},
      {"s[1:]",
       "(slice s 1 -)"},
      {"s[:2]",
       "(slice s - 2)"},
      {"s[1:2:3]",
       "(slice3 s 1 2 3)"},
      {"s[:2:3]",
       "(slice3 s - 2 3)"},
      {"x.(T)",
       "(assert x T)"},
      {"x.(*T)",
       "(assert x (star T))"},
      {"x.(interface{ M() })",
       "(assert x (interface (field (M) (func (params)))))"},
      {"[]int{1, 2, 3}",
       "(complit (slicetype int) 1 2 3)"},
      {"[3]int{}",
       "(complit (array 3 int))"},
      {R"go([...]string{"a", "b"})go",
       R"go((complit (array ... string) "a" "b"))go"},
      {R"go(map[string]int{"a": 1, "b": 2})go",
       R"go((complit (map string int) (kv "a" 1) (kv "b" 2)))go"},
      {"Point{X: 1, Y: 2}",
       "(complit Point (kv X 1) (kv Y 2))"},
      {"[][]int{{1}, {2, 3}}",
       "(complit (slicetype (slicetype int)) (complit - 1) (complit - 2 3))"},
      {"map[K]V{{1, 2}: {3}}",
       "(complit (map K V) (kv (complit - 1 2) (complit - 3)))"},
      {"pkg.T{}",
       "(complit (sel pkg T))"},
      {"struct{ a int }{1}",
       "(complit (struct (field (a) int)) 1)"},
      {"func(x int) int { return x }",
       "(funclit (func (params (field (x) int)) (results (field () int))) (block (return x)))"},
      {"func() {}",
       "(funclit (func (params)) (block))"},
      {R"go([]byte("x"))go",
       R"go((call (slicetype byte) "x"))go"},
      {"(*T)(nil)",
       "(call (paren (star T)) nil)"},
      {"func(int) int(f)",
       "(call (func (params (field () int)) (results (field () int))) f)"},
      {"(<-chan int)(ch)",
       "(call (paren (<-chan int)) ch)"},
      {"chan int(nil)",
       "(call (chan int) nil)"},
      {"map[string]int(nil)",
       "(call (map string int) nil)"},
      {"interface{}(x)",
       "(call (interface) x)"},
      {"F[int]",
       "(index F int)"},
      {"F[int, string]",
       "(index F int string)"},
      {"Pair[K, V]{}",
       "(complit (index Pair K V))"},
      {"List[int]{}",
       "(complit (index List int))"},
      {"m[a]",
       "(index m a)"},
      {"f[int](1)",
       "(call (index f int) 1)"},
      {"x.F[int, bool](a, b)",
       "(call (index (sel x F) int bool) a b)"},
      {"<-chan int(nil)",
       "(<- (call (chan int) nil))"},
      {"a[i].b(c)[d:e]",
       "(slice (call (sel (index a i) b) c) d e)"},
  };
  for (const AstCase& c : cases) EXPECT_EQ(dumpExpr(c.src), c.want) << c.src;
}

TEST(Parser, Statements) {
  const AstCase cases[] = {
      {"x := 1",
       "(:= (x) (1))"},
      {"a, b := 1, 2",
       "(:= (a b) (1 2))"},
      {"x = y",
       "(= (x) (y))"},
      {"a, b = b, a",
       "(= (a b) (b a))"},
      {"x += 1",
       "(+= (x) (1))"},
      {"x -= 1",
       "(-= (x) (1))"},
      {"x *= 2",
       "(*= (x) (2))"},
      {"x /= 2",
       "(/= (x) (2))"},
      {"x %= 2",
       "(%= (x) (2))"},
      {"x &= 1",
       "(&= (x) (1))"},
      {"x |= 1",
       "(|= (x) (1))"},
      {"x ^= 1",
       "(^= (x) (1))"},
      {"x <<= 1",
       "(<<= (x) (1))"},
      {"x >>= 1",
       "(>>= (x) (1))"},
      {"x &^= 1",
       "(&^= (x) (1))"},
      {"x++",
       "(++ x)"},
      {"y--",
       "(-- y)"},
      {"ch <- v",
       "(send ch v)"},
      {"<-ch",
       "(expr (<- ch))"},
      {"f()",
       "(expr (call f))"},
      {"v, ok := <-ch",
       "(:= (v ok) ((<- ch)))"},
      {"v, ok = m[k]",
       "(= (v ok) ((index m k)))"},
      {"v, ok := x.(T)",
       "(:= (v ok) ((assert x T)))"},
      {"var x int",
       "(var (spec (x) int ()))"},
      {"var x, y = 1, 2",
       "(var (spec (x y) - (1 2)))"},
      {R"go(var (
	a int
	b = 2
))go",
       "(var (spec (a) int ()) (spec (b) - (2)))"},
      {"const c = 1",
       "(const (spec#0 (c) - (1)))"},
      {"type T int",
       "(type (spec T int))"},
      {R"go(type (
	A = int
	B struct{}
))go",
       "(type (spec A = int) (spec B (struct)))"},
      {"go f(x)",
       "(go (call f x))"},
      {"go func() {}()",
       "(go (call (funclit (func (params)) (block))))"},
      {"defer f()",
       "(defer (call f))"},
      {"defer mu.Unlock()",
       "(defer (call (sel mu Unlock)))"},
      {"return",
       "(return)"},
      {"return 1, 2",
       "(return 1 2)"},
      {"return f()",
       "(return (call f))"},
      {R"go(for {
})go",
       "(for - - - (block))"},
      {R"go(for x < 10 {
})go",
       "(for - (< x 10) - (block))"},
      {R"go(for i := 0; i < 10; i++ {
})go",
       "(for (:= (i) (0)) (< i 10) (++ i) (block))"},
      {R"go(for ; ; {
})go",
       "(for - - - (block))"},
      {R"go(for i := 0; ; {
})go",
       "(for (:= (i) (0)) - - (block))"},
      {R"go(for ; i < 3; {
})go",
       "(for - (< i 3) - (block))"},
      {R"go(for i := range 10 {
})go",
       "(range i - := 10 (block))"},
      {R"go(for range n {
})go",
       "(range - - - n (block))"},
      {R"go(for range ch {
})go",
       "(range - - - ch (block))"},
      {R"go(for k, v := range m {
})go",
       "(range k v := m (block))"},
      {R"go(for k := range m {
})go",
       "(range k - := m (block))"},
      {R"go(for _, v = range s {
})go",
       "(range _ v = s (block))"},
      {R"go(for i = range s {
})go",
       "(range i - = s (block))"},
      {R"go(if x {
})go",
       "(if - x (block) -)"},
      {R"go(if x := f(); x > 0 {
} else if x < 0 {
} else {
})go",
       "(if (:= (x) ((call f))) (> x 0) (block) (if - (< x 0) (block) (block)))"},
      {R"go(if err != nil {
	return
})go",
       "(if - (!= err nil) (block (return)) -)"},
      {R"go(switch {
case a:
case b, c:
	f()
default:
})go",
       "(switch - - (case (a)) (case (b c) (expr (call f))) (default))"},
      {R"go(switch x {
case 1:
	fallthrough
case 2:
})go",
       "(switch - x (case (1) (fallthrough)) (case (2)))"},
      {R"go(switch x := f(); x {
})go",
       "(switch (:= (x) ((call f))) x)"},
      {R"go(switch f(); {
})go",
       "(switch (expr (call f)) -)"},
      {R"go(switch x.(type) {
case int:
case nil, string:
default:
})go",
       "(typeswitch - (expr (assert x type)) (case (int)) (case (nil string)) (default))"},
      {R"go(switch v := x.(type) {
case int:
	_ = v
})go",
       "(typeswitch - (:= (v) ((assert x type))) (case (int) (= (_) (v))))"},
      {R"go(switch y := 1; v := x.(type) {
})go",
       "(typeswitch (:= (y) (1)) (:= (v) ((assert x type))))"},
      {R"go(select {
case v := <-ch:
	_ = v
case ch <- 1:
case <-done:
case v, ok = <-ch:
default:
})go",
       "(select (comm (:= (v) ((<- ch))) (= (_) (v))) (comm (send ch 1)) (comm (expr (<- done))) (comm (= (v ok) ((<- ch)))) (default))"},
      {"select {}",
       "(select)"},
      {R"go(L:
	for {
		break L
	})go",
       "(label L (for - - - (block (break L))))"},
      {R"go(L:
	for {
		continue L
	})go",
       "(label L (for - - - (block (continue L))))"},
      {R"go(goto L
L:
	;)go",
       R"go((goto L)
(label L (empty)))go"},
      {R"go({
	x := 1
	_ = x
})go",
       "(block (:= (x) (1)) (= (_) (x)))"},
      {";",
       "(empty)"},
      {R"go(if p := (Point{1, 2}); p.X > 0 {
})go",
       "(if (:= (p) ((paren (complit Point 1 2)))) (> (sel p X) 0) (block) -)"},
      {R"go(for _, p := range []Point{{1, 2}} {
})go",
       "(range _ p := (complit (slicetype Point) (complit - 1 2)) (block))"},
      {R"go(switch (T{}) {
})go",
       "(switch - (paren (complit T)))"},
  };
  for (const AstCase& c : cases) EXPECT_EQ(dumpStmts(c.src), c.want) << c.src;
}

TEST(Parser, Declarations) {
  const AstCase cases[] = {
      {R"go(import "fmt")go",
       R"go((import (spec - "fmt")))go"},
      {R"go(import (
	"fmt"
	m "math"
	. "strings"
	_ "os"
))go",
       R"go((import (spec - "fmt") (spec m "math") (spec . "strings") (spec _ "os")))go"},
      {R"go(const (
	A = iota
	B
	C, D = iota, iota * 2
	E int = 5
))go",
       "(const (spec#0 (A) - (iota)) (spec#1 (B) - ()) (spec#2 (C D) - (iota (* iota 2))) (spec#3 (E) int (5)))"},
      {"var x, y int = 1, 2",
       "(var (spec (x y) int (1 2)))"},
      {R"go(var (
	a = 1
	b string
))go",
       "(var (spec (a) - (1)) (spec (b) string ()))"},
      {R"go(type T struct {
	a, b int
	c string `json:"c"`
	fmt.Stringer
	*Node
	List[int]
	pkg.G[string]
})go",
       R"go((type (spec T (struct (field (a b) int) (field (c) string `json:"c"`) (field () (sel fmt Stringer)) (field () (star Node)) (field () (index List int)) (field () (index (sel pkg G) string))))))go"},
      {R"go(type I interface {
	M(x int) (y int, err error)
	N()
	io.Reader
	~int | ~string
	int
})go",
       "(type (spec I (interface (field (M) (func (params (field (x) int)) (results (field (y) int) (field (err) error)))) (field (N) (func (params))) (field () (sel io Reader)) (field () (| (~ int) (~ string))) (field () int))))"},
      {"type A = B",
       "(type (spec A = B))"},
      {R"go(type List[T any] struct {
	head *node[T]
})go",
       "(type (spec List (tparams (field (T) any)) (struct (field (head) (star (index node T))))))"},
      {"type Set[K comparable] map[K]struct{}",
       "(type (spec Set (tparams (field (K) comparable)) (map K (struct))))"},
      {R"go(type Pair[K comparable, V any] struct {
	k K
	v V
})go",
       "(type (spec Pair (tparams (field (K) comparable) (field (V) any)) (struct (field (k) K) (field (v) V))))"},
      {R"go(type Num interface {
	~int | ~int64 | ~float64
})go",
       "(type (spec Num (interface (field () (| (| (~ int) (~ int64)) (~ float64))))))"},
      {"type P[T *C,] struct{}",
       "(type (spec P (tparams (field (T) (star C))) (struct)))"},
      {"type Q[T *[]int] struct{}",
       "(type (spec Q (tparams (field (T) (star (slicetype int)))) (struct)))"},
      {"type R[T interface{ ~int }] int",
       "(type (spec R (tparams (field (T) (interface (field () (~ int))))) int))"},
      {"type S[P *C | int] int",
       "(type (spec S (array (| (* P C) int) int)))"},
      {"type Arr [N]int",
       "(type (spec Arr (array N int)))"},
      {"type Arr2 [2 * N]int",
       "(type (spec Arr2 (array (* 2 N) int)))"},
      {"type Sl []T",
       "(type (spec Sl (slicetype T)))"},
      {"type F func(int, string) error",
       "(type (spec F (func (params (field () int) (field () string)) (results (field () error)))))"},
      {"type G func(a, b int, c ...string) (int, error)",
       "(type (spec G (func (params (field (a b) int) (field (c) (... string))) (results (field () int) (field () error)))))"},
      {"type Ch chan<- int",
       "(type (spec Ch (chan<- int)))"},
      {"type Ch2 <-chan int",
       "(type (spec Ch2 (<-chan int)))"},
      {"type Ch3 chan (<-chan int)",
       "(type (spec Ch3 (chan (<-chan int))))"},
      {"type Ch4 chan chan<- int",
       "(type (spec Ch4 (chan (chan<- int))))"},
      {"type M map[string][]*T",
       "(type (spec M (map string (slicetype (star T)))))"},
      {"type Alias[T any] = []T",
       "(type (spec Alias (tparams (field (T) any)) = (slicetype T)))"},
      {"func f() {}",
       "(funcdecl - f (func (params)) (block))"},
      {R"go(func f(a, b int, c string) (int, error) {
	return 0, nil
})go",
       "(funcdecl - f (func (params (field (a b) int) (field (c) string)) (results (field () int) (field () error))) (block (return 0 nil)))"},
      {"func f(int, string) {}",
       "(funcdecl - f (func (params (field () int) (field () string))) (block))"},
      {"func f(...int) {}",
       "(funcdecl - f (func (params (field () (... int)))) (block))"},
      {"func f(xs ...int) int { return 0 }",
       "(funcdecl - f (func (params (field (xs) (... int))) (results (field () int))) (block (return 0)))"},
      {"func (t T) M() {}",
       "(funcdecl (recv (field (t) T)) M (func (params)) (block))"},
      {"func (t *T) M(x int) {}",
       "(funcdecl (recv (field (t) (star T))) M (func (params (field (x) int))) (block))"},
      {"func (l *List[T]) Push(v T) {}",
       "(funcdecl (recv (field (l) (star (index List T)))) Push (func (params (field (v) T))) (block))"},
      {"func (p Pair[K, V]) Key() K { return p.k }",
       "(funcdecl (recv (field (p) (index Pair K V))) Key (func (params) (results (field () K))) (block (return (sel p k))))"},
      {"func (T) M() {}",
       "(funcdecl (recv (field () T)) M (func (params)) (block))"},
      {"func Map[S ~[]E, E any, R any](s S, f func(E) R) []R { return nil }",
       "(funcdecl - Map (func (tparams (field (S) (~ (slicetype E))) (field (E) any) (field (R) any)) (params (field (s) S) (field (f) (func (params (field () E)) (results (field () R))))) (results (field () (slicetype R)))) (block (return nil)))"},
      {"func Max[T int | float64](a, b T) T { return a }",
       "(funcdecl - Max (func (tparams (field (T) (| int float64))) (params (field (a b) T)) (results (field () T))) (block (return a)))"},
      {"func G[T any]() {}",
       "(funcdecl - G (func (tparams (field (T) any)) (params)) (block))"},
      {"func native(x int) int",
       "(funcdecl - native (func (params (field (x) int)) (results (field () int))) -)"},
      {R"go(//go:noinline
func g() {})go",
       "(funcdecl //go:noinline - g (func (params)) (block))"},
      {R"go(//go:nosplit
//go:noinline
func h() {})go",
       "(funcdecl //go:nosplit //go:noinline - h (func (params)) (block))"},
  };
  for (const AstCase& c : cases) EXPECT_EQ(dumpDecls(c.src), c.want) << c.src;
}

TEST(Parser, File) {
  auto p = parse(R"go(package main

import (
	"fmt"
	str "strings"
)

const N = 3

func main() {
	fmt.Println(str.Repeat("x", N))
}
)go");
  EXPECT_EQ(p->errors(), "");
  EXPECT_EQ(dumpAst(p->file), R"((file main
  (import (spec - "fmt") (spec str "strings"))
  (const (spec#0 (N) - (3)))
  (funcdecl - main (func (params)) (block (expr (call (sel fmt Println) (call (sel str Repeat) "x" N)))))))");
  EXPECT_EQ(p->file->imports.size(), 1u);
  EXPECT_EQ(p->file->imports[0], p->file->decls[0]);
  EXPECT_EQ(p->file->packageName->name, "main");
  EXPECT_EQ(p->file->fileIndex, 0);
}

TEST(Parser, CompositeLiteralsInHeaders) {
  // A bare type name followed by { in an if/for/switch header opens the block.
  auto p = parse("package p\n\nfunc f() {\n\tfor x := range T {\n\t}\n}\n");
  EXPECT_EQ(p->errors(), "");
  EXPECT_EQ(dumpAst(bodyOf(*p)[0]), "(range x - := T (block))");
  // Parenthesized, or a type literal, it is a composite literal.
  EXPECT_EQ(dumpStmts("if x == (T{}) {\n}"), "(if - (== x (paren (complit T))) (block) -)");
  EXPECT_EQ(dumpStmts("for _, x := range []int{1} {\n}"), "(range _ x := (complit (slicetype int) 1) (block))");
  EXPECT_EQ(dumpStmts("if f(T{}) {\n}"), "(if - (call f (complit T)) (block) -)");
  // Without parentheses Go reports the block's contents.
  auto q = parse("package p\n\ntype T struct{}\n\nfunc f(t T) {\n\tif t == T{} {\n\t}\n}\n");
  EXPECT_EQ(q->errors(),
            "./prog.go:6:14: syntax error: unexpected { at end of statement\n"
            "./prog.go:8:1: syntax error: non-declaration statement outside function body\n");
}

TEST(Parser, IndexOrInstantiation) {
  // Syntax cannot tell m[k] from F[int]; both are an IndexExpr.
  EXPECT_EQ(dumpExpr("m[k]"), "(index m k)");
  EXPECT_EQ(dumpExpr("F[int]"), "(index F int)");
  // Several indices, or a type literal, make an instantiation.
  EXPECT_EQ(dumpExpr("F[int, []string]"), "(index F int (slicetype string))");
  EXPECT_EQ(dumpExpr("G[[]int]{}"), "(complit (index G (slicetype int)))");
  // x[i] { opens a block when x[i] must be a value.
  EXPECT_EQ(dumpStmts("switch a[f()] {\n}"), "(switch - (index a (call f)))");
}

TEST(Parser, TypeParameterAmbiguity) {
  // [P *C] is an array length expression, as in Go; [P *C,] and type
  // elements make type parameters.
  EXPECT_EQ(dumpDecls("type A[P *C] struct{}"), "(type (spec A (array (* P C) (struct))))");
  EXPECT_EQ(dumpDecls("type B[P *C,] struct{}"), "(type (spec B (tparams (field (P) (star C))) (struct)))");
  EXPECT_EQ(dumpDecls("type C[P any] struct{}"), "(type (spec C (tparams (field (P) any)) (struct)))");
  EXPECT_EQ(dumpDecls("type D[N] int"), "(type (spec D (array N int)))");
  EXPECT_EQ(dumpDecls("type E[P ~int] int"), "(type (spec E (tparams (field (P) (~ int))) int))");
  EXPECT_EQ(dumpDecls("type F[P []int] int"), "(type (spec F (tparams (field (P) (slicetype int))) int))");
  EXPECT_EQ(dumpDecls("type G[P (C)] int"), "(type (spec G (array (call P C) int)))");
  EXPECT_EQ(dumpDecls("type H[P, Q any] int"), "(type (spec H (tparams (field (P Q) any)) int))");
  EXPECT_EQ(dumpDecls("type I[P C[int]] int"), "(type (spec I (tparams (field (P) (index C int))) int))");
}

// ---------------------------------------------------------------------------
// Positions

TEST(Parser, Positions) {
  auto p = parse(R"go(package main

func (r *T) M(a, b int) (x int) {
	x = a + b*2
	s[1:2] = f(a)[0:1]
	if v, ok := m["k"]; ok {
		return v
	}
	for i := range 10 {
	}
	ch <- T{A: 1}
	x++
L:
	goto L
}
)go");
  ASSERT_EQ(p->errors(), "");
  auto* fd = p->file->decls[0]->as<FuncDecl>();
  EXPECT_EQ(posStr(p->file->pos), "1:1");
  EXPECT_EQ(posStr(p->file->packageName->pos), "1:9");
  EXPECT_EQ(posStr(fd->pos), "3:1");
  EXPECT_EQ(posStr(fd->recv->opening), "3:6");
  EXPECT_EQ(posStr(fd->recv->closing), "3:11");
  EXPECT_EQ(posStr(fd->recv->list[0]->pos), "3:7");
  EXPECT_EQ(posStr(fd->name->pos), "3:13");
  EXPECT_EQ(posStr(fd->sig->pos), "3:1");  // the func keyword
  EXPECT_EQ(posStr(fd->sig->params->opening), "3:14");
  EXPECT_EQ(posStr(fd->sig->params->closing), "3:23");
  EXPECT_EQ(posStr(fd->sig->results->opening), "3:25");
  EXPECT_EQ(posStr(fd->body->lbrace), "3:33");
  EXPECT_EQ(posStr(fd->body->rbrace), "15:1");

  auto& body = fd->body->list;
  auto* as = body[0]->as<AssignStmt>();
  EXPECT_EQ(posStr(as->pos), "4:2");
  EXPECT_EQ(posStr(as->tokPos), "4:4");
  auto* add = as->rhs[0]->as<BinaryExpr>();
  EXPECT_EQ(posStr(add->pos), "4:6");  // first token of the expression
  EXPECT_EQ(posStr(add->opPos), "4:8");
  EXPECT_EQ(posStr(add->y->as<BinaryExpr>()->opPos), "4:11");

  auto* as2 = body[1]->as<AssignStmt>();
  auto* sl = as2->lhs[0]->as<SliceExpr>();
  EXPECT_EQ(posStr(sl->pos), "5:2");
  EXPECT_EQ(posStr(sl->lbrack), "5:3");
  auto* sl2 = as2->rhs[0]->as<SliceExpr>();
  EXPECT_EQ(posStr(sl2->pos), "5:11");
  EXPECT_EQ(posStr(sl2->lbrack), "5:15");
  auto* ix = sl2->x->as<IndexExpr>();
  ASSERT_EQ(ix, nullptr);  // f(a)[0:1] slices a call
  auto* call = sl2->x->as<CallExpr>();
  ASSERT_NE(call, nullptr);
  EXPECT_EQ(posStr(call->pos), "5:11");
  EXPECT_EQ(posStr(call->lparen), "5:12");
  EXPECT_EQ(posStr(call->rparen), "5:14");
  EXPECT_EQ(posStr(syntaxStartPos(sl2)), "5:15");  // where types2 would point

  auto* ifs = body[2]->as<IfStmt>();
  EXPECT_EQ(posStr(ifs->pos), "6:2");
  EXPECT_EQ(posStr(ifs->init->pos), "6:5");
  EXPECT_EQ(posStr(ifs->init->as<AssignStmt>()->rhs[0]->as<IndexExpr>()->lbrack), "6:15");
  EXPECT_EQ(posStr(ifs->cond->pos), "6:22");

  auto* rs = body[3]->as<RangeStmt>();
  EXPECT_EQ(posStr(rs->pos), "9:2");
  EXPECT_EQ(posStr(rs->tokPos), "9:8");
  EXPECT_EQ(posStr(rs->x->pos), "9:17");

  auto* send = body[4]->as<SendStmt>();
  EXPECT_EQ(posStr(send->pos), "11:2");
  EXPECT_EQ(posStr(send->arrow), "11:5");
  auto* cl = send->value->as<CompositeLit>();
  EXPECT_EQ(posStr(cl->pos), "11:8");
  EXPECT_EQ(posStr(cl->lbrace), "11:9");
  EXPECT_EQ(posStr(cl->rbrace), "11:14");
  EXPECT_EQ(posStr(cl->elts[0]->as<KeyValueExpr>()->colon), "11:11");

  auto* inc = body[5]->as<IncDecStmt>();
  EXPECT_EQ(posStr(inc->tokPos), "12:3");
  auto* lab = body[6]->as<LabeledStmt>();
  EXPECT_EQ(posStr(lab->pos), "13:1");
  EXPECT_EQ(posStr(lab->stmt->pos), "14:2");
}

TEST(Parser, SyntaxStartPos) {
  auto p = parse("package p\n\nvar f = func(int) {}\nvar g func[T any]()\n");
  // func[T any] is an error in a type, but the tree is still built
  auto* lit = p->file->decls[0]->as<GenDecl>()->specs[0]->as<ValueSpec>()->values[0]->as<FuncLit>();
  ASSERT_NE(lit, nullptr);
  EXPECT_EQ(posStr(lit->pos), "3:9");
  EXPECT_EQ(posStr(syntaxStartPos(lit->sig)), "3:13");
}

// ---------------------------------------------------------------------------
// Syntax errors: exactly what `go build` prints (without the
// "# command-line-arguments" line)

struct ErrorCase {
  const char* name;
  const char* src;
  const char* want;
};

TEST(Parser, SyntaxErrorsMatchGo) {
  const ErrorCase cases[] = {
      {"missing_comma_call",
       R"go(package main

func main() {
	println(1, 2
}
)go",
       R"go(./prog.go:4:14: syntax error: unexpected newline in argument list; possibly missing comma or )
)go"},
      {"unexpected_rbrace_expr",
       R"go(package main

func main() {
	x :=
}
)go",
       R"go(./prog.go:5:1: syntax error: unexpected }, expected expression
)go"},
      {"non_declaration",
       R"go(package main

x := 1

func main() {}
)go",
       R"go(./prog.go:3:1: syntax error: non-declaration statement outside function body
)go"},
      {"else_newline",
       R"go(package main

func main() {
	if true {
	}
	else {
	}
}
)go",
       R"go(./prog.go:6:2: syntax error: unexpected else, expected }
)go"},
      {"for_newline",
       R"go(package main

func main() {
	for i := 0; i < 10; i++
	{
	}
}
)go",
       R"go(./prog.go:4:25: syntax error: unexpected newline, expected { after for clause
)go"},
      {"brace_newline",
       R"go(package main

func main()
{
}
)go",
       R"go(./prog.go:4:1: syntax error: unexpected semicolon or newline before {
)go"},
      {"complit_newline",
       R"go(package main

var x = []int{1, 2, 3
}

func main() {}
)go",
       R"go(./prog.go:3:22: syntax error: unexpected newline in composite literal; possibly missing comma or }
)go"},
      {"if_assign",
       R"go(package main

func main() {
	x := 1
	if x = 2 {
	}
}
)go",
       R"go(./prog.go:5:7: syntax error: cannot use assignment x = 2 as value
)go"},
      {"if_define",
       R"go(package main

type T struct{}

func main() {
	if t := T{}; t == T{} {
	}
}
)go",
       R"go(./prog.go:6:7: syntax error: cannot use t := T as value
./prog.go:8:1: syntax error: non-declaration statement outside function body
)go"},
      {"case_colon",
       R"go(package main

func main() {
	switch {
	case true
	}
}
)go",
       R"go(./prog.go:5:11: syntax error: unexpected newline, expected :
)go"},
      {"map_literal_colon",
       R"go(package main

var m = map[string]int{"a": 1, "b" 2}

func main() {}
)go",
       R"go(./prog.go:3:36: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }
)go"},
      {"mixed_params",
       R"go(package main

func f(a int, b) {}

func main() {}
)go",
       R"go(./prog.go:3:15: syntax error: mixed named and unnamed parameters
)go"},
      {"struct_comma",
       R"go(package main

type T struct {
	a int,
	b int
}

func main() {}
)go",
       R"go(./prog.go:4:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }
)go"},
      {"extra_rbrace",
       R"go(package main

func main() {
	for {
	}}
}
)go",
       R"go(./prog.go:6:1: syntax error: non-declaration statement outside function body
)go"},
      {"if_missing_cond",
       R"go(package main

func main() {
	if x := 1; {
	}
}
)go",
       R"go(./prog.go:4:11: syntax error: missing condition in if statement
)go"},
      {"define_after_assign",
       R"go(package main

func main() {
	a, b = := 3
}
)go",
       R"go(./prog.go:4:9: syntax error: unexpected :=, expected expression
)go"},
      {"late_import",
       R"go(package main

import "fmt"

var x = 1

import "os"

func main() {}
)go",
       R"go(./prog.go:7:1: syntax error: imports must appear before other declarations
)go"},
      {"for_post_define",
       R"go(package main

func main() {
	for i := 0; i < 3; i := i + 1 {
	}
}
)go",
       R"go(./prog.go:4:23: syntax error: cannot declare in post statement of for loop
)go"},
      {"var_name_literal",
       R"go(package main

func main() {
	var 1x = 2
}
)go",
       R"go(./prog.go:4:6: syntax error: unexpected literal 1, expected name
)go"},
      {"var_keyword_as_name",
       R"go(package main

func main() {
	var := 5
	println(var)
}
)go",
       R"go(./prog.go:4:6: syntax error: unexpected :=, expected name
./prog.go:5:10: syntax error: unexpected var, expected expression
)go"},
      {"missing_brace_eof",
       R"go(package main

func main() {
	for {
	}
)go",
       R"go(./prog.go:6:1: syntax error: unexpected EOF, expected }
)go"},
      {"param_list_type",
       R"go(package main

func add(a int, b int int {
	return a + b
}

func main() {}
)go",
       R"go(./prog.go:3:23: syntax error: unexpected name int in parameter list; possibly missing comma or )
./prog.go:5:1: syntax error: unexpected } after top level declaration
)go"},
      {"at_end_of_statement",
       R"go(package main

func main() {
	x := 1 +
	y := 2
	println(x y)
}
)go",
       R"go(./prog.go:5:4: syntax error: unexpected := at end of statement
./prog.go:6:12: syntax error: unexpected name y in argument list; possibly missing comma or )
)go"},
      {"missing_label_stmt",
       R"go(package main

func main() {
	for {
	L:
	}
	goto L
}
)go",
       R"go(./prog.go:7:7: goto L jumps into block starting at ./prog.go:4:6
)go"},
      {"var_in_if",
       R"go(package main

func main() {
	if var x = 1; x > 0 {
	}
}
)go",
       R"go(./prog.go:4:9: syntax error: var declaration not allowed in if initializer
)go"},
      {"else_without_block",
       R"go(package main

func main() {
	if true {
	} else return
}
)go",
       R"go(./prog.go:5:9: syntax error: else must be followed by if or statement block
)go"},
      {"func_type_params",
       R"go(package main

func main() {
	var f func[T any]()
	_ = f
}
)go",
       R"go(./prog.go:4:12: syntax error: function type must have no type parameters
)go"},
      {"method_type_params",
       R"go(package main

type T struct{}

func (T) m[P any]() {}

func main() {}
)go",
       R"go(./prog.go:5:11: syntax error: method must have no type parameters
)go"},
      {"empty_type_params",
       R"go(package main

func f[]() {}

func main() {}
)go",
       R"go(./prog.go:3:8: syntax error: empty type parameter list
)go"},
      {"missing_constraint",
       R"go(package main

func f[T]() {}

func main() {}
)go",
       R"go(./prog.go:3:9: syntax error: missing type constraint
)go"},
      {"paren_complit_type",
       R"go(package main

type T struct{ x int }

var v = (T){1}

func main() {}
)go",
       R"go(./prog.go:5:12: syntax error: cannot parenthesize type in composite literal
)go"},
      {"slice3_missing_final",
       R"go(package main

var s []int
var t = s[1:2:]

func main() {}
)go",
       R"go(./prog.go:4:15: final index required in 3-index slice
)go"},
      {"rune_errors",
       R"go(package main

var a = 'ab'
var b = ''
var c = 08
var d = 0x
var e = 1e
var f = 0b12
var g = 1__0
var h = "\q"
var i = 0x1.8

func main() { x := }
)go",
       R"go(./prog.go:3:9: more than one character in rune literal
./prog.go:4:10: empty rune literal or unescaped '
./prog.go:5:10: invalid digit '8' in octal literal
./prog.go:6:11: hexadecimal literal has no digits
./prog.go:7:11: exponent has no digits
./prog.go:8:12: invalid digit '2' in binary literal
./prog.go:9:11: '_' must separate successive digits
./prog.go:10:11: unknown escape
./prog.go:11:14: hexadecimal mantissa requires a 'p' exponent
./prog.go:13:20: syntax error: unexpected }, expected expression
./prog.go:13:20: too many errors
)go"},
      {"invalid_char",
       R"go(package main

func main() {
	x := 1 @ 2
}
)go",
       R"go(./prog.go:4:9: invalid character U+0040 '@'
./prog.go:4:11: syntax error: unexpected literal 2 at end of statement
)go"},
      {"newline_in_string",
       R"go(package main

func main() {
	println("hello)
}
)go",
       R"go(./prog.go:4:17: newline in string
./prog.go:4:17: syntax error: unexpected newline in argument list; possibly missing comma or )
)go"},
      {"unterminated_raw",
       R"go(package main

var s = `abc
)go",
       R"go(./prog.go:3:9: string not terminated
)go"},
      {"method_receivers",
       R"go(package main

type T int

func (a, b T) f() {}
func () g() {}
func main() { x := }
)go",
       R"go(./prog.go:5:15: method has multiple receivers
./prog.go:6:9: method has no receiver
./prog.go:7:20: syntax error: unexpected }, expected expression
)go"},
      {"labels",
       R"go(package main

func main() {
unused:
	for i := 0; i < 2; i++ {
	}
	for j := 0; j < 2; j++ {
		if j == 1 {
			break outer
		}
		continue missing
	}
	goto nowhere
}
)go",
       R"go(./prog.go:4:1: label unused defined and not used
./prog.go:9:10: break label not defined: outer
./prog.go:11:12: continue label not defined: missing
./prog.go:13:7: label nowhere not defined
)go"},
      {"branches",
       R"go(package main

func main() {
	goto L
	x := 1
L:
	_ = x
	goto M
	{
	M:
	}
	switch {
	case true:
		fallthrough
	default:
		fallthrough
	}
	var i interface{}
	switch i.(type) {
	case int:
		fallthrough
	}
	if true {
		fallthrough
	}
Q:
	if true {
		break Q
	}
R:
	{
		continue R
	}
	break
	continue
}
)go",
       R"go(./prog.go:4:7: goto L jumps over declaration of x at ./prog.go:5:4
./prog.go:8:7: goto M jumps into block starting at ./prog.go:9:2
./prog.go:16:3: cannot fallthrough final case in switch
./prog.go:21:3: cannot fallthrough in type switch
./prog.go:24:3: fallthrough statement out of place
./prog.go:28:9: invalid break label Q
./prog.go:32:12: invalid continue label R
./prog.go:34:2: break is not in a loop, switch, or select
./prog.go:35:2: continue is not in a loop
)go"},
      {"defer_paren",
       R"go(package main

func f() {}

func main() {
	defer (f())
}
)go",
       R"go(./prog.go:6:8: expression in defer must not be parenthesized
)go"},
      {"go_not_call",
       R"go(package main

func main() {
	go func() {}
	defer recover
}
)go",
       R"go(./prog.go:4:5: expression in go must be function call
./prog.go:5:8: expression in defer must be function call
)go"},
      {"too_many_syntax",
       R"go(package main

func main() {
	x0 := )
	x1 := )
	x2 := )
	x3 := )
	x4 := )
	x5 := )
	x6 := )
	x7 := )
	x8 := )
	x9 := )
	x10 := )
	x11 := )
}
)go",
       R"go(./prog.go:4:8: syntax error: unexpected ), expected expression
./prog.go:5:8: syntax error: unexpected ), expected expression
./prog.go:6:8: syntax error: unexpected ), expected expression
./prog.go:7:8: syntax error: unexpected ), expected expression
./prog.go:8:8: syntax error: unexpected ), expected expression
./prog.go:9:8: syntax error: unexpected ), expected expression
./prog.go:10:8: syntax error: unexpected ), expected expression
./prog.go:11:8: syntax error: unexpected ), expected expression
./prog.go:12:8: syntax error: unexpected ), expected expression
./prog.go:13:8: syntax error: unexpected ), expected expression
./prog.go:13:8: too many errors
)go"},
  };
  for (const ErrorCase& c : cases) {
    auto p = parse(c.src);
    EXPECT_EQ(p->errors(), c.want) << c.name;
  }
}

TEST(Parser, MissingPackageClause) {
  // cmd/compile's message; `go build` itself stops earlier with go/parser's
  // "prog.go:1:1: expected 'package', found main".
  auto p = parse("main\n\nfunc main() {}\n");
  EXPECT_EQ(p->errors(), "./prog.go:1:1: syntax error: package statement must be first\n");
  ASSERT_NE(p->file, nullptr);
  ASSERT_NE(p->file->packageName, nullptr);
  EXPECT_TRUE(p->file->decls.empty());
}

TEST(Parser, OneSyntaxErrorPerLine) {
  auto p = parse("package p\n\nfunc f() {\n\tx := ) ) )\n}\n");
  EXPECT_EQ(p->errors(), "./prog.go:4:7: syntax error: unexpected ), expected expression\n");
  EXPECT_EQ(p->diags.count(), 1u);
  EXPECT_TRUE(p->diags.hasSyntaxErrors());
}

TEST(Parser, CheckerLevelErrorsOnlyWithoutSyntaxErrors) {
  // `defer f` is reported (as go/types does) when the file is otherwise fine,
  // and the statement holds a synthesized call without parentheses.
  auto p = parse("package p\n\nfunc f() {\n\tdefer f\n\tfor a, b, c := range x {\n\t}\n}\n");
  EXPECT_EQ(p->errors(),
            "./prog.go:4:8: expression in defer must be function call\n"
            "./prog.go:5:12: range clause permits at most two iteration variables\n");
  auto* d = bodyOf(*p)[0]->as<DeferStmt>();
  ASSERT_NE(d, nullptr);
  ASSERT_NE(d->call, nullptr);
  EXPECT_FALSE(d->call->lparen.valid());
  EXPECT_EQ(dumpAst(d->call->fun), "f");
  // With a syntax error, go/types never runs: only the syntax error shows.
  auto q = parse("package p\n\nfunc f() {\n\tdefer f\n\tx := )\n}\n");
  EXPECT_EQ(q->errors(), "./prog.go:5:7: syntax error: unexpected ), expected expression\n");
}

TEST(Parser, RecoveryKeepsParsing) {
  auto p = parse("package p\n\nfunc f() {\n\tx := )\n\ty := 2\n}\n\nfunc g() {}\n");
  EXPECT_EQ(p->errors(), "./prog.go:4:7: syntax error: unexpected ), expected expression\n");
  ASSERT_EQ(p->file->decls.size(), 2u);
  EXPECT_EQ(dumpAst(p->file->decls[1]), "(funcdecl - g (func (params)) (block))");
  auto& body = bodyOf(*p);
  (void)body;
}

TEST(Parser, DeepNestingIsAnError) {
  const int n = 100000;
  std::string parens = "package p\n\nvar x = " + std::string(n, '(') + "1" + std::string(n, ')') + "\n";
  auto p = parse(parens);
  EXPECT_EQ(p->diags.count(), 1u);
  EXPECT_NE(p->errors().find(": syntax error: exceeded max nesting depth\n"), std::string::npos);

  std::string blocks = "package p\n\nfunc f() {\n" + std::string(n, '{') + std::string(n, '}') + "\n}\n";
  EXPECT_NE(parse(blocks)->errors().find("exceeded max nesting depth"), std::string::npos);

  std::string lits = "package p\n\nvar x = [][]int" + std::string(n, '{') + std::string(n, '}') + "\n";
  EXPECT_NE(parse(lits)->errors().find("exceeded max nesting depth"), std::string::npos);

  std::string ptrs = "package p\n\nvar x " + std::string(n, '*') + "int\n";
  EXPECT_NE(parse(ptrs)->errors().find("exceeded max nesting depth"), std::string::npos);

  std::string chain = "package p\n\nvar x = 1";
  for (int i = 0; i < n; i++) chain += "+1";
  EXPECT_NE(parse(chain + "\n")->errors().find("exceeded max nesting depth"), std::string::npos);

  std::string elses = "package p\n\nfunc f() {\n\tif x {\n\t}";
  for (int i = 0; i < n; i++) elses += " else if x {\n\t}";
  EXPECT_NE(parse(elses + "\n}\n")->errors().find("exceeded max nesting depth"), std::string::npos);

  // Realistic depth is fine.
  std::string ok = "package p\n\nvar x = " + std::string(200, '(') + "1" + std::string(200, ')') + "\n";
  EXPECT_EQ(parse(ok)->errors(), "");
}

TEST(Parser, Directives) {
  auto p = parse(R"go(//go:build ignore

package p

//go:noinline
func a() {}

//go:nosplit
var x = 1

func b() {}

//go:noinline
//go:norace
func c() {
	//go:noinline
}
func d() {}
)go");
  EXPECT_EQ(p->errors(), "");
  std::vector<std::string> none;
  std::vector<std::string> a = {"//go:noinline"};
  std::vector<std::string> c = {"//go:noinline", "//go:norace"};
  EXPECT_EQ(p->file->decls[0]->as<FuncDecl>()->directives, a);
  EXPECT_EQ(p->file->decls[2]->as<FuncDecl>()->directives, none);  // the var took it
  EXPECT_EQ(p->file->decls[3]->as<FuncDecl>()->directives, c);
  EXPECT_EQ(p->file->decls[4]->as<FuncDecl>()->directives, none);
}

TEST(Parser, FunctionWithoutBody) {
  // Prelude functions have no body; that is not a syntax error.
  auto p = parse("package strings\n\nfunc Index(s, substr string) int\n");
  EXPECT_EQ(p->errors(), "");
  EXPECT_EQ(p->file->decls[0]->as<FuncDecl>()->body, nullptr);
}

TEST(Parser, MethodReceivers) {
  auto p = parse("package p\n\nfunc (a, b T) f() {}\nfunc () g() {}\n");
  EXPECT_EQ(p->errors(),
            "./prog.go:3:15: method has multiple receivers\n"
            "./prog.go:4:9: method has no receiver\n");
  auto* f = p->file->decls[0]->as<FuncDecl>();
  ASSERT_NE(f->recv, nullptr);
  EXPECT_EQ(f->recv->numFields(), 1u);  // cut to the first, as Go does
  EXPECT_EQ(p->file->decls[1]->as<FuncDecl>()->recv, nullptr);
}

// ---------------------------------------------------------------------------
// Branch checks and targets

TEST(Parser, BranchTargets) {
  auto p = parse(R"go(package p

func f(x int) {
outer:
	for i := range 3 {
		switch x {
		case 1:
			break
		case 2:
			fallthrough
		case 3:
			continue outer
		}
		for {
			break outer
		}
		goto done
	}
done:
}
)go");
  ASSERT_EQ(p->errors(), "");
  auto* lab = bodyOf(*p)[0]->as<LabeledStmt>();
  auto* loop = lab->stmt->as<RangeStmt>();
  auto* sw = loop->body->list[0]->as<SwitchStmt>();
  auto clause = [&](int i) { return sw->body->list[i]->as<CaseClause>(); };
  EXPECT_EQ(clause(0)->body[0]->as<BranchStmt>()->target, sw);
  EXPECT_EQ(clause(1)->body[0]->as<BranchStmt>()->target, sw);
  EXPECT_EQ(clause(2)->body[0]->as<BranchStmt>()->target, loop);
  auto* inner = loop->body->list[1]->as<ForStmt>();
  EXPECT_EQ(inner->body->list[0]->as<BranchStmt>()->target, loop);
  auto* gt = loop->body->list[2]->as<BranchStmt>();
  EXPECT_EQ(gt->target, bodyOf(*p)[1]);
}

TEST(Parser, BranchChecksSkipBodiesWithErrors) {
  // Like cmd/compile, no label errors for a body that had syntax errors.
  auto p = parse("package p\n\nfunc f() {\nL:\n\tx := )\n}\n");
  EXPECT_EQ(p->errors(), "./prog.go:5:7: syntax error: unexpected ), expected expression\n");
}

// ---------------------------------------------------------------------------
// Diagnostics::formatAll

TEST(Diagnostics, SortsAndFormats) {
  SourceSet sources;
  sources.add(SourceFile{"./prog.go", "", false});
  sources.add(SourceFile{"./other.go", "", false});
  Diagnostics d;
  d.error(Pos{0, 5, 2}, "b");
  d.error(Pos{0, 3, 7}, "a");
  d.error(Pos{1, 1, 1}, "c");
  d.error(Pos{0, 5, 2}, "b2");  // same position: report order kept
  d.error(Pos{0, 3, 1}, "first");
  EXPECT_EQ(d.formatAll(sources),
            "./prog.go:3:1: first\n./prog.go:3:7: a\n./prog.go:5:2: b\n./prog.go:5:2: b2\n./other.go:1:1: c\n");
  EXPECT_EQ(sources.format(Pos{0, 5, 2}), "./prog.go:5:2");
}

TEST(Diagnostics, TooManyErrors) {
  SourceSet sources;
  sources.add(SourceFile{"./prog.go", "", false});
  // Reported out of order, like go/types' "declared and not used" at the end
  // of a function (Go 1.23's output for tests/programs/compile/
  // too_many_errors_mixed.go): the first 10 reported are printed, sorted,
  // and "too many errors" is at the 10th reported.
  Diagnostics d;
  const int lines[] = {12, 13, 14, 15, 16, 17, 19, 20, 9, 10, 11, 21};
  for (int line : lines) d.error(Pos{0, line, 2}, "e" + std::to_string(line));
  std::string want;
  for (int line : {9, 10, 12, 13, 14, 15, 16, 17, 19, 20}) {
    want += "./prog.go:" + std::to_string(line) + ":2: e" + std::to_string(line) + "\n";
  }
  want += "./prog.go:10:2: too many errors\n";
  EXPECT_EQ(d.formatAll(sources), want);

  // Exactly 10 errors already say "too many errors" (verified with Go 1.23).
  Diagnostics ten;
  for (int i = 1; i <= 10; i++) ten.error(Pos{0, i, 1}, "x");
  std::string out = ten.formatAll(sources);
  EXPECT_NE(out.find("./prog.go:10:1: x\n./prog.go:10:1: too many errors\n"), std::string::npos);
  Diagnostics nine;
  for (int i = 1; i <= 9; i++) nine.error(Pos{0, i, 1}, "x");
  EXPECT_EQ(nine.formatAll(sources).find("too many"), std::string::npos);
}

TEST(Diagnostics, PerLineFilters) {
  SourceSet sources;
  sources.add(SourceFile{"./prog.go", "", false});
  Diagnostics d;
  d.error(Pos{0, 4, 2}, "syntax error: one");
  d.error(Pos{0, 4, 9}, "syntax error: two");  // second syntax error of the line: dropped
  d.error(Pos{0, 4, 5}, "undefined: x");
  d.error(Pos{0, 4, 7}, "undefined: x");  // same message, same line: dropped
  d.error(Pos{0, 4, 8}, "undefined: y");
  d.error(Pos{0, 5, 1}, "syntax error: three");
  EXPECT_EQ(d.formatAll(sources),
            "./prog.go:4:2: syntax error: one\n./prog.go:4:5: undefined: x\n./prog.go:4:8: undefined: y\n"
            "./prog.go:5:1: syntax error: three\n");
}

TEST(Diagnostics, SoftErrors) {
  SourceSet sources;
  sources.add(SourceFile{"./prog.go", "", false});
  Diagnostics onlySoft;
  onlySoft.softError(Pos{0, 3, 2}, "soft");
  EXPECT_EQ(onlySoft.formatAll(sources), "./prog.go:3:2: soft\n");
  Diagnostics mixed;
  mixed.softError(Pos{0, 3, 2}, "soft");
  mixed.error(Pos{0, 4, 2}, "hard");
  EXPECT_EQ(mixed.formatAll(sources), "./prog.go:4:2: hard\n");
}

TEST(Diagnostics, NoPosition) {
  SourceSet sources;
  sources.add(SourceFile{"./prog.go", "", false});
  Diagnostics d;
  d.error(Pos{}, "function main is undeclared in the main package");
  EXPECT_EQ(d.formatAll(sources), "function main is undeclared in the main package\n");
}

// ---------------------------------------------------------------------------
// Go syntax printing (for error messages)

TEST(AstDump, ExprString) {
  auto str = [](const std::string& src) {
    auto p = parse("package p\n\nvar _ = " + src + "\n");
    EXPECT_EQ(p->errors(), "") << src;
    return exprString(p->file->decls[0]->as<GenDecl>()->specs[0]->as<ValueSpec>()->values[0]);
  };
  EXPECT_EQ(str("a+b*c"), "a + b * c");
  EXPECT_EQ(str("(a+b)*c"), "(a + b) * c");
  EXPECT_EQ(str("-x"), "-x");
  EXPECT_EQ(str("<-ch"), "<-ch");
  EXPECT_EQ(str("f(a, b...)"), "f(a, b...)");
  EXPECT_EQ(str("s[1:2:3]"), "s[1:2:3]");
  EXPECT_EQ(str("s[:]"), "s[:]");
  EXPECT_EQ(str("x.(T)"), "x.(T)");
  EXPECT_EQ(str("[]int{1, 2}"), "[]int{…}");
  EXPECT_EQ(str("T{}"), "T{}");
  EXPECT_EQ(str("func(x int) string { return \"\" }"), "func(x int) string {…}");
  EXPECT_EQ(str("map[string][]*T(nil)"), "map[string][]*T(nil)");
  EXPECT_EQ(str("struct{a, b int; c string `tag`}{}"), "struct{a, b int; c string `tag`}{}");
  EXPECT_EQ(str("interface{ M(int) (int, error); io.Reader }(nil)"),
            "interface{M(int) (int, error); io.Reader}(nil)");
  EXPECT_EQ(str("(chan (<-chan int))(nil)"), "(chan (<-chan int))(nil)");
  EXPECT_EQ(str("(chan<- int)(nil)"), "(chan<- int)(nil)");
  EXPECT_EQ(str("[...]int{1}"), "[...]int{…}");
  EXPECT_EQ(str("F[int, string]"), "F[int, string]");
  EXPECT_EQ(str("func(a, b int, c ...string) {}"), "func(a, b int, c ...string) {}");
}

TEST(AstDump, PositionsOption) {
  auto p = parse("package p\n\nvar x = a + b\n");
  DumpOptions o;
  o.positions = true;
  EXPECT_EQ(dumpAst(p->file->decls[0], o), "(var@3:1 (spec@3:5 (x@3:5) - ((+@3:9 a@3:9 b@3:13))))");
}

// ---------------------------------------------------------------------------
// Every golden program parses without errors

std::filesystem::path programsDir() {
  if (const char* env = std::getenv("GS_PROGRAMS_DIR")) return env;
  std::filesystem::path here = std::filesystem::path(__FILE__).parent_path();  // tests/unit
  std::filesystem::path dir = here.parent_path() / "programs";
  if (std::filesystem::is_directory(dir)) return dir;
  return std::filesystem::current_path() / "tests" / "programs";
}

TEST(Parser, AllGoldenProgramsParse) {
  std::filesystem::path dir = programsDir();
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << "no " << dir;
  int parsed = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".go") continue;
    std::string rel = std::filesystem::relative(entry.path(), dir).generic_string();
    if (rel.rfind("compile/", 0) == 0) continue;  // programs that must not compile
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    auto p = parse(text.str());
    EXPECT_EQ(p->errors(), "") << rel;
    parsed++;
  }
  EXPECT_GT(parsed, 0);
}


// A skipped body parsed later (the prelude's lazy bodies) gives exactly the
// tree, positions included, that a full parse gives.
std::string dumpWithSkippedBodies(const std::string& name, const std::string& text, int* skipped) {
  auto sources = std::make_unique<SourceSet>();
  AstArena arena;
  Diagnostics diags;
  int32_t fi = sources->add(SourceFile{name, text, true});
  File* f = parseFile(arena, *sources, fi, diags, true);
  for (Decl* d : f->decls) {
    auto* fd = d->as<FuncDecl>();
    if (!fd || !fd->skipped.arena) continue;
    EXPECT_EQ(fd->body, nullptr);
    parseSkippedBody(*sources, fd, diags);
    EXPECT_NE(fd->body, nullptr);
    ++*skipped;
  }
  EXPECT_EQ(diags.formatAll(*sources), "") << name;
  DumpOptions o;
  o.positions = true;
  return dumpAst(f, o);
}

std::string dumpFull(const std::string& name, const std::string& text) {
  auto sources = std::make_unique<SourceSet>();
  AstArena arena;
  Diagnostics diags;
  int32_t fi = sources->add(SourceFile{name, text, true});
  File* f = parseFile(arena, *sources, fi, diags);
  DumpOptions o;
  o.positions = true;
  return dumpAst(f, o);
}

TEST(Parser, SkippedBodiesParseLaterToTheSameTree) {
  // Braces inside comments, strings, raw strings and runes; a block
  // comment spanning lines; what follows the body on the same line.
  const std::string tricky =
      "package p\n\n"
      "func a() { s := \"}{\\\"}\"; r := '}'; q := '\\''; _, _, _ = s, r, q }\n"
      "func b() int {\n\t/* } {\n } */ x := `}\n{`\n\t// }\n\treturn len(x) + func() int { return 1 }()\n}\n"
      "func c() {}; var v = 1\n"
      "func d() {\n\tif true {\n\t\tgoto L\n\t}\nL:\n}\n";
  int skipped = 0;
  EXPECT_EQ(dumpWithSkippedBodies("tricky.go", tricky, &skipped), dumpFull("tricky.go", tricky));
  EXPECT_EQ(skipped, 4);
  // Every file of the prelude.
  skipped = 0;
  for (const gs::lib::PreludeFile& pf : gs::lib::preludeSources()) {
    std::string name(pf.path), text(pf.text);
    EXPECT_EQ(dumpWithSkippedBodies(name, text, &skipped), dumpFull(name, text)) << name;
  }
  EXPECT_GT(skipped, 500);
}

TEST(Lexer, SkipBlockStopsAtAnUnclosedBlock) {
  auto sources = std::make_unique<SourceSet>();
  Diagnostics diags;
  int32_t fi = sources->add(SourceFile{"./x.go", "{ a { b }\n", false});
  Lexer lx(*sources, fi, diags);
  lx.next();
  ASSERT_EQ(lx.token().tok, Tok::LBrace);
  EXPECT_FALSE(lx.skipBlock());
  lx.next();  // nothing was skipped
  EXPECT_EQ(lx.token().tok, Tok::Ident);
  EXPECT_EQ(lx.token().lit, "a");
}

}  // namespace
