// The garbage collector: precise, non-moving, stop-the-world mark and sweep.
//
// Roots: the globals (through the program's global pointer map), every
// goroutine's frames (through the stack maps of the instructions they are
// stopped at), and values the runtime holds outside the heap: deferred
// calls, panic values, timers' channels and functions, blocked channel
// operations (the channel and a parked sender's value), a native's pending
// panic. Marking follows pointers through objects by their RType: each type
// lists the offsets of its pointer words; maps and channels, whose layout
// is the runtime's, are scanned by their own rules (live entries, buffered
// elements). Pointers that do not point into the heap (into a stack, static
// data, a runtime type) are ignored; interior pointers keep the whole object.
//
// When: collections run only at scheduling check points (calls and loop
// back-edges), where every live pointer sits in a frame slot that the stack
// maps describe; natives never see a collection in the middle of their
// work. Pacing follows GOGC (debug.SetGCPercent, 100 by default): see
// setNextGC. runtime.GC() collects at once. During a collection, stacks using less than a quarter of their block
// shrink by half (never below 2048 bytes), as Go's do.
#include <algorithm>
#include <chrono>
#include <cinttypes>
#include <cstdio>

#include "core/runtime/map.h"
#include "core/vm/vm.h"
#include "core/vm/vm_internal.h"

namespace gs::vm {

using rt::GoPtr;
using rt::load;
using rt::ObjRef;

void VM::markAddress(uint64_t p, std::vector<ObjRef>* work) {
  if (p == 0) return;
  ObjRef o;
  if (heap_.markPointer(p, &o)) work->push_back(o);
}

void VM::scanObject(const ObjRef& o, std::vector<ObjRef>* work) {
  uint32_t tid = o.header->type;
  if (tid == rt::kNoScan) return;
  if (tid == rt::kMapIterObj) {
    auto* it = reinterpret_cast<rt::MapIter*>(o.base);
    markAddress(rt::fromHost(it->map), work);
    markAddress(rt::fromHost(it->entries), work);
    return;
  }
  if (tid == rt::kMapObj) {
    auto* m = reinterpret_cast<rt::GoMap*>(o.base);
    markAddress(rt::fromHost(m->entries), work);
    markAddress(rt::fromHost(m->index), work);
    const rt::RType* kt = m->type->key;
    const rt::RType* vt = m->type->elem;
    bool kp = kt->has(rt::kHasPointers), vp = vt->has(rt::kHasPointers);
    if (!kp && !vp) return;
    for (int64_t i = 0; i < m->entriesLen; i++) {
      uint8_t* e = m->entries + i * m->entrySize;
      if (e[8] != 1) continue;  // not a live entry
      if (kp)
        for (uint32_t off : kt->ptrOffsets) markAddress(load<GoPtr>(e + m->keyOff + off), work);
      if (vp)
        for (uint32_t off : vt->ptrOffsets) markAddress(load<GoPtr>(e + m->valOff + off), work);
    }
    return;
  }
  if (tid == rt::kChanObj) {
    auto* c = reinterpret_cast<Chan*>(o.base);
    markAddress(rt::fromHost(c->buf), work);
    const rt::RType* et = c->type->elem;
    if (!et->has(rt::kHasPointers) || !c->buf) return;
    for (int64_t k = 0; k < c->count; k++) {
      uint8_t* e = c->buf + ((c->recvx + k) % c->cap) * et->size;
      for (uint32_t off : et->ptrOffsets) markAddress(load<GoPtr>(e + off), work);
    }
    return;
  }
  const rt::RType* t = types_[tid];
  if (!t->has(rt::kHasPointers) || t->size == 0) return;
  // An array of values of type t (a slice's backing array, or one value).
  uint64_t n = o.size / static_cast<uint64_t>(t->size);
  for (uint64_t i = 0; i < n; i++) {
    const uint8_t* v = o.base + i * static_cast<uint64_t>(t->size);
    for (uint32_t off : t->ptrOffsets) markAddress(load<GoPtr>(v + off), work);
  }
}

uint64_t VM::stackUsed(G* g) {
  if (!g->stack) return 0;
  int32_t pc = g->pc;
  uint64_t top = g->fp + static_cast<uint64_t>(pc >= 0 ? frameSizeAt(pc) : kFrameHeader);
  return top;
}

// Stacks that use less than a quarter of their block shrink to half, never
// below 2048 bytes (Go's shrinkstack, counting its 800-byte guard as used).
int VM::shrinkStacks() {
  constexpr uint64_t kStackLimit = 800;
  int shrunk = 0;
  for (G* g : allGs_) {
    if (!g->stack || g->stackSize <= kStackMin || g->status == GStatus::Dead) continue;
    if (!callIns_.empty() && g == g_) continue;  // a native is using this stack
    uint64_t used = stackUsed(g) + kStackLimit;
    if (used >= g->stackSize / 4) continue;
    uint64_t newSize = g->stackSize / 2;
    uint8_t* fresh = heap_.allocStack(newSize);
    if (!fresh) return shrunk;
    uint8_t* old = g->stack;
    uint64_t oldSize = g->stackSize;
    uint64_t copy = std::min(oldSize, newSize);
    std::memcpy(fresh, old, copy);
    g->stack = fresh;
    g->stackSize = newSize;
    adjustPointers(g, old, oldSize, fresh - old, -1, 0);
    heap_.freeStack(old, oldSize);
    shrunk++;
    if (traceStack_)
      traceEvent("stack-shrink", "g=" + std::to_string(g->id) + " old=" + std::to_string(oldSize) +
                                     " new=" + std::to_string(newSize) + " copied=" + std::to_string(stackUsed(g)));
  }
  return shrunk;
}

void VM::collect() {
  auto t0 = std::chrono::steady_clock::now();
  rt::HeapStats& st = heap_.stats();
  uint64_t before = st.heapAlloc;
  std::vector<ObjRef> work;
  // Globals.
  for (int32_t off : prog_.globalPtrOffsets) markAddress(load<GoPtr>(globals_ + off), &work);
  // Goroutines: frames, deferred calls, panics.
  for (G* g : allGs_) {
    if (!g->stack) continue;
    walkFrameWords(g, -1, 0, [&](uint8_t* w) { markAddress(load<GoPtr>(w), &work); });
    for (Defer* d = g->defers; d; d = d->next) markAddress(d->fn, &work);
    for (Panic* p = g->panic; p; p = p->link) markAddress(p->value.data, &work);
    // A blocked channel operation: the channel (its only reference may be a
    // frame slot that is dead at the resume point) and, for a send, the
    // value waiting in the frame, which the stack map at the resume point
    // no longer lists once the send instruction is behind it.
    for (Sudog* s = g->waiting; s; s = s->waitLink) {
      if (!s->c) continue;
      markAddress(rt::fromHost(s->c), &work);
      if (!s->isSend || s->elemOff == UINT32_MAX) continue;
      const rt::RType* et = s->c->type->elem;
      if (!et->has(rt::kHasPointers) || s->elemOff + static_cast<uint64_t>(et->size) > g->stackSize) continue;
      for (uint32_t off : et->ptrOffsets) markAddress(load<GoPtr>(g->stack + s->elemOff + off), &work);
    }
  }
  for (Timer* t : timers_) {
    markAddress(t->fn, &work);
    markAddress(rt::fromHost(t->c), &work);
  }
  if (pendingPanic_) markAddress(pendingValue_.data, &work);
  while (!work.empty()) {
    ObjRef o = work.back();
    work.pop_back();
    scanObject(o, &work);
  }
  uint64_t freedObjects = 0;
  heap_.sweep(&freedObjects);
  int shrunk = shrinkStacks();
  st.numGC++;
  st.lastLive = st.heapAlloc;
  setNextGC();
  gcDue_ = false;
  auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now() - t0).count();
  st.pauseTotalNs += static_cast<uint64_t>(ns);
  st.pauseNs[(st.numGC - 1) % 256] = static_cast<uint64_t>(ns);
  st.lastGC = static_cast<uint64_t>(walltime());
  st.pauseEnd[(st.numGC - 1) % 256] = st.lastGC;
  if (traceGC_) {
    traceEvent("gc", "n=" + std::to_string(st.numGC) + " before=" + std::to_string(before) + " after=" +
                         std::to_string(st.heapAlloc) + " freed-objects=" + std::to_string(freedObjects) +
                         " stacks-shrunk=" + std::to_string(shrunk) + " next=" + std::to_string(st.nextGC));
  }
}

