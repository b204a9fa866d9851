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

// Index of the smallest class holding n bytes, by binary search.
size_t classSearch(uint64_t n) {
  size_t lo = 0, hi = kNumClasses;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (kSizeClasses[mid] < n) lo = mid + 1; else hi = mid;
  }
  return lo;
}

// Sizes up to 1024 bytes (almost every allocation) find their class in a
// table indexed by size / 8.
struct SmallClassTable {
  uint8_t cls[1024 / 8 + 1];
  SmallClassTable() {
    for (uint64_t i = 0; i <= 1024 / 8; i++) cls[i] = static_cast<uint8_t>(classSearch(i * 8));
  }
};
const SmallClassTable kSmallClass;

// Index of the smallest class holding n bytes (n <= kMaxSmall).
size_t classFor(uint64_t n) {
  if (n <= 1024) return kSmallClass.cls[(n + 7) >> 3];
  return classSearch(n);
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
  for (Span* s : spans_) delete s;
  for (uint8_t* a : arenas_) std::free(a);
  for (Leaf& l : leaves_) std::free(l.spans);
  for (auto& [addr, l] : large_) std::free(l.base);
  for (uint8_t* s : statics_) std::free(s);
}

uint8_t* Heap::allocPages(uint32_t npages) {
  if (freeRuns_.size() <= npages) freeRuns_.resize(npages + 1);
  auto& runs = freeRuns_[npages];
  if (!runs.empty()) {
    uint8_t* p = runs.back();
    runs.pop_back();
    return p;
  }
  uint64_t bytes = static_cast<uint64_t>(npages) * kPageSize;
  if (bytes > kArenaBytes / 4) return static_cast<uint8_t*>(std::aligned_alloc(kPageSize, bytes));
  if (static_cast<uint64_t>(arenaEnd_ - arenaNext_) < bytes) {
    // The rest of the current arena becomes a free run of its own length.
    if (arenaEnd_ > arenaNext_) freePages(arenaNext_, static_cast<uint32_t>((arenaEnd_ - arenaNext_) / kPageSize));
    auto* a = static_cast<uint8_t*>(std::aligned_alloc(kPageSize, kArenaBytes));
    if (!a) return nullptr;
    arenas_.push_back(a);
    arenaNext_ = a;
    arenaEnd_ = a + kArenaBytes;
  }
  uint8_t* p = arenaNext_;
  arenaNext_ += bytes;
  return p;
}

void Heap::freePages(uint8_t* p, uint32_t npages) {
  if (static_cast<uint64_t>(npages) * kPageSize > kArenaBytes / 4) {
    std::free(p);
    return;
  }
  if (freeRuns_.size() <= npages) freeRuns_.resize(npages + 1);
  freeRuns_[npages].push_back(p);
}

void Heap::setSpan(uintptr_t page, Span* s) {
  uintptr_t key = page >> kLeafBits;
  Span** leaf = nullptr;
  for (Leaf& l : leaves_)
    if (l.key == key) leaf = l.spans;
  if (!leaf) {
    // Untouched parts of a leaf cost no memory (calloc'ed pages stay unmapped).
    leaf = static_cast<Span**>(std::calloc(size_t{1} << kLeafBits, sizeof(Span*)));
    leaves_.push_back(Leaf{key, leaf});
  }
  leaf[page & ((uintptr_t{1} << kLeafBits) - 1)] = s;
}

Heap::Span* Heap::newSpan(uint8_t sizeClass) {
  uint32_t slot = kSizeClasses[sizeClass];
  // At least 8 objects per span, in whole pages.
  uint64_t bytes = (static_cast<uint64_t>(slot) * 8 + kPageSize - 1) / kPageSize * kPageSize;
  if (inUse() + bytes > budget_) return nullptr;
  uint8_t* base = allocPages(static_cast<uint32_t>(bytes / kPageSize));
  if (!base) return nullptr;
  auto* s = new Span;
  s->base = base;
  s->slotSize = slot;
  s->divMul = static_cast<uint32_t>(UINT32_MAX / slot + 1);
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
  for (uint32_t pg = 0; pg < s->npages; pg++) setSpan((reinterpret_cast<uintptr_t>(base) >> kPageShift) + pg, s);
  stats_.heapInuse += bytes;
  return s;
}

void Heap::releaseSpan(Span* s) {
  for (uint32_t pg = 0; pg < s->npages; pg++) setSpan((reinterpret_cast<uintptr_t>(s->base) >> kPageShift) + pg, nullptr);
  stats_.heapInuse -= static_cast<uint64_t>(s->npages) * kPageSize;
  freePages(s->base, s->npages);
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
    uint32_t idx = slotIndex(s, reinterpret_cast<uintptr_t>(slot));
    s->allocBits[idx / 64] |= 1ull << (idx % 64);
    slotBytes = s->slotSize;
    // Most objects are a few words: zero them inline rather than through a
    // memset call (which showed up at 7% of binary-trees).
    // (A plain loop would be turned back into the call; the classes up to
    // 64 bytes are 8, 16, 24, 32, 48 and 64.)
    if (slotBytes <= 64) {
      auto* w = reinterpret_cast<uint64_t*>(slot);
      w[0] = 0;
      if (slotBytes > 8) {
        w[1] = 0;
        if (slotBytes > 16) {
          w[2] = 0;
          if (slotBytes > 24) {
            w[3] = 0;
            if (slotBytes > 32) {
              w[4] = w[5] = 0;
              if (slotBytes > 48) w[6] = w[7] = 0;
            }
          }
        }
      }
    } else {
      std::memset(slot, 0, slotBytes);
    }
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
  if (const Span* s = spanAt(a)) {
    uint32_t idx = slotIndex(s, a);
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
  if (Span* s = spanAt(reinterpret_cast<uintptr_t>(slot))) {
    uint32_t idx = slotIndex(s, reinterpret_cast<uintptr_t>(slot));
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

bool Heap::markPointer(uint64_t p, ObjRef* out) {
  uintptr_t a = static_cast<uintptr_t>(p);
  if (Span* s = spanAt(a)) {
    uint32_t idx = slotIndex(s, a);
    if (idx >= s->nslots) return false;
    uint64_t bit = 1ull << (idx % 64);
    size_t w = idx / 64;
    if (!(s->allocBits[w] & bit) || (s->markBits[w] & bit)) return false;
    uint8_t* slot = s->base + static_cast<size_t>(idx) * s->slotSize;
    if (a < reinterpret_cast<uintptr_t>(slot) + sizeof(ObjHeader)) return false;
    s->markBits[w] |= bit;
    out->header = reinterpret_cast<ObjHeader*>(slot);
    out->base = slot + sizeof(ObjHeader);
    out->size = s->slotSize - sizeof(ObjHeader);
    return true;
  }
  if (large_.empty() || !find(p, out)) return false;
  return mark(*out);
}

bool Heap::isMarked(const ObjRef& o) const {
  uint8_t* slot = reinterpret_cast<uint8_t*>(o.header);
  if (const Span* s = spanAt(reinterpret_cast<uintptr_t>(slot))) {
    uint32_t idx = slotIndex(s, reinterpret_cast<uintptr_t>(slot));
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

void Heap::releaseEmptySpans() {
  std::vector<Span*> keep;
  keep.reserve(spans_.size());
  for (auto& list : partial_) list.clear();
  for (Span* s : spans_) {
    if (s->freeCount == s->nslots) {
      releaseSpan(s);
      continue;
    }
    if (s->inPartial) partial_[s->sizeClass].push_back(s);
    keep.push_back(s);
  }
  spans_.swap(keep);
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
