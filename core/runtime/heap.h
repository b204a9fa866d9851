// The heap: the one allocation path for every byte a Go program uses.
//
// Every heap object and every goroutine stack block is allocated here, so
// that accounting (runtime.MemStats), the memory budget, the heap panel and
// the garbage collector all hook into one place, as clox's reallocate()
// does.
//
// Small objects live in spans: runs of 8 KiB pages cut into equal slots of
// one of Go's size classes. A slot is an 8-byte header followed by the
// object:
//
//   header: u32 type | i32 site        then the object, zeroed
//
// `type` indexes the program's runtime types (rt::RType::id); kNoScan marks
// objects that hold no pointers (string bytes, map internals). The object
// holds size / type->size consecutive values of the type (a slice's backing
// array). `site` names the allocation site (the compiler's index, -1 for
// runtime-internal allocations). Objects larger than 32 KiB get their own
// block. The collector finds the object containing any address through the
// page table (small) or an ordered map (large), so interior pointers (a
// slice into an array, a pointer to a field) keep whole objects alive.
//
// Invariant the collector relies on: no heap object points into a goroutine
// stack (escape analysis keeps such values on the stack). Stack pointers
// exist only in frames.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/runtime/rtype.h"

namespace gs::rt {

struct ObjHeader {
  uint32_t type;
  int32_t site;
};
static_assert(sizeof(ObjHeader) == 8);

constexpr uint32_t kNoScan = 0xFFFFFFFFu;    // no pointers inside
constexpr uint32_t kMapIterObj = 0xFFFFFFFEu; // a map iterator: the runtime scans it specially
constexpr uint32_t kMapObj = 0xFFFFFFFDu;     // a map's GoMap (its own type pointer says the rest)
constexpr uint32_t kChanObj = 0xFFFFFFFCu;    // a channel's Chan

struct HeapStats {
  uint64_t heapAlloc = 0;   // bytes in allocated objects (slot sizes)
  uint64_t heapObjects = 0;
  uint64_t heapInuse = 0;   // bytes in spans and large blocks
  uint64_t totalAlloc = 0;  // cumulative bytes allocated
  uint64_t mallocs = 0;
  uint64_t frees = 0;
  uint64_t stackInuse = 0;  // bytes in goroutine stack blocks
  uint64_t numGC = 0;
  uint64_t numForcedGC = 0;  // runtime.GC() and debug.FreeOSMemory()
  uint64_t pauseTotalNs = 0;
  uint64_t lastGC = 0;       // wall clock (ns since the epoch) when the last collection ended
  uint64_t pauseNs[256] = {};   // recent pauses, indexed by cycle number % 256 (Go's ring)
  uint64_t pauseEnd[256] = {};
  uint64_t nextGC = 4 << 20;
  uint64_t lastLive = 0;    // heapAlloc after the last collection
};

// One allocated object, as the collector and the heap panel see it.
struct ObjRef {
  uint8_t* base = nullptr;  // first byte of the object (after the header)
  uint64_t size = 0;        // bytes available to the object
  ObjHeader* header = nullptr;
};

class Heap {
 public:
  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // A zeroed object of `size` bytes. Returns null when the memory budget
  // would be exceeded (the caller raises Go's "out of memory" fatal error).
  // typeId: an RType id, or kNoScan.
  uint8_t* alloc(uint64_t size, uint32_t typeId, int32_t site);
  // The object keeps its type even when it holds no pointers (the heap
  // panel shows it); the collector skips types without pointers.
  uint8_t* alloc(uint64_t size, const RType* type, int32_t site) {
    return alloc(size, type ? static_cast<uint32_t>(type->id) : kNoScan, site);
  }
  static ObjHeader* header(uint8_t* obj) { return reinterpret_cast<ObjHeader*>(obj) - 1; }

  // Stack blocks (not GC objects: their frames are roots).
  uint8_t* allocStack(uint64_t size);
  void freeStack(uint8_t* block, uint64_t size);

  // Static, never-freed memory (globals, static closures).
  uint8_t* allocStatic(uint64_t size);

  void setBudget(uint64_t bytes) { budget_ = bytes; }
  uint64_t budget() const { return budget_; }
  uint64_t inUse() const { return stats_.heapInuse + stats_.stackInuse; }
  HeapStats& stats() { return stats_; }
  const HeapStats& stats() const { return stats_; }
  uint64_t lastFailedSize() const { return lastFailed_; }
  // A collection is due (the live heap doubled since the last one).
  bool gcDue() const { return stats_.heapAlloc >= stats_.nextGC; }
  // Set to true by any allocation that makes a collection due.
  void setDueFlag(bool* flag) { dueFlag_ = flag; }

