// Tokens and source positions of Go source text.
//
// The token list is one X-macro table: the enum, the spellings used in error
// messages ("unexpected newline", "syntax error: unexpected }") and the
// operator precedences all come from it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gs::syntax {

// A position in a source file. Lines and columns count from 1; column is a
// byte offset + 1, as Go's compiler reports it. file indexes SourceSet::files.
struct Pos {
  int32_t file = -1;
  int32_t line = 0;
  int32_t col = 0;
  bool valid() const { return line > 0; }
};

// A place in a source file to scan from again (Lexer::seek): a byte
// offset, its line, and the offset of that line's first byte.
struct ScanMark {
  size_t offset = 0;
  int32_t line = 0;
  size_t lineStart = 0;
};

//    name          spelling   binary precedence (0 = not a binary operator)
#define GS_TOKENS(T)                                                     \
  T(Illegal, "ILLEGAL", 0)                                               \
  T(EOF_, "EOF", 0)                                                      \
  T(Comment, "comment", 0)                                               \
  /* literals */                                                         \
  T(Ident, "name", 0)                                                    \
  T(Int, "literal", 0)                                                   \
  T(Float, "literal", 0)                                                 \
  T(Imag, "literal", 0)                                                  \
  T(Char, "literal", 0)                                                  \
  T(String, "literal", 0)                                                \
  /* operators */                                                        \
  T(Add, "+", 4)                                                         \
  T(Sub, "-", 4)                                                         \
  T(Mul, "*", 5)                                                         \
  T(Quo, "/", 5)                                                         \
  T(Rem, "%", 5)                                                         \
  T(And, "&", 5)                                                         \
  T(Or, "|", 4)                                                          \
  T(Xor, "^", 4)                                                         \
  T(Shl, "<<", 5)                                                        \
  T(Shr, ">>", 5)                                                        \
  T(AndNot, "&^", 5)                                                     \
  T(AddAssign, "+=", 0)                                                  \
  T(SubAssign, "-=", 0)                                                  \
  T(MulAssign, "*=", 0)                                                  \
  T(QuoAssign, "/=", 0)                                                  \
  T(RemAssign, "%=", 0)                                                  \
  T(AndAssign, "&=", 0)                                                  \
  T(OrAssign, "|=", 0)                                                   \
  T(XorAssign, "^=", 0)                                                  \
  T(ShlAssign, "<<=", 0)                                                 \
  T(ShrAssign, ">>=", 0)                                                 \
  T(AndNotAssign, "&^=", 0)                                              \
  T(LAnd, "&&", 2)                                                       \
  T(LOr, "||", 1)                                                        \
  T(Arrow, "<-", 0)                                                      \
  T(Inc, "++", 0)                                                        \
  T(Dec, "--", 0)                                                        \
  T(Eql, "==", 3)                                                        \
  T(Lss, "<", 3)                                                         \
  T(Gtr, ">", 3)                                                         \
  T(Assign, "=", 0)                                                      \
  T(Not, "!", 0)                                                         \
  T(Neq, "!=", 3)                                                        \
  T(Leq, "<=", 3)                                                        \
  T(Geq, ">=", 3)                                                        \
  T(Define, ":=", 0)                                                     \
  T(Ellipsis, "...", 0)                                                  \
  T(Tilde, "~", 0)                                                       \
  T(LParen, "(", 0)                                                      \
  T(LBrack, "[", 0)                                                      \
  T(LBrace, "{", 0)                                                      \
  T(Comma, ",", 0)                                                       \
  T(Period, ".", 0)                                                      \
  T(RParen, ")", 0)                                                      \
  T(RBrack, "]", 0)                                                      \
  T(RBrace, "}", 0)                                                      \
  T(Semicolon, ";", 0)                                                   \
  T(Colon, ":", 0)                                                       \
  /* keywords */                                                         \
  T(Break, "break", 0)                                                   \
  T(Case, "case", 0)                                                     \
  T(Chan, "chan", 0)                                                     \
  T(Const, "const", 0)                                                   \
  T(Continue, "continue", 0)                                             \
  T(Default, "default", 0)                                               \
  T(Defer, "defer", 0)                                                   \
  T(Else, "else", 0)                                                     \
  T(Fallthrough, "fallthrough", 0)                                       \
  T(For, "for", 0)                                                       \
  T(Func, "func", 0)                                                     \
  T(Go, "go", 0)                                                         \
  T(Goto, "goto", 0)                                                     \
  T(If, "if", 0)                                                         \
  T(Import, "import", 0)                                                 \
  T(Interface, "interface", 0)                                           \
  T(Map, "map", 0)                                                       \
  T(Package, "package", 0)                                               \
  T(Range, "range", 0)                                                   \
  T(Return, "return", 0)                                                 \
  T(Select, "select", 0)                                                 \
  T(Struct, "struct", 0)                                                 \
  T(Switch, "switch", 0)                                                 \
  T(Type, "type", 0)                                                     \
  T(Var, "var", 0)

enum class Tok : uint8_t {
#define GS_TOK_ENUM(name, spelling, prec) name,
  GS_TOKENS(GS_TOK_ENUM)
#undef GS_TOK_ENUM
};

// The spelling of a token kind: "+", "func", "name", "literal".
std::string_view tokSpelling(Tok t);
// Binary operator precedence (1..5), 0 when t is not a binary operator.
int tokPrecedence(Tok t);
// For an op-assignment token (+=), the binary operator (+); Illegal otherwise.
Tok assignOpBase(Tok t);
bool isKeyword(Tok t);

}  // namespace gs::syntax
