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
constexpr size_t kNumClasses = sizeof kSizeClasses / sizeof kSizeClasses[0];
constexpr uint64_t kPageSize = 8192;
constexpr unsigned kPageShift = 13;
constexpr uint64_t kMaxSmall = 32768;

// Index of the smallest class holding n bytes (n <= kMaxSmall).
size_t classFor(uint64_t n) {
  size_t lo = 0, hi = kNumClasses;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (kSizeClasses[mid] < n) lo = mid + 1; else hi = mid;
  }
  return lo;
}
}  // namespace

uint64_t roundupsize(uint64_t size, bool noscan) {
  if (size == 0) return 0;
  constexpr uint64_t kMallocHeader = 8, kMinSizeForHeader = 512;
  if (size <= kMaxSmall - kMallocHeader) {
    uint64_t req = size;
    if (!noscan && req > kMinSizeForHeader) req += kMallocHeader;
    return kSizeClasses[classFor(req)] - (req - size);
  }
  if (size > UINT64_MAX - kPageSize) return size;
  return (size + kPageSize - 1) / kPageSize * kPageSize;
}

Heap::Heap() : partial_(kNumClasses) {}

Heap::~Heap() {
  for (Span* s : spans_) {
    std::free(s->base);
    delete s;
  }
  for (auto& [addr, l] : large_) std::free(l.base);
  for (uint8_t* s : statics_) std::free(s);
}

Heap::Span* Heap::newSpan(uint8_t sizeClass) {
  uint32_t slot = kSizeClasses[sizeClass];
  // At least 8 objects per span, in whole pages.
  uint64_t bytes = (static_cast<uint64_t>(slot) * 8 + kPageSize - 1) / kPageSize * kPageSize;
  if (inUse() + bytes > budget_) return nullptr;
  auto* base = static_cast<uint8_t*>(std::aligned_alloc(kPageSize, bytes));
  if (!base) return nullptr;
  auto* s = new Span;
  s->base = base;
  s->slotSize = slot;
  s->nslots = static_cast<uint32_t>(bytes / slot);
  s->npages = static_cast<uint32_t>(bytes / kPageSize);
  s->sizeClass = sizeClass;
  s->freeCount = s->nslots;
  s->allocBits.assign((s->nslots + 63) / 64, 0);
  s->markBits.assign((s->nslots + 63) / 64, 0);
  // Thread the free list through the slots, lowest address first.
  s->freeList = nullptr;
  for (uint32_t i = s->nslots; i-- > 0;) {
    void** p = reinterpret_cast<void**>(base + static_cast<size_t>(i) * slot);
    *p = s->freeList;
    s->freeList = p;
  }
  s->inPartial = true;
  partial_[sizeClass].push_back(s);
  spans_.push_back(s);
  for (uint32_t pg = 0; pg < s->npages; pg++) pages_[(reinterpret_cast<uintptr_t>(base) >> kPageShift) + pg] = s;
  stats_.heapInuse += bytes;
  return s;
}

void Heap::releaseSpan(Span* s) {
  for (uint32_t pg = 0; pg < s->npages; pg++) pages_.erase((reinterpret_cast<uintptr_t>(s->base) >> kPageShift) + pg);
  stats_.heapInuse -= static_cast<uint64_t>(s->npages) * kPageSize;
  std::free(s->base);
  delete s;
}

uint8_t* Heap::alloc(uint64_t size, uint32_t typeId, int32_t site) {
  uint64_t need = size + sizeof(ObjHeader);
  if (size > budget_ || need > UINT32_MAX * 8ull) {
    lastFailed_ = size;
    return nullptr;
  }
  uint8_t* slot;
  uint64_t slotBytes;
  if (need <= kMaxSmall) {
    size_t cls = classFor(need);
    auto& list = partial_[cls];
    Span* s = list.empty() ? nullptr : list.back();
    if (!s) {
      s = newSpan(static_cast<uint8_t>(cls));
      if (!s) {
        lastFailed_ = size;
        return nullptr;
      }
    }
    void** p = static_cast<void**>(s->freeList);
    s->freeList = *p;
    s->freeCount--;
    if (s->freeCount == 0) {
      list.pop_back();
      s->inPartial = false;
    }
    slot = reinterpret_cast<uint8_t*>(p);
    uint32_t idx = static_cast<uint32_t>((slot - s->base) / s->slotSize);
    s->allocBits[idx / 64] |= 1ull << (idx % 64);
    slotBytes = s->slotSize;
    std::memset(slot, 0, slotBytes);
  } else {
    uint64_t bytes = (need + kPageSize - 1) / kPageSize * kPageSize;
    if (inUse() + bytes > budget_) {
      lastFailed_ = size;
      return nullptr;
    }
    slot = static_cast<uint8_t*>(std::aligned_alloc(kPageSize, bytes));
    if (!slot) {
      lastFailed_ = size;
      return nullptr;
    }
    std::memset(slot, 0, need);
    large_[reinterpret_cast<uintptr_t>(slot)] = Large{slot, bytes - sizeof(ObjHeader), false};
    stats_.heapInuse += bytes;
    slotBytes = bytes;
  }
  auto* h = reinterpret_cast<ObjHeader*>(slot);
  h->type = typeId;
  h->site = site;
  stats_.heapAlloc += slotBytes;
  stats_.heapObjects++;
  stats_.totalAlloc += slotBytes;
  stats_.mallocs++;
  if (dueFlag_ && stats_.heapAlloc >= stats_.nextGC) *dueFlag_ = true;
  return slot + sizeof(ObjHeader);
}