// GOGC pacing: the next collection when the heap has grown by gcPercent_
// percent over what the last one left live, and not before 4 MB * GOGC/100
// (Go's minimum heap). Never so late that the memory budget runs out first:
// at most three quarters of what the budget leaves is spent before the next
// collection, which also keeps a program with pacing off (GOGC=off)
// collecting near the budget, as Go does with a memory limit.
void VM::setNextGC() {
  rt::HeapStats& st = heap_.stats();
  uint64_t live = st.lastLive;
  if (gcPercent_ < 0) {
    st.nextGC = UINT64_MAX;
  } else {
    uint64_t pct = static_cast<uint64_t>(gcPercent_);
    st.nextGC = std::max<uint64_t>((4ull << 20) * pct / 100, live + live / 100 * pct);
  }
  uint64_t budget = heap_.budget();
  uint64_t inUse = heap_.inUse();
  if (budget > inUse) {
    uint64_t cap = st.heapAlloc + (budget - inUse) * 3 / 4;
    if (st.nextGC > cap) st.nextGC = cap;
  } else {
    st.nextGC = st.heapAlloc;
  }
}

int64_t VM::setGCPercent(int64_t percent) {
  int64_t old = gcPercent_;
  gcPercent_ = percent;
  setNextGC();
  // A lower target the heap is already past: collect at the next check point.
  if (heap_.stats().heapAlloc >= heap_.stats().nextGC) gcDue_ = true;
  return old;
}

}  // namespace gs::vm
