#include "core/runtime/rtype.h"

namespace gs::rt {

const RMethod* RType::findMethod(const std::string& n) const {
  size_t lo = 0, hi = methods.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int c = methods[mid].name.compare(n);
    if (c == 0) return &methods[mid];
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return nullptr;
}

}  // namespace gs::rt