bool Heap::find(uint64_t p, ObjRef* out) const {
  uintptr_t a = static_cast<uintptr_t>(p);
  auto it = pages_.find(a >> kPageShift);
  if (it != pages_.end()) {
    const Span* s = it->second;
    uint64_t off = a - reinterpret_cast<uintptr_t>(s->base);
    uint32_t idx = static_cast<uint32_t>(off / s->slotSize);
    if (idx >= s->nslots || !(s->allocBits[idx / 64] >> (idx % 64) & 1)) return false;
    uint8_t* slot = s->base + static_cast<size_t>(idx) * s->slotSize;
    // A pointer to the header itself is not a pointer to the object.
    if (a < reinterpret_cast<uintptr_t>(slot) + sizeof(ObjHeader)) return false;
    out->header = reinterpret_cast<ObjHeader*>(slot);
    out->base = slot + sizeof(ObjHeader);
    out->size = s->slotSize - sizeof(ObjHeader);
    return true;
  }
  if (large_.empty()) return false;
  auto lt = large_.upper_bound(a);
  if (lt == large_.begin()) return false;
  --lt;
  const Large& l = lt->second;
  uintptr_t objStart = reinterpret_cast<uintptr_t>(l.base) + sizeof(ObjHeader);
  if (a < objStart || a >= objStart + l.size) return false;
  out->header = reinterpret_cast<ObjHeader*>(l.base);
  out->base = l.base + sizeof(ObjHeader);
  out->size = l.size;
  return true;
}

bool Heap::mark(const ObjRef& o) {
  uint8_t* slot = reinterpret_cast<uint8_t*>(o.header);
  auto it = pages_.find(reinterpret_cast<uintptr_t>(slot) >> kPageShift);
  if (it != pages_.end()) {
    Span* s = it->second;
    uint32_t idx = static_cast<uint32_t>((slot - s->base) / s->slotSize);
    uint64_t bit = 1ull << (idx % 64);
    if (s->markBits[idx / 64] & bit) return false;
    s->markBits[idx / 64] |= bit;
    return true;
  }
  auto lt = large_.find(reinterpret_cast<uintptr_t>(slot));
  if (lt == large_.end() || lt->second.marked) return false;
  lt->second.marked = true;
  return true;
}

bool Heap::isMarked(const ObjRef& o) const {
  uint8_t* slot = reinterpret_cast<uint8_t*>(o.header);
  auto it = pages_.find(reinterpret_cast<uintptr_t>(slot) >> kPageShift);
  if (it != pages_.end()) {
    const Span* s = it->second;
    uint32_t idx = static_cast<uint32_t>((slot - s->base) / s->slotSize);
    return s->markBits[idx / 64] >> (idx % 64) & 1;
  }
  auto lt = large_.find(reinterpret_cast<uintptr_t>(slot));
  return lt != large_.end() && lt->second.marked;
}

uint64_t Heap::sweep(uint64_t* objectsFreed) {
  uint64_t freedBytes = 0, freedObjs = 0;
  std::vector<Span*> keep;
  keep.reserve(spans_.size());
  for (auto& list : partial_) list.clear();
  for (Span* s : spans_) {
    for (size_t w = 0; w < s->allocBits.size(); w++) {
      uint64_t dead = s->allocBits[w] & ~s->markBits[w];
      while (dead) {
        unsigned b = static_cast<unsigned>(__builtin_ctzll(dead));
        dead &= dead - 1;
        uint32_t idx = static_cast<uint32_t>(w * 64 + b);
        void** p = reinterpret_cast<void**>(s->base + static_cast<size_t>(idx) * s->slotSize);
        *p = s->freeList;
        s->freeList = p;
        s->freeCount++;
        freedBytes += s->slotSize;
        freedObjs++;
      }
      s->allocBits[w] &= s->markBits[w];
      s->markBits[w] = 0;
    }
    if (s->freeCount == s->nslots && spans_.size() > 16) {
      releaseSpan(s);
      continue;
    }
    s->inPartial = s->freeCount > 0;
    if (s->inPartial) partial_[s->sizeClass].push_back(s);
    keep.push_back(s);
  }
  spans_.swap(keep);
  for (auto it = large_.begin(); it != large_.end();) {
    if (!it->second.marked) {
      uint64_t bytes = it->second.size + sizeof(ObjHeader);
      freedBytes += bytes;
      freedObjs++;
      stats_.heapInuse -= bytes;
      std::free(it->second.base);
      it = large_.erase(it);
    } else {
      it->second.marked = false;
      ++it;
    }
  }
  stats_.heapAlloc -= freedBytes;
  stats_.heapObjects -= freedObjs;
  stats_.frees += freedObjs;
  if (objectsFreed) *objectsFreed = freedObjs;
  return freedBytes;
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
