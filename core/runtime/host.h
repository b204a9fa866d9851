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
};

}  // namespace gs::rt
