// The heap: the one allocation path for every byte a Go program uses.
//
// Every heap object and every goroutine stack block is allocated here, so
// that accounting (runtime.MemStats), the memory budget, the heap panel and
// (issue 4) the garbage collector all hook into one place, as clox's
// reallocate() does.
//
// Layout of a heap object: a 16-byte header immediately before the object's
// first byte, then the object, zeroed at allocation:
//
//   header: RType* type (8) | u32 size | i32 site
//
// `type` describes one element; an object may hold `size / type->size`
// consecutive elements (the backing array of a slice). A null type means the
// object holds no pointers (string bytes). `site` names the allocation site
// (an index the compiler assigns; -1 for runtime-internal allocations).
//
// Invariant (issue 4 relies on it): no heap object points into a goroutine
// stack. Stack pointers exist only in stack frames.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/runtime/rtype.h"

namespace gs::rt {

struct ObjHeader {
  const RType* type;
  uint32_t size;
  int32_t site;
};
static_assert(sizeof(ObjHeader) == 16);

struct HeapStats {
  uint64_t heapAlloc = 0;   // bytes in live (not yet freed) objects
  uint64_t totalAlloc = 0;  // cumulative bytes allocated
  uint64_t mallocs = 0;
  uint64_t frees = 0;
  uint64_t stackInuse = 0;  // bytes in goroutine stack blocks
  uint64_t numGC = 0;
};

class Heap {
 public:
  Heap();
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // A zeroed object of `size` bytes. Returns null when the memory budget
  // would be exceeded (the caller raises Go's "out of memory" fatal error).
  uint8_t* alloc(uint64_t size, const RType* type, int32_t site);
  static ObjHeader* header(uint8_t* obj) { return reinterpret_cast<ObjHeader*>(obj) - 1; }

  // Stack blocks (not GC objects: their frames are roots).
  uint8_t* allocStack(uint64_t size);
  void freeStack(uint8_t* block, uint64_t size);

  // Static, never-freed memory (globals, static closures).
  uint8_t* allocStatic(uint64_t size);

  void setBudget(uint64_t bytes) { budget_ = bytes; }
  uint64_t budget() const { return budget_; }
  uint64_t inUse() const { return stats_.heapAlloc + stats_.stackInuse; }
  const HeapStats& stats() const { return stats_; }
  // The size of the allocation that failed last (for the OOM report).
  uint64_t lastFailedSize() const { return lastFailed_; }

 private:
  HeapStats stats_;
  uint64_t budget_ = 1ull << 30;
  uint64_t lastFailed_ = 0;
  std::vector<uint8_t*> objects_;  // every live object's header (for the collector)
  std::vector<uint8_t*> statics_;
};

// Go's malloc size classes: append rounds the capacity it asks for up to the
// size class, which is visible in cap(). Objects with pointers (noscan ==
// false) between 512 bytes and 32 KiB carry Go's 8-byte malloc header, which
// roundupsize accounts for as Go 1.22+ does.
uint64_t roundupsize(uint64_t size, bool noscan);

}  // namespace gs::rt
