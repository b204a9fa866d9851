// Token tables: everything here is expanded from the GS_TOKENS X-macro in
// token.h, so the enum, spellings and precedences cannot drift apart.
#include "core/syntax/token.h"

namespace gs::syntax {

namespace {

struct TokInfo {
  std::string_view spelling;
  int precedence;
};

constexpr TokInfo kTokInfo[] = {
#define GS_TOK_INFO(name, spelling, prec) {spelling, prec},
    GS_TOKENS(GS_TOK_INFO)
#undef GS_TOK_INFO
};

constexpr size_t kNumToks = sizeof(kTokInfo) / sizeof(kTokInfo[0]);

}  // namespace

std::string_view tokSpelling(Tok t) {
  size_t i = static_cast<size_t>(t);
  return i < kNumToks ? kTokInfo[i].spelling : std::string_view("ILLEGAL");
}

int tokPrecedence(Tok t) {
  size_t i = static_cast<size_t>(t);
  return i < kNumToks ? kTokInfo[i].precedence : 0;
}

Tok assignOpBase(Tok t) {
  switch (t) {
    case Tok::AddAssign: return Tok::Add;
    case Tok::SubAssign: return Tok::Sub;
    case Tok::MulAssign: return Tok::Mul;
    case Tok::QuoAssign: return Tok::Quo;
    case Tok::RemAssign: return Tok::Rem;
    case Tok::AndAssign: return Tok::And;
    case Tok::OrAssign: return Tok::Or;
    case Tok::XorAssign: return Tok::Xor;
    case Tok::ShlAssign: return Tok::Shl;
    case Tok::ShrAssign: return Tok::Shr;
    case Tok::AndNotAssign: return Tok::AndNot;
    default: return Tok::Illegal;
  }
}

// Keywords are the contiguous tail of the table, from `break` to `var`.
bool isKeyword(Tok t) {
  return static_cast<int>(t) >= static_cast<int>(Tok::Break) &&
         static_cast<int>(t) <= static_cast<int>(Tok::Var);
}

}  // namespace gs::syntax
