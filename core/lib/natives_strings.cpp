// Package strings' natives: the searches and builders that would be slow as
// byte loops in the VM (see core/lib/go/strings/strings.go for the Go side).
//
// Results that are new strings are allocated in the Go heap with
// VM::newString or VM::alloc (never built in a host buffer first when their
// size comes from the program, so a huge Repeat fails as Go's out-of-memory
// error, not as a host allocation). Panics use Go's exact messages.
#include <cstring>
#include <iterator>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "core/lib/natives.h"
#include "core/lib/strconv_impl.h"
#include "core/lib/unicode_tables.h"
#include "core/vm/vm.h"

namespace gs::lib {

namespace {

using rt::GoSlice;
using rt::GoString;

constexpr int64_t kMaxInt = std::numeric_limits<int64_t>::max();

// func Index(s, substr string) int
void stringsIndex(vm::VM&, uint8_t* args) {
  Args a(args);
  std::string_view s = a.arg<GoString>().view();
  std::string_view sub = a.arg<GoString>().view();
  a.beginResults();
  size_t i = s.find(sub);
  a.result<int64_t>(i == std::string_view::npos ? -1 : static_cast<int64_t>(i));
}

// func IndexByte(s string, c byte) int
void stringsIndexByte(vm::VM&, uint8_t* args) {
  Args a(args);
  GoString s = a.arg<GoString>();
  uint8_t c = a.arg<uint8_t>();
  a.beginResults();
  const void* p = s.len > 0 ? std::memchr(s.data(), c, static_cast<size_t>(s.len)) : nullptr;
  a.result<int64_t>(p ? static_cast<const char*>(p) - s.data() : -1);
}

// func LastIndex(s, substr string) int
void stringsLastIndex(vm::VM&, uint8_t* args) {
  Args a(args);
  std::string_view s = a.arg<GoString>().view();
  std::string_view sub = a.arg<GoString>().view();
  a.beginResults();
  size_t i = s.rfind(sub);  // an empty substr is found at len(s), as in Go
  a.result<int64_t>(i == std::string_view::npos ? -1 : static_cast<int64_t>(i));
}

// func LastIndexByte(s string, c byte) int
void stringsLastIndexByte(vm::VM&, uint8_t* args) {
  Args a(args);
  std::string_view s = a.arg<GoString>().view();
  char c = static_cast<char>(a.arg<uint8_t>());
  a.beginResults();
  size_t i = s.rfind(c);
  a.result<int64_t>(i == std::string_view::npos ? -1 : static_cast<int64_t>(i));
}

// func Count(s, substr string) int
void stringsCount(vm::VM&, uint8_t* args) {
  Args a(args);
  std::string_view s = a.arg<GoString>().view();
  std::string_view sub = a.arg<GoString>().view();
  a.beginResults();
  int64_t n = 0;
  if (sub.empty()) {
    // Every rune boundary matches: the runes plus one.
    n = utf8RuneCount(s) + 1;
  } else {
    for (size_t i = s.find(sub); i != std::string_view::npos; i = s.find(sub, i + sub.size())) n++;
  }
  a.result<int64_t>(n);
}

// func Compare(a, b string) int
void stringsCompare(vm::VM&, uint8_t* args) {
  Args a(args);
  std::string_view x = a.arg<GoString>().view();
  std::string_view y = a.arg<GoString>().view();
  a.beginResults();
  size_t n = x.size() < y.size() ? x.size() : y.size();
  int c = n ? std::memcmp(x.data(), y.data(), n) : 0;  // bytes compare unsigned
  if (c == 0) c = x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
  a.result<int64_t>(c < 0 ? -1 : c > 0 ? 1 : 0);
}

// func Repeat(s string, count int) string
void stringsRepeat(vm::VM& vm, uint8_t* args) {
  Args a(args);
  GoString s = a.arg<GoString>();
  int64_t count = a.arg<int64_t>();
  a.beginResults();
  uint8_t* result = a.at(sizeof(GoString), 8);
  if (count == 0) {
    rt::store<GoString>(result, GoString{0, 0});
    return;
  }
  if (count == 1) {
    rt::store<GoString>(result, s);
    return;
  }
  if (count < 0) {
    vm.panicString("strings: negative Repeat count");
    return;
  }
  if (s.len > kMaxInt / count) {
    vm.panicString("strings: Repeat output length overflow");
    return;
  }
  int64_t n = s.len * count;
  if (n == 0) {
    rt::store<GoString>(result, GoString{0, 0});
    return;
  }
  uint8_t* p = vm.alloc(static_cast<uint64_t>(n), nullptr, vm.kSiteHere);
  if (vm.failed()) return;
  // alloc runs no Go code, so neither s nor the stack moved.
  std::memcpy(p, s.data(), static_cast<size_t>(s.len));
  // Double the filled prefix until the whole result is written.
  for (int64_t done = s.len; done < n;) {
    int64_t chunk = done < n - done ? done : n - done;
    std::memcpy(p + done, p, static_cast<size_t>(chunk));
    done += chunk;
  }
  rt::store<GoString>(result, GoString{rt::fromHost(p), n});
}

// func Join(elems []string, sep string) string
void stringsJoin(vm::VM& vm, uint8_t* args) {
  Args a(args);
  GoSlice elems = a.arg<GoSlice>();
  GoString sep = a.arg<GoString>();
  a.beginResults();
  uint8_t* result = a.at(sizeof(GoString), 8);
  auto elem = [&](int64_t i) { return rt::load<GoString>(elems.data() + 16 * i); };
  if (elems.len == 0) {
    rt::store<GoString>(result, GoString{0, 0});
    return;
  }
  if (elems.len == 1) {
    rt::store<GoString>(result, elem(0));
    return;
  }
  int64_t n = 0;
  if (sep.len > 0) {
    if (sep.len >= kMaxInt / (elems.len - 1)) {
      vm.panicString("strings: Join output length overflow");
      return;
    }
    n = sep.len * (elems.len - 1);
  }
  for (int64_t i = 0; i < elems.len; i++) {
    int64_t l = elem(i).len;
    if (l > kMaxInt - n) {
      vm.panicString("strings: Join output length overflow");
      return;
    }
    n += l;
  }
  if (n == 0) {
    rt::store<GoString>(result, GoString{0, 0});
    return;
  }
  uint8_t* p = vm.alloc(static_cast<uint64_t>(n), nullptr, vm.kSiteHere);
  if (vm.failed()) return;
  uint8_t* out = p;
  for (int64_t i = 0; i < elems.len; i++) {
    if (i > 0 && sep.len > 0) {
      std::memcpy(out, sep.data(), static_cast<size_t>(sep.len));
      out += sep.len;
    }
    GoString e = elem(i);
    if (e.len > 0) {
      std::memcpy(out, e.data(), static_cast<size_t>(e.len));
      out += e.len;
    }
  }
  rt::store<GoString>(result, GoString{rt::fromHost(p), n});
}

// ToUpper/ToLower: Go maps an all-ASCII string bytewise (returning s itself
// when nothing changes) and anything else rune by rune through unicode.To*,
// which turns each invalid byte into U+FFFD. upper selects the direction.
void mapCase(vm::VM& vm, uint8_t* args, bool upper) {
  Args a(args);
  GoString s = a.arg<GoString>();
  a.beginResults();
  uint8_t* result = a.at(sizeof(GoString), 8);
  std::string_view in = s.view();
  bool ascii = true, change = false;
  for (unsigned char c : in) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z')) change = true;
  }
  std::string out;
  if (ascii) {
    if (!change) {
      rt::store<GoString>(result, s);
      return;
    }
    out.assign(in);
    for (char& c : out) {
      if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - ('a' - 'A'));
      if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
    }
  } else {
    out.reserve(in.size());
    for (size_t i = 0; i < in.size();) {
      int width = 0;
      int32_t r = utf8DecodeRune(in.substr(i), &width);
      i += static_cast<size_t>(width);
      utf8AppendRune(&out, upper ? unicode::ToUpper(r) : unicode::ToLower(r));
    }
    if (out == in) {
      rt::store<GoString>(result, s);
      return;
    }
  }
  GoString r = vm.newString(out);
  if (vm.failed()) return;
  rt::store<GoString>(result, r);
}

