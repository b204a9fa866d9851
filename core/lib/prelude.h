// The Go-written part of Goroscope's standard library (core/lib/go/), embedded
// into the binary at build time (cmake/embed_prelude.cmake).
#pragma once

#include <string_view>
#include <vector>

namespace gs::lib {

struct PreludeFile {
  std::string_view path;  // relative to core/lib/go, e.g. "strings/strings.go"
  std::string_view text;
};

const std::vector<PreludeFile>& preludeSources();

}  // namespace gs::lib
