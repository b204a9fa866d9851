// The heap (core/runtime/heap.h) on its own: size classes, the page table
// that maps any address to its object, marking, sweeping and the counters
// runtime.MemStats reports. The collector's roots are tested end to end by
// the golden suite under --stress-gc.
#include <gtest/gtest.h>

#include <cstring>
#include <vector>

#include "core/runtime/heap.h"

namespace gs::rt {
namespace {

uint64_t addr(const uint8_t* p) { return reinterpret_cast<uint64_t>(p); }

TEST(Heap, AllocIsZeroedAndCounted) {
  Heap h;
  uint8_t* p = h.alloc(100, kNoScan, 7);
  ASSERT_NE(p, nullptr);
  for (int i = 0; i < 100; i++) EXPECT_EQ(p[i], 0);
  EXPECT_EQ(Heap::header(p)->site, 7);
  EXPECT_EQ(Heap::header(p)->type, kNoScan);
  // 100 bytes + the 8-byte header fit the 112-byte class.
  EXPECT_EQ(h.stats().heapAlloc, 112u);
  EXPECT_EQ(h.stats().mallocs, 1u);
  EXPECT_EQ(h.stats().heapObjects, 1u);
  EXPECT_EQ(h.stats().totalAlloc, 112u);
  EXPECT_GE(h.stats().heapInuse, 8192u);
  // A freed slot comes back zeroed.
  std::memset(p, 0xAB, 100);
  uint64_t freed = 0;
  h.sweep(&freed);
  EXPECT_EQ(freed, 1u);
  uint8_t* q = h.alloc(100, kNoScan, 7);
  for (int i = 0; i < 100; i++) ASSERT_EQ(q[i], 0);
}

TEST(Heap, FindResolvesInteriorPointers) {
  Heap h;
  uint8_t* a = h.alloc(48, kNoScan, -1);
  uint8_t* b = h.alloc(48, kNoScan, -1);
  ObjRef o;
  ASSERT_TRUE(h.find(addr(a), &o));
  EXPECT_EQ(o.base, a);
  EXPECT_GE(o.size, 48u);
  ASSERT_TRUE(h.find(addr(a) + 47, &o));
  EXPECT_EQ(o.base, a);
  ASSERT_TRUE(h.find(addr(b) + 8, &o));
  EXPECT_EQ(o.base, b);
  // The header is not part of the object.
  EXPECT_FALSE(h.find(addr(a) - 1, &o));
  // Not heap memory.
  int local = 0;
  EXPECT_FALSE(h.find(reinterpret_cast<uint64_t>(&local), &o));
  EXPECT_FALSE(h.find(0, &o));
}

TEST(Heap, SweepFreesExactlyTheUnmarked) {
  Heap h;
  std::vector<uint8_t*> objs;
  for (int i = 0; i < 1000; i++) objs.push_back(h.alloc(24, kNoScan, -1));
  // Mark the even ones through an interior pointer.
  for (int i = 0; i < 1000; i += 2) {
    ObjRef o;
    ASSERT_TRUE(h.markPointer(addr(objs[i]) + 3, &o));
    EXPECT_EQ(o.base, objs[i]);
    // A second mark reports it already marked (the collector's work list
    // gets each object once).
    EXPECT_FALSE(h.markPointer(addr(objs[i]), &o));
  }
  uint64_t before = h.stats().heapAlloc;
  uint64_t freedObjs = 0;
  uint64_t freedBytes = h.sweep(&freedObjs);
  EXPECT_EQ(freedObjs, 500u);
  EXPECT_EQ(freedBytes, 500u * 32);
  EXPECT_EQ(h.stats().heapAlloc, before - freedBytes);
  EXPECT_EQ(h.stats().frees, 500u);
  EXPECT_EQ(h.stats().heapObjects, h.stats().mallocs - h.stats().frees);
  ObjRef o;
  for (int i = 0; i < 1000; i++) EXPECT_EQ(h.find(addr(objs[i]), &o), i % 2 == 0) << i;
  // Marks were cleared: with nothing marked, the next sweep frees the rest.
  h.sweep(&freedObjs);
  EXPECT_EQ(freedObjs, 500u);
  EXPECT_EQ(h.stats().heapAlloc, 0u);
  EXPECT_EQ(h.stats().heapObjects, 0u);
}

TEST(Heap, LargeObjects) {
  Heap h;
  uint8_t* big = h.alloc(100000, kNoScan, -1);
  ASSERT_NE(big, nullptr);
  ObjRef o;
  ASSERT_TRUE(h.find(addr(big) + 99999, &o));
  EXPECT_EQ(o.base, big);
  EXPECT_FALSE(h.find(addr(big) + 200000, &o));
  EXPECT_EQ(h.stats().heapAlloc, 106496u);  // whole 8 KiB pages, header included
  ASSERT_TRUE(h.markPointer(addr(big) + 5000, &o));
  uint64_t n = 0;
  h.sweep(&n);
  EXPECT_EQ(n, 0u);
  EXPECT_TRUE(h.find(addr(big), &o));
  h.sweep(&n);
  EXPECT_EQ(n, 1u);
  EXPECT_EQ(h.stats().heapInuse, 0u);
  EXPECT_FALSE(h.find(addr(big), &o));
}

TEST(Heap, BudgetRefusesInsteadOfCrashing) {
  Heap h;
  h.setBudget(1 << 20);
  EXPECT_EQ(h.alloc(2 << 20, kNoScan, -1), nullptr);
  EXPECT_EQ(h.lastFailedSize(), 2u << 20);
  int got = 0;
  while (h.alloc(1000, kNoScan, -1)) got++;
  EXPECT_GT(got, 500);
  EXPECT_LE(h.inUse(), 1u << 20);
  // Freeing everything makes room again.
  h.sweep(nullptr);
  EXPECT_NE(h.alloc(1000, kNoScan, -1), nullptr);
}

TEST(Heap, ReleaseEmptySpansReturnsMemory) {
  Heap h;
  for (int i = 0; i < 100000; i++) h.alloc(64, kNoScan, -1);
  uint64_t inuse = h.stats().heapInuse;
  EXPECT_GE(inuse, 100000u * 72);
  h.sweep(nullptr);
  h.releaseEmptySpans();
  EXPECT_EQ(h.stats().heapInuse, 0u);
  EXPECT_NE(h.alloc(64, kNoScan, -1), nullptr);
}

TEST(Heap, DueFlagWhenTheGoalIsReached) {
  Heap h;
  bool due = false;
  h.setDueFlag(&due);
  h.stats().nextGC = 64 << 10;
  while (h.stats().heapAlloc < (60 << 10)) h.alloc(1000, kNoScan, -1);
  EXPECT_FALSE(due);
  while (h.stats().heapAlloc < (64 << 10)) h.alloc(1000, kNoScan, -1);
  EXPECT_TRUE(due);
}

TEST(Heap, EverySizeClassSlotIsFoundFromEveryByte) {
  // The page table and the slot division (a multiply by a magic constant)
  // agree with plain division for every class.
  Heap h;
  for (uint64_t size = 8; size <= 32760; size = size * 5 / 4 + 8) {
    uint8_t* p = h.alloc(size, kNoScan, -1);
    ASSERT_NE(p, nullptr);
    ObjRef o;
    for (uint64_t off = 0; off < size; off += 7) {
      ASSERT_TRUE(h.find(addr(p) + off, &o)) << size << " " << off;
      ASSERT_EQ(o.base, p) << size << " " << off;
    }
  }
}

}  // namespace
}  // namespace gs::rt