  // ---- the collector's view
  // The object containing address p, if p points into the heap.
  bool find(uint64_t p, ObjRef* out) const;
  // Sets the mark bit; true if it was not set before.
  bool mark(const ObjRef& o);
  // find + mark in one page-table lookup (the collector's hot path): true if
  // p points into an object that was not marked yet, which is now marked.
  bool markPointer(uint64_t p, ObjRef* out);
  bool isMarked(const ObjRef& o) const;
  // Frees every unmarked object and clears the marks. Returns bytes freed.
  uint64_t sweep(uint64_t* objectsFreed);
  // Gives every span with no live object back to the page pool, where any
  // size class can reuse its pages (sweep keeps a few empty spans around for
  // the next allocations; debug.FreeOSMemory wants them gone).
  void releaseEmptySpans();
  // Visits every allocated object (the heap panel).
  template <class F> void forEachObject(F&& f) const;

 private:
  struct Span {
    uint8_t* base;       // 8 KiB aligned
    uint32_t slotSize;   // header + object
    uint32_t divMul;     // offset / slotSize == offset * divMul >> 32 within the span (Go's divMagic)
    uint32_t nslots;
    uint32_t npages;
    uint32_t freeCount;
    uint8_t sizeClass;
    void* freeList;      // free slots, threaded through their first word
    std::vector<uint64_t> allocBits, markBits;
    bool inPartial;
  };
  struct Large {
    uint8_t* base;  // the header
    uint64_t size;  // object bytes
    bool marked;
  };
  Span* newSpan(uint8_t sizeClass);
  void releaseSpan(Span* s);
  // Spans' pages come from arenas of kArenaBytes: one aligned allocation
  // per arena instead of one per span (an 8 KiB-aligned 8 KiB block from
  // malloc costs up to twice its size). Freed runs are kept by length and
  // reused first.
  static constexpr uint64_t kArenaBytes = 1 << 20;
  uint8_t* allocPages(uint32_t npages);
  void freePages(uint8_t* p, uint32_t npages);
  std::vector<uint8_t*> arenas_;
  uint8_t* arenaNext_ = nullptr;
  uint8_t* arenaEnd_ = nullptr;
  std::vector<std::vector<uint8_t*>> freeRuns_;  // index: run length in pages
  // The page table: page number -> span, in two levels. A leaf covers
  // 2^kLeafBits pages (512 MiB of addresses), so a heap needs one or two
  // leaves, found by a short linear search; the leaf is one array index.
  // (A hash map here cost a third of the collector's time.)
  static constexpr unsigned kLeafBits = 16;
  struct Leaf {
    uintptr_t key;  // page number >> kLeafBits
    Span** spans;   // 2^kLeafBits entries, zeroed
  };
  Span* spanAt(uintptr_t addr) const {
    uintptr_t page = addr >> 13;
    uintptr_t key = page >> kLeafBits;
    for (const Leaf& l : leaves_)
      if (l.key == key) return l.spans[page & ((uintptr_t{1} << kLeafBits) - 1)];
    return nullptr;
  }
  void setSpan(uintptr_t page, Span* s);
  uint32_t slotIndex(const Span* s, uintptr_t addr) const {
    return static_cast<uint32_t>((static_cast<uint64_t>(addr - reinterpret_cast<uintptr_t>(s->base)) * s->divMul) >> 32);
  }

  HeapStats stats_;
  uint64_t budget_ = 1ull << 30;
  uint64_t lastFailed_ = 0;
  std::vector<Span*> spans_;
  std::vector<std::vector<Span*>> partial_;  // per size class: spans with free slots
  std::vector<Leaf> leaves_;
  std::map<uintptr_t, Large> large_;             // header address -> large object
  std::vector<uint8_t*> statics_;
  bool* dueFlag_ = nullptr;
};

template <class F> void Heap::forEachObject(F&& f) const {
  for (const Span* s : spans_) {
    for (uint32_t i = 0; i < s->nslots; i++) {
      if (!(s->allocBits[i / 64] >> (i % 64) & 1)) continue;
      uint8_t* slot = s->base + static_cast<size_t>(i) * s->slotSize;
      ObjRef o;
      o.header = reinterpret_cast<ObjHeader*>(slot);
      o.base = slot + sizeof(ObjHeader);
      o.size = s->slotSize - sizeof(ObjHeader);
      f(o);
    }
  }
  for (const auto& [addr, l] : large_) {
    ObjRef o;
    o.header = reinterpret_cast<ObjHeader*>(l.base);
    o.base = l.base + sizeof(ObjHeader);
    o.size = l.size;
    f(o);
  }
}

// Go's malloc size classes: append rounds the capacity it asks for up to the
// size class, which is visible in cap(). Objects with pointers (noscan ==
// false) between 512 bytes and 32 KiB carry Go's 8-byte malloc header, which
// roundupsize accounts for as Go 1.22+ does.
uint64_t roundupsize(uint64_t size, bool noscan);

}  // namespace gs::rt
