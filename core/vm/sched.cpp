// The scheduler: goroutines, the run queue, timers and the two clocks.
//
// States of a G and who moves it:
//
//   Runnable --schedule()--> Running --(time slice used up, Gosched)--> Runnable
//   Running --(channel op, sleep, semaphore)--> Waiting --ready()--> Runnable
//   Running --(first function returns, Goexit)--> Dead (its stack is freed)
//
// One G runs at a time; the dispatch loop returns to schedule() whenever
// the running G parks, yields or ends (switch_), so no C++ stack is tied to
// a goroutine. Preemption counts executed back-edges and calls (the
// dispatch loop's budget), so the same program, seed and options give the
// same interleaving on every run.
//
// Time: in virtual mode (the Go playground's faketime) the clock only moves
// when every goroutine is blocked: it jumps to the next timer. In real mode
// the host sleeps until the next timer. When nothing can run and no timer
// is pending, the program is deadlocked.
#include <algorithm>
#include <cinttypes>
#include <cstdio>
#include <cstring>

#include "core/vm/vm.h"
#include "core/vm/vm_internal.h"

namespace gs::vm {

using rt::GoPtr;
using rt::load;
using rt::store;

namespace {
// 2009-11-10 23:00:00 UTC, where the playground's clock starts.
constexpr int64_t kVirtualEpoch = 1257894000LL * 1000000000LL;
}  // namespace

// ------------------------------------------------------------ run queue

void VM::runqPut(G* g) {
  g->status = GStatus::Runnable;
  g->schedLink = nullptr;
  if (runqTail_) runqTail_->schedLink = g; else runqHead_ = g;
  runqTail_ = g;
}

G* VM::runqGet() {
  G* g = runqHead_;
  if (!g) return nullptr;
  runqHead_ = g->schedLink;
  if (!runqHead_) runqTail_ = nullptr;
  g->schedLink = nullptr;
  return g;
}

void VM::ready(G* g) {
  if (g->status == GStatus::Dead || g->status == GStatus::Runnable) return;
  if (traceSched_) traceEvent("unblock", "g=" + std::to_string(g->id));
  runqPut(g);
}

void VM::yield() {
  G* g = g_;
  g->pc = g->pc + 1;  // continue after the native call
  g->blockPc = -1;
  runqPut(g);
  switch_ = true;
}

void VM::park(const char* reason, uint64_t obj) {
  G* g = g_;
  g->blockPc = g->pc;
  g->pc = g->pc + 1;
  g->status = GStatus::Waiting;
  g->waitReason = reason;
  g->waitObj = obj;
  switch_ = true;
  if (traceSched_) traceBlock(g);
}

void VM::parkRetry(const char* reason, uint64_t obj) {
  G* g = g_;
  g->blockPc = g->pc;  // stays at the native call: it runs again
  g->status = GStatus::Waiting;
  g->waitReason = reason;
  g->waitObj = obj;
  switch_ = true;
  if (traceSched_) traceBlock(g);
}

int64_t VM::takeInput(uint8_t* p, int64_t n) {
  size_t avail = input_.size() - inputPos_;
  if (avail == 0) {
    if (inputEOF_) return 0;
    return -1;
  }
  size_t k = std::min<size_t>(avail, static_cast<size_t>(n));
  std::memcpy(p, input_.data() + inputPos_, k);
  inputPos_ += k;
  if (inputPos_ == input_.size()) {
    input_.clear();
    inputPos_ = 0;
  }
  return static_cast<int64_t>(k);
}

void VM::waitInput() {
  inputWaiters_.push_back(g_);
  parkRetry("IO wait");
}

void VM::parkHere(const char* reason, int32_t resumePc, uint32_t fp, uint64_t obj) {
  G* g = g_;
  g->blockPc = g->pc;
  g->pc = resumePc;
  g->fp = fp;
  g->status = GStatus::Waiting;
  g->waitReason = reason;
  g->waitObj = obj;
  switch_ = true;
  if (traceSched_) traceBlock(g);
}

// ----------------------------------------------------------- goroutines

G* VM::newG(GoPtr fn, int32_t goPc) {
  int32_t callee = static_cast<int32_t>(load<int64_t>(rt::toHost(fn)));
  const FuncRT& f = funcRT_[static_cast<size_t>(callee)];
  uint64_t size = kStackMin;
  while (size < static_cast<uint64_t>(f.frameSize)) size *= 2;
  uint8_t* stack = heap_.allocStack(size);
  if (!stack) {
    outOfMemory(size);
    return nullptr;
  }
  auto* g = new G;
  g->id = nextGoId_++;
  g->stack = stack;
  g->stackSize = size;
  g->parentId = g_ ? g_->id : 0;
  g->goPc = goPc;
  store<uint32_t>(stack, kStubGoExit);
  store<uint32_t>(stack + 4, 0);
  store<uint64_t>(stack + kCtxOffset, fn);
  g->fp = 0;
  g->pc = f.entry;
  g->allIndex = static_cast<int32_t>(allGs_.size());
  allGs_.push_back(g);
  liveGs_++;
  runqPut(g);
  if (traceSched_) {
    std::string where;
    if (g_) {
      int32_t fi = prog_.funcAt(goPc);
      if (fi >= 0) {
        const FuncInfo& by = prog_.funcs[static_cast<size_t>(fi)];
        where = " by=" + by.name + " at=";
        if (by.file >= 0) where += prog_.files[static_cast<size_t>(by.file)];
        where += ":" + std::to_string(prog_.lines[static_cast<size_t>(goPc)]);
      }
    }
    traceEvent("create", "g=" + std::to_string(g->id) + " parent=" + std::to_string(g->parentId) + where +
                             " func=" + prog_.funcs[static_cast<size_t>(callee)].name + " stack=" + std::to_string(size));
  }
  return g;
}

G* VM::spawn(GoPtr fn) { return newG(fn, g_ ? g_->pc : -1); }

void VM::exitG(G* g) {
  if (traceSched_) traceEvent("exit", "g=" + std::to_string(g->id));
  g->status = GStatus::Dead;
  while (g->defers) {
    Defer* d = g->defers;
    g->defers = d->next;
    freeDefer(d);
  }
  while (g->panic) {
    Panic* p = g->panic;
    g->panic = p->link;
    delete p;
  }
  heap_.freeStack(g->stack, g->stackSize);
  g->stack = nullptr;
  // Swap-remove from the list of goroutines; reports sort by id.
  G* last = allGs_.back();
  allGs_[static_cast<size_t>(g->allIndex)] = last;
  last->allIndex = g->allIndex;
  allGs_.pop_back();
  liveGs_--;
  if (g == g_) g_ = nullptr;
  delete g;
}

void VM::goexit() {
  // Run the deferred calls like a panic would, without a value; when none
  // is left the goroutine ends instead of reporting.
  G* g = g_;
  g->goexiting = true;
  pendingGoexit_ = true;
}

// --------------------------------------------------------------- clocks

int64_t VM::nanotime() {
  if (opts_.virtualTime) return vclock_;
  return host_.monoNanos() - monoStart_;
}

int64_t VM::walltime() {
  if (opts_.virtualTime) return kVirtualEpoch + vclock_;
  return host_.wallNanos();
}

uint64_t VM::random() {
  // splitmix64: small, fast, and the same sequence for the same seed.
  uint64_t z = (rng_ += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

// --------------------------------------------------------------- timers

namespace {
bool timerLess(const Timer* a, const Timer* b) { return a->when != b->when ? a->when < b->when : a->seq < b->seq; }
}  // namespace

void VM::timerHeapUp(size_t i) {
  while (i > 0) {
    size_t p = (i - 1) / 2;
    if (!timerLess(timers_[i], timers_[p])) break;
    std::swap(timers_[i], timers_[p]);
    timers_[i]->heapIndex = static_cast<int32_t>(i);
    timers_[p]->heapIndex = static_cast<int32_t>(p);
    i = p;
  }
}

void VM::timerHeapDown(size_t i) {
  size_t n = timers_.size();
  for (;;) {
    size_t l = 2 * i + 1, r = l + 1, m = i;
    if (l < n && timerLess(timers_[l], timers_[m])) m = l;
    if (r < n && timerLess(timers_[r], timers_[m])) m = r;
    if (m == i) break;
    std::swap(timers_[i], timers_[m]);
    timers_[i]->heapIndex = static_cast<int32_t>(i);
    timers_[m]->heapIndex = static_cast<int32_t>(m);
    i = m;
  }
}

void VM::timerHeapRemove(Timer* t) {
  size_t i = static_cast<size_t>(t->heapIndex);
  size_t last = timers_.size() - 1;
  if (i != last) {
    timers_[i] = timers_[last];
    timers_[i]->heapIndex = static_cast<int32_t>(i);
  }
  timers_.pop_back();
  t->heapIndex = -1;
  if (i < timers_.size()) {
    timerHeapDown(i);
    timerHeapUp(i);
  }
}

Timer* VM::newTimer(Timer::Kind kind) {
  auto* t = new Timer;
  t->kind = kind;
  return t;
}

void VM::startTimer(Timer* t, int64_t when, int64_t period) {
  if (t->heapIndex >= 0) timerHeapRemove(t);
  t->when = when;
  t->period = period;
  t->seq = timerSeq_++;
  t->stopped = false;
  t->heapIndex = static_cast<int32_t>(timers_.size());
  timers_.push_back(t);
  timerHeapUp(timers_.size() - 1);
}

bool VM::stopTimer(Timer* t) {
  t->stopped = true;
  if (t->heapIndex < 0) return false;
  timerHeapRemove(t);
  return true;
}

void VM::freeTimer(Timer* t) {
  if (t->heapIndex >= 0) timerHeapRemove(t);
  delete t;
}

// Fires every timer due at `now`; true if any fired.
bool VM::fireTimers(int64_t now) {
  bool fired = false;
  while (!timers_.empty() && timers_[0]->when <= now) {
    Timer* t = timers_[0];
    timerHeapRemove(t);
    fired = true;
    switch (t->kind) {
      case Timer::WakeG:
        ready(t->g);
        break;
      case Timer::SendTime: {
        // A time.Time value: the timer channel's element (wall, ext, loc).
        // The channel is buffered (1); an unreceived tick is dropped.
        Chan* c = t->c;
        if (c) {
          std::vector<uint8_t> elem(static_cast<size_t>(c->type->elem->size), 0);
          fillTimeValue(elem.data(), t->when);
          chanTrySend(c, elem.data());
        }
        if (t->period > 0) startTimer(t, t->when + t->period, t->period);
        break;
      }
      case Timer::CallFunc:
        spawn(t->fn);
        break;
    }
  }
  return fired;
}

// ---------------------------------------------------------- semaphores

void VM::semacquire(GoPtr addr, const char* reason) {
  uint8_t* p = rt::toHost(addr);
  uint32_t v = load<uint32_t>(p);
  if (v > 0) {
    store<uint32_t>(p, v - 1);
    return;
  }
  semaWaiters_[addr].push_back(g_);
  park(reason, addr);
}

void VM::semrelease(GoPtr addr) {
  auto it = semaWaiters_.find(addr);
  if (it != semaWaiters_.end() && !it->second.empty()) {
    // Hand the count straight to the first waiter (FIFO).
    G* w = it->second.front();
    it->second.erase(it->second.begin());
    if (it->second.empty()) semaWaiters_.erase(it);
    ready(w);
    return;
  }
  uint8_t* p = rt::toHost(addr);
  store<uint32_t>(p, load<uint32_t>(p) + 1);
}

// ------------------------------------------------------------- the loop

void VM::stopByHost() {
  stop_ = Stop::Exit;
  exitCode_ = kStoppedExitCode;
  stoppedByHost_ = true;
}

void VM::schedule() {
  while (stop_ == Stop::None) {
    // Give the host its slice boundary here, between goroutines, where no
    // dispatch loop is on the C++ stack (the browser build suspends through
    // Asyncify inside yieldSlice). Polled every 64 switches, and at once
    // when a preemption check point found the slice used up.
    if (hostYieldDue_ || ((++hostPoll_ & 63) == 0 && host_.sliceDue())) {
      hostYieldDue_ = false;
      if (!host_.yieldSlice()) {
        stopByHost();
        break;
      }
    }
    G* g = runqGet();
    if (!g) {
      if (fireTimers(nanotime())) continue;
      if (!inputWaiters_.empty() && (timers_.empty() || !opts_.virtualTime)) {
        // Wait for input (until the next timer in real time).
        int64_t deadline = timers_.empty() ? INT64_MAX : monoStart_ + timers_[0]->when;
        std::string chunk;
        int r = host_.readInput(&chunk, deadline);
        if (r == 1) input_ += chunk;
        if (r == 0) inputEOF_ = true;
        if (host_.stopRequested()) {
          stopByHost();
          break;
        }
        if (r >= 0) {
          for (G* w : inputWaiters_) ready(w);
          inputWaiters_.clear();
        }
        continue;
      }
      if (!timers_.empty()) {
        int64_t when = timers_[0]->when;
        if (opts_.virtualTime) {
          if (when > vclock_) vclock_ = when;
        } else {
          host_.sleepUntil(monoStart_ + when);
          if (host_.stopRequested()) {
            stopByHost();
            break;
          }
        }
        fireTimers(nanotime());
        continue;
      }
      reportDeadlock();
      break;
    }
    g_ = g;
    g->status = GStatus::Running;
    switch_ = false;
    if (g->panicOnResume) {
      // A sender blocked on a channel that got closed.
      g->panicOnResume = false;
      startPanic(makeErrorValue(prog_.wk.runtimePlainError, "send on closed channel"), false, g->blockPc, g->fp);
      if (stop_ != Stop::None) break;
    }
    exec(0);
    if (stop_ != Stop::None) break;
    if (g_ && g_->status == GStatus::Dead) exitG(g_);
    if (!opts_.virtualTime && !timers_.empty()) fireTimers(nanotime());
  }
}

// -------------------------------------------------------------- reports

std::string VM::createdBy(G* g) {
  if (g->parentId == 0 || g->goPc < 0) return "";
  int32_t fi = prog_.funcAt(g->goPc);
  std::string out = "created by ";
  out += fi >= 0 ? prog_.funcs[static_cast<size_t>(fi)].name : std::string("?");
  out += " in goroutine " + std::to_string(g->parentId) + "\n\t";
  if (fi >= 0 && prog_.funcs[static_cast<size_t>(fi)].file >= 0)
    out += prog_.files[static_cast<size_t>(prog_.funcs[static_cast<size_t>(fi)].file)];
  out += ":" + std::to_string(prog_.lines[static_cast<size_t>(g->goPc)]);
  char hex[32];
  std::snprintf(hex, sizeof hex, " +0x%x\n", fi >= 0 ? (g->goPc - prog_.funcs[static_cast<size_t>(fi)].entry) * 4 : 0);
  return out + hex;
}

void VM::gotraceback(G* g, bool current) {
  int32_t pc = current ? g->pc : (g->blockPc >= 0 ? g->blockPc : g->pc);
  traceback(g, pc, g->fp);
  writeErr(createdBy(g));
}

void VM::reportDeadlock() {
  stop_ = Stop::Fatal;
  exitCode_ = 2;
  if (mainGoexited_ && liveGs_ == 0) {
    writeErr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
    return;
  }
  writeErr("fatal error: all goroutines are asleep - deadlock!\n");
  std::vector<G*> gs = allGs_;
  std::sort(gs.begin(), gs.end(), [](G* a, G* b) { return a->id < b->id; });
  for (G* g : gs) {
    writeErr("\ngoroutine " + std::to_string(g->id) + " [" + g->waitReason + "]:\n");
    gotraceback(g, false);
  }
}

void VM::traceBlock(G* g) {
  std::string detail = "g=" + std::to_string(g->id) + " reason=\"" + g->waitReason + "\"";
  if (g->waitObj) {
    char obj[40];
    std::snprintf(obj, sizeof obj, " obj=0x%" PRIx64, g->waitObj);
    detail += obj;
  }
  traceEvent("block", detail);
}

void VM::traceEvent(const char* kind, const std::string& detail) {
  if (eventSink_) eventSink_->event(nanotime(), kind, detail);
  // stderr gets only the categories --trace named (a sink turns all on).
  const char* category = std::strncmp(kind, "stack", 5) == 0 ? "stack" : std::strcmp(kind, "gc") == 0 ? "gc" : "sched";
  if (opts_.trace.find(category) == std::string::npos) return;
  char head[64];
  std::snprintf(head, sizeof head, "[trace t=%" PRId64 "] %s ", nanotime(), kind);
  writeErr(std::string(head) + detail + "\n");
}

}  // namespace gs::vm
