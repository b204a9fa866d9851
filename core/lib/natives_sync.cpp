// Natives of packages sync and sync/atomic (the Go side is core/lib/go/sync).
//
// One goroutine runs at a time and a native is never interrupted, so every
// native here is one atomic step: "check the state, then either proceed or
// queue up" cannot be split by another goroutine. Blocking goes through the
// VM's semaphores (VM::semacquire / semrelease: FIFO wait queues keyed by
// the address of a uint32 counter inside the sync value), so all waiting
// state lives in the VM and dies with it.
//
// Mutex (8 bytes, as in Go: state int32, sema uint32). state holds
//
//   bit 0  locked     someone owns the mutex
//   bit 1  woken      a waiter was readied and has not run yet: Unlock does
//                     not wake a second one meanwhile
//   bit 2  starving   a woken waiter found the mutex taken again: from now
//                     on Unlock hands the mutex straight to the first waiter
//                     and newcomers queue up instead of taking it
//   bit 3  handoff    Unlock handed the (still locked) mutex to the waiter it
//                     readied
//   bits 4.. the number of goroutines queued on sema
//
// In normal mode a goroutine that unlocks and locks again keeps the mutex
// (Go's barging: no context switch per critical section); the starving mode
// stands in for Go's 1 ms starvation threshold so that a waiter cannot be
// overtaken forever.
//
// RWMutex (24 bytes, as in Go: w Mutex, writerSem, readerSem uint32,
// readerCount, readerWait int32). readerCount counts readers; a writer
// subtracts kMaxReaders from it, so a negative count tells new readers to
// queue on readerSem; readerWait is the number of readers the writer still
// waits for on writerSem. Writers serialize on w first.
//
// WaitGroup (16 bytes: state uint64 = counter<<32 | waiters, sema uint32).
#include <iterator>
#include <vector>

#include "core/lib/natives.h"
#include "core/vm/vm.h"

