#include "core/lib/natives.h"

#include <algorithm>
#include <string>
#include <vector>

namespace gs::lib {

namespace {
const std::vector<NativeEntry>& table() {
  static const std::vector<NativeEntry> entries = [] {
    std::vector<NativeEntry> all;
#define GS_CALL_REGISTER(Pkg) register##Pkg##Natives(all);
    GS_NATIVE_PACKAGES(GS_CALL_REGISTER)
#undef GS_CALL_REGISTER
    std::sort(all.begin(), all.end(),
              [](const NativeEntry& a, const NativeEntry& b) { return std::string_view(a.name) < b.name; });
    return all;
  }();
  return entries;
}
}  // namespace

vm::NativeFn findNative(std::string_view fullName) {
  const auto& t = table();
  auto it = std::lower_bound(t.begin(), t.end(), fullName,
                             [](const NativeEntry& e, std::string_view n) { return std::string_view(e.name) < n; });
  if (it != t.end() && fullName == it->name) return it->fn;
  return nullptr;
}

}  // namespace gs::lib
