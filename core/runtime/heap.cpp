#include "core/runtime/heap.h"

#include <cstdlib>
#include <cstring>

namespace gs::rt {

namespace {
// Go's small-object size classes (bytes/obj), measured with Go 1.23 through
// cap(append([]byte(nil), make([]byte, n)...)). Larger sizes round up to
// whole 8 KiB pages.
constexpr uint32_t kSizeClasses[] = {
    8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,
    176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,
    480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,
    1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,  6528,
    6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384, 18432,
    19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr uint64_t kPageSize = 8192;
}  // namespace

uint64_t roundupsize(uint64_t size, bool noscan) {
  if (size == 0) return 0;
  constexpr uint64_t kMallocHeader = 8, kMinSizeForHeader = 512;
  if (size <= 32768 - kMallocHeader) {
    uint64_t req = size;
    if (!noscan && req > kMinSizeForHeader) req += kMallocHeader;
    size_t lo = 0, hi = sizeof kSizeClasses / sizeof kSizeClasses[0];
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (kSizeClasses[mid] < req) lo = mid + 1; else hi = mid;
    }
    return kSizeClasses[lo] - (req - size);
  }
  if (size > UINT64_MAX - kPageSize) return size;
  return (size + kPageSize - 1) / kPageSize * kPageSize;
}

Heap::Heap() = default;

Heap::~Heap() {
  for (uint8_t* h : objects_) std::free(h);
  for (uint8_t* s : statics_) std::free(s);
}

uint8_t* Heap::alloc(uint64_t size, const RType* type, int32_t site) {
  if (size > budget_ || inUse() + size > budget_ || size > UINT32_MAX) {
    lastFailed_ = size;
    return nullptr;
  }
  auto* raw = static_cast<uint8_t*>(std::calloc(1, sizeof(ObjHeader) + (size ? size : 1)));
  if (!raw) {
    lastFailed_ = size;
    return nullptr;
  }
  auto* h = reinterpret_cast<ObjHeader*>(raw);
  h->type = type;
  h->size = static_cast<uint32_t>(size);
  h->site = site;
  objects_.push_back(raw);
  stats_.heapAlloc += size;
  stats_.totalAlloc += size;
  stats_.mallocs++;
  return raw + sizeof(ObjHeader);
}

uint8_t* Heap::allocStack(uint64_t size) {
  if (inUse() + size > budget_) {
    lastFailed_ = size;
    return nullptr;
  }
  auto* block = static_cast<uint8_t*>(std::calloc(1, size));
  if (!block) {
    lastFailed_ = size;
    return nullptr;
  }
  stats_.stackInuse += size;
  return block;
}

void Heap::freeStack(uint8_t* block, uint64_t size) {
  std::free(block);
  stats_.stackInuse -= size;
}

uint8_t* Heap::allocStatic(uint64_t size) {
  auto* p = static_cast<uint8_t*>(std::calloc(1, size ? size : 1));
  statics_.push_back(p);
  return p;
}

}  // namespace gs::rt