namespace gs::lib {

namespace {

using rt::GoIface;
using rt::GoPtr;
using rt::load;
using rt::store;

// Go's wait reasons, as deadlock reports print them.
constexpr const char* kReasonMutex = "sync.Mutex.Lock";
constexpr const char* kReasonRWLock = "sync.RWMutex.Lock";
constexpr const char* kReasonRWRLock = "sync.RWMutex.RLock";
constexpr const char* kReasonCond = "sync.Cond.Wait";
constexpr const char* kReasonSema = "semacquire";

// ---------------------------------------------------------------- Mutex

constexpr int32_t kLocked = 1, kWoken = 2, kStarving = 4, kHandoff = 8;
constexpr int32_t kWaiterShift = 4, kWaiter = 1 << kWaiterShift;

struct MutexView {
  uint8_t* p;
  int32_t state() const { return load<int32_t>(p); }
  void setState(int32_t s) { store<int32_t>(p, s); }
  GoPtr sema() const { return rt::fromHost(p + 4); }
};

// The receiver of a method without parameters or results (8-aligned, at 0),
// or null after raising Go's nil-dereference panic.
uint8_t* receiverAt(vm::VM& vm, uint8_t* slot) {
  uint8_t* p = rt::loadPtr(slot);
  if (!p) vm.panicRuntimeError("invalid memory address or nil pointer dereference");
  return p;
}

// Releases mutex m (the caller has checked that it is locked).
void mutexRelease(vm::VM& vm, MutexView m) {
  int32_t s = m.state();
  int32_t waiters = s >> kWaiterShift;
  if (s & kStarving) {
    if (waiters > 0) {
      // Ownership passes to the first waiter; the mutex stays locked.
      m.setState((s - kWaiter) | kHandoff);
      vm.semrelease(m.sema());
      return;
    }
    s &= ~kStarving;
  }
  s &= ~kLocked;
  if (waiters > 0 && !(s & kWoken)) {
    s = (s - kWaiter) | kWoken;
    m.setState(s);
    vm.semrelease(m.sema());
    return;
  }
  m.setState(s);
}

// func mutexLock(m *Mutex, woken bool) bool
// One attempt of Mutex.Lock. True when the caller owns the mutex; false
// after queueing it on the mutex's semaphore (the goroutine parks when the
// native returns and retries, with woken set, once Unlock readies it).
void syncMutexLock(vm::VM& vm, uint8_t* args) {
  Args a(args);
  uint8_t* p = rt::toHost(a.arg<GoPtr>());
  bool woken = a.arg<uint8_t>() != 0;
  a.beginResults();
  if (!p) {
    vm.panicRuntimeError("invalid memory address or nil pointer dereference");
    return;
  }
  MutexView m{p};
  int32_t s = m.state();
  if (woken) {
    s &= ~kWoken;
    if (s & kHandoff) {
      s &= ~kHandoff;
      if ((s >> kWaiterShift) == 0) s &= ~kStarving;
      m.setState(s);
      a.result<uint8_t>(1);
      return;
    }
  }
  if (!(s & (kLocked | kStarving))) {
    m.setState(s | kLocked);
    a.result<uint8_t>(1);
    return;
  }
  // A woken waiter that lost the mutex to a newcomer stops the barging.
  if (woken) s |= kStarving;
  m.setState(s + kWaiter);
  a.result<uint8_t>(0);
  vm.semacquire(m.sema(), kReasonMutex);
}

// func (m *Mutex) TryLock() bool
void syncMutexTryLock(vm::VM& vm, uint8_t* args) {
  uint8_t* p = receiverAt(vm, args + 8);
  if (!p) return;
  MutexView m{p};
  int32_t s = m.state();
  bool ok = !(s & (kLocked | kStarving));
  if (ok) m.setState(s | kLocked);
  store<uint8_t>(args, ok ? 1 : 0);
}

// func (m *Mutex) Unlock()
void syncMutexUnlock(vm::VM& vm, uint8_t* args) {
  uint8_t* p = receiverAt(vm, args);
  if (!p) return;
  MutexView m{p};
  if (!(m.state() & kLocked)) {
    vm.fatal("sync: unlock of unlocked mutex");
    return;
  }
  mutexRelease(vm, m);
}

// -------------------------------------------------------------- RWMutex

constexpr int32_t kMaxReaders = 1 << 30;

struct RWView {
  uint8_t* p;
  MutexView w() const { return MutexView{p}; }
  GoPtr writerSem() const { return rt::fromHost(p + 8); }
  GoPtr readerSem() const { return rt::fromHost(p + 12); }
  int32_t readerCount() const { return load<int32_t>(p + 16); }
  void setReaderCount(int32_t v) { store<int32_t>(p + 16, v); }
  int32_t readerWait() const { return load<int32_t>(p + 20); }
  void setReaderWait(int32_t v) { store<int32_t>(p + 20, v); }
};

// func (rw *RWMutex) RLock()
void syncRWMutexRLock(vm::VM& vm, uint8_t* args) {
  uint8_t* p = receiverAt(vm, args);
  if (!p) return;
  RWView rw{p};
  int32_t r = rw.readerCount() + 1;
  rw.setReaderCount(r);
  // A writer holds the lock or waits for it: queue behind it. Its Unlock
  // releases the semaphore once per queued reader.
  if (r < 0) vm.semacquire(rw.readerSem(), kReasonRWRLock);
}

// func (rw *RWMutex) TryRLock() bool
void syncRWMutexTryRLock(vm::VM& vm, uint8_t* args) {
  uint8_t* p = receiverAt(vm, args + 8);
  if (!p) return;
  RWView rw{p};
  bool ok = rw.readerCount() >= 0;
  if (ok) rw.setReaderCount(rw.readerCount() + 1);
  store<uint8_t>(args, ok ? 1 : 0);
}

// func (rw *RWMutex) RUnlock()
void syncRWMutexRUnlock(vm::VM& vm, uint8_t* args) {
  uint8_t* p = receiverAt(vm, args);
  if (!p) return;
  RWView rw{p};
  int32_t before = rw.readerCount();
  if (before == 0 || before == -kMaxReaders) {
    vm.fatal("sync: RUnlock of unlocked RWMutex");
    return;
  }
  rw.setReaderCount(before - 1);
  if (before - 1 < 0) {
    // A writer is waiting: the last reader it waits for lets it in.
    int32_t w = rw.readerWait() - 1;
    rw.setReaderWait(w);
    if (w == 0) vm.semrelease(rw.writerSem());
  }
}

// func rwLockWriter(rw *RWMutex)
// Second half of RWMutex.Lock, once rw.w is held: announce the writer and
// wait for the readers already inside.
void syncRWLockWriter(vm::VM& vm, uint8_t* args) {
  uint8_t* p = receiverAt(vm, args);
  if (!p) return;
  RWView rw{p};
  int32_t readers = rw.readerCount();
  rw.setReaderCount(readers - kMaxReaders);
  if (readers != 0) {
    rw.setReaderWait(rw.readerWait() + readers);
    vm.semacquire(rw.writerSem(), kReasonRWLock);
  }
}

// func (rw *RWMutex) TryLock() bool
void syncRWMutexTryLock(vm::VM& vm, uint8_t* args) {
  uint8_t* p = receiverAt(vm, args + 8);
  if (!p) return;
  RWView rw{p};
  MutexView w = rw.w();
  bool ok = !(w.state() & (kLocked | kStarving)) && rw.readerCount() == 0;
  if (ok) {
    w.setState(w.state() | kLocked);
    rw.setReaderCount(-kMaxReaders);
  }
  store<uint8_t>(args, ok ? 1 : 0);
}

// func (rw *RWMutex) Unlock()
void syncRWMutexUnlock(vm::VM& vm, uint8_t* args) {
  uint8_t* p = receiverAt(vm, args);
  if (!p) return;
  RWView rw{p};
  int32_t readers = rw.readerCount() + kMaxReaders;
  if (readers >= kMaxReaders) {
    vm.fatal("sync: Unlock of unlocked RWMutex");
    return;
  }
  rw.setReaderCount(readers);
  // Let in the readers that queued while the writer was active, then the
  // next writer.
  for (int32_t i = 0; i < readers; i++) vm.semrelease(rw.readerSem());
  MutexView w = rw.w();
  if (!(w.state() & kLocked)) {
    vm.fatal("sync: unlock of unlocked mutex");
    return;
  }
  mutexRelease(vm, w);
}

// ------------------------------------------------------------ WaitGroup

// func (wg *WaitGroup) Add(delta int)
void syncWaitGroupAdd(vm::VM& vm, uint8_t* args) {
  Args a(args);
  int64_t delta = a.arg<int64_t>();
  a.beginResults();
  uint8_t* p = rt::loadPtr(args + a.offset());
  if (!p) {
    vm.panicRuntimeError("invalid memory address or nil pointer dereference");
    return;
  }
  uint64_t state = load<uint64_t>(p);
  // The counter is 32 bits wide and wraps, as Go's does.
  int32_t counter = static_cast<int32_t>(static_cast<uint32_t>(state >> 32) + static_cast<uint32_t>(delta));
  uint32_t waiters = static_cast<uint32_t>(state);
  if (counter < 0) {
    vm.panicString("sync: negative WaitGroup counter");
    return;
  }
  if (waiters != 0 && delta > 0 && counter == delta) {
    vm.panicString("sync: WaitGroup misuse: Add called concurrently with Wait");
    return;
  }
  if (counter > 0 || waiters == 0) {
    store<uint64_t>(p, (static_cast<uint64_t>(static_cast<uint32_t>(counter)) << 32) | waiters);
    return;
  }
  // The counter reached zero with goroutines waiting: release them all.
  store<uint64_t>(p, 0);
  for (uint32_t i = 0; i < waiters; i++) vm.semrelease(rt::fromHost(p + 8));
}

// func (wg *WaitGroup) Wait()
void syncWaitGroupWait(vm::VM& vm, uint8_t* args) {
  uint8_t* p = receiverAt(vm, args);
  if (!p) return;
  uint64_t state = load<uint64_t>(p);
  if ((state >> 32) == 0) return;
  store<uint64_t>(p, state + 1);
  vm.semacquire(rt::fromHost(p + 8), kReasonSema);
}

// --------------------------------------------------- semaphores for Go code

// func semacquireCond(addr *uint32)
// Cond.Wait's sleep: each waiter sleeps on its own semaphore.
void syncSemacquireCond(vm::VM& vm, uint8_t* args) {
  GoPtr addr = load<GoPtr>(args);
  if (!addr) {
    vm.panicRuntimeError("invalid memory address or nil pointer dereference");
    return;
  }
  vm.semacquire(addr, kReasonCond);
}

// func semrelease(addr *uint32)
void syncSemrelease(vm::VM& vm, uint8_t* args) {
  GoPtr addr = load<GoPtr>(args);
  if (!addr) {
    vm.panicRuntimeError("invalid memory address or nil pointer dereference");
    return;
  }
  vm.semrelease(addr);
}

// ------------------------------------------------------------ sync/atomic

// func sameType(a, b any) bool
// Whether two interface values hold the same dynamic type (atomic.Value's
// consistency rule); RTypes are canonical, so this compares type words.
void atomicSameType(vm::VM&, uint8_t* args) {
  Args a(args);
  GoIface x = a.arg<GoIface>();
  GoIface y = a.arg<GoIface>();
  a.beginResults();
  a.result<uint8_t>(x.type == y.type ? 1 : 0);
}

}  // namespace

void registerSyncNatives(std::vector<NativeEntry>& out) {
  static const NativeEntry entries[] = {
      {"sync.(*Mutex).TryLock", syncMutexTryLock},
      {"sync.(*Mutex).Unlock", syncMutexUnlock},
      {"sync.(*RWMutex).RLock", syncRWMutexRLock},
      {"sync.(*RWMutex).RUnlock", syncRWMutexRUnlock},
      {"sync.(*RWMutex).TryLock", syncRWMutexTryLock},
      {"sync.(*RWMutex).TryRLock", syncRWMutexTryRLock},
      {"sync.(*RWMutex).Unlock", syncRWMutexUnlock},
      {"sync.(*WaitGroup).Add", syncWaitGroupAdd},
      {"sync.(*WaitGroup).Wait", syncWaitGroupWait},
      {"sync.mutexLock", syncMutexLock},
      {"sync.rwLockWriter", syncRWLockWriter},
      {"sync.semacquireCond", syncSemacquireCond},
      {"sync.semrelease", syncSemrelease},
      {"sync/atomic.sameType", atomicSameType},
  };
  out.insert(out.end(), std::begin(entries), std::end(entries));
}

}  // namespace gs::lib
