// Channels and select (Go's runtime/chan.go and select.go, on one thread).
//
// A channel is a heap object holding a Chan: a ring buffer of `cap`
// elements and two wait queues of sudogs. An operation that can complete
// does so at once, handing the value straight to a waiting partner when
// there is one (so an unbuffered send never copies through a buffer). One
// that cannot parks the goroutine; the partner that later completes it
// copies the value into or out of the parked goroutine's stack (sudogs hold
// stack offsets) and readies it.
//
// A select with no ready case enqueues one sudog per case; whichever case
// completes first wins, and the others are removed from their queues before
// the goroutine runs again. Cases are polled in a random order drawn from
// the run's seed, as Go picks uniformly among ready cases.
#include <cstring>
#include <numeric>
#include <vector>

#include "core/vm/vm.h"
#include "core/vm/vm_internal.h"

namespace gs::vm {

using rt::GoPtr;
using rt::load;
using rt::store;

void WaitQ::enqueue(Sudog* s) {
  s->next = nullptr;
  s->prev = last;
  if (last) last->next = s; else first = s;
  last = s;
}

void WaitQ::remove(Sudog* s) {
  if (s->prev) s->prev->next = s->next; else if (first == s) first = s->next; else return;
  if (s->next) s->next->prev = s->prev; else last = s->prev;
  s->next = s->prev = nullptr;
}

Sudog* WaitQ::dequeue() {
  Sudog* s = first;
  if (!s) return nullptr;
  remove(s);
  return s;
}

Sudog* VM::newSudog() {
  if (freeSudogs_) {
    Sudog* s = freeSudogs_;
    freeSudogs_ = s->waitLink;
    *s = Sudog{};
    return s;
  }
  return new Sudog;
}

void VM::freeSudog(Sudog* s) {
  s->waitLink = freeSudogs_;
  freeSudogs_ = s;
}

void VM::copyElem(Chan* c, uint8_t* dst, const uint8_t* src) {
  size_t n = static_cast<size_t>(c->type->elem->size);
  if (n == 0) return;
  if (src) std::memmove(dst, src, n); else std::memset(dst, 0, n);
}

Chan* VM::makeChan(const rt::RType* chanType, int64_t cap, int32_t site) {
  // The Chan lives in a heap object typed as the channel (the collector
  // reads its buffer through the element type).
  site = resolveSite(site);  // time.After & co. charge their call
  auto* c = reinterpret_cast<Chan*>(heap_.alloc(sizeof(Chan), rt::kChanObj, site));
  if (!c) outOfMemory(sizeof(Chan));
  if (stop_ != Stop::None) return nullptr;
  new (c) Chan();
  c->type = chanType;
  c->cap = cap;
  int64_t es = chanType->elem->size;
  if (cap > 0 && es > 0) {
    c->buf = alloc(static_cast<uint64_t>(cap * es), chanType->elem, site);
    if (stop_ != Stop::None) return nullptr;
  }
  return c;
}

namespace {
uint8_t* bufSlot(Chan* c, int64_t i) { return c->buf + i * c->type->elem->size; }
}  // namespace

// Completes a parked partner `s` of a send or receive: it becomes runnable;
// a select learns which case won and drops its other sudogs.
static void finishWaiter(VM& vm, Sudog* s, bool success, std::vector<Sudog*>* toFree) {
  G* g = s->g;
  s->success = success;
  if (s->isSelect) {
    if (s->caseOff != UINT32_MAX) store<int64_t>(g->stack + s->caseOff, s->caseIndex);
    for (Sudog* o = g->waiting; o; o = o->waitLink)
      if (o != s && o->c) (o->isSend ? o->c->sendq : o->c->recvq).remove(o);
  }
  for (Sudog* o = g->waiting; o; o = o->waitLink) toFree->push_back(o);
  g->waiting = nullptr;
  vm.ready(g);
}

// Sends the value at stack offset elemOff of the running goroutine.
VM::ChanOp VM::chanSend(Chan* c, uint32_t elemOff, bool block) {
  G* g = g_;
  if (!c) return ChanOp::Blocked;  // a nil channel blocks forever
  if (c->closed) {
    startPanic(makeErrorValue(prog_.wk.runtimePlainError, "send on closed channel"), false, g->pc, g->fp);
    return ChanOp::Panicked;
  }
  const uint8_t* elem = elemOff == UINT32_MAX ? nullptr : g->stack + elemOff;
  if (Sudog* r = c->recvq.dequeue()) {
    if (r->elemOff != UINT32_MAX) copyElem(c, r->g->stack + r->elemOff, elem);
    if (r->okOff != UINT32_MAX) store<uint8_t>(r->g->stack + r->okOff, 1);
    std::vector<Sudog*> dead;
    finishWaiter(*this, r, true, &dead);
    for (Sudog* d : dead) freeSudog(d);
    return ChanOp::Done;
  }
  if (c->count < c->cap) {
    copyElem(c, bufSlot(c, (c->recvx + c->count) % c->cap), elem);
    c->count++;
    return ChanOp::Done;
  }
  if (!block) return ChanOp::Blocked;
  Sudog* s = newSudog();
  s->g = g;
  s->c = c;
  s->elemOff = elemOff;
  s->isSend = true;
  g->waiting = s;
  c->sendq.enqueue(s);
  return ChanOp::Blocked;
}

// Receives into stack offset elemOff (UINT32_MAX: discard) and writes the
// comma-ok bool at okOff (UINT32_MAX: none).
VM::ChanOp VM::chanRecv(Chan* c, uint32_t elemOff, uint32_t okOff, bool block) {
  G* g = g_;
  if (!c) return ChanOp::Blocked;
  uint8_t* elem = elemOff == UINT32_MAX ? nullptr : g->stack + elemOff;
  auto setOk = [&](bool ok) {
    if (okOff != UINT32_MAX) store<uint8_t>(g->stack + okOff, ok ? 1 : 0);
  };
  if (Sudog* sd = c->sendq.dequeue()) {
    const uint8_t* src = sd->elemOff == UINT32_MAX ? nullptr : sd->g->stack + sd->elemOff;
    if (c->cap == 0) {
      if (elem) copyElem(c, elem, src);
    } else {
      // The buffer is full: take its head and put the sender's value at the tail.
      if (elem) copyElem(c, elem, bufSlot(c, c->recvx));
      copyElem(c, bufSlot(c, c->recvx), src);
      c->recvx = (c->recvx + 1) % c->cap;
    }
    setOk(true);
    std::vector<Sudog*> dead;
    finishWaiter(*this, sd, true, &dead);
    for (Sudog* d : dead) freeSudog(d);
    return ChanOp::Done;
  }
  if (c->count > 0) {
    if (elem) copyElem(c, elem, bufSlot(c, c->recvx));
    copyElem(c, bufSlot(c, c->recvx), nullptr);
    c->recvx = (c->recvx + 1) % c->cap;
    c->count--;
    setOk(true);
    return ChanOp::Done;
  }
  if (c->closed) {
    if (elem) copyElem(c, elem, nullptr);
    setOk(false);
    return ChanOp::Done;
  }
  if (!block) return ChanOp::Blocked;
  Sudog* s = newSudog();
  s->g = g;
  s->c = c;
  s->elemOff = elemOff;
  s->okOff = okOff;
  g->waiting = s;
  c->recvq.enqueue(s);
  return ChanOp::Blocked;
}

bool VM::chanTrySend(Chan* c, const uint8_t* elem) {
  if (!c || c->closed) return false;
  if (Sudog* r = c->recvq.dequeue()) {
    if (r->elemOff != UINT32_MAX) copyElem(c, r->g->stack + r->elemOff, elem);
    if (r->okOff != UINT32_MAX) store<uint8_t>(r->g->stack + r->okOff, 1);
    std::vector<Sudog*> dead;
    finishWaiter(*this, r, true, &dead);
    for (Sudog* d : dead) freeSudog(d);
    return true;
  }
  if (c->count < c->cap) {
    copyElem(c, bufSlot(c, (c->recvx + c->count) % c->cap), elem);
    c->count++;
    return true;
  }
  return false;
}

// close(c). False when it panicked.
bool VM::chanClose(Chan* c) {
  G* g = g_;
  if (!c) {
    startPanic(makeErrorValue(prog_.wk.runtimePlainError, "close of nil channel"), false, g->pc, g->fp);
    return false;
  }
  if (c->closed) {
    startPanic(makeErrorValue(prog_.wk.runtimePlainError, "close of closed channel"), false, g->pc, g->fp);
    return false;
  }
  c->closed = true;
  std::vector<Sudog*> dead;
  // Receivers get the zero value and ok == false.
  while (Sudog* r = c->recvq.dequeue()) {
    if (r->elemOff != UINT32_MAX) copyElem(c, r->g->stack + r->elemOff, nullptr);
    if (r->okOff != UINT32_MAX) store<uint8_t>(r->g->stack + r->okOff, 0);
    finishWaiter(*this, r, false, &dead);
  }
  // Senders panic when they run again.
  while (Sudog* s = c->sendq.dequeue()) {
    s->g->panicOnResume = true;
    finishWaiter(*this, s, false, &dead);
  }
  for (Sudog* d : dead) freeSudog(d);
  return true;
}

// SELECT a = case index result, b = number of cases, c = has default; then
// one extension word per case: a = channel slot, b = value slot (-1: none),
// c = ok slot (-1: none), aux = 1 for a send. Returns false if it parked or
// panicked (the caller leaves the dispatch loop).
bool VM::doSelect(uint8_t* fp, const Instr* pc) {
  G* g = g_;
  int32_t n = pc->b;
  bool hasDefault = pc->c != 0;
  uint32_t frame = static_cast<uint32_t>(fp - g->stack);
  int32_t resumePc = static_cast<int32_t>(pc - prog_.code.data()) + 1 + n;
  auto chanOf = [&](int32_t i) { return reinterpret_cast<Chan*>(rt::loadPtr(fp + pc[1 + i].a)); };
  auto off = [&](int32_t slot) { return slot < 0 ? UINT32_MAX : frame + static_cast<uint32_t>(slot); };
  // Poll in a random order.
  std::vector<int32_t> order(static_cast<size_t>(n));
  std::iota(order.begin(), order.end(), 0);
  for (int32_t i = n - 1; i > 0; i--) std::swap(order[static_cast<size_t>(i)], order[random() % static_cast<uint64_t>(i + 1)]);
  for (int32_t i : order) {
    const Instr& cs = pc[1 + i];
    Chan* c = chanOf(i);
    if (!c) continue;
    ChanOp r = cs.aux == 1 ? chanSend(c, off(cs.b), false) : chanRecv(c, off(cs.b), off(cs.c), false);
    if (r == ChanOp::Panicked) return false;
    if (r == ChanOp::Done) {
      store<int64_t>(fp + pc->a, i);
      return true;
    }
  }
  if (hasDefault) {
    store<int64_t>(fp + pc->a, -1);
    return true;
  }
  // Block on every channel at once.
  Sudog* list = nullptr;
  bool any = false;
  for (int32_t i = 0; i < n; i++) {
    const Instr& cs = pc[1 + i];
    Chan* c = chanOf(i);
    if (!c) continue;
    any = true;
    Sudog* s = newSudog();
    s->g = g;
    s->c = c;
    s->isSelect = true;
    s->isSend = cs.aux == 1;
    s->caseIndex = i;
    s->caseOff = frame + static_cast<uint32_t>(pc->a);
    s->elemOff = off(cs.b);
    s->okOff = off(cs.c);
    s->waitLink = list;
    list = s;
    (s->isSend ? c->sendq : c->recvq).enqueue(s);
  }
  g->waiting = list;
  parkHere(n == 0 ? "select (no cases)" : "select", resumePc, frame);
  (void)any;
  return false;
}

// A time.Time value for monotonic instant mono: {wall unix nanoseconds,
// monotonic reading + 1 (0 means none), location}.
void VM::fillTimeValue(uint8_t* dst, int64_t mono) {
  int64_t wall = opts_.virtualTime ? walltime() - (vclock_ - mono) : walltime() - (nanotime() - mono);
  store<int64_t>(dst, wall);
  store<int64_t>(dst + 8, mono + 1);
}

}  // namespace gs::vm
