// Package unicode's natives: the property predicates and case mappings over
// the generated Unicode 15 tables (core/lib/unicode_tables.h), plus the
// lookup behind the opaque predefined RangeTables (core/lib/go/unicode).
#include <iterator>
#include <vector>

#include "core/lib/natives.h"
#include "core/lib/unicode_tables.h"
#include "core/vm/vm.h"

namespace gs::lib {

namespace {

using rt::GoString;

// func(r rune) bool
template <bool (*F)(int32_t)>
void predicate(vm::VM&, uint8_t* args) {
  Args a(args);
  int32_t r = a.arg<int32_t>();
  a.beginResults();
  a.result<uint8_t>(F(r) ? 1 : 0);
}

// func(r rune) rune
template <int32_t (*F)(int32_t)>
void mapping(vm::VM&, uint8_t* args) {
  Args a(args);
  int32_t r = a.arg<int32_t>();
  a.beginResults();
  a.result<int32_t>(F(r));
}

// func inNamedTable(name string, r rune) bool
void unicodeInNamedTable(vm::VM&, uint8_t* args) {
  Args a(args);
  GoString name = a.arg<GoString>();
  int32_t r = a.arg<int32_t>();
  a.beginResults();
  a.result<uint8_t>(unicode::isInNamedTable(name.view(), r) ? 1 : 0);
}

}  // namespace

void registerUnicodeNatives(std::vector<NativeEntry>& out) {
  namespace u = unicode;
  static const NativeEntry entries[] = {
      {"unicode.IsControl", predicate<u::IsControl>},
      {"unicode.IsDigit", predicate<u::IsDigit>},
      {"unicode.IsGraphic", predicate<u::IsGraphic>},
      {"unicode.IsLetter", predicate<u::IsLetter>},
      {"unicode.IsLower", predicate<u::IsLower>},
      {"unicode.IsMark", predicate<u::IsMark>},
      {"unicode.IsNumber", predicate<u::IsNumber>},
      {"unicode.IsPrint", predicate<u::IsPrint>},
      {"unicode.IsPunct", predicate<u::IsPunct>},
      {"unicode.IsSpace", predicate<u::IsSpace>},
      {"unicode.IsSymbol", predicate<u::IsSymbol>},
      {"unicode.IsTitle", predicate<u::IsTitle>},
      {"unicode.IsUpper", predicate<u::IsUpper>},
      {"unicode.SimpleFold", mapping<u::SimpleFold>},
      {"unicode.ToLower", mapping<u::ToLower>},
      {"unicode.ToTitle", mapping<u::ToTitle>},
      {"unicode.ToUpper", mapping<u::ToUpper>},
      {"unicode.inNamedTable", unicodeInNamedTable},
  };
  out.insert(out.end(), std::begin(entries), std::end(entries));
}

}  // namespace gs::lib
