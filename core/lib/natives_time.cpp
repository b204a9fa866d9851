// Package time's natives: the clocks and the runtime timers behind Sleep,
// Timer, Ticker and AfterFunc (see core/lib/go/time/time.go and sleep.go).
//
// A runtime timer is a vm::Timer owned by the VM's timer heap while it is
// pending; the Go side holds it as a uintptr handle. Go 1.23's timer
// channels are modelled as one-element buffers flagged `timer` (len and
// cap read 0): stopping or resetting a timer empties the buffer, so no
// value from before the call can be received after it, and a value still
// sitting there counts as "the timer was pending" (Stop/Reset return true),
// exactly as Go 1.23's synchronous timer channels behave.
#include <cstring>
#include <iterator>
#include <vector>

#include "core/lib/natives.h"
#include "core/vm/vm.h"

namespace gs::lib {

namespace {

using rt::GoPtr;

vm::Timer* timerOf(GoPtr handle) { return reinterpret_cast<vm::Timer*>(rt::toHost(handle)); }

// Empties a timer channel's buffer; true if a value was waiting.
bool drainTimerChan(vm::Chan* c) {
  if (!c || c->count == 0) return false;
  int64_t es = c->type->elem->size;
  if (c->buf && es > 0) std::memset(c->buf, 0, static_cast<size_t>(c->cap * es));
  c->count = 0;
  c->recvx = 0;
  return true;
}

// Stops t and empties its channel; true if it was pending or had a value
// nobody received yet.
bool stopAndDrain(vm::VM& vm, vm::Timer* t) {
  bool pending = vm.stopTimer(t);
  if (drainTimerChan(t->c)) pending = true;
  return pending;
}

// func now() (wall int64, mono int64)
// The monotonic reading is the scheduler clock + 1: Go's startNano makes a
// program's first reading 1 (m=+0.000000001), and VM::fillTimeValue writes
// timer channel values on the same scale.
void timeNow(vm::VM& vm, uint8_t* args) {
  Args a(args);
  a.beginResults();
  a.result<int64_t>(vm.walltime());
  a.result<int64_t>(vm.nanotime() + 1);
}

// func runtimeNano() int64
void timeRuntimeNano(vm::VM& vm, uint8_t* args) {
  Args a(args);
  a.beginResults();
  a.result<int64_t>(vm.nanotime());
}

// func newRuntimeTimer(kind int, c chan Time, f func()) uintptr
void timeNewRuntimeTimer(vm::VM& vm, uint8_t* args) {
  Args a(args);
  int64_t kind = a.arg<int64_t>();
  GoPtr c = a.arg<GoPtr>();
  GoPtr f = a.arg<GoPtr>();
  a.beginResults();
  vm::Timer* t = vm.newTimer(static_cast<vm::Timer::Kind>(kind));
  t->c = reinterpret_cast<vm::Chan*>(rt::toHost(c));
  if (t->c) t->c->timer = true;
  t->fn = f;
  a.result<GoPtr>(rt::fromHost(t));
}

// func resetRuntimeTimer(r uintptr, when int64, period int64) bool
void timeResetRuntimeTimer(vm::VM& vm, uint8_t* args) {
  Args a(args);
  vm::Timer* t = timerOf(a.arg<GoPtr>());
  int64_t when = a.arg<int64_t>();
  int64_t period = a.arg<int64_t>();
  a.beginResults();
  bool pending = stopAndDrain(vm, t);
  vm.startTimer(t, when, period);
  a.result<uint8_t>(pending ? 1 : 0);
}

// func stopRuntimeTimer(r uintptr) bool
void timeStopRuntimeTimer(vm::VM& vm, uint8_t* args) {
  Args a(args);
  vm::Timer* t = timerOf(a.arg<GoPtr>());
  a.beginResults();
  a.result<uint8_t>(stopAndDrain(vm, t) ? 1 : 0);
}

// func sleepOn(r uintptr, when int64)
void timeSleepOn(vm::VM& vm, uint8_t* args) {
  Args a(args);
  vm::Timer* t = timerOf(a.arg<GoPtr>());
  int64_t when = a.arg<int64_t>();
  t->g = vm.currentG();
  vm.startTimer(t, when, 0);
  vm.park("sleep");
}

// func freeRuntimeTimer(r uintptr)
void timeFreeRuntimeTimer(vm::VM& vm, uint8_t* args) {
  Args a(args);
  vm.freeTimer(timerOf(a.arg<GoPtr>()));
}

}  // namespace

void registerTimeNatives(std::vector<NativeEntry>& out) {
  static const NativeEntry entries[] = {
      {"time.freeRuntimeTimer", timeFreeRuntimeTimer},
      {"time.newRuntimeTimer", timeNewRuntimeTimer},
      {"time.now", timeNow},
      {"time.resetRuntimeTimer", timeResetRuntimeTimer},
      {"time.runtimeNano", timeRuntimeNano},
      {"time.sleepOn", timeSleepOn},
      {"time.stopRuntimeTimer", timeStopRuntimeTimer},
  };
  out.insert(out.end(), std::begin(entries), std::end(entries));
}

}  // namespace gs::lib
