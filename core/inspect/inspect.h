// Snapshots of a running (or finished) VM for the page's runtime panels:
// goroutines with their stacks and frames, the heap, channels, sync objects
// and the stream of runtime events. The JSON format is documented in
// docs/inspect.md and typed in web/src/protocol.ts (Snapshot).
//
// A snapshot is taken between goroutine slices (or after the run), when
// every goroutine's pc and frame pointer are saved, and only reads VM state:
// taking one changes nothing the program can observe.
//
// Bounded: listings are capped (Limits) and report their totals, so a
// program with 100,000 goroutines or objects gives a small snapshot in time
// linear in their number (selection with nth_element, no full sorts).
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/vm/vm.h"

namespace gs::inspect {

struct Limits {
  size_t goroutines = 200;    // goroutines listed (lowest ids first)
  size_t framesForAll = 8;    // with at most this many goroutines, all get frames
  size_t framesPerG = 64;     // frames listed per goroutine (innermost first)
  size_t heapObjects = 500;   // heap objects listed (lowest addresses first)
  size_t channels = 100;
  size_t syncObjects = 100;
  size_t bufferElems = 16;    // channel buffer elements shown
  size_t waiters = 100;       // waiting goroutines listed per channel / sync object
  size_t events = 1000;       // events kept between two snapshots
  size_t valueChars = 64;     // a formatted value is cut to about this length
};

// Also the VM's event sink: attach() before VM::run() so the event stream
// and stack size histories are recorded.
class Snapshotter : public vm::EventSink {
 public:
  explicit Snapshotter(Limits limits = {}) : limits_(limits) {}
  void attach(vm::VM& vm) { vm.setEventSink(this); }
  void event(int64_t nanos, const char* kind, const std::string& detail) override;

  // The snapshot as JSON. selectedG: the goroutine whose frames are
  // detailed (-1: none; all goroutines get frames when there are few).
  // Drains the events recorded since the previous snapshot.
  std::string snapshot(vm::VM& vm, int64_t selectedG);

 private:
  struct Event {
    int64_t t;
    std::string kind;  // protocol kind: created, blocked, ...
    int64_t g;         // -1: none
    std::vector<std::pair<std::string, std::string>> detail;
  };
  void writeGoroutines(vm::VM& vm, std::string& o, int64_t selectedG);
  void writeFrames(vm::VM& vm, vm::G* g, std::string& o);
  void writeHeap(vm::VM& vm, std::string& o);
  void writeChannels(vm::VM& vm, std::string& o);
  void writeSync(vm::VM& vm, std::string& o);
  void writeEvents(std::string& o);
  std::string formatValue(vm::VM& vm, const rt::RType* t, const uint8_t* p, int depth);
  const rt::RType* typeNamed(vm::VM& vm, const std::string& name);

  Limits limits_;
  std::deque<Event> events_;
  uint64_t dropped_ = 0;
  // Stack block sizes each live goroutine has had, from the event stream.
  std::unordered_map<int64_t, std::vector<uint64_t>> stackHistory_;
  // Highest stack use seen per goroutine (at snapshots and stack copies).
  std::unordered_map<int64_t, uint64_t> highWater_;
  std::unordered_map<std::string, const rt::RType*> typesByName_;
  const vm::Program* typesFor_ = nullptr;
};

// Appends s to o as a JSON string literal: quoted, with quotes, backslashes
// and control characters escaped.
void jstr(std::string& o, std::string_view s);

}  // namespace gs::inspect
