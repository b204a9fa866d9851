// A host for unit tests that run whole programs: output is collected per
// stream, the clocks stand still (tests run in virtual time) and standard
// input is empty.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/runtime/host.h"

namespace gs::testing {

class CaptureHost : public rt::Host {
 public:
  void write(int fd, const char* data, size_t n) override { (fd == 1 ? out : err).append(data, n); }
  int64_t wallNanos() override { return 0; }
  int64_t monoNanos() override { return 0; }
  void sleepUntil(int64_t) override {}
  int readInput(std::string*, int64_t) override { return 0; }
  std::string out, err;
};

}  // namespace gs::testing