// func ToUpper(s string) string
void stringsToUpper(vm::VM& vm, uint8_t* args) { mapCase(vm, args, true); }

// func ToLower(s string) string
void stringsToLower(vm::VM& vm, uint8_t* args) { mapCase(vm, args, false); }

// func bytesView(b []byte) string
// Builder.String's result: a string sharing b's bytes, which the Builder
// never modifies again (see builder.go).
void stringsBytesView(vm::VM&, uint8_t* args) {
  Args a(args);
  GoSlice b = a.arg<GoSlice>();
  a.beginResults();
  a.result<GoString>(GoString{b.len ? b.ptr : 0, b.len});
}

}  // namespace

void registerStringsNatives(std::vector<NativeEntry>& out) {
  static const NativeEntry entries[] = {
      {"strings.Compare", stringsCompare},
      {"strings.Count", stringsCount},
      {"strings.Index", stringsIndex},
      {"strings.IndexByte", stringsIndexByte},
      {"strings.Join", stringsJoin},
      {"strings.LastIndex", stringsLastIndex},
      {"strings.LastIndexByte", stringsLastIndexByte},
      {"strings.Repeat", stringsRepeat},
      {"strings.bytesView", stringsBytesView},
      {"strings.ToLower", stringsToLower},
      {"strings.ToUpper", stringsToUpper},
  };
  out.insert(out.end(), std::begin(entries), std::end(entries));
}

}  // namespace gs::lib
