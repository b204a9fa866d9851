// The host: the only door between the runtime and the world outside it.
//
// The native CLI (core/cli) and the WebAssembly build (core/wasm) each
// implement it. Issue 3 adds waiting for the next timer or for input; the
// browser build suspends there through Asyncify.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace gs::rt {

class Host {
 public:
  virtual ~Host() = default;
  // Program output: fd 1 is standard output, fd 2 standard error.
  virtual void write(int fd, const char* data, size_t n) = 0;
  // Wall clock, nanoseconds since the Unix epoch.
  virtual int64_t wallNanos() = 0;
  // Monotonic clock, nanoseconds since an arbitrary start.
  virtual int64_t monoNanos() = 0;
  // Blocks until the monotonic clock reaches `monoNanos` (real-time sleeps
  // when every goroutine waits for a timer).
  virtual void sleepUntil(int64_t monoNanos) = 0;
  // Standard input for os.Stdin. Waits for input until the monotonic clock
  // reaches deadlineMono (INT64_MAX: no deadline). Returns 1 with some bytes
  // appended to *out, 0 at end of input, -1 when the deadline passed first.
  virtual int readInput(std::string* out, int64_t deadlineMono) = 0;

  // Cooperative slices (the browser build, core/wasm). A page must get
  // control back every few milliseconds to show output and hear Stop, and
  // the wasm engine only optimizes a function on a new call, so the run is
  // cut into slices that return to JS. The native CLI keeps the defaults.
  //
  // Polled by the scheduler at its preemption check points and between
  // goroutine switches: true when the host wants control back.
  virtual bool sliceDue() { return false; }
  // Called by the scheduler between goroutines (no goroutine mid-instruction)
  // after sliceDue() said true. Returns false when the host wants the run
  // to stop (the page's Stop button).
  virtual bool yieldSlice() { return true; }
  // True once the host asked the run to stop; checked after every wait
  // (sleepUntil, readInput), which a stop request cuts short.
  virtual bool stopRequested() { return false; }
};

}  // namespace gs::rt
