// The Go lexer.
//
// Turns one source file into tokens, one at a time, the way cmd/compile's
// scanner does (the parser relies on the exact same token stream to report
// the same syntax errors):
//   * automatic semicolons: after a line's final identifier, literal,
//     `break continue fallthrough return`, `++ --`, `) ] }`, a newline or
//     the end of the file becomes a Semicolon token whose text is "newline"
//     or "EOF" (an explicit `;` has the text "semicolon");
//   * a /* */ comment that contains a newline acts as a newline;
//   * a byte-order mark is skipped at the start of the file and an error
//     elsewhere; NUL bytes and invalid UTF-8 are reported and skipped;
//   * lexical errors ("newline in string", "invalid digit '8' in octal
//     literal", ...) go straight into Diagnostics with Go's wording and
//     position, and the literal is marked bad;
//   * `//go:xxx` line comments are collected as directives for the parser.
//
// Positions are 1-based lines and 1-based byte columns.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/syntax/source.h"
#include "core/syntax/token.h"

namespace gs::syntax {

// One token. `lit` views the source text (or a static string), so it stays
// valid as long as the SourceSet that owns the text.
struct Token {
  Tok tok = Tok::EOF_;
  Pos pos;
  // Ident: the name. Int/Float/Imag/Char/String: the literal's source text.
  // Semicolon: "semicolon", "newline" or "EOF". Otherwise empty.
  std::string_view lit;
  bool bad = false;  // a literal with a lexical error (already reported)
};

class Lexer {
 public:
  // Lexes sources.file(fileIndex). Errors are appended to diags.
  Lexer(const SourceSet& sources, int32_t fileIndex, Diagnostics& diags);

  // Scans the next token; token() then describes it.
  void next();
  const Token& token() const { return tok_; }

  // Number of errors this lexer has reported so far.
  int errorCount() const { return errors_; }

  // Where a token starts, to scan from there again (seek).
  using Mark = ScanMark;
  Mark tokenMark() const {
    return Mark{tokStart_, tok_.pos.line, tokStart_ - static_cast<size_t>(tok_.pos.col - 1)};
  }
  // The next next() scans the token at m.
  void seek(const Mark& m);
  // With a '{' as the current token: moves past its matching '}' without
  // making tokens (braces in comments, strings and rune literals do not
  // count), so that next() scans what follows as it would after the '}'.
  // Returns false, moving nowhere, if the block does not end. Lexical
  // errors and directives inside the block are not seen.
  bool skipBlock();

  // The `//go:` directives seen since the last takeDirectives() or
  // clearDirectives(), as written ("//go:noinline"), without the line end.
  std::vector<std::string> takeDirectives();
  void clearDirectives() { directives_.clear(); }

 private:
  void nextch();
  void error(std::string msg);                   // at the current character
  void errorAt(int32_t offset, std::string msg);  // at token start + offset bytes
  void setLit(Tok kind, bool ok);
  void ident();
  bool atIdentChar(bool first);
  void number(bool seenPoint);
  int digits(int base, int32_t* invalid);
  void rune();
  void stdString();
  void rawString();
  bool escape(char quote);
  void lineComment();
  bool skipBlockComment();
  Pos posOf(size_t offset) const;

  std::string_view src_;
  int32_t file_;
  Diagnostics& diags_;
  int errors_ = 0;

  // The current character: ch_ is a code point (-1 at the end of the file),
  // starting at byte chOff_ and chw_ bytes long, on line line_ whose first
  // byte is at lineStart_.
  int32_t ch_ = ' ';
  size_t chOff_ = 0;
  size_t chw_ = 0;
  int32_t line_ = 1;
  size_t lineStart_ = 0;

  size_t tokStart_ = 0;  // byte offset where the current token starts
  bool nlsemi_ = false;  // a newline or EOF now would become a semicolon
  Token tok_;
  std::vector<std::string> directives_;
};

// The value of a string literal as written in source, with quotes
// ("a\tb" or `raw`). Raw strings lose their carriage returns. Returns false
// if lit is not a well-formed string literal.
bool unquoteString(std::string_view lit, std::string* out);

// The value of a rune literal ('a', '\n', '\u00e9', '\377'). Returns false if
// lit is not a well-formed rune literal.
bool unquoteChar(std::string_view lit, int32_t* rune);

// Unicode classification as Go's unicode.IsLetter / IsDigit / IsPrint.
bool isUnicodeLetter(int32_t r);
bool isUnicodeDigit(int32_t r);
bool isUnicodePrint(int32_t r);

// Appends the UTF-8 encoding of r (U+FFFD if r is not a valid code point).
void appendUtf8(std::string* out, int32_t r);

// Decodes one UTF-8 sequence at s[0..]; returns the code point and sets *width
// (1 with U+FFFD for invalid input, like Go's utf8.DecodeRune).
int32_t decodeUtf8(std::string_view s, size_t* width);

// Go's %#U: "U+0040 '@'" (the character only when printable).
std::string formatRuneU(int32_t r);

// Go's %q of a rune: 'a', '\n', '\x00', '\u00a0'.
std::string quoteRune(int32_t r);

}  // namespace gs::syntax
